package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * float32 {@code sin}/{@code cos} against PyTorch 1.13's SLEEF kernels, bit for bit, for arguments
 * below 125 in magnitude and the non-finite ones, and float32 {@code rsqrt}
 * ({@code golden/pointwise/gen_sleef_trig.py}).
 */
class SleefTrigGoldenTest {
    static JsonObject golden() throws Exception {
        try (var in = SleefTrigGoldenTest.class.getResourceAsStream("/golden/pointwise/sleef_trig.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    static float[] floats(JsonArray a) {
        float[] f = new float[a.size()];
        for (int i = 0; i < f.length; i++) f[i] = Float.intBitsToFloat(a.get(i).getAsInt());
        return f;
    }

    @Test
    void sinAndCosArePyTorchsBits() throws Exception {
        JsonObject small = golden().getAsJsonObject("small");
        Tensor x = Torch.from(floats(small.getAsJsonArray("x")));
        assertEquals(12514, x.numel());
        for (String op : new String[]{"sin", "cos"}) {
            float[] want = floats(small.getAsJsonArray(op));
            float[] got = (op.equals("sin") ? x.sin() : x.cos()).toFloatArray();
            for (int i = 0; i < want.length; i++) {
                // raw bits, except that any NaN is a NaN
                int w = Float.isNaN(want[i]) ? 0x7fc00000 : Float.floatToRawIntBits(want[i]);
                assertEquals(w, Float.isNaN(got[i]) ? 0x7fc00000 : Float.floatToRawIntBits(got[i]), op + "(" + x.toFloatArray()[i] + ")");
            }
        }
    }

    @Test
    void rsqrtIsPyTorchsBits() throws Exception {
        JsonObject r = golden().getAsJsonObject("rsqrt");
        float[] want = floats(r.getAsJsonArray("rsqrt")), got = Torch.from(floats(r.getAsJsonArray("x"))).rsqrt().toFloatArray();
        assertEquals(6008, want.length);
        for (int i = 0; i < want.length; i++)
            assertEquals(Float.isNaN(want[i]) ? 0x7fc00000 : Float.floatToRawIntBits(want[i]), Float.isNaN(got[i]) ? 0x7fc00000 : Float.floatToRawIntBits(got[i]), "rsqrt [" + i + "]");
    }
}
