package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
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

/** In-place Dropout2d, MaxPool2d with indices, circular F.pad and scaled embedding gradients against PyTorch 1.13 ({@code golden/nn/gen_nngaps.py}). */
class NnGapsGoldenTest {
    private static final JsonObject GOLDEN = NnGolden.load("nngaps.json");

    private static Stream<JsonObject> records(String section) {
        JsonArray a = GOLDEN.getAsJsonArray(section);
        return StreamSupport.stream(a.spliterator(), false).map(JsonElement::getAsJsonObject);
    }

    private static long[] shape(JsonObject rec, String key) {
        JsonArray a = rec.getAsJsonArray(key);
        long[] s = new long[a.size()];
        for (int i = 0; i < s.length; i++) s[i] = a.get(i).getAsLong();
        return s;
    }

    private static void assertClose(JsonElement expected, Tensor actual, String what) { assertClose(expected, actual, what, 1e-6); }

    /** {@code tol} relative and absolute; float32 convolutions sum in another order than PyTorch's (as SpatialGoldenTest: 2e-5). */
    private static void assertClose(JsonElement expected, Tensor actual, String what, double tol) {
        String diff = NnGolden.compare(actual, NnGolden.tensor(expected), tol, tol);
        assertNull(diff, what + ": " + diff);
    }

    private static void assertStream(JsonObject rec) {
        JsonArray after = rec.getAsJsonArray("after");
        float[] next = Torch.rand(3).toFloatArray();
        for (int i = 0; i < next.length; i++) assertEquals(Double.parseDouble(after.get(i).getAsString()), next[i], 0.0, "global stream after");
    }

    // ---------------------------------------------------------------- 1. in-place dropout2d

    @TestFactory
    Stream<DynamicTest> dropout2dInplaceMatchesPyTorch() {
        return records("dropout2d_inplace").map(rec -> DynamicTest.dynamicTest(
                "dropout2d_ " + rec.get("shape") + " " + rec.get("dtype").getAsString() + " p=" + rec.get("p") + " training=" + rec.get("training"),
                () -> {
                    long[] shape = shape(rec, "shape");
                    DType dtype = DType.of(rec.get("dtype").getAsString());
                    long n = 1;
                    for (long s : shape) n *= s;
                    Tensor x = Torch.arange(1.0, n + 1.0, 1.0, dtype).reshape(shape).detach().requiresGrad_();
                    Tensor gout = Torch.arange(0.0, (double) n, 1.0, dtype).div(4L).add(1L).reshape(shape);
                    Torch.manualSeed(rec.get("seed").getAsLong());
                    Tensor c = x.clone();
                    Tensor y = F.dropout2d_(c, rec.get("p").getAsDouble(), rec.get("training").getAsBoolean());
                    assertStream(rec);
                    assertSame(c, y);
                    assertClose(rec.get("out"), y, "out");
                    assertEquals(rec.get("repr").getAsString(), y.toString());
                    assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
                    y.backward(gout);
                    assertClose(rec.get("grad"), x.grad(), "grad");
                }));
    }

    @Test
    void dropout2dModuleInplace() {
        JsonObject g = GOLDEN.getAsJsonObject("dropout2d_module");
        Dropout2d m = new Dropout2d(0.5, true);
        assertEquals(g.get("repr").getAsString(), m.toString());
        assertEquals(g.get("repr_default").getAsString(), new Dropout2d().toString());
        Torch.manualSeed(g.get("seed").getAsLong());
        Tensor x = Torch.ones(2, 4, 1, 2);
        Tensor y = m.call(x);
        assertStream(g);
        assertSame(x, y);
        assertClose(g.get("out"), y, "out");
        m.eval();
        assertSame(x, m.call(x));
    }

    @Test
    void dropout2dInplaceOnALeafIsPyTorchsError() {
        JsonObject g = GOLDEN.getAsJsonObject("dropout2d_leaf_error");
        Tensor leaf = Torch.ones(1, 2, 2, 2).requiresGrad_();
        assertEquals(g.get("message").getAsString(),
                assertThrows(RuntimeException.class, () -> F.dropout2d_(leaf, 0.5, true)).getMessage());
    }

