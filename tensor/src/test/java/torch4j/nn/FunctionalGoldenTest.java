package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Activations and losses against PyTorch 1.13 ({@code golden/nn/gen_nn.py}): values, gradients
 * and grad_fn names for every reduction and option, plus the errors learners meet.
 */
class FunctionalGoldenTest {
    static final JsonObject GOLDEN = ModuleGoldenTest.GOLDEN;
    // float32 results computed in double and rounded once, against PyTorch's float kernels
    static final double RTOL = 2e-6, ATOL = 1e-6;

    static Map<String, Function<Tensor, Tensor>> activations() {
        Map<String, Function<Tensor, Tensor>> a = new LinkedHashMap<>();
        a.put("relu", F::relu);
        a.put("leaky_relu", F::leakyRelu);
        a.put("leaky_relu 0.2", t -> F.leakyRelu(t, 0.2));
        a.put("elu", F::elu);
        a.put("elu 0.5", t -> F.elu(t, 0.5));
        a.put("gelu", F::gelu);
        a.put("gelu tanh", t -> F.gelu(t, "tanh"));
        a.put("sigmoid", F::sigmoid);
        a.put("tanh", F::tanh);
        a.put("softplus", F::softplus);
        a.put("softplus 2 10", t -> F.softplus(t, 2, 10));
        a.put("softmax 0", t -> F.softmax(t, 0));
        a.put("softmax 1", t -> F.softmax(t, 1));
        a.put("log_softmax 1", t -> F.logSoftmax(t, 1));
        a.put("log_softmax 0", t -> F.logSoftmax(t, 0));
        a.put("logsumexp 1", t -> t.logsumexp(1));
        a.put("logsumexp 0 keepdim", t -> t.logsumexp(0, true));
        a.put("erf", Tensor::erf);
        a.put("leaky_relu_ 0.2", t -> F.leakyRelu(t.mul(1.0), 0.2, true));
        a.put("elu_", t -> F.elu(t.mul(1.0), 1.0, true));
        return a;
    }

    @Test void activationsForwardAndBackward() {
        JsonObject g = GOLDEN.getAsJsonObject("activations");
        Tensor x = NnGolden.tensor(g.get("x")), w = NnGolden.tensor(g.get("w"));
        JsonObject cases = g.getAsJsonObject("cases");
        assertEquals(cases.keySet(), activations().keySet());
        List<String> failures = new ArrayList<>();
        for (var e : activations().entrySet()) {
            JsonObject c = cases.getAsJsonObject(e.getKey());
            Tensor xi = x.clone().requiresGrad_();
            Tensor y = e.getValue().apply(xi);
            Tensor weight = y.shape().equals(w.shape()) ? w : y.dim() == 1 ? w.get(0) : w.get("0:1");
            y.mul(weight).sum().backward();
            check(failures, e.getKey() + " out", y.detach(), c.get("out"));
            check(failures, e.getKey() + " grad", xi.grad(), c.get("grad"));
            if (!y.gradFn().name().equals(c.get("grad_fn").getAsString()))
                failures.add(e.getKey() + ": grad_fn " + y.gradFn().name() + " vs " + c.get("grad_fn").getAsString());
        }
        assertEquals(List.of(), failures);
    }

    static void check(List<String> failures, String what, Tensor actual, com.google.gson.JsonElement expected) {
        if (actual == null) { failures.add(what + ": null"); return; }
        String diff = NnGolden.compare(actual, NnGolden.tensor(expected), RTOL, ATOL);
        if (diff != null) failures.add(what + ": " + diff);
    }

