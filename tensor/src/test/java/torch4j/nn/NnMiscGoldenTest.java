package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/** nn.Bilinear, nn.EmbeddingBag and nn.CTCLoss with their F forms against PyTorch 1.13 ({@code golden/nnmisc/gen_nnmisc.py}). */
class NnMiscGoldenTest {
    static final JsonObject GOLDEN = load();

    private static JsonObject load() {
        try (InputStream in = NnMiscGoldenTest.class.getResourceAsStream("/golden/nnmisc/nnmisc.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<JsonObject> records(String section) {
        return StreamSupport.stream(GOLDEN.getAsJsonArray(section).spliterator(), false).map(JsonElement::getAsJsonObject);
    }

    private static long[] longs(JsonElement e) {
        JsonArray a = e.getAsJsonArray();
        long[] s = new long[a.size()];
        for (int i = 0; i < s.length; i++) s[i] = a.get(i).getAsLong();
        return s;
    }

    /** A nested JSON list of integers as an int64 tensor (1-D or 2-D). */
    private static Tensor indexTensor(JsonElement e) {
        JsonArray a = e.getAsJsonArray();
        if (a.isEmpty() || !a.get(0).isJsonArray()) return Torch.from(longs(a));
        long[][] rows = new long[a.size()][];
        for (int i = 0; i < rows.length; i++) rows[i] = longs(a.get(i));
        return Torch.tensor(rows);
    }

    /** sin(arange(n)·0.7 + phase)·scale in float64, then cast and shaped: the generator's {@code sinx}. */
    static Tensor sinx(long[] shape, DType dtype, double phase, double scale) {
        long n = 1;
        for (long s : shape) n *= s;
        return Torch.arange(n).toDouble().mul(0.7).add(phase).sin().mul(scale).to(dtype).reshape(shape);
    }

    private static void assertClose(JsonElement expected, Tensor actual, String what, DType dtype) {
        double tol = dtype == DType.FLOAT32 ? 2e-6 : 1e-12;
        String diff = NnGolden.compare(actual, NnGolden.tensor(expected), tol, tol);
        assertNull(diff, what + ": " + diff);
    }

    private static void assertError(JsonObject expected, Executable call) {
        Class<? extends Throwable> type = switch (expected.get("type").getAsString()) {
            case "NotImplementedError" -> UnsupportedOperationException.class;
            default -> IllegalArgumentException.class;   // RuntimeError, ValueError and the module's AssertionError
        };
        Throwable e = assertThrows(type, call);
        assertEquals(expected.get("message").getAsString(), e.getMessage());
    }

    // ---------------------------------------------------------------- Bilinear

    @TestFactory
    Stream<DynamicTest> bilinearMatchesPyTorch() {
        return records("bilinear").map(rec -> DynamicTest.dynamicTest("Bilinear " + rec.get("repr").getAsString() + " " + rec.get("dtype").getAsString(), () -> {
            DType dtype = DType.of(rec.get("dtype").getAsString());
            Torch.manualSeed(0);
            Bilinear m = new Bilinear(rec.get("in1").getAsLong(), rec.get("in2").getAsLong(), rec.get("out").getAsLong(), rec.get("bias").getAsBoolean()).to(dtype);
            assertEquals(rec.get("repr").getAsString(), m.toString());
            List<String> names = new ArrayList<>(m.namedParameters().keySet());
            assertEquals(rec.get("names").getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList(), names);
            assertClose(rec.get("weight"), m.weight, "init weight", dtype);
            if (m.bias != null) assertClose(rec.get("bias_value"), m.bias, "init bias", dtype);
            long[] lead = longs(rec.get("lead"));
            Tensor x1 = sinx(append(lead, m.in1Features), dtype, 0.1, 1).requiresGrad_();
            Tensor x2 = sinx(append(lead, m.in2Features), dtype, 0.5, 1).requiresGrad_();
            Tensor y = m.call(x1, x2);
            assertClose(rec.get("y"), y, "output", dtype);
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            List<String> chain = y.gradFn().nextFunctions().stream().filter(e -> e.function() != null).map(e -> e.function().displayName()).toList();
            assertEquals(rec.get("chain").getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList(), chain);
            y.backward(sinx(y.shape().toLongArray(), dtype, 1.3, 1));
            assertClose(rec.get("gx1"), x1.grad(), "grad input1", dtype);
            assertClose(rec.get("gx2"), x2.grad(), "grad input2", dtype);
            assertClose(rec.get("gw"), m.weight.grad(), "grad weight", dtype);
            if (m.bias != null) assertClose(rec.get("gb"), m.bias.grad(), "grad bias", dtype);
        }));
    }

    private static long[] append(long[] lead, long last) {
        long[] s = java.util.Arrays.copyOf(lead, lead.length + 1);
        s[lead.length] = last;
        return s;
    }

    @Test
    void bilinearInitLeavesPyTorchsStream() {
        Torch.manualSeed(0);
        new Bilinear(1, 1, 1, false);
        float[] next = Torch.rand(3).toFloatArray();
        JsonArray after = GOLDEN.getAsJsonArray("bilinear_after_seed0");
        for (int i = 0; i < 3; i++) assertEquals(Double.parseDouble(after.get(i).getAsString()), next[i], 0.0);
    }

    @Test
    void bilinearFunctionalAndTorchSpellingsAgree() {
        Tensor x1 = sinx(new long[]{2, 3}, DType.FLOAT64, 0.1, 1), x2 = sinx(new long[]{2, 4}, DType.FLOAT64, 0.5, 1);
        Tensor w = sinx(new long[]{5, 3, 4}, DType.FLOAT64, 0.2, 1), b = sinx(new long[]{5}, DType.FLOAT64, 0.7, 1);
        assertNull(NnGolden.compare(Torch.bilinear(x1, x2, w, b), F.bilinear(x1, x2, w, b), 0, 0));
        assertNull(NnGolden.compare(F.bilinear(x1, x2, w), F.bilinear(x1, x2, w, b).sub(b), 1e-12, 1e-12));
    }

    @Test
    void bilinearErrorsInPyTorchsWords() {
        List<JsonObject> errors = GOLDEN.getAsJsonArray("bilinear_errors").asList().stream().map(JsonElement::getAsJsonObject).toList();
        Tensor w = Torch.ones(5, 3, 4);
        assertError(errors.get(0), () -> F.bilinear(Torch.ones(2, 3), Torch.ones(2, 3, 4), w));
        assertError(errors.get(1), () -> F.bilinear(Torch.ones(2, 3), Torch.ones(3, 4), w));
        assertError(errors.get(2), () -> F.bilinear(Torch.ones(2, 2), Torch.ones(2, 4), w));
        assertError(errors.get(3), () -> F.bilinear(Torch.ones(2, 3), Torch.ones(2, 5), w));
        assertError(errors.get(4), () -> F.bilinear(Torch.ones(2, 3), Torch.ones(2, 4), w, Torch.ones(4)));
        assertError(errors.get(5), () -> F.bilinear(Torch.ones(2, 3), Torch.ones(2, 4).toDouble(), w));
    }

    // ---------------------------------------------------------------- EmbeddingBag

    @TestFactory
    Stream<DynamicTest> embeddingBagMatchesPyTorch() {
        return records("embedding_bag").map(rec -> DynamicTest.dynamicTest("embedding_bag " + rec, () -> {
            DType dtype = DType.of(rec.get("dtype").getAsString());
            long num = rec.get("num").getAsLong(), dim = rec.get("dim").getAsLong();
            Tensor weight = sinx(new long[]{num, dim}, dtype, 0.2, 2.0).requiresGrad_();
            Tensor input = indexTensor(rec.get("input"));
            Tensor offsets = rec.get("offsets").isJsonNull() ? null : indexTensor(rec.get("offsets"));
            Tensor psw = rec.get("psw").getAsBoolean() ? sinx(input.shape().toLongArray(), dtype, 0.4, 1).requiresGrad_() : null;
            Double maxNorm = rec.get("max_norm").isJsonNull() ? null : rec.get("max_norm").getAsDouble();
            Long pad = rec.get("padding_idx").isJsonNull() ? null : rec.get("padding_idx").getAsLong();
            Tensor used = weight;
            if (maxNorm != null) {
                try (var _ = Torch.noGrad()) { used = weight.clone(); }
                used.requiresGrad_();
            }
            Tensor y = F.embeddingBag(input, used, offsets, maxNorm, 2.0, rec.get("scale_grad_by_freq").getAsBoolean(), rec.get("mode").getAsString(),
                    psw, rec.get("include_last_offset").getAsBoolean(), pad);
            assertClose(rec.get("y"), y, "output", dtype);
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            y.backward(sinx(y.shape().toLongArray(), dtype, 0.9, 1));
            assertClose(rec.get("renormed"), used, "weight after max_norm", dtype);
            assertClose(rec.get("gw"), used.grad(), "grad weight", dtype);
            if (psw != null) assertClose(rec.get("gpsw"), psw.grad(), "grad per_sample_weights", dtype);
        }));
    }

    @Test
    void embeddingBagModuleMatchesPyTorch() {
        JsonObject rec = GOLDEN.getAsJsonObject("embedding_bag_module");
        Torch.manualSeed(0);
        EmbeddingBag eb = new EmbeddingBag(10, 3);
        EmbeddingBag eb2 = new EmbeddingBag(10, 3, 1.0, 3.0, true, "max", true, -2L);
        assertClose(rec.get("weight"), eb.weight, "init weight", DType.FLOAT32);
        assertEquals(rec.get("repr").getAsString(), eb.toString());
        assertEquals(rec.get("repr2").getAsString(), eb2.toString());
        assertEquals(rec.get("repr_sum").getAsString(), new EmbeddingBag(5, 2, null, 2.5, false, "sum").toString());
        assertEquals(List.of("weight"), new ArrayList<>(eb.namedParameters().keySet()));
        assertEquals(rec.get("padding_idx").getAsLong(), eb2.paddingIdx);
        assertClose(rec.get("pad_row"), eb2.weight.get(8), "padding row", DType.FLOAT32);
        Tensor y = eb.call(Torch.tensor(1L, 2L, 3L, 4L), Torch.tensor(0L, 1L));
        assertClose(rec.get("y"), y, "forward", DType.FLOAT32);
        assertEquals("EmbeddingBagBackward0", y.gradFn().name());

        JsonObject pre = GOLDEN.getAsJsonObject("embedding_bag_pretrained");
        EmbeddingBag p = EmbeddingBag.fromPretrained(Torch.tensor(new double[][]{{1., 2.3, 3.}, {4., 5.1, 6.3}}));
        assertEquals(pre.get("repr").getAsString(), p.toString());
        assertEquals(pre.get("requires_grad").getAsBoolean(), p.weight.requiresGrad());
        assertClose(pre.get("y"), p.call(Torch.tensor(new long[][]{{1, 0}})), "pretrained forward", DType.FLOAT32);
        assertFalse(p.call(Torch.tensor(new long[][]{{1, 0}})).requiresGrad());
    }

    @Test
    void embeddingBagErrorsInPyTorchsWords() {
        List<JsonObject> e = GOLDEN.getAsJsonArray("embedding_bag_errors").asList().stream().map(JsonElement::getAsJsonObject).toList();
        Tensor w = Torch.ones(10, 3);
        Tensor one = Torch.tensor(0L), i12 = Torch.tensor(1L, 2L);
        assertError(e.get(0), () -> F.embeddingBag(Torch.tensor(new long[][]{{1, 2}}), w, one.view(1)));
        assertError(e.get(1), () -> F.embeddingBag(i12, w));
        assertError(e.get(2), () -> F.embeddingBag(i12, w, one.view(1, 1)));
        assertError(e.get(3), () -> F.embeddingBag(Torch.tensor(new long[][]{{1, 2}}).view(1, 1, 2), w));
        assertError(e.get(4), () -> F.embeddingBag(i12, w, one.view(1), "prod"));
        assertError(e.get(5), () -> F.embeddingBag(i12, w, one.view(1), null, 2.0, true, "max", null, false, null));
        assertError(e.get(6), () -> F.embeddingBag(i12, w, one.view(1), null, 2.0, false, "mean", Torch.ones(2), false, null));
        assertError(e.get(7), () -> F.embeddingBag(i12, w, one.view(1), null, 2.0, false, "sum", Torch.ones(3), false, null));
        assertError(e.get(8), () -> F.embeddingBag(i12, w, Torch.from(new long[]{1})));
        assertError(e.get(9), () -> F.embeddingBag(i12, w, Torch.tensor(0L, 3L)));
        assertError(e.get(10), () -> F.embeddingBag(Torch.tensor(1L, 10L), w.toDouble(), one.view(1)));
        assertError(e.get(11), () -> F.embeddingBag(i12, w, one.view(1), null, 2.0, false, "mean", null, false, 10L));
        assertError(e.get(12), () -> F.embeddingBag(Torch.tensor(1.0, 2.0), w, one.view(1)));
        assertError(e.get(13), () -> new EmbeddingBag(10, 3, null, 2.0, false, "mean", false, 10L));
        assertError(e.get(14), () -> F.embeddingBag(i12, w, Torch.tensor(new long[0]), null, 2.0, false, "mean", null, true, null));
    }

    // ---------------------------------------------------------------- CTCLoss

    @TestFactory
    Stream<DynamicTest> ctcLossMatchesPyTorch() {
        return records("ctc").map(rec -> DynamicTest.dynamicTest("ctc_loss " + rec.get("reduction") + " " + rec.get("dtype") + " " + rec.get("lengths_as")
                + " zero_infinity=" + rec.get("zero_infinity") + " " + rec.get("targets"), () -> {
            DType dtype = DType.of(rec.get("dtype").getAsString());
            long t = rec.get("T").getAsLong(), n = rec.get("N").getAsLong(), c = rec.get("C").getAsLong();
            Tensor x = sinx(new long[]{t, n, c}, dtype, 0.3, 1.5).requiresGrad_();
            Tensor lp = F.logSoftmax(x, 2);
            Tensor targets = indexTensor(rec.get("targets"));
            long[] il = longs(rec.get("input_lengths")), tl = longs(rec.get("target_lengths"));
            long blank = rec.get("blank").getAsLong();
            String reduction = rec.get("reduction").getAsString();
            boolean zi = rec.get("zero_infinity").getAsBoolean();
            Tensor loss = switch (rec.get("lengths_as").getAsString()) {
                case "unbatched" -> F.ctcLoss(lp.get(":, 0"), targets, Torch.tensor(il[0]), Torch.tensor(tl[0]), blank, reduction, zi);
                case "tensor" -> new CTCLoss(blank, reduction, zi).call(lp, targets, Torch.from(il), Torch.from(tl));
                default -> new CTCLoss(blank, reduction, zi).call(lp, targets, il, tl);
            };
            assertClose(rec.get("loss"), loss, "loss", dtype);
            assertEquals(rec.get("grad_fn").getAsString(), loss.gradFn().name());
            Tensor gout = sinx(loss.shape().toLongArray(), dtype, 0.3, 1).add(1.5);
            loss.mul(gout).sum().backward();
            assertClose(rec.get("gx"), x.grad(), "gradient", dtype);
        }));
    }

    @Test
    void ctcLossReprAndErrors() {
        JsonArray reprs = GOLDEN.getAsJsonArray("ctc_repr");
        assertEquals(reprs.get(0).getAsString(), new CTCLoss().toString());
        assertEquals(reprs.get(1).getAsString(), new CTCLoss(2, "sum", true).toString());
        List<JsonObject> e = GOLDEN.getAsJsonArray("ctc_errors").asList().stream().map(JsonElement::getAsJsonObject).toList();
        Tensor lp = Torch.zeros(5, 2, 4);
        Tensor t22 = Torch.tensor(new long[][]{{1, 2}, {1, 2}});
        long[] l55 = {5, 5}, l22 = {2, 2};
        assertError(e.get(0), () -> F.ctcLoss(lp, Torch.tensor(new long[][]{{1, 2}}), l55, l22));
        assertError(e.get(1), () -> F.ctcLoss(lp, t22, l55, new long[]{3, 2}));
        assertError(e.get(2), () -> F.ctcLoss(lp, t22, new long[]{6, 5}, l22));
        assertError(e.get(3), () -> F.ctcLoss(lp, t22, new long[]{5}, l22));
        assertError(e.get(4), () -> F.ctcLoss(lp, t22, l55, new long[]{2}));
        assertError(e.get(5), () -> F.ctcLoss(lp, t22, l55, l22, 4, "mean", false));
        assertError(e.get(6), () -> F.ctcLoss(lp, Torch.tensor(1L, 2L, 1L), l55, l22));
        assertError(e.get(7), () -> F.ctcLoss(lp, t22, Torch.tensor(5.0, 5.0), Torch.tensor(2L, 2L)));
        assertError(e.get(8), () -> F.ctcLoss(lp, t22, Torch.tensor(5L, 5L), Torch.tensor(2.0, 2.0)));
        assertError(e.get(9), () -> F.ctcLoss(lp, t22, l55, l22, 0, "avg", false));
        assertError(e.get(10), () -> F.ctcLoss(Torch.zeros(5, 2, 3, 4), t22, l55, l22));
    }

    @Test
    void secondDerivativesRefuseAsInPyTorch() {
        Tensor x = sinx(new long[]{5, 2, 4}, DType.FLOAT64, 0.3, 1.5).requiresGrad_();
        Tensor loss = F.ctcLoss(F.logSoftmax(x, 2), Torch.tensor(new long[][]{{1, 2}, {1, 1}}), new long[]{5, 4}, new long[]{2, 1});
        Tensor g = torch4j.autograd.Autograd.grad(List.of(loss), List.of(x), null, true, true, false).get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.sum().backward());
        assertEquals("derivative for aten::_ctc_loss_backward is not implemented", e.getMessage());

        Tensor w = sinx(new long[]{5, 3}, DType.FLOAT64, 0.2, 1).requiresGrad_();
        Tensor psw = sinx(new long[]{4}, DType.FLOAT64, 0.4, 1).requiresGrad_();
        Tensor y = F.embeddingBag(Torch.tensor(1L, 2L, 4L, 1L), w, Torch.tensor(0L, 2L), null, 2.0, false, "sum", psw, false, null);
        List<Tensor> grads = torch4j.autograd.Autograd.grad(List.of(y.mul(y).sum()), List.of(w, psw), null, true, true, false);
        assertEquals("NotImplemented", grads.get(0).gradFn().name());
        e = assertThrows(IllegalArgumentException.class, () -> grads.get(0).sum().backward());
        assertEquals("derivative for _embedding_bag_dense_backward is not implemented", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> grads.get(1).sum().backward());
        assertEquals("derivative for aten::_embedding_bag_per_sample_weights_backward is not implemented", e.getMessage());
        assertTrue(grads.get(1).requiresGrad());
    }
}
