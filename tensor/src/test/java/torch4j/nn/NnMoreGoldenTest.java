package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.Autograd;
import torch4j.autograd.Node;
import torch4j.nn.functional.F;

/**
 * HingeEmbeddingLoss, GaussianNLLLoss, CosineSimilarity, InstanceNorm1d/2d/3d, BatchNorm3d and
 * AlphaDropout against PyTorch 1.13 ({@code golden/nn/gen_nnmore.py}): values, gradients, the
 * whole autograd graph, reprs, state_dict keys, random draws and error texts.
 */
class NnMoreGoldenTest {
    private static final JsonObject GOLDEN = NnGolden.load("nnmore.json");

    private static Stream<JsonObject> records(String section) {
        JsonArray a = GOLDEN.getAsJsonArray(section);
        return StreamSupport.stream(a.spliterator(), false).map(JsonElement::getAsJsonObject);
    }

    /** The graph as the generator writes it: Name(child, ...), None for an input without gradient. */
    static String graph(Node fn) {
        if (fn == null) return "None";
        var next = fn.nextFunctions();
        if (next.isEmpty()) return fn.displayName();
        return fn.displayName() + next.stream().map(e -> graph(e.function())).collect(Collectors.joining(", ", "(", ")"));
    }

    private static Tensor leaf(JsonElement spec) { return NnGolden.tensor(spec).requiresGrad_(); }

    private static void assertClose(JsonElement expected, Tensor actual, String what) {
        Tensor e = NnGolden.tensor(expected);
        double tol = e.dtype() == DType.FLOAT64 ? 1e-12 : 2e-6;
        String diff = NnGolden.compare(actual, e, tol, tol);
        assertNull(diff, what + ": " + diff);
    }

    /** The generator's weighting: (y · (1, 2, …)/4).sum() differentiated by each input. */
    private static void assertGrads(JsonArray expected, Tensor y, List<Tensor> xs) {
        Tensor gout = Torch.arange(1.0, y.numel() + 1.0, 1.0, y.dtype()).reshape(y.shape().toLongArray()).div(4L);
        List<Tensor> g = Autograd.grad(List.of(y), xs, List.of(gout), false, false, true);
        for (int i = 0; i < xs.size(); i++) {
            if (expected.get(i).isJsonNull()) assertNull(g.get(i), "grad " + i);
            else assertClose(expected.get(i), g.get(i), "grad " + i);
        }
    }

    private static void assertError(JsonElement expected, Class<? extends Throwable> type, Runnable f) {
        Throwable e = assertThrows(type, f::run);
        assertEquals(expected.getAsJsonObject().get("message").getAsString(), e.getMessage());
    }

    private static void assertStream(JsonArray after) {
        float[] next = Torch.rand(3).toFloatArray();
        for (int i = 0; i < next.length; i++) assertEquals(NnGolden.parse(after.get(i).getAsString()), next[i], 0.0, "global stream after");
    }

    // ---------------------------------------------------------------- losses

    @TestFactory Stream<DynamicTest> hingeEmbeddingLossMatchesPyTorch() {
        return records("hinge").map(r -> DynamicTest.dynamicTest("hinge " + r.get("reduction") + " margin=" + r.get("margin"), () -> {
            Tensor x = leaf(r.get("input")), t = NnGolden.tensor(r.get("target"));
            double margin = r.get("margin").getAsDouble();
            String red = r.get("reduction").getAsString();
            Tensor y = F.hingeEmbeddingLoss(x, t, margin, red);
            assertClose(r.get("out"), y, "out");
            assertEquals(r.get("graph").getAsString(), graph(y.gradFn()));
            assertGrads(r.getAsJsonArray("grads"), y, List.of(x));
            assertClose(r.get("module"), new HingeEmbeddingLoss(margin, red).call(x, t), "module");
        }));
    }

    @Test void hingeReprAndErrors() {
        assertEquals(GOLDEN.get("hinge_repr").getAsString(), new HingeEmbeddingLoss().toString());
        assertError(GOLDEN.get("hinge_bad_reduction"), IllegalArgumentException.class, () -> F.hingeEmbeddingLoss(Torch.ones(2), Torch.ones(2), 1.0, "avg"));
    }