    static Map<String, BiFunction<Tensor, Tensor, Tensor>> losses(Map<String, Tensor> d) {
        Map<String, BiFunction<Tensor, Tensor, Tensor>> l = new LinkedHashMap<>();
        Tensor cw = d.get("cw"), pw = d.get("pw");
        for (String r : List.of("mean", "sum", "none")) {
            l.put("mse " + r, (a, b) -> F.mseLoss(a, b, r));
            l.put("l1 " + r, (a, b) -> F.l1Loss(a, b, r));
            l.put("smooth_l1 " + r, (a, b) -> F.smoothL1Loss(a, b, r, 1.0));
            l.put("smooth_l1 beta0.5 " + r, (a, b) -> F.smoothL1Loss(a, b, r, 0.5));
            l.put("huber " + r, (a, b) -> F.huberLoss(a, b, r, 1.0));
            l.put("huber delta0.7 " + r, (a, b) -> F.huberLoss(a, b, r, 0.7));
            l.put("cross_entropy " + r, (a, b) -> F.crossEntropy(a, b, r));
            l.put("cross_entropy weight ignore " + r, (a, b) -> F.crossEntropy(a, b, cw, -100, r, 0.0));
            l.put("cross_entropy smoothing " + r, (a, b) -> F.crossEntropy(a, b, null, -100, r, 0.1));
            l.put("cross_entropy weight smoothing " + r, (a, b) -> F.crossEntropy(a, b, cw, -100, r, 0.2));
            l.put("cross_entropy probs " + r, (a, b) -> F.crossEntropy(a, b, r));
            l.put("cross_entropy probs weight smoothing " + r, (a, b) -> F.crossEntropy(a, b, cw, -100, r, 0.3));
            l.put("cross_entropy 4d " + r, (a, b) -> F.crossEntropy(a, b, r));
            l.put("cross_entropy 3d " + r, (a, b) -> F.crossEntropy(a, b, cw, -100, r, 0.0));
            l.put("nll " + r, (a, b) -> F.nllLoss(a, b, null, -100, r));
            l.put("nll weight ignore " + r, (a, b) -> F.nllLoss(a, b, cw, -100, r));
            l.put("nll ignore 1 " + r, (a, b) -> F.nllLoss(a, b, null, 1, r));
            l.put("bce " + r, (a, b) -> F.binaryCrossEntropy(a, b, null, r));
            l.put("bce weight " + r, (a, b) -> F.binaryCrossEntropy(a, b, cw, r));
            l.put("bce_logits " + r, (a, b) -> F.binaryCrossEntropyWithLogits(a, b, null, r, null));
            l.put("bce_logits weight pos_weight " + r, (a, b) -> F.binaryCrossEntropyWithLogits(a, b, cw, r, pw));
            l.put("kl_div " + r, (a, b) -> F.klDiv(a, b, r));
            l.put("kl_div log_target " + r, (a, b) -> F.klDiv(a, b, r, true));
        }
        l.put("kl_div batchmean", (a, b) -> F.klDiv(a, b, "batchmean"));
        return l;
    }

    @Test void lossesEveryReductionAndOption() {
        JsonObject g = GOLDEN.getAsJsonObject("losses");
        Map<String, Tensor> data = new LinkedHashMap<>();
        g.getAsJsonObject("data").entrySet().forEach(e -> data.put(e.getKey(), NnGolden.tensor(e.getValue())));
        JsonObject cases = g.getAsJsonObject("cases");
        var losses = losses(data);
        assertEquals(cases.keySet(), losses.keySet());
        List<String> failures = new ArrayList<>();
        for (var e : losses.entrySet()) {
            JsonObject c = cases.getAsJsonObject(e.getKey());
            Tensor a = data.get(c.get("a").getAsString()).clone().requiresGrad_();
            Tensor b = data.get(c.get("b").getAsString()).clone();
            if (b.isFloatingPoint()) b.requiresGrad_();
            Tensor y = e.getValue().apply(a, b);
            y.backward(y.dim() == 0 ? onesLike(y) : arange(1.0, y.numel() + 1.0).view(y.shape().toLongArray()));
            check(failures, e.getKey() + " out", y.detach(), c.get("out"));
            check(failures, e.getKey() + " grad_a", a.grad(), c.get("grad_a"));
            if (!c.get("grad_b").isJsonNull()) check(failures, e.getKey() + " grad_b", b.grad(), c.get("grad_b"));
            if (!y.gradFn().name().equals(c.get("grad_fn").getAsString()))
                failures.add(e.getKey() + ": grad_fn " + y.gradFn().name() + " vs " + c.get("grad_fn").getAsString());
        }
        assertEquals(List.of(), failures);
    }

    @Test void lossModulesMatchTheirFunctions() {
        Tensor x = randn(4, 3), t = randn(4, 3), c = tensor(2L, 0L, 1L, 2L);
        assertTrue(new MSELoss("sum").call(x, t).equal(F.mseLoss(x, t, "sum")));
        assertTrue(new CrossEntropyLoss(ones(3), -100, "mean", 0.1).call(x, c).equal(F.crossEntropy(x, c, ones(3), -100, "mean", 0.1)));
        assertTrue(new NLLLoss("none").call(x, c).equal(F.nllLoss(x, c, null, -100, "none")));
        assertTrue(new BCEWithLogitsLoss(null, "mean", full(new long[]{3}, 2.0)).call(x, t.sigmoid())
                .equal(F.binaryCrossEntropyWithLogits(x, t.sigmoid(), null, "mean", full(new long[]{3}, 2.0))));
        var ce = new CrossEntropyLoss(tensor(1.0, 2.0, 3.0));
        ce.to(float64);
        assertEquals(float64, ce.getBuffer("weight").dtype());
        assertEquals(float64, ce.call(x.toDouble(), c).dtype());
    }

