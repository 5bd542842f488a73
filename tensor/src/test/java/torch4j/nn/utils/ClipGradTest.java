package torch4j.nn.utils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.Torch;

/** clipGradNorm_ / clipGradValue_ against PyTorch 1.13 (golden/optim/gen_clip.py). */
class ClipGradTest {
    static JsonObject golden() throws Exception {
        try (var in = ClipGradTest.class.getResourceAsStream("/golden/optim/clip.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    static float[] floats(JsonArray a) {
        float[] out = new float[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsFloat();
        return out;
    }

    static void assertClose(float[] want, float[] got) {
        assertEquals(want.length, got.length);
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-6 * Math.abs(want[i]) + 1e-7, "element " + i);
    }

    @Test
    void normMatchesPyTorch() throws Exception {
        JsonObject g = golden();
        for (var e : g.getAsJsonArray("norm")) {
            JsonObject c = e.getAsJsonObject();
            Tensor a = Torch.zeros(5, 4).requiresGrad_(), b = Torch.zeros(7).requiresGrad_();
            a.setGrad(Torch.from(floats(g.getAsJsonArray("g1"))).view(5, 4));
            b.setGrad(Torch.from(floats(g.getAsJsonArray("g2"))));
            String nt = c.get("norm_type").getAsString();
            double normType = nt.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(nt);
            Tensor total = ClipGrad.clipGradNorm_(List.of(a, b), c.get("max_norm").getAsDouble(), normType);
            assertEquals(c.get("total").getAsFloat(), total.floatValue(), 1e-6 * c.get("total").getAsFloat(), "norm " + nt);
            assertEquals(torch4j.DType.FLOAT32, total.dtype());
            assertClose(floats(c.getAsJsonArray("g1")), a.grad().toFloatArray());
            assertClose(floats(c.getAsJsonArray("g2")), b.grad().toFloatArray());
        }
    }

    @Test
    void valueMatchesPyTorch() throws Exception {
        JsonObject g = golden();
        for (var e : g.getAsJsonArray("value")) {
            JsonObject c = e.getAsJsonObject();
            Tensor a = Torch.zeros(5, 4).requiresGrad_();
            a.setGrad(Torch.from(floats(g.getAsJsonArray("g1"))).view(5, 4));
            ClipGrad.clipGradValue_(List.of(a), c.get("clip").getAsDouble());
            assertClose(floats(c.getAsJsonArray("g1")), a.grad().toFloatArray());
        }
    }

    @Test
    void noGradientsAndNonfinite() {
        assertEquals("tensor(0.)", ClipGrad.clipGradNorm_(List.of(Torch.zeros(1).requiresGrad_()), 1.0).toString());
        Tensor a = Torch.zeros(2).requiresGrad_();
        a.setGrad(Torch.tensor(Double.NaN, 1.0));
        assertEquals("The total norm of order 2.0 for gradients from `parameters` is non-finite, so it cannot be clipped. To disable this"
                + " error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`",
                assertThrows(IllegalStateException.class, () -> ClipGrad.clipGradNorm_(List.of(a), 1.0, 2.0, true)).getMessage());
    }
}
