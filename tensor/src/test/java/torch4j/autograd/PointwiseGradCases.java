package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import torch4j.Tensor;

/** gradcheck cases for the backward nodes of the torch namespace's elementwise math (PointwiseMethods); merged into {@link GradCheckTableTest#table()}. */
final class PointwiseGradCases {
    private PointwiseGradCases() {}

    /** The gradient of {@code f} at {@code a} against an incoming gradient {@code g}, with a graph (for the nodes only a backward builds). */
    private static Tensor gradOf(java.util.function.Function<Tensor, Tensor> f, Tensor g, Tensor a) {
        return Autograd.grad(List.of(f.apply(a)), List.of(a), List.of(g), true, true, false).get(0);
    }

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        t.put("AcoshBackward0", one(() -> pos(2, 3), a -> a.add(1.0).acosh()));
        t.put("AsinhBackward0", one(() -> in(2, 3), Tensor::asinh));
        t.put("AtanhBackward0", one(() -> unit(2, 3), Tensor::atanh));
        t.put("Exp2Backward0", one(() -> in(2, 3), Tensor::exp2));
        t.put("ErfcBackward0", one(() -> in(2, 3), Tensor::erfc));
        t.put("ErfinvBackward0", one(() -> unit(2, 3), Tensor::erfinv));
        t.put("LgammaBackward0", one(() -> pos(2, 3), Tensor::lgamma));
        t.put("DigammaBackward0", one(() -> pos(2, 3), Tensor::digamma));
        // digamma's derivative is polygamma(1, x), whose own derivative is polygamma(2, x)
        t.put("PolygammaBackward0", two(() -> in(2, 3), () -> pos(2, 3), (g, a) -> gradOf(Tensor::digamma, g, a)));
        t.put("I0Backward0", one(() -> in(2, 3), Tensor::i0));
        // i0's derivative is special_i1
        t.put("SpecialI1Backward0", two(() -> in(2, 3), () -> in(2, 3), (g, a) -> gradOf(Tensor::i0, g, a)));
        t.put("FracBackward0", one(() -> in(2, 3), Tensor::frac));
        t.put("Deg2RadBackward0", one(() -> in(2, 3), Tensor::deg2rad));
        t.put("Rad2DegBackward0", one(() -> in(2, 3), Tensor::rad2deg));
        t.put("SincBackward0", one(() -> in(2, 3), Tensor::sinc));
        t.put("SgnBackward0", one(() -> in(2, 3), a -> a.sgn().add(a)));
        t.put("NanToNumBackward0", one(() -> in(2, 3), Tensor::nanToNum));
        t.put("LogitBackward0", one(() -> unit(2, 4), a -> a.mul(0.5).add(0.5).logit().add(a.mul(0.5).add(0.5).logit(0.2))));
        t.put("HardshrinkBackward0", one(() -> in(3, 4), a -> a.hardshrink(0.3)));
        t.put("CopysignBackward0", two(() -> in(2, 3), () -> in(2, 3), Tensor::copysign));
        t.put("CopysignBackward1", one(() -> in(2, 3), a -> a.copysign(-1.5)));
        t.put("FmaxBackward0", two(() -> in(2, 3), () -> in(2, 3), Tensor::fmax));
        t.put("FminBackward0", two(() -> in(2, 3), () -> in(3), Tensor::fmin));
        t.put("HypotBackward0", two(() -> in(2, 3), () -> in(2, 3), Tensor::hypot));
        t.put("LogaddexpBackward0", two(() -> in(2, 3), () -> in(3), Tensor::logaddexp));
        t.put("Logaddexp2Backward0", two(() -> in(2, 3), () -> in(2, 3), Tensor::logaddexp2));
        t.put("XlogyBackward0", two(() -> in(2, 3), () -> pos(2, 3), Tensor::xlogy));
        t.put("XlogyBackward2", one(() -> in(2, 3), a -> a.xlogy(2.5)));
        t.put("FrexpBackward0", one(() -> in(2, 3), a -> a.frexp().mantissa()));
        t.put("ClampBackward0", new GradCheckTableTest.Case(() -> List.of(in(2, 3), in(3), in(2, 1)),
                l -> l.get(0).clip(l.get(1).sub(0.5), l.get(2).abs().add(0.1)).add(l.get(0).clip(null, l.get(1)))));
        t.put("PreluBackward0", two(() -> in(2, 3, 4), () -> in(3), Tensor::prelu));
        return t;
    }
}
