package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.Autograd;
import torch4j.autograd.GradCheck;
import torch4j.nn.functional.F;

/**
 * The padding layers and F.pad's reflect/replicate modes over 1, 2 and 3 dims against PyTorch 1.13
 * ({@code golden/nn/gen_padding.py}): values, gradients, graphs, reprs and ATen's errors.
 */
class PaddingGoldenTest {
    private static final JsonObject GOLDEN = NnGolden.load("padding.json");

    static Stream<JsonObject> records(String section) {
        return StreamSupport.stream(GOLDEN.getAsJsonArray(section).spliterator(), false).map(JsonElement::getAsJsonObject);
    }

    static long[] longs(JsonArray a) {
        long[] v = new long[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).getAsLong();
        return v;
    }

    static void assertClose(JsonElement expected, Tensor actual, String what) {
        Tensor e = NnGolden.tensor(expected);
        double tol = e.dtype() == DType.FLOAT64 ? 1e-12 : 2e-6;
        assertNull(NnGolden.compare(actual, e, tol, tol), what);
    }

    /** The generators' weighting: (y · (1, 2, …)/4).sum() differentiated by x. */
    static void assertGrad(JsonElement expected, Tensor y, Tensor x) {
        Tensor gout = Torch.arange(1.0, y.numel() + 1.0, 1.0, y.dtype()).reshape(y.shape().toLongArray()).div(4L);
        assertClose(expected, Autograd.grad(List.of(y), List.of(x), List.of(gout), false, false, true).get(0), "grad");
    }

    static Map<String, Supplier<Module>> modules() {
        Map<String, Supplier<Module>> m = new LinkedHashMap<>();
        m.put("ZeroPad2d(2)", () -> new ZeroPad2d(2));
        m.put("ZeroPad2d(1, 0, 2, 3)", () -> new ZeroPad2d(1, 0, 2, 3));
        m.put("ConstantPad1d(2, 3.5)", () -> new ConstantPad1d(2, 3.5));
        m.put("ConstantPad1d({1, -1}, -2)", () -> new ConstantPad1d(new long[]{1, -1}, -2));
        m.put("ConstantPad2d(1, 0.)", () -> new ConstantPad2d(1, 0.));
        m.put("ConstantPad2d({1, 2, 0, 1}, 7)", () -> new ConstantPad2d(new long[]{1, 2, 0, 1}, 7));
        m.put("ConstantPad3d(1, -1.5)", () -> new ConstantPad3d(1, -1.5));
        m.put("ConstantPad3d({1, 0, 0, 2, 1, 1}, 1e-05)", () -> new ConstantPad3d(new long[]{1, 0, 0, 2, 1, 1}, 1e-05));
        m.put("ReflectionPad1d(2)", () -> new ReflectionPad1d(2));
        m.put("ReflectionPad1d(0, 3)", () -> new ReflectionPad1d(0, 3));
        m.put("ReflectionPad2d(1)", () -> new ReflectionPad2d(1));
        m.put("ReflectionPad2d(2, 0, 1, 3)", () -> new ReflectionPad2d(2, 0, 1, 3));
        m.put("ReflectionPad3d(1)", () -> new ReflectionPad3d(1));
        m.put("ReflectionPad3d(1, 2, 0, 1, 2, 0)", () -> new ReflectionPad3d(1, 2, 0, 1, 2, 0));
        m.put("ReplicationPad1d(3)", () -> new ReplicationPad1d(3));
        m.put("ReplicationPad1d(1, 0)", () -> new ReplicationPad1d(1, 0));
        m.put("ReplicationPad2d(2)", () -> new ReplicationPad2d(2));
        m.put("ReplicationPad2d(0, 1, 4, 2)", () -> new ReplicationPad2d(0, 1, 4, 2));
        m.put("ReplicationPad3d(1)", () -> new ReplicationPad3d(1));
        m.put("ReplicationPad3d(2, 1, 0, 0, 1, 3)", () -> new ReplicationPad3d(2, 1, 0, 0, 1, 3));
        return m;
    }

    @TestFactory Stream<DynamicTest> padMatchesPyTorch() {
        return records("pad").map(r -> DynamicTest.dynamicTest("F.pad " + r.get("mode").getAsString() + " " + r.get("pad") + " on "
                + r.getAsJsonObject("input").get("shape"), () -> {
            Tensor x = NnGolden.tensor(r.get("input")).requiresGrad_();
            Tensor y = F.pad(x, longs(r.getAsJsonArray("pad")), r.get("mode").getAsString());
            assertClose(r.get("out"), y, "out");
            assertEquals(r.get("graph").getAsString(), NnMoreGoldenTest.graph(y.gradFn()));
            if (!r.get("grads").isJsonNull()) assertGrad(r.getAsJsonArray("grads").get(0), y, x);
        }));
    }

    @TestFactory Stream<DynamicTest> layersMatchPyTorch() {
        Map<String, Supplier<Module>> make = modules();
        return records("modules").map(r -> DynamicTest.dynamicTest(r.get("repr").getAsString(), () -> {
            Module m = make.get(r.get("key").getAsString()).get();
            assertEquals(r.get("repr").getAsString(), m.toString());
            assertArrayEquals(longs(r.getAsJsonArray("padding")), ((PadNd) m).padding);
            assertTrue(m.stateDict().isEmpty());
            assertEquals(0, r.getAsJsonArray("keys").size());
            Tensor x = NnGolden.tensor(r.get("input")).requiresGrad_();
            Tensor y = m.call(x);
            assertClose(r.get("out"), y, "out");
            assertEquals(r.get("graph").getAsString(), NnMoreGoldenTest.graph(y.gradFn()));
            assertGrad(r.getAsJsonArray("grads").get(0), y, x);
        }));
    }

    @TestFactory Stream<DynamicTest> errorsInPyTorchsWords() {
        return records("errors").map(r -> DynamicTest.dynamicTest(r.get("mode").getAsString() + " " + r.get("pad") + " on " + r.get("dtype").getAsString()
                + r.get("shape") + ": " + r.get("message").getAsString(), () -> {
            Tensor x = Torch.ones(longs(r.getAsJsonArray("shape"))).to(DType.of(r.get("dtype").getAsString()));
            Class<? extends RuntimeException> type = r.get("type").getAsString().equals("NotImplementedError")
                    ? UnsupportedOperationException.class : IllegalArgumentException.class;
            RuntimeException e = assertThrows(type, () -> F.pad(x, longs(r.getAsJsonArray("pad")), r.get("mode").getAsString(), r.get("value").getAsDouble()));
            assertEquals(r.get("message").getAsString(), e.getMessage());
        }));
    }

    @Test void gradcheckAndGradgradcheckEveryMode() {
        Torch.manualSeed(5);
        long[][] shapes = {{2, 3, 5}, {2, 4, 5}, {1, 2, 3, 3, 4}};
        long[][] pads = {{2, -1}, {1, 2, -1, 3}, {1, 0, 2, 1, -1, 2}};
        for (String mode : new String[]{"reflect", "replicate", "constant"}) {
            for (int k = 0; k < 3; k++) {
                long[] pad = pads[k];
                Function<List<Tensor>, Tensor> f = l -> F.pad(l.get(0), pad, mode);
                List<Tensor> in = List.of(Torch.randn(shapes[k]).toDouble().requiresGrad_());
                assertTrue(GradCheck.gradcheck(f, in), mode + " " + (k + 1) + "d");
                assertTrue(GradCheck.gradgradcheck(f, in), mode + " " + (k + 1) + "d gradgrad");
            }
        }
    }
}
