package torch4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torch4j.Torch.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Tensor;

/** The engine and the Tensor API of autograd against PyTorch 1.13's behaviour (values from /usr/bin/python3). */
class AutogradTest {
    private static void close(double[] want, Tensor got, double tol) {
        double[] g = got.toDoubleArray();
        assertEquals(want.length, g.length);
        for (int i = 0; i < want.length; i++) assertEquals(want[i], g[i], tol, "element " + i);
    }

    @Test void designExample() {
        manualSeed(42);
        Tensor x = randn(2, 2).requiresGrad_();
        Tensor y = x.add(2);
        Tensor out = y.pow(2).mul(3).mean();
        assertEquals("tensor(14.9694, grad_fn=<MeanBackward0>)", out.toString());
        out.backward();
        close(new double[]{3.505035638809204, 3.193214178085327, 3.3516933917999268, 3.3454995155334473}, x.grad(), 1e-6);
        // gradients accumulate across backward calls
        y.pow(2).mul(3).mean().backward();
        close(new double[]{7.010071277618408, 6.386428356170654, 6.7033867835998535, 6.6909990310668945}, x.grad(), 1e-6);
        assertTrue(x.toString().endsWith("requires_grad=True)"));
    }

    @Test void leavesAndRequiresGrad() {
        Tensor x = ones(2).requiresGrad_();
        assertTrue(x.isLeaf());
        Tensor y = x.mul(2);
        assertFalse(y.isLeaf());
        assertTrue(y.requiresGrad());
        assertEquals("MulBackward0", y.gradFn().name());
        assertEquals("[(AccumulateGrad, 0), (None, 0)]", y.gradFn().nextFunctions().toString());
        var e = assertThrows(IllegalStateException.class, () -> tensor(1L, 2L).requiresGrad_());
        assertEquals("only Tensors of floating point dtype can require gradients", e.getMessage());
        assertFalse(ones(2).add(1).requiresGrad());
        assertFalse(x.gt(0.0).requiresGrad());
    }

    @Test void retainGraphAndSecondBackwardError() {
        Tensor w = tensor(1.0, 2.0).requiresGrad_();
        Tensor o = w.mul(w).sum();
        o.backward(null, true);
        o.backward();
        close(new double[]{4, 8}, w.grad(), 0);
        var e = assertThrows(IllegalStateException.class, o::backward);
        assertEquals("Trying to backward through the graph a second time (or directly access saved tensors after they have already been"
                + " freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify"
                + " retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors"
                + " after calling backward.", e.getMessage());
    }

    @Test void inPlaceModificationOfSavedTensor() {
        Tensor a = randn(2, 2).requiresGrad_();
        Tensor b = a.exp();
        b.add_(1);
        var e = assertThrows(IllegalStateException.class, () -> b.sum().backward());
        assertEquals("one of the variables needed for gradient computation has been modified by an inplace operation:"
                + " [torch.FloatTensor [2, 2]], which is output 0 of ExpBackward0, is at version 1; expected version 0 instead. Hint:"
                + " enable anomaly detection to find the operation that failed to compute its gradient, with"
                + " torch.autograd.set_detect_anomaly(True).", e.getMessage());
    }

    @Test void inPlaceOnLeafAndRebase() {
        Tensor x = randn(2).requiresGrad_();
        var e = assertThrows(IllegalStateException.class, () -> x.add_(1));
        assertEquals("a leaf Variable that requires grad is being used in an in-place operation.", e.getMessage());
        Tensor c = x.mul(1);
        c.add_(1);
        assertEquals("AddBackward0", c.gradFn().name());
        assertEquals("MulBackward0", c.gradFn().nextFunctions().get(0).function().name());
        c.mul_(2);
        assertEquals("MulBackward0", c.gradFn().name());
        c.exp_();
        assertEquals("ExpBackward0", c.gradFn().name());
        c.sum().backward();
        // d/dx exp(2(x+1)) = 2 exp(2(x+1))
        close(x.add(1).mul(2).exp().mul(2).detach().toDoubleArray(), x.grad(), 1e-5);
        try (var _ = noGrad()) { x.add_(1); }   // allowed without grad mode, as torch.no_grad()
    }