    // ---------------------------------------------------------------- 2. MaxPool2d(return_indices=True)

    private static int[] option(JsonElement e) {
        if (e.isJsonPrimitive()) return new int[]{e.getAsInt()};
        JsonArray a = e.getAsJsonArray();
        return new int[]{a.get(0).getAsInt(), a.get(1).getAsInt()};
    }

    private static MaxPool2d pool(JsonArray args) {
        if (args.size() == 1) return new MaxPool2d(new int[]{args.get(0).getAsInt()}, null, new int[]{0}, new int[]{1}, true, false);
        return new MaxPool2d(option(args.get(0)), option(args.get(1)), option(args.get(2)), option(args.get(3)),
                args.get(4).getAsBoolean(), args.get(5).getAsBoolean());
    }

    @TestFactory
    Stream<DynamicTest> maxPool2dReturnIndicesMatchesPyTorch() {
        return records("maxpool_indices").map(rec -> DynamicTest.dynamicTest(rec.get("repr").getAsString() + " " + rec.get("shape"), () -> {
            MaxPool2d m = pool(rec.getAsJsonArray("args"));
            assertEquals(rec.get("repr").getAsString(), m.toString());
            Tensor x = NnGolden.tensor(rec.get("x")).requiresGrad_();
            List<Tensor> out = m.forwardWithIndices(x);
            assertEquals(2, out.size());
            Tensor values = out.get(0), indices = out.get(1);
            assertClose(rec.get("values"), values, "values");
            assertClose(rec.get("indices"), indices, "indices");
            assertEquals(rec.get("grad_fn").getAsString(), values.gradFn().name());
            values.backward(Torch.arange(1.0, values.numel() + 1.0).reshape(values.shape().toLongArray()));
            assertClose(rec.get("grad"), x.grad(), "grad");
        }));
    }

    @Test
    void maxPool2dReturnIndicesRefusesPlainForward() {
        MaxPool2d m = new MaxPool2d(2, 2, 0, 1, true, false);
        Tensor x = Torch.ones(1, 1, 2, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.call(x));
        assertEquals("MaxPool2d(return_indices=True) returns (values, indices): call forwardWithIndices(input) instead of forward/call", e.getMessage());
        assertThrows(IllegalStateException.class, () -> new Sequential(m).call(x));
        // without return_indices, forward is unchanged and forwardWithIndices agrees with it
        MaxPool2d plain = new MaxPool2d(2);
        assertEquals(plain.call(x).toString(), plain.forwardWithIndices(x).get(0).toString());
    }

    // ---------------------------------------------------------------- 3. F.pad(mode="circular")

    private static long[] longs(JsonArray a) {
        long[] v = new long[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).getAsLong();
        return v;
    }

    @TestFactory
    Stream<DynamicTest> circularPadMatchesPyTorch() {
        return records("pad_circular").map(rec -> DynamicTest.dynamicTest(
                "pad circular " + rec.get("shape") + " " + rec.get("pad") + " " + rec.get("dtype").getAsString(), () -> {
                    long[] shape = shape(rec, "shape");
                    DType dtype = DType.of(rec.get("dtype").getAsString());
                    long n = 1;
                    for (long s : shape) n *= s;
                    Tensor x = Torch.arange(1.0, n + 1.0, 1.0, dtype).reshape(shape).detach();
                    if (dtype.isFloatingPoint()) x.requiresGrad_();
                    Tensor y = F.pad(x, longs(rec.getAsJsonArray("pad")), "circular");
                    assertClose(rec.get("out"), y, "out");
                    assertEquals(rec.get("repr").getAsString(), y.toString());
                    JsonElement gradFn = rec.get("grad_fn"), gradFnName = rec.get("grad_fn_name");
                    assertEquals(gradFn.isJsonNull() ? null : gradFn.getAsString(), y.gradFn() == null ? null : y.gradFn().displayName());
                    assertEquals(gradFnName.isJsonNull() ? null : gradFnName.getAsString(), y.gradFn() == null ? null : y.gradFn().name());
                    if (!rec.has("grad")) return;
                    y.backward(Torch.arange(0.0, (double) y.numel(), 1.0, dtype).div(8L).add(1L).reshape(y.shape().toLongArray()));
                    assertClose(rec.get("grad"), x.grad(), "grad");
                }));
    }