    @Test void errorsInPyTorchWords() {
        Tensor inp = randn(4, 3), prob = rand(4, 3), cls = tensor(2L, 0L, 1L, 2L);
        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put("nll float target", () -> F.nllLoss(inp, cls.toFloat()));
        cases.put("nll batch", () -> F.nllLoss(inp, cls.get("0:3")));
        cases.put("nll out of bounds", () -> F.nllLoss(inp, tensor(0L, 1L, 3L, 0L)));
        cases.put("nll weight", () -> F.nllLoss(inp, cls, ones(2), -100, "mean"));
        cases.put("ce probs ignore", () -> F.crossEntropy(inp, prob, null, 1, "mean", 0.0));
        cases.put("bce range", () -> F.binaryCrossEntropy(inp, prob));
        cases.put("bce shape", () -> F.binaryCrossEntropy(prob, prob.get(0)));
        cases.put("bce_logits shape", () -> F.binaryCrossEntropyWithLogits(inp, prob.get(0)));
        cases.put("one_hot negative", () -> F.oneHot(tensor(1L, -1L)));
        cases.put("one_hot big", () -> F.oneHot(tensor(1L, 5L), 3));
        cases.put("one_hot float", () -> F.oneHot(tensor(1.0)));
        cases.put("reduction", () -> F.mseLoss(inp, inp, "avg"));
        cases.put("embedding index", () -> F.embedding(tensor(5L), randn(3, 2)));
        JsonObject golden = GOLDEN.getAsJsonObject("errors");
        assertEquals(golden.keySet(), cases.keySet());
        for (var e : cases.entrySet()) {
            String expected = golden.get(e.getKey()).getAsString().replaceFirst("^[A-Za-z]+Error: ", "");
            assertEquals(expected, ModuleGoldenTest.outcome(e.getValue()), e.getKey());
        }
    }

    @Test void oneHotAndEmbedding() {
        JsonObject oh = GOLDEN.getAsJsonObject("one_hot");
        assertTrue(F.oneHot(tensor(0L, 2L, 1L)).equal(NnGolden.tensor(oh.get("default"))));
        assertTrue(F.oneHot(tensor(new long[][]{{0, 2}, {1, 4}}), 5).equal(NnGolden.tensor(oh.get("classes 5"))));
        JsonObject e = GOLDEN.getAsJsonObject("embedding");
        Tensor w = NnGolden.tensor(e.get("weight")), idx = NnGolden.tensor(e.get("idx"));
        Tensor w1 = w.clone().requiresGrad_();
        Tensor y = F.embedding(idx, w1, 3L, null, 2.0);
        y.mul(arange(12.0).view(2, 2, 3)).sum().backward();
        assertNull(NnGolden.compare(y.detach(), NnGolden.tensor(e.get("padding out")), 0, 0));
        assertNull(NnGolden.compare(w1.grad(), NnGolden.tensor(e.get("padding grad")), 0, 0));
        assertEquals("EmbeddingBackward0", y.gradFn().name());
        Tensor w2 = w.clone();
        Tensor y2 = F.embedding(idx, w2, null, 1.5, 2.0);
        assertNull(NnGolden.compare(y2, NnGolden.tensor(e.get("max_norm out")), RTOL, ATOL));
        assertNull(NnGolden.compare(w2, NnGolden.tensor(e.get("max_norm weight after")), RTOL, ATOL));
    }

    @Test void linearOnEveryInputRank() {
        JsonObject g = GOLDEN.getAsJsonObject("linear");
        Tensor w = NnGolden.tensor(g.get("weight")), b = NnGolden.tensor(g.get("bias"));
        List<String> failures = new ArrayList<>();
        for (var e : g.getAsJsonObject("cases").entrySet()) {
            JsonObject c = e.getValue().getAsJsonObject();
            Tensor x = NnGolden.tensor(c.get("x"));
            Tensor xi = (e.getKey().equals("3d noncontiguous") ? x.transpose(0, 1).contiguous().transpose(0, 1) : x.clone()).requiresGrad_();
            Tensor wi = w.clone().requiresGrad_(), bi = b.clone().requiresGrad_();
            Tensor y = c.get("bias").getAsBoolean() ? F.linear(xi, wi, bi) : F.linear(xi, wi);
            y.mul(arange(1.0, y.numel() + 1.0).view(y.shape().toLongArray())).sum().backward();
            check(failures, e.getKey() + " out", y.detach(), c.get("out"));
            check(failures, e.getKey() + " grad_x", xi.grad(), c.get("grad_x"));
            check(failures, e.getKey() + " grad_w", wi.grad(), c.get("grad_w"));
            if (!c.get("grad_b").isJsonNull()) check(failures, e.getKey() + " grad_b", bi.grad(), c.get("grad_b"));
            if (!y.gradFn().name().equals(c.get("grad_fn").getAsString()))
                failures.add(e.getKey() + ": grad_fn " + y.gradFn().name() + " vs " + c.get("grad_fn").getAsString());
        }
        assertEquals(List.of(), failures);
    }
}
