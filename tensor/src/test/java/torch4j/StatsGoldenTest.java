package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import torch4j.GoldenJson.Args;

/**
 * Replays {@code golden/stats/gen_stats.py}'s cases (PyTorch 1.13's results for amax, median,
 * unique, histc, searchsorted, norm, ...) through torch4j ({@link StatsRegistry}): values as
 * {@link GoldenOpsTest} checks them, every output of the multi-output ops, Python bools and ints,
 * PyTorch's errors, and for float64 inputs the {@code grad_fn} name and the gradient. The same
 * cases run with their inputs on the meta device for the ops whose output shape does not depend
 * on the data: dtype and shape as on the CPU, and the same errors.
 */
class StatsGoldenTest {
    /** Ops whose results' shapes (or weighted cov's checks) depend on values: PyTorch cannot run them on meta either. */
    static final Set<String> DATA_DEPENDENT = Set.of("isNonzero", "unique", "uniqueConsecutive", "argwhere", "bincount",
            "histc", "histogram", "covWeighted");

    static JsonObject root() { return GoldenJson.load("/golden/stats/stats.json"); }

    @TestFactory
    Stream<DynamicNode> golden() {
        JsonObject root = root();
        assertEquals("1.13.0a0", root.get("torch").getAsString());
        JsonArray tensors = root.getAsJsonArray("tensors");
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            tests.add(dynamicTest(c.get("name").getAsString(), () -> run(c, tensors)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicNode> goldenOnMeta() {
        JsonObject root = root();
        JsonArray tensors = root.getAsJsonArray("tensors");
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            if (DATA_DEPENDENT.contains(c.get("op").getAsString()) || c.getAsJsonArray("inputs").isEmpty()
                    || c.getAsJsonObject("expect").has("scalar")) continue;
            tests.add(dynamicTest(c.get("name").getAsString(), () -> runMeta(c, tensors)));
        }
        assertTrue(tests.size() > 100);
        return tests.stream();
    }

    /** The result records and tensors print as PyTorch prints them (return_types, tuples, grad_fn). */
    @TestFactory
    Stream<DynamicNode> printsLikePyTorch() {
        JsonObject root = root();
        JsonArray tensors = root.getAsJsonArray("tensors");
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("reprs")) {
            JsonObject c = e.getAsJsonObject();
            tests.add(dynamicTest(c.get("name").getAsString(), () -> {
                List<Tensor> x = inputs(c, tensors, Device.CPU);
                if (c.get("grad").getAsBoolean()) x = x.stream().map(t -> t.detach().requiresGrad_()).toList();
                assertEquals(c.get("repr").getAsString(), String.valueOf(op(c).apply(x, new Args(c.getAsJsonArray("args")))));
            }));
        }
        assertTrue(tests.size() >= 15);
        return tests.stream();
    }

    private static StatsRegistry.Op op(JsonObject c) {
        StatsRegistry.Op fn = StatsRegistry.OPS.get(c.get("op").getAsString());
        assertNotNull(fn, "no torch4j mapping for op " + c.get("op").getAsString());
        return fn;
    }

    private static List<Tensor> inputs(JsonObject c, JsonArray tensors, Device device) {
        List<Tensor> x = new ArrayList<>();
        for (JsonElement i : c.getAsJsonArray("inputs")) x.add(GoldenJson.input(tensors.get(i.getAsInt()).getAsJsonObject(), device).view());
        return x;
    }

    static void run(JsonObject c, JsonArray tensors) {
        StatsRegistry.Op fn = op(c);
        List<Tensor> x = inputs(c, tensors, Device.CPU);
        Args args = new Args(c.getAsJsonArray("args"));
        JsonObject expect = c.getAsJsonObject("expect");
        String tol = c.get("tol").getAsString();
        if (expect.has("error")) {
            expectError(expect, () -> fn.apply(x, args));
            return;
        }
        Object out = fn.apply(x, args);
        check(out, expect, tol);
        if (c.has("grad")) checkGrad(c.getAsJsonObject("grad"), fn, x, args);
    }

    static void expectError(JsonObject expect, java.util.function.Supplier<Object> call) {
        String type = expect.get("error").getAsString(), message = expect.get("message").getAsString();
        Object out;
        try {
            out = call.get();
        } catch (RuntimeException e) {
            assertTrue(GoldenOpsTest.ERRORS.get(type).stream().anyMatch(k -> k.isInstance(e)),
                    () -> "PyTorch raises " + type + " but torch4j threw " + e);
            assertEquals(message, e.getMessage(), "error message");
            return;
        }
        fail("PyTorch raises " + type + ": " + message + "\nbut torch4j returned " + out);
    }

    static void check(Object out, JsonObject expect, String tol) {
        if (expect.has("scalar")) {
            JsonElement s = expect.get("scalar");
            if (out instanceof Boolean b) assertEquals(s.getAsBoolean(), b);
            else assertEquals(s.getAsLong(), ((Number) out).longValue());
            return;
        }
        if (expect.has("outputs")) {
            List<Tensor> got = StatsRegistry.outputs(out);
            JsonArray want = expect.getAsJsonArray("outputs");
            assertEquals(want.size(), got.size(), "number of outputs");
            for (int i = 0; i < want.size(); i++)
                GoldenOpsTest.checkTensor("output " + i, got.get(i), want.get(i).getAsJsonObject(),
                        got.get(i).dtype().isFloatingPoint() ? tol : "exact", null);
            return;
        }
        List<Tensor> single = StatsRegistry.outputs(out);   // unique without inverse or counts is one tensor, as in PyTorch
        assertEquals(1, single.size(), () -> "expected a tensor, got " + out);
        GoldenOpsTest.checkTensor("result", single.get(0), expect, tol, null);
    }

    /** grad_fn's name and d(sum(out * w))/d(input) for w = 1 + 0.25 i, as the generator took it. */
    static void checkGrad(JsonObject g, StatsRegistry.Op fn, List<Tensor> x, Args args) {
        List<Tensor> leaves = new ArrayList<>();
        for (Tensor t : x) leaves.add(t.dtype() == DType.FLOAT64 ? t.detach().requiresGrad_() : t);
        Tensor first = StatsRegistry.outputs(fn.apply(leaves, args)).get(0);
        assertNotNull(first.gradFn(), "grad_fn");
        assertEquals(g.get("grad_fn").getAsString(), first.gradFn().displayName(), "grad_fn");
        Tensor w = Torch.arange(first.numel()).to(DType.FLOAT64).mul(0.25).add(1.0).reshape(first.shape().toLongArray());
        if (g.has("error")) {
            try {
                first.mul(w).sum().backward();
            } catch (RuntimeException e) {
                assertEquals(g.get("error").getAsString(), e.getMessage(), "backward's error");
                return;
            }
            fail("PyTorch's backward raises " + g.get("error").getAsString());
        }
        first.mul(w).sum().backward();
        JsonArray want = g.getAsJsonArray("grad");
        for (int i = 0; i < want.size(); i++) {
            if (want.get(i).isJsonNull()) continue;
            Tensor gr = leaves.get(i).grad();
            assertNotNull(gr, "grad of input " + i);
            JsonObject e = want.get(i).getAsJsonObject();
            GoldenOpsTest.checkLayout("grad " + i, gr, e);
            double[] got = gr.toDoubleArray();
            JsonArray vals = e.getAsJsonArray("values");
            for (int k = 0; k < got.length; k++) {
                double v = GoldenJson.parseFloat(vals.get(k));
                if (!(got[k] == v || Math.abs(got[k] - v) <= 1e-9 * Math.max(1, Math.abs(v)) || Double.isNaN(v) && Double.isNaN(got[k])))
                    fail("grad " + i + " [" + k + "] got " + got[k] + " want " + v);
            }
        }
    }

    static void runMeta(JsonObject c, JsonArray tensors) {
        StatsRegistry.Op fn = op(c);
        List<Tensor> x = inputs(c, tensors, Device.META);
        Args args = new Args(c.getAsJsonArray("args"));
        JsonObject expect = c.getAsJsonObject("expect");
        if (expect.has("error")) {
            String message = expect.get("message").getAsString();
            try {
                fn.apply(x, args);
            } catch (RuntimeException e) {
                assertEquals(message, e.getMessage(), "error message");
                return;
            }
            if (MetaConformanceTest.VALUE_ERRORS.stream().noneMatch(message::contains) && !StatsRegistry.VALUE_ERRORS.contains(message))
                fail("PyTorch raises " + message + " on the CPU, but torch4j on meta returned");
            return;
        }
        Object out = fn.apply(x, args);
        if (expect.has("outputs")) {
            List<Tensor> got = StatsRegistry.outputs(out);
            JsonArray want = expect.getAsJsonArray("outputs");
            for (int i = 0; i < want.size(); i++) MetaConformanceTest.checkMeta("output " + i, got.get(i), want.get(i).getAsJsonObject());
            return;
        }
        MetaConformanceTest.checkMeta("result", StatsRegistry.outputs(out).get(0), expect);
    }
}
