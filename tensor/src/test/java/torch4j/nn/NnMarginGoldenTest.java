package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static torch4j.nn.NnActsGoldenTest.GOLDEN;
import static torch4j.nn.NnActsGoldenTest.assertClose;
import static torch4j.nn.NnActsGoldenTest.gout;
import static torch4j.nn.NnActsGoldenTest.records;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * The margin and embedding losses, PairwiseDistance, F.normalize, GroupNorm and LocalResponseNorm
 * against PyTorch 1.13 ({@code golden/nn/gen_nnacts.py}): values, gradients and nodes for each
 * reduction, reprs, errors.
 */
class NnMarginGoldenTest {
    private static final Tensor W = Torch.tensor(0.5, 1.0, 2.0, 1.5), WM = Torch.tensor(1.0, 0.5, 2.0, 0.3);

    /** The loss of each generator id, on its inputs, with a reduction. */
    static final Map<String, BiFunction<List<Tensor>, String, Tensor>> LOSSES = Map.ofEntries(
            Map.entry("MarginRankingLoss", (x, r) -> F.marginRankingLoss(x.get(0), x.get(1), x.get(2), 0, r)),
            Map.entry("MarginRankingLoss(0.5)", (x, r) -> new MarginRankingLoss(0.5, r).call(x.get(0), x.get(1), x.get(2))),
            Map.entry("CosineEmbeddingLoss", (x, r) -> F.cosineEmbeddingLoss(x.get(0), x.get(1), x.get(2), 0, r)),
            Map.entry("CosineEmbeddingLoss(0.2)", (x, r) -> new CosineEmbeddingLoss(0.2, r).call(x.get(0), x.get(1), x.get(2))),
            Map.entry("CosineEmbeddingLoss 1d", (x, r) -> F.cosineEmbeddingLoss(x.get(0), x.get(1), x.get(2), -0.5, r)),
            Map.entry("SoftMarginLoss", (x, r) -> F.softMarginLoss(x.get(0), x.get(1), r)),
            Map.entry("MultiLabelSoftMarginLoss", (x, r) -> F.multilabelSoftMarginLoss(x.get(0), x.get(1), null, r)),
            Map.entry("MultiLabelSoftMarginLoss weight", (x, r) -> new MultiLabelSoftMarginLoss(W, r).call(x.get(0), x.get(1))),
            Map.entry("PoissonNLLLoss", (x, r) -> F.poissonNllLoss(x.get(0), x.get(1), true, false, 1e-8, r)),
            Map.entry("PoissonNLLLoss full", (x, r) -> new PoissonNLLLoss(true, true, 1e-8, r).call(x.get(0), x.get(1))),
            Map.entry("PoissonNLLLoss rate", (x, r) -> F.poissonNllLoss(x.get(0), x.get(1), false, true, 1e-3, r)),
            Map.entry("TripletMarginLoss", (x, r) -> F.tripletMarginLoss(x.get(0), x.get(1), x.get(2), 1.0, 2.0, 1e-6, false, r)),
            Map.entry("TripletMarginLoss(0.5, 1, swap)", (x, r) -> new TripletMarginLoss(0.5, 1.0, 1e-6, true, r).call(x.get(0), x.get(1), x.get(2))),
            Map.entry("TripletMarginLoss(2, 3)", (x, r) -> F.tripletMarginLoss(x.get(0), x.get(1), x.get(2), 2.0, 3.0, 1e-4, false, r)),
            Map.entry("MultiMarginLoss", (x, r) -> F.multiMarginLoss(x.get(0), x.get(1), 1, 1.0, null, r)),
            Map.entry("MultiMarginLoss(2, 0.7, weight)", (x, r) -> new MultiMarginLoss(2, 0.7, WM, r).call(x.get(0), x.get(1))),
            Map.entry("MultiMarginLoss 1d", (x, r) -> F.multiMarginLoss(x.get(0), x.get(1), 1, 1.0, null, r)),
            Map.entry("MultiLabelMarginLoss", (x, r) -> F.multilabelMarginLoss(x.get(0), x.get(1), r)),
            Map.entry("MultiLabelMarginLoss 1d", (x, r) -> new MultiLabelMarginLoss(r).call(x.get(0), x.get(1))));

    @TestFactory
    Stream<DynamicTest> lossesMatchPyTorch() {
        return records("losses").flatMap(rec -> {
            JsonArray inputs = rec.getAsJsonArray("inputs"), grads = rec.getAsJsonArray("requires_grad");
            return cases(rec, "cases").map(c -> DynamicTest.dynamicTest(rec.get("id").getAsString() + " " + c.get("reduction").getAsString(), () -> {
                List<Tensor> xs = new ArrayList<>();
                for (int i = 0; i < inputs.size(); i++) xs.add(NnGolden.tensor(inputs.get(i)));
                for (var g : grads) xs.get(g.getAsInt()).requiresGrad_();
                Tensor y = LOSSES.get(rec.get("id").getAsString()).apply(xs, c.get("reduction").getAsString());
                assertClose(c.get("out"), y, "out");
                assertEquals(c.get("grad_fn").getAsString(), y.gradFn().name());
                y.backward(y.dim() > 0 ? gout(y) : Torch.tensor(1.5).to(y.dtype()));
                JsonArray expected = c.getAsJsonArray("grads");
                for (int i = 0; i < grads.size(); i++) assertClose(expected.get(i), xs.get(grads.get(i).getAsInt()).grad(), "grad " + i);
            }));
        });
    }

