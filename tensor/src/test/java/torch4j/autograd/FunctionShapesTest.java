package torch4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torch4j.Torch.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;

/** The Java shapes a custom Function's forward and backward may take (the PyTorch behaviour is in FunctionGoldenTest). */
class FunctionShapesTest {
    /** Any number of tensors through varargs; backward returns a List. */
    static class SumAll extends Autograd.Function {
        Tensor forward(FunctionCtx ctx, Tensor... xs) {
            Tensor s = xs[0];
            for (int i = 1; i < xs.length; i++) s = s.add(xs[i]);
            ctx.set("n", xs.length);
            return s;
        }

        List<Tensor> backward(FunctionCtx ctx, Tensor... grads) {
            int n = ctx.get("n");
            List<Tensor> out = new ArrayList<>();
            for (int i = 0; i < n; i++) out.add(grads[0].mul(i + 1));
            return out;
        }
    }

    @Test void varargsForwardAndAListOfGradients() {
        var a = ones(2).requiresGrad_();
        var b = ones(2).requiresGrad_();
        var c = ones(2).requiresGrad_();
        var s = new SumAll().apply(a, b, c);
        assertEquals("tensor([3., 3.], grad_fn=<SumAllBackward>)", s.toString());
        assertEquals(3, s.gradFn().nextFunctions().size());
        s.sum().backward();
        assertEquals("tensor([1., 1.]) tensor([2., 2.]) tensor([3., 3.])", a.grad() + " " + b.grad() + " " + c.grad());
    }

    static final List<String> seen = new ArrayList<>();

    /** Two outputs; with materialization off, backward sees null for the one that got no gradient. */
    static class Pair extends Autograd.Function {
        static Tensor[] forward(FunctionCtx ctx, Tensor x, boolean materialize) {
            ctx.setMaterializeGrads(materialize);
            return new Tensor[]{x.mul(2), x.mul(3)};
        }

        static Tensor[] backward(FunctionCtx ctx, Tensor g0, Tensor g1) {
            seen.add(g0 + " " + g1);
            Tensor g = g0 == null ? g1.mul(3) : g1 == null ? g0.mul(2) : g0.mul(2).add(g1.mul(3));
            return new Tensor[]{g, null};
        }
    }

    @Test void materializeGradsDecidesWhatAMissingGradientIs() {
        seen.clear();
        var x = ones(2).requiresGrad_();
        new Pair().applyAll(x, true)[1].sum().backward();
        new Pair().applyAll(x, false)[1].sum().backward();
        assertEquals(List.of("tensor([0., 0.]) tensor([1., 1.])", "null tensor([1., 1.])"), seen);
        assertEquals("tensor([6., 6.])", x.grad().toString());
    }

    /** A number's parameter type decides its conversion; the instance is stateless between calls. */
    static class Scale extends Autograd.Function {
        Tensor forward(FunctionCtx ctx, Tensor x, long k) {
            ctx.set("k", k);
            return x.mul(k);
        }

        Tensor[] backward(FunctionCtx ctx, Tensor g) {
            long k = ctx.get("k");
            return new Tensor[]{g.mul(k), null};
        }
    }

    @Test void noGradRunsForwardWithoutANode() {
        var x = ones(2).requiresGrad_();
        var f = new Scale();
        Tensor y;
        try (var off = noGrad()) {
            y = f.apply(x, 3);
        }
        assertFalse(y.requiresGrad());
        assertNull(y.gradFn());
        var z = f.apply(x, 5);
        var ctx = (FunctionCtx) z.gradFn();
        assertEquals(List.of(true, false), ctx.needsInputGrad());
        assertEquals(5L, (long) ctx.get("k"));
        var missing = assertThrows(IllegalArgumentException.class, () -> ctx.get("alpha"));
        assertEquals("'ScaleBackward' object has no attribute 'alpha'", missing.getMessage());
        z.sum().backward();
        assertEquals("tensor([5., 5.])", x.grad().toString());
    }

    @Test void theNodeIsTheCtxAndAppearsInTheGraph() {
        var x = ones(2).requiresGrad_();
        var y = new Scale().apply(x.mul(2), 4);
        assertTrue(y.gradFn() instanceof FunctionCtx);
        assertEquals("<ScaleBackward>", y.gradFn().toString());
        assertEquals("[(MulBackward0, 0)]", y.gradFn().nextFunctions().toString());
        assertEquals("[(ScaleBackward, 0)]", y.sum().gradFn().nextFunctions().toString());
        assertEquals("ScaleBackward", GraphView.of(y).nodes().get(0).name());
    }
}
