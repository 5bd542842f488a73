package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import torch4j.Tensor;
import torch4j.autograd.Autograd;
import torch4j.nn.functional.F;

/**
 * Average pooling against PyTorch 1.13 bit for bit ({@code golden/nn/gen_avgpool.py}): forward and
 * input gradient of avg_pool1d/2d/3d and adaptive_avg_pool1d/2d/3d in float32 and float64, with
 * upstream gradients holding NaN and infinities (each stays within the windows it reaches, as
 * in ATen), and the double-backward node names.
 */
class AvgPoolGoldenTest {
    static final JsonObject GOLDEN = NnGolden.load("avgpool.json");

    @TestFactory
    Stream<DynamicTest> averagePoolingIsPyTorchsBits() {
        JsonArray cases = GOLDEN.getAsJsonArray("cases");
        assertEquals(48, cases.size());
        return StreamSupport.stream(cases.spliterator(), false).map(JsonElement::getAsJsonObject).map(c -> {
            String name = c.get("op").getAsString() + " " + c.get("kwargs") + " " + c.getAsJsonObject("x").get("dtype").getAsString()
                    + (hasNonFinite(c) ? " NaN/inf gradient" : "");
            return DynamicTest.dynamicTest(name, () -> {
                Tensor x = NnGolden.tensor(c.get("x")).requiresGrad_();
                Tensor y = call(c.get("op").getAsString(), c.getAsJsonObject("kwargs"), x);
                Tensor gy = NnGolden.tensor(c.get("gy")).requiresGrad_();
                Tensor gx = Autograd.grad(java.util.List.of(y), java.util.List.of(x), java.util.List.of(gy), null, true, false).get(0);
                assertBits(NnGolden.tensor(c.get("y")), y, name + ": forward");
                assertBits(NnGolden.tensor(c.get("gx")), gx, name + ": gradient");
                assertEquals(c.get("grad_fn").getAsString(), y.gradFn().name(), name);
                assertEquals(c.get("double_backward").getAsString(), gx.gradFn().name(), name);
            });
        });
    }

    private static boolean hasNonFinite(JsonObject c) {
        return c.getAsJsonObject("gy").getAsJsonArray("values").asList().stream().anyMatch(v -> v.getAsString().endsWith("inf") || v.getAsString().equals("nan"));
    }

    private static void assertBits(Tensor want, Tensor got, String what) {
        assertEquals(want.shape(), got.shape(), what);
        assertEquals(want.dtype(), got.dtype(), what);
        // assertArrayEquals on doubles compares bit patterns (NaN equals NaN); float32 widens exactly
        assertArrayEquals(want.toDoubleArray(), got.toDoubleArray(), what);
    }

    private static int[] ints(JsonObject kw, String key) {
        JsonElement e = kw.get(key);
        if (e.isJsonArray()) return e.getAsJsonArray().asList().stream().mapToInt(JsonElement::getAsInt).toArray();
        return new int[]{e.getAsInt()};
    }

    private static long[] longs(JsonObject kw, String key) {
        return java.util.Arrays.stream(ints(kw, key)).asLongStream().toArray();
    }

    private static Tensor call(String op, JsonObject kw, Tensor x) {
        return switch (op) {
            case "avg_pool1d" -> F.avgPool1d(x, ints(kw, "kernel_size")[0], ints(kw, "stride")[0], ints(kw, "padding")[0],
                    kw.get("ceil_mode").getAsBoolean(), kw.get("count_include_pad").getAsBoolean());
            case "avg_pool2d" -> F.avgPool2d(x, ints(kw, "kernel_size"), ints(kw, "stride"), ints(kw, "padding"), kw.get("ceil_mode").getAsBoolean(),
                    kw.get("count_include_pad").getAsBoolean(), kw.get("divisor_override").isJsonNull() ? null : kw.get("divisor_override").getAsInt());
            case "avg_pool3d" -> F.avgPool3d(x, ints(kw, "kernel_size"), ints(kw, "stride"), ints(kw, "padding"), kw.get("ceil_mode").getAsBoolean(),
                    kw.get("count_include_pad").getAsBoolean(), kw.get("divisor_override").isJsonNull() ? null : kw.get("divisor_override").getAsInt());
            case "adaptive_avg_pool1d" -> F.adaptiveAvgPool1d(x, ints(kw, "output_size")[0]);
            case "adaptive_avg_pool2d" -> F.adaptiveAvgPool2d(x, longs(kw, "output_size"));
            case "adaptive_avg_pool3d" -> F.adaptiveAvgPool3d(x, longs(kw, "output_size"));
            default -> throw new IllegalArgumentException(op);
        };
    }
}
