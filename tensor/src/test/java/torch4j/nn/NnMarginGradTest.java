package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradCheck;
import torch4j.nn.functional.F;

/**
 * gradcheck (finite differences in float64) of the margin losses, pairwise distance, normalize,
 * group norm and local response norm of {@link NnMarginGoldenTest}, in every differentiable input;
 * gradgradcheck where the backward is itself differentiable in PyTorch too.
 */
class NnMarginGradTest {
    record Case(Function<List<Tensor>, Tensor> f, List<long[]> shapes, boolean twice) {}

    static final Tensor T = Torch.tensor(1.0, -1.0, 1.0, -1.0).toDouble(), Y = Torch.tensor(0L, 2L, 1L, 2L);
    static final Tensor YM = Torch.tensor(new long[][]{{2, 0, -1}, {1, -1, 0}, {0, 1, 2}, {-1, 0, 0}});
    static final Tensor COUNTS = Torch.tensor(new double[][]{{0, 1, 3}, {2, 0, 1}, {5, 1, 0}, {1, 4, 2}}).toDouble();
    static final Map<String, Case> CASES = new LinkedHashMap<>();
    static {
        long[] v = {4}, m = {4, 3};
        CASES.put("margin_ranking_loss", new Case(l -> F.marginRankingLoss(l.get(0), l.get(1), T, 0.3, "sum"), List.of(v, v), true));
        CASES.put("cosine_embedding_loss", new Case(l -> F.cosineEmbeddingLoss(l.get(0), l.get(1), T, -0.9, "mean"), List.of(m, m), true));
        CASES.put("soft_margin_loss", new Case(l -> F.softMarginLoss(l.get(0), l.get(1), "mean"), List.of(m, m), true));
        CASES.put("multilabel_soft_margin_loss", new Case(l -> F.multilabelSoftMarginLoss(l.get(0), COUNTS.gt(1.0).toDouble(), null, "none"), List.of(m), true));
        CASES.put("poisson_nll_loss", new Case(l -> F.poissonNllLoss(l.get(0), COUNTS, true, true, 1e-8, "none"), List.of(m), true));
        CASES.put("poisson_nll_loss rate", new Case(l -> F.poissonNllLoss(l.get(0).abs().add(0.5), COUNTS, false, false, 1e-8, "sum"), List.of(m), true));
        CASES.put("pairwise_distance", new Case(l -> F.pairwiseDistance(l.get(0), l.get(1)), List.of(m, m), true));
        CASES.put("pairwise_distance p=3", new Case(l -> F.pairwiseDistance(l.get(0), l.get(1), 3.0, 1e-6, true), List.of(m, m), true));
        CASES.put("pairwise_distance p=1", new Case(l -> F.pairwiseDistance(l.get(0), l.get(1), 1.0, 1e-6, false), List.of(m, m), false));
        CASES.put("triplet_margin_loss swap", new Case(l -> F.tripletMarginLoss(l.get(0), l.get(1), l.get(2), 3.0, 2.0, 1e-6, true, "none"),
                List.of(m, m, m), true));
        CASES.put("multi_margin_loss", new Case(l -> F.multiMarginLoss(l.get(0), Y, 1, 1.0, null, "none"), List.of(m), false));
        CASES.put("multi_margin_loss p=2", new Case(l -> F.multiMarginLoss(l.get(0), Y, 2, 0.8, Torch.tensor(0.5, 2.0, 1.0).toDouble(), "mean"), List.of(m), false));
        CASES.put("multilabel_margin_loss", new Case(l -> F.multilabelMarginLoss(l.get(0), YM, "none"), List.of(m), false));
        CASES.put("multilabel_margin_loss sum", new Case(l -> F.multilabelMarginLoss(l.get(0), YM, "sum"), List.of(m), false));
        CASES.put("normalize", new Case(l -> F.normalize(l.get(0)), List.of(m), true));
        CASES.put("normalize p=inf dim 0", new Case(l -> F.normalize(l.get(0), Double.POSITIVE_INFINITY, 0), List.of(m), false));
        CASES.put("group_norm", new Case(l -> F.groupNorm(l.get(0), 2, l.get(1), l.get(2), 1e-5), List.of(new long[]{2, 4, 3}, v, v), true));
        CASES.put("group_norm no affine", new Case(l -> F.groupNorm(l.get(0), 3), List.of(new long[]{2, 3, 2, 2}), true));
        CASES.put("local_response_norm", new Case(l -> F.localResponseNorm(l.get(0), 3, 0.5, 0.75, 1.0), List.of(new long[]{2, 4, 3}), true));
        CASES.put("local_response_norm 4-D", new Case(l -> F.localResponseNorm(l.get(0), 2, 0.5, 0.75, 1.0), List.of(new long[]{1, 3, 2, 2}), true));
    }

    @TestFactory
    Stream<DynamicTest> passGradcheck() {
        return CASES.entrySet().stream().map(e -> dynamicTest(e.getKey(), () -> {
            Torch.manualSeed(11);
            List<Tensor> in = e.getValue().shapes().stream().map(s -> Torch.randn(s).toDouble().requiresGrad_()).toList();
            assertTrue(GradCheck.gradcheck(e.getValue().f(), in));
            if (e.getValue().twice()) assertTrue(GradCheck.gradgradcheck(e.getValue().f(), in));
        }));
    }
}