    @TestFactory Stream<DynamicTest> gaussianNllLossMatchesPyTorch() {
        return records("gauss").map(r -> DynamicTest.dynamicTest("gaussian_nll var" + r.getAsJsonObject("var").get("shape") + " full=" + r.get("full")
                + " " + r.get("reduction"), () -> {
            Tensor x = leaf(r.get("input")), t = NnGolden.tensor(r.get("target")), v = leaf(r.get("var"));
            boolean full = r.get("full").getAsBoolean();
            double eps = r.get("eps").getAsDouble();
            String red = r.get("reduction").getAsString();
            Tensor y = F.gaussianNllLoss(x, t, v, full, eps, red);
            assertClose(r.get("out"), y, "out");
            assertEquals(r.get("graph").getAsString(), graph(y.gradFn()));
            assertGrads(r.getAsJsonArray("grads"), y, List.of(x, v));
            assertClose(r.get("module"), new GaussianNLLLoss(full, eps, red).call(x, t, v), "module");
        }));
    }

    @Test void gaussianReprAndErrors() {
        assertEquals(GOLDEN.get("gauss_repr").getAsString(), new GaussianNLLLoss().toString());
        JsonArray e = GOLDEN.getAsJsonArray("gauss_errors");
        assertError(e.get(0), IllegalArgumentException.class, () -> F.gaussianNllLoss(Torch.ones(4, 3), Torch.ones(4, 3), Torch.ones(4, 2)));
        assertError(e.get(1), IllegalArgumentException.class, () -> F.gaussianNllLoss(Torch.ones(4, 3), Torch.ones(4, 3), Torch.ones(4, 3).neg()));
        assertError(e.get(2), IllegalArgumentException.class,
                () -> F.gaussianNllLoss(Torch.ones(4, 3), Torch.ones(4, 3), Torch.ones(4, 3), false, 1e-6, "avg"));
    }

    // ---------------------------------------------------------------- cosine similarity

    @TestFactory Stream<DynamicTest> cosineSimilarityMatchesPyTorch() {
        return records("cos").map(r -> DynamicTest.dynamicTest("cosine_similarity " + r.getAsJsonObject("a").get("shape") + " "
                + r.getAsJsonObject("b").get("shape") + " dim=" + r.get("dim") + " eps=" + r.get("eps"), () -> {
            Tensor a = leaf(r.get("a")), b = leaf(r.get("b"));
            long dim = r.get("dim").getAsLong();
            double eps = r.get("eps").getAsDouble();
            Tensor y = F.cosineSimilarity(a, b, dim, eps);
            assertClose(r.get("out"), y, "out");
            assertEquals(r.get("graph").getAsString(), graph(y.gradFn()));
            assertGrads(r.getAsJsonArray("grads"), y, List.of(a, b));
            assertClose(r.get("module"), new CosineSimilarity(dim, eps).call(a, b), "module");
        }));
    }

    @Test void cosineSimilarityReprAndError() {
        assertEquals(GOLDEN.get("cos_repr").getAsString(), new CosineSimilarity().toString());
        assertError(GOLDEN.get("cos_int_error"), IllegalArgumentException.class, () -> F.cosineSimilarity(Torch.tensor(1L, 2L), Torch.tensor(1L, 2L), 0));
    }

    // ---------------------------------------------------------------- instance norm, batch norm 3d

    private static InstanceNorm instanceNorm(String cls, long c, JsonObject kw) {
        double eps = kw.has("eps") ? kw.get("eps").getAsDouble() : 1e-5, momentum = kw.has("momentum") ? kw.get("momentum").getAsDouble() : 0.1;
        boolean affine = kw.has("affine") && kw.get("affine").getAsBoolean();
        boolean track = kw.has("track_running_stats") && kw.get("track_running_stats").getAsBoolean();
        return switch (cls) {
            case "InstanceNorm1d" -> new InstanceNorm1d(c, eps, momentum, affine, track);
            case "InstanceNorm2d" -> new InstanceNorm2d(c, eps, momentum, affine, track);
            default -> new InstanceNorm3d(c, eps, momentum, affine, track);
        };
    }