    private static Stream<JsonObject> cases(JsonObject rec, String key) {
        List<JsonObject> out = new ArrayList<>();
        rec.getAsJsonArray(key).forEach(e -> out.add(e.getAsJsonObject()));
        return out.stream();
    }

    @TestFactory
    Stream<DynamicTest> pairwiseDistanceMatchesPyTorch() {
        return records("pairwise_distance").map(rec -> DynamicTest.dynamicTest("PairwiseDistance p=" + rec.get("p").getAsString() + " "
                + rec.getAsJsonObject("x1").get("shape") + " " + rec.getAsJsonObject("x2").get("shape"), () -> {
            PairwiseDistance m = new PairwiseDistance(Double.parseDouble(rec.get("p").getAsString()),
                    rec.get("eps").getAsDouble(), rec.get("keepdim").getAsBoolean());
            assertEquals(rec.get("repr").getAsString(), m.toString());
            Tensor a = NnGolden.tensor(rec.get("x1")).requiresGrad_(), b = NnGolden.tensor(rec.get("x2")).requiresGrad_();
            Tensor y = m.call(a, b);
            assertClose(rec.get("out"), y, "out");
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            y.backward(gout(y));
            assertClose(rec.get("grad1"), a.grad(), "grad x1");
            assertClose(rec.get("grad2"), b.grad(), "grad x2");
        }));
    }

    @Test
    void lossReprsAndBuffers() {
        JsonObject r = GOLDEN.getAsJsonObject("loss_reprs");
        Map<String, Module> modules = Map.of("MarginRankingLoss()", new MarginRankingLoss(), "CosineEmbeddingLoss()", new CosineEmbeddingLoss(),
                "SoftMarginLoss()", new SoftMarginLoss(), "MultiLabelSoftMarginLoss()", new MultiLabelSoftMarginLoss(),
                "PoissonNLLLoss()", new PoissonNLLLoss(), "TripletMarginLoss()", new TripletMarginLoss(), "MultiMarginLoss()", new MultiMarginLoss(),
                "MultiLabelMarginLoss()", new MultiLabelMarginLoss(), "PairwiseDistance()", new PairwiseDistance());
        assertEquals(r.keySet(), modules.keySet());
        for (String k : r.keySet()) assertEquals(r.get(k).getAsString(), modules.get(k).toString(), k);
        assertEquals(List.of(GOLDEN.getAsJsonArray("multimargin_buffers").get(0).getAsString()),
                List.copyOf(new MultiMarginLoss(1, 1.0, Torch.ones(3), "mean").stateDict().keySet()));
    }

    @Test
    void lossErrorsInPyTorchsWords() {
        JsonObject e = GOLDEN.getAsJsonObject("loss_errors");
        Map<String, Runnable> calls = Map.ofEntries(
                Map.entry("margin_ranking_dims", () -> F.marginRankingLoss(Torch.ones(2), Torch.ones(2, 1), Torch.ones(2))),
                Map.entry("cosine_target_2d", () -> F.cosineEmbeddingLoss(Torch.ones(2, 3), Torch.ones(2, 3), Torch.ones(2, 1))),
                Map.entry("cosine_inputs", () -> F.cosineEmbeddingLoss(Torch.ones(3), Torch.ones(2, 3), Torch.ones(2))),
                Map.entry("cosine_inputs_0d", () -> F.cosineEmbeddingLoss(Torch.ones(2, 3), Torch.ones(2, 3), Torch.tensor(1.0))),
                Map.entry("triplet_dims", () -> F.tripletMarginLoss(Torch.ones(2, 3), Torch.ones(3), Torch.ones(2, 3))),
                Map.entry("multi_margin_p", () -> F.multiMarginLoss(Torch.ones(2, 3), Torch.tensor(0L, 1L), 3, 1.0, null, "mean")),
                Map.entry("multi_margin_target_size", () -> F.multiMarginLoss(Torch.ones(2, 3), Torch.tensor(0L, 1L, 2L))),
                Map.entry("multi_margin_target_range", () -> F.multiMarginLoss(Torch.ones(2, 3), Torch.tensor(0L, 5L))),
                Map.entry("multilabel_margin_size", () -> F.multilabelMarginLoss(Torch.ones(2, 3), Torch.tensor(0L, 1L))),
                Map.entry("multilabel_margin_range", () -> F.multilabelMarginLoss(Torch.ones(2, 3), Torch.tensor(new long[][]{{0, 5, -1}, {0, 1, 2}}))),
                Map.entry("bad_reduction", () -> F.softMarginLoss(Torch.ones(2), Torch.ones(2), "avg")));
        assertEquals(e.keySet(), calls.keySet());
        for (String k : e.keySet())
            assertEquals(e.getAsJsonObject(k).get("message").getAsString(), assertThrows(IllegalArgumentException.class, calls.get(k)::run).getMessage(), k);
    }