    @Test void noGradScopes() {
        Tensor x = ones(2).requiresGrad_();
        try (var _ = noGrad()) {
            assertFalse(x.mul(2).requiresGrad());
            assertFalse(isGradEnabled());
            try (var _ = enableGrad()) { assertTrue(x.mul(2).requiresGrad()); }
            assertFalse(x.mul(2).requiresGrad());
        }
        assertTrue(x.mul(2).requiresGrad());
        try (var _ = setGradEnabled(false)) { assertFalse(x.mul(2).requiresGrad()); }
        try (var _ = inferenceMode()) { assertFalse(x.mul(2).requiresGrad()); }
        assertTrue(isGradEnabled());
    }

    @Test void detachSharesStorage() {
        Tensor x = ones(2).requiresGrad_();
        Tensor y = x.mul(2);
        Tensor d = y.detach();
        assertFalse(d.requiresGrad());
        assertTrue(d.isLeaf());
        assertTrue(d.sharesStorageWith(y));
        d.add_(1);
        assertEquals("tensor([3., 3.], grad_fn=<MulBackward0>)", y.toString());
        Tensor z = x.mul(3);
        z.detach_();
        assertNull(z.gradFn());
        assertFalse(z.requiresGrad());
    }

    @Test void hooksAndRetainGrad() {
        Tensor z = tensor(1.0, 2.0).requiresGrad_();
        z.registerHook(g -> g.mul(10));
        z.mul(z).sum().backward();
        close(new double[]{20, 40}, z.grad(), 0);
        Tensor u = tensor(1.0, 2.0).requiresGrad_();
        Tensor v = u.mul(3);
        v.retainGrad();
        v.mul(v).sum().backward();
        close(new double[]{6, 12}, v.grad(), 0);
        close(new double[]{18, 36}, u.grad(), 0);
        Tensor k = u.mul(2);
        var handle = k.registerHook(g -> g.mul(0));
        handle.remove();
        u.setGrad(null);
        k.sum().backward();
        close(new double[]{2, 2}, u.grad(), 0);
    }

    @Test void nonLeafGradWarnsOnce() {
        Tensor y = ones(2).requiresGrad_().mul(2);
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        try {
            assertNull(y.grad());
            assertNull(y.grad());
        } finally {
            System.setErr(old);
        }
        String s = buf.toString();
        assertTrue(s.startsWith("UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed."), s);
        assertEquals(s.indexOf("UserWarning"), s.lastIndexOf("UserWarning"));
    }

    @Test void autogradGradAndErrors() {
        Tensor x = ones(2, 2).requiresGrad_(), m = ones(2, 3).requiresGrad_();
        var e = assertThrows(IllegalStateException.class, () -> Autograd.grad(List.of(x.mul(2).sum()), List.of(m)));
        assertEquals("One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is"
                + " the desired behavior.", e.getMessage());
        List<Tensor> gs = autograd().grad(List.of(x.mul(2).sum()), List.of(x, m), null, null, false, true);
        close(new double[]{2, 2, 2, 2}, gs.get(0), 0);
        assertNull(gs.get(1));
        assertNull(x.grad(), "autograd.grad does not accumulate into .grad");
        assertEquals("grad can be implicitly created only for scalar outputs",
                assertThrows(IllegalStateException.class, () -> x.mul(2).backward()).getMessage());
        assertEquals("element 0 of tensors does not require grad and does not have a grad_fn",
                assertThrows(IllegalStateException.class, () -> tensor(1.0).backward()).getMessage());
        x.mul(2).backward(ones(2, 2));
        close(new double[]{2, 2, 2, 2}, x.grad(), 0);
    }