    @TestFactory
    Stream<DynamicTest> circularPadErrorsInPyTorchsWords() {
        return records("pad_circular_errors").map(rec -> DynamicTest.dynamicTest(
                "pad circular error " + rec.get("shape") + " " + rec.get("pad") + " value=" + rec.get("value"), () -> {
                    Tensor x = Torch.ones(shape(rec, "shape"));
                    double value = rec.get("value").isJsonNull() ? 0 : rec.get("value").getAsDouble();
                    Class<? extends RuntimeException> type = rec.get("type").getAsString().equals("NotImplementedError")
                            ? UnsupportedOperationException.class : IllegalArgumentException.class;
                    RuntimeException e = assertThrows(type, () -> F.pad(x, longs(rec.getAsJsonArray("pad")), "circular", value));
                    assertEquals(rec.get("message").getAsString(), e.getMessage());
                }));
    }

    @Test
    void circularPadPassesGradcheckAndGradgradcheck() {
        Torch.manualSeed(3);
        List<Tensor> inputs = List.of(Torch.randn(2, 2, 3, 4).toDouble().requiresGrad_());
        java.util.function.Function<List<Tensor>, Tensor> f = l -> F.pad(l.get(0), new long[]{2, -1, 3, 1}, "circular");
        assertTrue(GradCheck.gradcheck(f, inputs));
        assertTrue(GradCheck.gradgradcheck(f, inputs));
        List<Tensor> line = List.of(Torch.randn(1, 3, 5).toDouble().requiresGrad_());
        assertTrue(GradCheck.gradgradcheck(l -> F.pad(l.get(0), new long[]{4, 5}, "circular"), line));
    }

    private static Module circularConv(String name) {
        return switch (name) {
            case "conv2d" -> new Conv2d(2, 3, new int[]{3, 3}, new int[]{1, 1}, new int[]{1, 2}, new int[]{1, 1}, 1, true, "circular");
            case "conv2d_same_dil" -> new Conv2d(2, 2, new int[]{3, 2}, new int[]{1, 1}, "same", new int[]{1, 2}, 1, true, "circular");
            case "conv1d" -> new Conv1d(2, 3, 3, 2, 2, 1, 1, true, "circular");
            default -> throw new IllegalArgumentException(name);
        };
    }

    @TestFactory
    Stream<DynamicTest> circularConvolutionMatchesPyTorch() {
        return records("conv_circular").map(rec -> DynamicTest.dynamicTest(rec.get("repr").getAsString(), () -> {
            Torch.manualSeed(rec.get("seed").getAsLong());
            Module m = circularConv(rec.get("name").getAsString());
            assertEquals(rec.get("repr").getAsString(), m.toString());
            Tensor x = NnGolden.tensor(rec.get("x")).requiresGrad_();
            Tensor y = m.call(x);
            assertClose(rec.get("out"), y, "out", 2e-5);
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            y.backward(Torch.arange(0.0, (double) y.numel()).div(16L).sub(1L).reshape(y.shape().toLongArray()));
            assertClose(rec.get("grad_x"), x.grad(), "grad input", 2e-5);
            assertClose(rec.get("grad_weight"), ((ConvNd) m).weight.grad(), "grad weight", 2e-5);
            assertClose(rec.get("grad_bias"), ((ConvNd) m).bias.grad(), "grad bias", 2e-5);
        }));
    }

