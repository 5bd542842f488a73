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
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradCheck;
import torch4j.nn.functional.F;

/**
 * gradcheck and gradgradcheck (finite differences in float64) of the activations of
 * {@link NnActsGoldenTest}: inputs are kept away from the kinks (±λ, ±3, the threshold) where the
 * one-sided derivatives differ.
 */
class NnActsGradTest {
    /** A function of one float64 input, and whether its second derivative is checked too. */
    record Fn(Function<Tensor, Tensor> f, boolean twice) {}

    static final Map<String, Fn> FNS = new LinkedHashMap<>();
    static {
        FNS.put("silu", new Fn(F::silu, true));
        FNS.put("mish", new Fn(F::mish, true));
        FNS.put("hardswish", new Fn(F::hardswish, true));
        FNS.put("hardsigmoid", new Fn(F::hardsigmoid, true));
        FNS.put("selu", new Fn(F::selu, true));
        FNS.put("celu(0.7)", new Fn(x -> F.celu(x, 0.7), true));
        FNS.put("selu in place", new Fn(x -> F.selu_(x.mul(1L)), true));
        FNS.put("celu in place", new Fn(x -> F.celu_(x.mul(1L), 1.5), true));
        FNS.put("logsigmoid", new Fn(F::logsigmoid, true));
        FNS.put("softsign", new Fn(F::softsign, true));
        FNS.put("softshrink", new Fn(x -> F.softshrink(x, 0.3), true));
        FNS.put("hardshrink", new Fn(x -> F.hardshrink(x, 0.3), true));
        FNS.put("tanhshrink", new Fn(F::tanhshrink, true));
        FNS.put("threshold", new Fn(x -> F.threshold(x, 0.1, -2.0), true));
        FNS.put("threshold in place", new Fn(x -> F.threshold_(x.mul(1L), 0.1, 2.0), true));
        FNS.put("glu", new Fn(x -> F.glu(x, 1), true));
        FNS.put("softmin", new Fn(x -> F.softmin(x, 1), true));
        FNS.put("rrelu eval", new Fn(x -> F.rrelu(x, 0.1, 0.3), true));
        FNS.put("silu in place", new Fn(x -> F.silu(x.mul(1L), true), true));
        FNS.put("hardswish in place", new Fn(x -> F.hardswish(x.mul(1L), true), true));
    }

    /** randn in float64 with |x| pushed off the kinks at 0.1, 0.3 and 3. */
    static Tensor input() {
        Torch.manualSeed(7);
        Tensor x = Torch.randn(3, 4).toDouble().mul(2.0);
        Tensor away = x.abs().sub(3.0).abs().lt(0.05).logicalOr(x.abs().sub(0.3).abs().lt(0.05)).logicalOr(x.sub(0.1).abs().lt(0.05));
        return Torch.where(away, x.add(0.17), x).detach().requiresGrad_();
    }

    @TestFactory
    Stream<DynamicTest> activationsPassGradcheck() {
        return FNS.entrySet().stream().map(e -> dynamicTest(e.getKey(), () -> {
            List<Tensor> in = List.of(input());
            Function<List<Tensor>, Tensor> f = l -> e.getValue().f().apply(l.get(0));
            assertTrue(GradCheck.gradcheck(f, in));
            if (e.getValue().twice()) assertTrue(GradCheck.gradgradcheck(f, in));
        }));
    }

    @TestFactory
    Stream<DynamicTest> preluPassesGradcheckInInputAndWeight() {
        return Stream.of(1L, 3L).map(num -> dynamicTest("prelu " + num + " weights", () -> {
            Torch.manualSeed(3);
            Tensor w = Torch.rand(num).toDouble().requiresGrad_();
            List<Tensor> in = List.of(input().detach().view(3, 4, 1).requiresGrad_(), w);
            Function<List<Tensor>, Tensor> f = l -> F.prelu(l.get(0).transpose(0, 1), l.get(1));
            assertTrue(GradCheck.gradcheck(f, in));
            assertTrue(GradCheck.gradgradcheck(f, in));
        }));
    }

    @TestFactory
    Stream<DynamicTest> rreluTrainingGradientIsTheDrawnSlope() {
        return Stream.of(DType.FLOAT64).map(d -> dynamicTest("rrelu training " + d, () -> {
            // the same seed before each evaluation: the function is then deterministic
            Function<List<Tensor>, Tensor> f = l -> { Torch.manualSeed(5); return F.rrelu(l.get(0), 0.1, 0.4, true); };
            assertTrue(GradCheck.gradcheck(f, List.of(input())));
        }));
    }
}