    @TestFactory Stream<DynamicTest> instanceNormMatchesPyTorch() {
        return records("inorm").map(r -> DynamicTest.dynamicTest(r.get("cls").getAsString() + " " + r.get("shape") + " " + r.get("kw"), () -> {
            String cls = r.get("cls").getAsString();
            int d = cls.charAt(12) - '0';
            JsonArray shape = r.getAsJsonArray("shape");
            long c = shape.get(shape.size() - d - 1).getAsLong();
            InstanceNorm m = instanceNorm(cls, c, r.getAsJsonObject("kw"));
            DType dtype = DType.of(r.get("dtype").getAsString());
            m.to(dtype);
            assertEquals(r.get("repr").getAsString(), m.toString());
            List<String> keys = new ArrayList<>(m.stateDict().keySet());
            assertEquals(StreamSupport.stream(r.getAsJsonArray("keys").spliterator(), false).map(JsonElement::getAsString).toList(), keys);
            List<Tensor> xs = new ArrayList<>();
            Tensor x = leaf(r.get("input"));
            xs.add(x);
            if (m.affine) {
                try (var _ = Torch.noGrad()) {
                    m.weight.copy_(NnGolden.tensor(r.get("weight")));
                    m.bias.copy_(NnGolden.tensor(r.get("bias")));
                }
                xs.add(m.weight);
                xs.add(m.bias);
            }
            Tensor y = m.call(x);
            assertClose(r.get("out"), y, "out");
            assertEquals(r.get("graph").getAsString(), graph(y.gradFn()));
            assertGrads(r.getAsJsonArray("grads"), y, xs);
            if (m.trackRunningStats) {
                assertClose(r.get("running_mean"), m.runningMean(), "running_mean");
                assertClose(r.get("running_var"), m.runningVar(), "running_var");
                assertEquals(r.get("num_batches_tracked").getAsLong(), m.getBuffer("num_batches_tracked").longValue());
                m.eval();
                assertClose(r.get("eval_out"), m.call(x), "eval");
            }
        }));
    }

    @Test void instanceNormReprsAndErrors() {
        JsonArray reprs = GOLDEN.getAsJsonArray("inorm_reprs");
        assertEquals(reprs.get(0).getAsString(), new InstanceNorm1d(4).toString());
        assertEquals(reprs.get(1).getAsString(), new InstanceNorm3d(2, 1e-5, 0.2, true, true).toString());
        JsonArray e = GOLDEN.getAsJsonArray("inorm_errors");
        assertError(e.get(0), IllegalArgumentException.class, () -> new InstanceNorm2d(3).call(Torch.ones(2, 3)));
        assertError(e.get(1), IllegalArgumentException.class, () -> new InstanceNorm1d(3, 1e-5, 0.1, true, false).call(Torch.ones(2, 4, 5)));
        assertError(e.get(2), IllegalArgumentException.class, () -> new InstanceNorm1d(3).call(Torch.ones(2, 3, 1)));
        assertError(e.get(3), IllegalArgumentException.class, () -> F.instanceNorm(Torch.ones(2, 3, 4), null, null, null, null, false, 0.1, 1e-5));
    }

    @Test void batchNorm3dMatchesPyTorch() {
        JsonObject r = GOLDEN.getAsJsonObject("bn3d");
        BatchNorm3d bn = new BatchNorm3d(2, 1e-5, null, true, true);
        assertEquals(r.get("repr").getAsString(), bn.toString());
        assertEquals(StreamSupport.stream(r.getAsJsonArray("keys").spliterator(), false).map(JsonElement::getAsString).toList(),
                new ArrayList<>(bn.stateDict().keySet()));
        Tensor x = leaf(r.get("input"));
        Tensor y = bn.call(x);
        Tensor y2 = bn.call(x.mul(2L));
        assertClose(r.get("out"), y, "out");
        assertClose(r.get("out2"), y2, "out2");
        assertEquals(r.get("graph").getAsString(), graph(y.gradFn()));
        assertGrads(r.getAsJsonArray("grads"), y, List.of(x, bn.weight, bn.bias));
        assertClose(r.get("running_mean"), bn.runningMean(), "running_mean");
        assertClose(r.get("running_var"), bn.runningVar(), "running_var");
        assertEquals(r.get("num_batches_tracked").getAsLong(), bn.numBatchesTracked().longValue());
        bn.eval();
        assertClose(r.get("eval_out"), bn.call(x), "eval");
        assertError(r.get("error"), IllegalArgumentException.class, () -> bn.call(Torch.ones(2, 2, 2, 2)));
    }

    // ---------------------------------------------------------------- alpha dropout

    @TestFactory Stream<DynamicTest> alphaDropoutMatchesPyTorch() {
        return records("alpha").map(r -> DynamicTest.dynamicTest("alpha_dropout " + r.getAsJsonObject("input").get("shape") + " p=" + r.get("p")
                + " inplace=" + r.get("inplace"), () -> {
            Tensor x = leaf(r.get("input"));
            double p = r.get("p").getAsDouble();
            boolean inplace = r.get("inplace").getAsBoolean();
            Torch.manualSeed(r.get("seed").getAsLong());
            Tensor in = inplace ? x.clone() : x;
            Tensor y = inplace ? F.alphaDropout_(in, p, true) : F.alphaDropout(in, p, true);
            assertStream(r.getAsJsonArray("after"));
            if (inplace) assertSame(in, y);
            assertClose(r.get("out"), y, "out");
            assertEquals(r.get("graph").getAsString(), graph(y.gradFn()));
            if (!r.get("grads").isJsonNull()) assertGrads(r.getAsJsonArray("grads"), y, List.of(x));
            else assertSame(x, y);
        }));
    }