    @Test void secondDerivatives() {
        Tensor a = tensor(new double[]{1.5, -0.5}, DType.FLOAT64).requiresGrad_();
        Tensor f = a.pow(3).mul(a.sin()).sum();
        Tensor g = Autograd.grad(List.of(f), List.of(a), null, null, true, false).get(0);
        close(new double[]{6.971829215205864, -0.46926697418944885}, g, 1e-12);
        assertEquals("AddBackward0", g.gradFn().name());
        Tensor h = Autograd.grad(List.of(g.sum()), List.of(a)).get(0);
        close(new double[]{6.565861522161796, 2.6947222663226427}, h, 1e-12);
        Tensor m = tensor(new double[][]{{1, 2}, {3, 4}}, DType.FLOAT64).requiresGrad_();
        Tensor g2 = Autograd.grad(List.of(m.mm(m).sum()), List.of(m), null, null, true, false).get(0);
        close(new double[]{7, 11, 9, 13}, g2, 1e-12);
        close(new double[]{68, 76, 84, 92}, Autograd.grad(List.of(g2.pow(2).sum()), List.of(m)).get(0), 1e-12);
        // backward(createGraph) leaves a differentiable .grad
        Tensor b = tensor(2.0).requiresGrad_();
        b.pow(3).backward(null, null, true);
        assertTrue(b.grad().requiresGrad());
        assertEquals(12.0, b.grad().item());
    }

    @Test void anomalyModeNamesTheNode() {
        Tensor q = tensor(0.0).reshape(1).requiresGrad_();
        try (var _ = detectAnomaly()) {
            var e = assertThrows(IllegalStateException.class, () -> q.log().mul(0).sum().backward());
            assertEquals("Function 'LogBackward0' returned nan values in its 0th output.", e.getMessage());
        }
        q.log().mul(0).sum().backward();   // without anomaly mode the NaN just flows
        assertTrue(Double.isNaN(q.grad().item()));
    }

    @Test void broadcastingAndDtypes() {
        Tensor a = ones(2, 3).requiresGrad_(), b = ones(3).requiresGrad_();
        a.mul(b).sum().backward();
        assertArrayEquals(new long[]{3}, b.grad().shape().toLongArray());
        close(new double[]{2, 2, 2}, b.grad(), 0);
        Tensor d = ones(2).toDouble().requiresGrad_();
        Tensor f = ones(2).requiresGrad_();
        d.add(f).sum().backward();
        assertSame(DType.FLOAT32, f.grad().dtype());
        assertSame(DType.FLOAT64, d.grad().dtype());
    }

    @Test void secondDerivativeThroughSelectAndSlice() {
        Tensor x = tensor(new double[]{1, 2, 3}, DType.FLOAT64).requiresGrad_();
        Tensor y = x.get(1).pow(3).add(x.get("0:2").pow(2).sum());
        Tensor g = Autograd.grad(List.of(y), List.of(x), null, null, true, false).get(0);
        assertEquals("AddBackward0", g.gradFn().name());
        assertEquals("[(SliceBackwardBackward0, 0), (SelectBackwardBackward0, 0)]", g.gradFn().nextFunctions().toString());
        close(new double[]{2, 14, 0}, Autograd.grad(List.of(g.sum()), List.of(x)).get(0), 0);
    }

    @Test void secondDerivativesThroughIndexingOps() {
        java.util.List<java.util.function.Function<Tensor, Tensor>> picks = List.of(
                x -> x.get(tensor(2L, 0L, 2L)), x -> x.take(tensor(2L, 0L, 2L)), x -> x.indexSelect(0, tensor(2L, 0L, 2L)),
                x -> x.gather(0, tensor(2L, 0L, 2L)), x -> cat(List.of(x.maskedSelect(tensor(true, false, true)), x.get("2:3"))));
        for (var pick : picks) {
            Tensor x = tensor(new double[]{1, 2, 3}, DType.FLOAT64).requiresGrad_();
            // f = sum(pick(x)^3): element 2 is picked twice, element 0 once
            Tensor g = Autograd.grad(List.of(pick.apply(x).pow(3).sum()), List.of(x), null, null, true, false).get(0);
            close(new double[]{3, 0, 54}, g, 1e-12);
            close(new double[]{6, 0, 36}, Autograd.grad(List.of(g.sum()), List.of(x)).get(0), 1e-12);
        }
    }

    @Test void secondDerivativeThroughCopySlices() {
        Tensor a = tensor(new double[]{1, 2, 3}, DType.FLOAT64).requiresGrad_();
        Tensor y = a.mul(1).unsqueeze(0).expand(2, 3).contiguous();
        y.get(0).mul_(a);                 // row 0 becomes a^2
        Tensor f = y.pow(2).sum();        // a^4 + a^2
        Tensor g = Autograd.grad(List.of(f), List.of(a), null, null, true, false).get(0);
        close(new double[]{6, 36, 114}, g, 1e-12);                        // 4a^3 + 2a
        close(new double[]{14, 50, 110}, Autograd.grad(List.of(g.sum()), List.of(a)).get(0), 1e-12);   // 12a^2 + 2
    }