    @Test
    void circularConvolutionOfUnbatchedInputIsPyTorchsError() {
        Conv2d m = new Conv2d(2, 3, 3, 1, 1, 1, 1, true, "circular");
        assertEquals(GOLDEN.getAsJsonObject("conv_circular_unbatched_error").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> m.call(Torch.ones(2, 4, 4))).getMessage());
    }

    // ---------------------------------------------------------------- 4. Embedding(scale_grad_by_freq=True)

    @TestFactory
    Stream<DynamicTest> embeddingScaleGradByFreqMatchesPyTorch() {
        return records("embedding_scale_grad").map(rec -> DynamicTest.dynamicTest(
                "embedding scale_grad_by_freq " + rec.getAsJsonObject("indices").get("values") + " padding_idx=" + rec.get("padding_idx")
                        + " max_norm=" + rec.get("max_norm"), () -> {
                    Tensor w = NnGolden.tensor(rec.get("weight")).requiresGrad_();
                    Tensor indices = NnGolden.tensor(rec.get("indices"));
                    Long paddingIdx = rec.get("padding_idx").isJsonNull() ? null : rec.get("padding_idx").getAsLong();
                    Double maxNorm = rec.get("max_norm").isJsonNull() ? null : rec.get("max_norm").getAsDouble();
                    Tensor y = F.embedding(indices, w, paddingIdx, maxNorm, 2.0, true);
                    assertClose(rec.get("out"), y, "out");
                    assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
                    y.backward(Torch.arange(0.0, (double) y.numel(), 1.0, w.dtype()).div(4L).sub(1L).reshape(y.shape().toLongArray()));
                    assertClose(rec.get("grad"), w.grad(), "grad");
                }));
    }

    @Test
    void embeddingModuleScaleGradByFreq() {
        JsonObject g = GOLDEN.getAsJsonObject("embedding_module");
        Torch.manualSeed(g.get("seed").getAsLong());
        Embedding m = new Embedding(10, 3, null, null, 2.0, true);
        assertEquals(g.get("repr").getAsString(), m.toString());
        assertEquals(g.get("repr_all").getAsString(), new Embedding(10, 3, 1L, 2.0, 3.0, true).toString());
        m.call(NnGolden.tensor(g.get("indices"))).sum().backward();
        assertClose(g.get("grad"), m.weight.grad(), "grad");
        // without the option the counts are not applied
        Embedding plain = new Embedding(10, 3);
        plain.call(NnGolden.tensor(g.get("indices"))).sum().backward();
        assertEquals(3.0, plain.weight.grad().get(1L, 0L).item());
    }

    @Test
    void embeddingJavadocExample() {
        Tensor w = Torch.ones(3, 2).requiresGrad_();
        F.embedding(Torch.tensor(0L, 0L, 2L), w, null, null, 2.0, true).sum().backward();
        assertEquals(GOLDEN.getAsJsonObject("embedding_doc_example").get("grad_repr").getAsString(), w.grad().toString());
    }

    /**
     * The scaled gradient is deliberately not the derivative (so no gradcheck); its own derivative in
     * the output gradient (EmbeddingDenseBackwardBackward0) is, as in PyTorch 1.13, not scaled.
     */
    @Test
    void embeddingScaleGradByFreqDoubleBackward() {
        JsonObject g = GOLDEN.getAsJsonObject("embedding_double_backward");
        Tensor w = NnGolden.tensor(g.get("weight")).requiresGrad_();
        Tensor y = F.embedding(NnGolden.tensor(g.get("indices")), w, g.get("padding_idx").getAsLong(), null, 2.0, true);
        Tensor gout = Torch.arange(0.0, (double) y.numel(), 1.0, DType.FLOAT64).div(4L).sub(1L).reshape(y.shape().toLongArray()).requiresGrad_();
        Tensor grad = Autograd.grad(List.of(y), List.of(w), List.of(gout), true, true, false).get(0);
        assertClose(g.get("grad"), grad, "grad");
        assertEquals(g.get("grad_fn").getAsString(), grad.gradFn().name());
        grad.mul(Torch.arange(0.0, 15.0, 1.0, DType.FLOAT64).sin().reshape(5, 3)).sum().backward();
        assertClose(g.get("gout_grad"), gout.grad(), "grad of gout");
    }
}
