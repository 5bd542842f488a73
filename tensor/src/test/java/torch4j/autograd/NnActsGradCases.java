package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import torch4j.NnFunctions;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * gradcheck cases for the backward nodes of the remaining activations, the margin losses, norm and
 * group norm (torch4j.nn); merged into {@link GradCheckTableTest#table()}. A {@code …BackwardBackward0}
 * case differentiates the first gradient, taken with {@code createGraph}, in the incoming
 * gradient and the input.
 */
final class NnActsGradCases {
    private NnActsGradCases() {}

    /** The gradient of {@code f} at a for the incoming gradient g, as a differentiable function of both. */
    static GradCheckTableTest.Case twice(Function<Tensor, Tensor> f) {
        return two(() -> in(3, 4), () -> in(3, 4), (g, a) -> Autograd.grad(List.of(f.apply(a)), List.of(a), List.of(g), true, true, false).get(0));
    }

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        // inputs scaled by 2 so the pieces beyond ±3 of hardswish and hardsigmoid are reached; random points miss the kinks
        t.put("SiluBackward0", one(() -> in(3, 4), a -> NnFunctions.silu(a, false).add(NnFunctions.silu(a.mul(1.0), true))));
        t.put("SiluBackwardBackward0", twice(a -> NnFunctions.silu(a, false)));
        t.put("MishBackward0", one(() -> in(3, 4), a -> NnFunctions.mish(a, false)));
        t.put("MishBackwardBackward0", twice(a -> NnFunctions.mish(a, false)));
        t.put("HardswishBackward0", one(() -> in(3, 4), a -> NnFunctions.hardswish(a.mul(2.0), false)));
        t.put("HardswishBackwardBackward0", twice(a -> NnFunctions.hardswish(a.mul(2.0), false)));
        t.put("HardsigmoidBackward0", one(() -> in(3, 4), a -> NnFunctions.hardsigmoid(a.mul(2.0), false)));
        t.put("HardsigmoidBackwardBackward0", twice(a -> NnFunctions.hardsigmoid(a.mul(2.0), false)));
        t.put("EluBackwardBackward0", twice(a -> NnFunctions.eluScaled(a, 1.67, 1.05, 1, 1, false, "Elu")));
        t.put("SigmoidBackwardBackward0", twice(Tensor::sigmoid));
        t.put("TanhBackwardBackward0", twice(Tensor::tanh));
        t.put("LogSigmoidBackward0", one(() -> in(3, 4), NnFunctions::logSigmoid));
        t.put("LogSigmoidBackwardBackward0", twice(NnFunctions::logSigmoid));
        t.put("SoftshrinkBackward0", one(() -> in(3, 4), a -> NnFunctions.softshrink(a, 0.4)));
        t.put("SoftshrinkBackwardBackward0", twice(a -> NnFunctions.softshrink(a, 0.4)));
        t.put("HardshrinkBackward0", one(() -> in(3, 4), a -> NnFunctions.hardshrink(a, 0.4)));
        t.put("HardshrinkBackwardBackward0", twice(a -> NnFunctions.hardshrink(a, 0.4)));
        t.put("ThresholdBackward0", one(() -> in(3, 4), a -> NnFunctions.threshold(a, 0.2, -1.0, false)));
        t.put("ThresholdBackward1", one(() -> in(3, 4), a -> NnFunctions.threshold(a.mul(1.0), 0.2, 2.0, true)));
        t.put("GluBackward0", one(() -> in(3, 4), a -> NnFunctions.glu(a, 1)));
        t.put("PreluBackward0", two(() -> in(2, 3, 2), () -> in(3), NnFunctions::prelu));
        // the same seed before each evaluation: the drawn slopes are the same
        t.put("RreluWithNoiseBackward0", one(() -> in(3, 4), a -> { Torch.manualSeed(3); return NnFunctions.rrelu(a, 0.1, 0.3, true, false); }));
        t.put("RreluWithNoiseBackward1", one(() -> in(3, 4), a -> NnFunctions.rrelu(a.mul(1.0), 0.1, 0.3, false, true)));
        t.put("SoftMarginLossBackward0", two(() -> in(3, 4), () -> in(3, 4), (a, b) -> NnFunctions.softMarginLoss(a, b, 1)));
        t.put("MultiMarginLossBackward0", one(() -> in(3, 4),
                a -> NnFunctions.multiMarginLoss(a, Torch.tensor(0L, 3L, 1L), 2, 0.9, Torch.tensor(0.5, 1.0, 2.0, 1.5).toDouble(), 0)));
        t.put("MultilabelMarginLossBackward0", one(() -> in(3, 4),
                a -> NnFunctions.multilabelMarginLoss(a, Torch.tensor(new long[][]{{3, 0, -1, 1}, {1, -1, 0, 0}, {0, 1, 2, 3}}), 1)));
        t.put("NormBackward1", one(() -> in(3, 4), a -> a.norm(2, 1, false).add(a.norm(3, 0, true).sum())));
        t.put("NativeGroupNormBackward0", new GradCheckTableTest.Case(() -> List.of(in(2, 4, 3), in(4), in(4)),
                l -> NnFunctions.groupNorm(l.get(0), 2, l.get(1), l.get(2), 1e-5)));
        return t;
    }
}