    @Test void splitPiecesCarryGradients() {
        Tensor x = tensor(1.0, 2.0, 3.0, 4.0).requiresGrad_();
        List<Tensor> parts = x.mul(1).chunk(2);
        parts.get(0).mul(2).add(parts.get(1).mul(3)).sum().backward();
        close(new double[]{2, 2, 3, 3}, x.grad(), 0);
        Tensor u = tensor(1.0, 2.0).requiresGrad_();
        u.mul(1).unbind().get(1).mul(5).backward();
        close(new double[]{0, 5}, u.grad(), 0);
    }

    @Test void retainGradFollowsInPlaceRebase() {
        Tensor x = tensor(1.0, 2.0).requiresGrad_();
        Tensor y = x.mul(2);
        y.retainGrad();
        y.add_(1);
        y.mul(3).sum().backward();
        close(new double[]{3, 3}, y.grad(), 0);
        close(new double[]{6, 6}, x.grad(), 0);
        Tensor z = tensor(1.0, 2.0, 3.0, 4.0).requiresGrad_();
        List<Tensor> parts = z.mul(1).split(2);
        parts.get(1).registerHook(g -> g.mul(10));
        parts.get(0).add(parts.get(1)).sum().backward();
        close(new double[]{1, 1, 10, 10}, z.grad(), 0);
    }

    @Test void randomFillOnLeafThatRequiresGrad() {
        Tensor x = ones(2).requiresGrad_();
        assertEquals("a leaf Variable that requires grad is being used in an in-place operation.",
                assertThrows(IllegalStateException.class, x::normal_).getMessage());
        try (var _ = noGrad()) { x.uniform_(); }   // initialisation under no_grad, as nn.init does
    }

    @Test void anomalyModeReportsTheForwardCall() {
        Tensor q = tensor(-1.0).reshape(1).requiresGrad_();
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        try (var _ = detectAnomaly()) {
            Tensor r = q.sqrt().mul(0).sum();
            assertEquals("Function 'SqrtBackward0' returned nan values in its 0th output.",
                    assertThrows(IllegalStateException.class, r::backward).getMessage());
        } finally {
            System.setErr(old);
        }
        String s = buf.toString();
        assertTrue(s.contains("UserWarning: Error detected in SqrtBackward0. Traceback of forward call that caused the error:"), s);
        assertTrue(s.contains("anomalyModeReportsTheForwardCall"), s);
    }

