package torch4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static torch4j.Torch.ones;
import static torch4j.Torch.tensor;
import static torch4j.Torch.zeros;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/** addcmul / addcdiv / lerp equal PyTorch 1.13 bit for bit (golden/optim/gen_fused.py), out of place and in place. */
class FusedOpsTest {
    static Tensor load(JsonObject t, DType dtype) {
        JsonArray d = t.getAsJsonArray("data");
        double[] v = new double[d.size()];
        for (int i = 0; i < v.length; i++) v[i] = d.get(i).getAsDouble();
        long[] shape = new long[t.getAsJsonArray("shape").size()];
        for (int i = 0; i < shape.length; i++) shape[i] = t.getAsJsonArray("shape").get(i).getAsLong();
        return Torch.from(v).to(dtype).view(shape);
    }

    @TestFactory
    Stream<DynamicTest> matchesPyTorch() throws Exception {
        JsonArray cases;
        try (var in = FusedOpsTest.class.getResourceAsStream("/golden/optim/fused.json")) {
            cases = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonArray();
        }
        return java.util.stream.IntStream.range(0, cases.size()).mapToObj(k -> {
            JsonObject c = cases.get(k).getAsJsonObject();
            return DynamicTest.dynamicTest(k + " " + c.get("op").getAsString() + " " + c.get("dtype").getAsString(), () -> {
                DType dtype = DType.of(c.get("dtype").getAsString());
                JsonObject a = c.getAsJsonObject("args");
                Tensor s = load(a.getAsJsonObject("self"), dtype), t1 = load(a.getAsJsonObject("t1"), dtype);
                Tensor t2 = a.has("t2") ? load(a.getAsJsonObject("t2"), dtype) : null;
                Tensor got, inPlace;
                switch (c.get("op").getAsString()) {
                    case "addcmul" -> { double v = a.get("value").getAsDouble(); got = s.addcmul(t1, t2, v); inPlace = s.clone().addcmul_(t1, t2, v); }
                    case "addcdiv" -> { double v = a.get("value").getAsDouble(); got = s.addcdiv(t1, t2, v); inPlace = s.clone().addcdiv_(t1, t2, v); }
                    case "addcdiv_t" -> { double v = a.get("value").getAsDouble(); got = s.t().addcdiv(t1, t2, v); inPlace = s.clone().t().addcdiv_(t1, t2, v); }
                    default -> {
                        if (t2 != null) { got = s.lerp(t1, t2); inPlace = s.clone().lerp_(t1, t2); }
                        else { double w = a.get("weight").getAsDouble(); got = s.lerp(t1, w); inPlace = s.clone().lerp_(t1, w); }
                    }
                }
                JsonArray r = c.getAsJsonArray("result");
                double[] want = new double[r.size()];
                for (int i = 0; i < want.length; i++) want[i] = r.get(i).getAsDouble();
                double[] wantTyped = Torch.from(want).to(dtype).toDoubleArray();
                assertArrayEquals(wantTyped, got.toDoubleArray());
                assertArrayEquals(wantTyped, inPlace.contiguous().toDoubleArray());
            });
        });
    }

    @Test
    void gradFnNamesAndErrors() {
        Tensor x = tensor(1.0, 2.0).requiresGrad_();
        assertEquals("AddcmulBackward0", x.addcmul(ones(2), ones(2)).gradFn().name());
        assertEquals("AddcdivBackward0", x.addcdiv(ones(2), ones(2)).gradFn().name());
        assertEquals("LerpBackward0", x.lerp(ones(2), 0.5).gradFn().name());
        assertEquals("LerpBackward1", x.lerp(ones(2), ones(2)).gradFn().name());
        Tensor y = x.mul(1.0).addcmul_(ones(2), ones(2), 2.0);
        assertEquals("AddcmulBackward0", y.gradFn().name());
        assertEquals("tensor([3, 3])", ones(2).toLong().addcmul(ones(2).toLong(), ones(2).toLong(), 2.0).toString());
        assertEquals("\"lerp_kernel_scalar\" not implemented for 'Long'",
                assertThrows(IllegalArgumentException.class, () -> ones(2).toLong().lerp(ones(2).toLong(), 0.5)).getMessage());
        assertEquals("expected dtype float for `end` but got dtype double",
                assertThrows(IllegalArgumentException.class, () -> ones(2).lerp(ones(2).toDouble(), 0.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ones(2).addcdiv(ones(2).toLong(), ones(2).toLong()));
        assertEquals("The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0",
                assertThrows(IllegalArgumentException.class, () -> zeros(2).addcmul_(ones(3), ones(3))).getMessage());
        assertEquals("output with shape [1] doesn't match the broadcast shape [3]",
                assertThrows(IllegalArgumentException.class, () -> zeros(1).addcmul_(ones(3), ones(3))).getMessage());
    }
}