    // ---------------------------------------------------------------- normalize, GroupNorm, LocalResponseNorm

    @TestFactory
    Stream<DynamicTest> normalizeMatchesPyTorch() {
        return records("normalize").map(rec -> DynamicTest.dynamicTest("normalize p=" + rec.get("p").getAsString() + " dim=" + rec.get("dim")
                + " eps=" + rec.get("eps"), () -> {
            Tensor x = NnGolden.tensor(rec.get("x")).requiresGrad_();
            Tensor y = F.normalize(x, Double.parseDouble(rec.get("p").getAsString()), rec.get("dim").getAsLong(), rec.get("eps").getAsDouble());
            assertClose(rec.get("out"), y, "out");
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            y.backward(gout(y));
            assertClose(rec.get("grad"), x.grad(), "grad");
        }));
    }

    @Test
    void normalizeFloat32() {
        JsonObject g = GOLDEN.getAsJsonObject("normalize_float32");
        assertClose(g.get("out"), F.normalize(NnGolden.tensor(g.get("x"))), "out");
    }

    @TestFactory
    Stream<DynamicTest> groupNormMatchesPyTorch() {
        return records("group_norm").map(rec -> DynamicTest.dynamicTest(rec.get("repr").getAsString() + " " + rec.getAsJsonObject("x").get("shape"), () -> {
            Tensor x0 = NnGolden.tensor(rec.get("x"));
            GroupNorm m = new GroupNorm(rec.get("groups").getAsLong(), rec.get("channels").getAsLong(), rec.get("eps").getAsDouble(),
                    rec.get("affine").getAsBoolean());
            m.to(x0.dtype());
            assertEquals(rec.get("repr").getAsString(), m.toString());
            List<String> keys = new ArrayList<>();
            rec.getAsJsonArray("state_dict").forEach(k -> keys.add(k.getAsString()));
            assertEquals(keys, List.copyOf(m.stateDict().keySet()));
            if (m.affine) {
                try (var _ = torch4j.autograd.GradMode.noGrad()) {
                    m.weight.copy_(NnGolden.tensor(rec.get("weight")));
                    m.bias.copy_(NnGolden.tensor(rec.get("bias")));
                }
            }
            Tensor x = x0.clone().requiresGrad_();
            Tensor y = m.call(x);
            assertClose(rec.get("out"), y, "out");
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            y.backward(gout(y));
            assertClose(rec.get("grad"), x.grad(), "grad");
            if (m.affine) {
                assertClose(rec.get("grad_weight"), m.weight.grad(), "grad weight");
                assertClose(rec.get("grad_bias"), m.bias.grad(), "grad bias");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> localResponseNormMatchesPyTorch() {
        return records("local_response_norm").map(rec -> DynamicTest.dynamicTest(rec.get("repr").getAsString() + " " + rec.getAsJsonObject("x").get("shape"), () -> {
            LocalResponseNorm m = new LocalResponseNorm(rec.get("size").getAsInt(), rec.get("alpha").getAsDouble(), rec.get("beta").getAsDouble(),
                    rec.get("k").getAsDouble());
            assertEquals(rec.get("repr").getAsString(), m.toString());
            Tensor x = NnGolden.tensor(rec.get("x")).requiresGrad_();
            Tensor y = m.call(x);
            assertClose(rec.get("out"), y, "out");
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            y.backward(gout(y));
            assertClose(rec.get("grad"), x.grad(), "grad");
        }));
    }

    @Test
    void normReprsAndErrors() {
        JsonObject r = GOLDEN.getAsJsonObject("norm_reprs");
        assertEquals(r.get("GroupNorm(2, 4)").getAsString(), new GroupNorm(2, 4).toString());
        assertEquals(r.get("GroupNorm(2, 4, 0.001, False)").getAsString(), new GroupNorm(2, 4, 1e-3, false).toString());
        assertEquals(r.get("LocalResponseNorm(2)").getAsString(), new LocalResponseNorm(2).toString());
        assertEquals(r.get("LocalResponseNorm(3, 0.001, 0.5, 2.5)").getAsString(), new LocalResponseNorm(3, 1e-3, 0.5, 2.5).toString());
        JsonObject e = GOLDEN.getAsJsonObject("norm_errors");
        assertEquals(e.getAsJsonObject("group_norm_divisible").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> new GroupNorm(3, 4)).getMessage());
        assertEquals(e.getAsJsonObject("group_norm_input").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> F.groupNorm(Torch.ones(2, 4, 3), 3)).getMessage());
        assertEquals(e.getAsJsonObject("group_norm_one_value").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> F.groupNorm(Torch.ones(1, 2), 2)).getMessage());
        assertEquals(e.getAsJsonObject("lrn_dims").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> F.localResponseNorm(Torch.ones(2, 4), 2)).getMessage());
    }
}