    /** Gradients at the points where a derivative is not defined, as PyTorch 1.13 chooses them. */
    @Test void conventionsAtKinksMatchPyTorch() {
        double[] v = {1, 3, 3, 0, -2};
        java.util.function.BiConsumer<java.util.function.Function<Tensor, Tensor>, double[]> check = (f, want) -> {
            Tensor x = tensor(v).requiresGrad_();
            f.apply(x).sum().backward();
            double[] got = x.grad().toDoubleArray();
            for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-5, "element " + i);
        };
        check.accept(Tensor::max, new double[]{0, 0.5, 0.5, 0, 0});
        check.accept(Tensor::relu, new double[]{1, 1, 1, 0, 0});
        check.accept(Tensor::abs, new double[]{1, 1, 1, 0, -1});
        check.accept(x -> x.clamp(0.0, 1.0), new double[]{1, 0, 0, 1, 0});
        check.accept(x -> x.maximum(tensor(1.0, 0.0, 3.0, 0.0, 0.0)), new double[]{0.5, 1, 0.5, 0.5, 0});
        check.accept(Tensor::prod, new double[]{0, 0, 0, -18, 0});
        check.accept(x -> x.cumprod(0), new double[]{13, 4, 3, -9, 0});
        check.accept(Tensor::sqrt, new double[]{0.5, 0.28867512941360474, 0.28867512941360474, Double.POSITIVE_INFINITY, Double.NaN});
        check.accept(x -> x.pow(0L), new double[]{0, 0, 0, 0, 0});
        check.accept(x -> x.pow(x), new double[]{1, 56.662532806396484, 56.662532806396484, 0, Double.NaN});
    }

    @Test void inPlaceThroughViewsUsesCopySlices() {
        Tensor x = ones(2, 3).requiresGrad_();
        Tensor y = x.mul(1);
        Tensor v = y.get(0);
        v.mul_(2);
        assertEquals("AsStridedBackward0", v.gradFn().name());
        assertEquals("torch::autograd::CopySlices", y.gradFn().name());
        assertEquals("[(MulBackward0, 0), (None, 0)]", y.gradFn().nextFunctions().toString());
        assertEquals("torch::autograd::CopySlices", v.gradFn().nextFunctions().get(0).function().name());
        y.sum().backward();
        close(new double[]{2, 2, 2, 1, 1, 1}, x.grad(), 0);

        x.setGrad(null);
        Tensor w = x.mul(1);
        w.set(":, 1", 7.0);
        assertEquals("[(MulBackward0, 0), (None, 0)]", w.gradFn().nextFunctions().toString());
        w.mul(w).sum().backward();
        close(new double[]{2, 0, 2, 2, 0, 2}, x.grad(), 0);

        x.setGrad(null);
        Tensor s = tensor(1.0, 2.0, 3.0).requiresGrad_();
        Tensor u = x.mul(1);
        u.set("0", s.mul(2));
        assertEquals("[(MulBackward0, 0), (MulBackward0, 0)]", u.gradFn().nextFunctions().toString());
        u.mul(tensor(new double[][]{{1, 2, 3}, {4, 5, 6}})).sum().backward();
        close(new double[]{0, 0, 0, 4, 5, 6}, x.grad(), 0);
        close(new double[]{2, 4, 6}, s.grad(), 0);

        Tensor z = zeros(2, 3);   // a tensor without grad gets one by assignment
        z.set("1", s);
        assertEquals("torch::autograd::CopySlices", z.gradFn().name());
        s.setGrad(null);
        z.sum().backward();
        close(new double[]{1, 1, 1}, s.grad(), 0);

        Tensor t = zeros(3, 2);   // advanced-index assignment of a value with leading size-1 dims
        Tensor val = tensor(new double[][][]{{{1, 2}}}).requiresGrad_();
        t.set(new Tensor[]{tensor(2L, 0L)}, val);
        t.mul(tensor(new double[][]{{1, 2}, {3, 4}, {5, 6}})).sum().backward();
        close(new double[]{6, 8}, val.grad(), 0);

        Tensor base = zeros(2, 2);   // an in-place op on a plain view of a tensor without grad still reaches the base
        Tensor r = tensor(1.0, 2.0).requiresGrad_();
        base.get(1).add_(r);
        assertEquals("torch::autograd::CopySlices", base.gradFn().name());
        base.mul(3).sum().backward();
        close(new double[]{3, 3}, r.grad(), 0);

        assertEquals("a view of a leaf Variable that requires grad is being used in an in-place operation.",
                assertThrows(IllegalStateException.class, () -> x.get(0).add_(1)).getMessage());
    }

    @Test void copyFillAndZeroRebaseLikePyTorch() {
        Tensor x = ones(2, 2).requiresGrad_(), s = tensor(1.0, 2.0).requiresGrad_();
        Tensor y = x.mul(1);
        y.copy_(s);
        assertEquals("torch::autograd::CopyBackwards", y.gradFn().name());
        assertEquals("[(MulBackward0, 0), (AccumulateGrad, 0)]", y.gradFn().nextFunctions().toString());
        y.mul(tensor(new double[][]{{1, 2}, {3, 4}})).sum().backward();
        close(new double[]{4, 6}, s.grad(), 0);
        close(new double[]{0, 0, 0, 0}, x.grad(), 0);
        Tensor z = zeros(2, 2);
        z.copy_(s);
        assertEquals("[(None, 0), (AccumulateGrad, 0)]", z.gradFn().nextFunctions().toString());
        Tensor f = x.mul(1);
        f.fill_(2.0);
        assertEquals("FillBackward2", f.gradFn().name());
        f.zero_();
        assertEquals("ZeroBackward0", f.gradFn().name());
        assertEquals("tensor([[0., 0.],\n        [0., 0.]], grad_fn=<ZeroBackward0>)", f.toString());
    }
}