    @Test void alphaDropoutModuleMatchesPyTorch() {
        JsonObject r = GOLDEN.getAsJsonObject("alpha_module");
        AlphaDropout m = new AlphaDropout(0.3);
        assertEquals(r.get("repr").getAsString(), m.toString());
        assertEquals(r.get("repr_default").getAsString(), new AlphaDropout().toString());
        assertEquals(r.get("repr_inplace").getAsString(), new AlphaDropout(0.1, true).toString());
        Tensor x = NnGolden.tensor(r.get("input"));
        Torch.manualSeed(r.get("seed").getAsLong());
        assertClose(r.get("out"), m.call(x), "out");
        assertTrue(r.get("eval_same").getAsBoolean());
        m.eval();
        assertSame(x, m.call(x));
        assertTrue(r.get("f_default_same").getAsBoolean());
        assertSame(x, F.alphaDropout(x, 0.5));
        assertError(r.get("error"), IllegalArgumentException.class, () -> new AlphaDropout(1.5));
        assertError(r.get("f_error"), IllegalArgumentException.class, () -> F.alphaDropout(x, -0.1, true));
    }


    // ---------------------------------------------------------------- ParameterList, ParameterDict

    static class Holder extends Module {
        final ParameterList plist = register("plist", new ParameterList(List.of(Torch.ones(2))));
        final ParameterDict pdict;
        final Linear lin;

        Holder() {
            java.util.LinkedHashMap<String, Tensor> ordered = new java.util.LinkedHashMap<>();
            ordered.put("z", Torch.ones(1, 2));
            ordered.put("a", new Parameter(Torch.zeros(3), false));
            pdict = register("pdict", new ParameterDict(ordered));
            lin = register("lin", new Linear(1, 1));
        }
    }

    private static List<String> strings(JsonArray a) {
        return StreamSupport.stream(a.spliterator(), false).map(JsonElement::getAsString).toList();
    }

    @Test void parameterListAndDictMatchPyTorch() {
        JsonObject r = GOLDEN.getAsJsonObject("containers");
        ParameterList pl = new ParameterList(List.of(new Parameter(Torch.ones(2, 3)), Torch.zeros(new long[]{4}, DType.FLOAT64)));
        pl.append(Torch.ones(new long[0]));
        pl.extend(List.of(Torch.ones(1, 1, 2)));
        pl.set(1, Torch.ones(5));
        assertEquals(r.get("plist_repr").getAsString(), pl.toString());
        assertEquals(strings(r.getAsJsonArray("plist_keys")), new ArrayList<>(pl.stateDict().keySet()));
        assertEquals(r.get("plist_empty").getAsString(), new ParameterList().toString());
        assertEquals(r.get("plist_one").getAsString(), new ParameterList(List.of(Torch.ones(3))).toString());
        for (Parameter p : pl) assertTrue(p.requiresGrad());
        assertSame(pl.get(3), pl.get(-1));
        assertError(r.get("plist_index_error"), IndexOutOfBoundsException.class, () -> pl.get(4));
        assertError(r.get("plist_call_error"), IllegalArgumentException.class, () -> pl.call(Torch.ones(1)));

        ParameterDict pd = new ParameterDict(java.util.Map.of("right", Torch.ones(5, 10), "left", Torch.zeros(new long[]{5, 10}, DType.FLOAT64)));
        pd.put("mid", Torch.ones(2));
        Parameter popped = pd.pop("left");
        java.util.LinkedHashMap<String, Tensor> ordered = new java.util.LinkedHashMap<>();
        ordered.put("y", Torch.ones(1));
        ordered.put("b", Torch.ones(2));
        pd.update(ordered);
        pd.update(java.util.Map.of("q", Torch.ones(3), "c", Torch.ones(4)));
        assertEquals(r.get("pdict_repr").getAsString(), pd.toString());
        assertEquals(strings(r.getAsJsonArray("pdict_keys")), pd.keys());
        assertEquals(r.get("pdict_empty").getAsString(), new ParameterDict().toString());
        assertEquals(r.get("popped_dtype").getAsString(), popped.dtype().toString());
        assertError(r.get("pdict_call_error"), IllegalArgumentException.class, () -> pd.call(Torch.ones(1)));

        Holder h = new Holder();
        assertEquals(r.get("holder_repr").getAsString(), h.toString());
        assertEquals(strings(r.getAsJsonArray("holder_keys")), new ArrayList<>(h.stateDict().keySet()));
        assertEquals(strings(r.getAsJsonArray("holder_params")), new ArrayList<>(h.namedParameters().keySet()));
    }
}
