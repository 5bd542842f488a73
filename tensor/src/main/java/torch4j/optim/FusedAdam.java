package torch4j.optim;

import torch4j.DType;
import torch4j.Tensor;
import torch4j.backend.cpu.Parallel;

/**
 * Adam's and AdamW's update as one pass over each parameter — read p, grad, m, v (and AMSGrad's
 * max), write p, m, v — instead of the eight tensor ops of {@link Adam}'s general path. It is
 * taken when all of them are contiguous float32 tensors of one shape (every parameter of a model
 * built from torch4j.nn). Each element goes through the same float32 steps, in the same order,
 * as the op sequence does in ATen's kernels (mul, add with alpha and addcmul as fused
 * multiply-adds, sqrt, division, addcdiv), so the two paths agree to rounding. The tensors must
 * start at offset 0 of their storage too: with per-array offsets the JIT does not vectorise the
 * loop (3.2 ns per element instead of 0.4 on this machine).
 */
final class FusedAdam {
    private FusedAdam() {}

    static boolean applies(Tensor p, Tensor grad, Tensor m, Tensor v, Tensor max) {
        return dense(p, p) && dense(p, m) && dense(p, v) && (max == null || dense(p, max)) && gradFits(p, grad)
                && p.storage() != grad.storage() && p.storage() != m.storage() && p.storage() != v.storage();
    }

    /**
     * The gradient as a dense float32 tensor the loop can read: itself, or a contiguous copy when
     * autograd left it as a transposed view (a Linear weight's gradient, where PyTorch's
     * AccumulateGrad would have made it contiguous). Only for gradients that {@link #gradFits}.
     */
    static Tensor denseGrad(Tensor p, Tensor grad) {
        return dense(p, grad) ? grad : torch4j.Torch.zerosLike(p).copy_(grad);
    }

    /** A float32 gradient of the parameter's shape, whatever its layout. */
    static boolean gradFits(Tensor p, Tensor grad) {
        return grad.dtype() == DType.FLOAT32 && grad.shape().equals(p.shape());
    }

    static boolean dense(Tensor p, Tensor t) {
        return t.dtype() == DType.FLOAT32 && t.isContiguous() && t.shape().equals(p.shape()) && t.storageOffset() == 0;
    }

    /** The scalars of one step: as the op path passes them to ATen, rounded to float. */
    record Step(float beta1, float oneMinusBeta1, float beta2, float oneMinusBeta2, float weightDecay, float decay,
                boolean decoupled, boolean maximize, float biasCorrection2Sqrt, float eps, float negStepSize) {}

    static void step(Tensor p, Tensor grad, Tensor m, Tensor v, Tensor max, Step s) {
        float[] pa = (float[]) p.storage().array(), ga = (float[]) denseGrad(p, grad).storage().array();
        float[] ma = (float[]) m.storage().array(), va = (float[]) v.storage().array();
        float[] xa = max == null ? null : (float[]) max.storage().array();
        // maximize is a sign and AdamW's decay a factor (1 for Adam, exact), so the loop has no branch but the invariant L2 test
        float sign = s.maximize() ? -1f : 1f, decay = s.decoupled() ? s.decay() : 1f, l2 = s.decoupled() ? 0f : s.weightDecay();
        Parallel.forRange(p.numel(), Parallel.GRAIN, (start, end) -> {
            if (xa == null) loop(pa, ga, ma, va, (int) start, (int) end, sign, decay, l2, s);
            else loopAmsgrad(pa, ga, ma, va, xa, (int) start, (int) end, sign, decay, l2, s);
        });
        p.storage().bumpVersion();
        m.storage().bumpVersion();
        v.storage().bumpVersion();
        if (max != null) max.storage().bumpVersion();
    }

    private static void loop(float[] pa, float[] ga, float[] ma, float[] va, int start, int end,
                             float sign, float decay, float l2, Step s) {
        float b1 = s.beta1(), c1 = s.oneMinusBeta1(), b2 = s.beta2(), c2 = s.oneMinusBeta2();
        float bc2 = s.biasCorrection2Sqrt(), eps = s.eps(), negStep = s.negStepSize();
        for (int i = start; i < end; i++) {
            float pi = pa[i] * decay;                              // AdamW: p.mul_(1 - lr * wd)
            float g = l2 == 0 ? ga[i] * sign : Math.fma(l2, pi, ga[i] * sign);   // Adam: grad.add(p, alpha=wd)
            float m = Math.fma(c1, g, ma[i] * b1);                 // m.mul_(b1).add_(g, alpha=1-b1)
            float v = Math.fma(c2 * g, g, va[i] * b2);             // v.mul_(b2).addcmul_(g, g, value=1-b2)
            ma[i] = m;
            va[i] = v;
            pa[i] = pi + negStep * m / ((float) Math.sqrt(v) / bc2 + eps);   // p.addcdiv_(m, sqrt(v) / bc2 + eps, -step)
        }
    }

    private static void loopAmsgrad(float[] pa, float[] ga, float[] ma, float[] va, float[] xa,
                                    int start, int end, float sign, float decay, float l2, Step s) {
        float b1 = s.beta1(), c1 = s.oneMinusBeta1(), b2 = s.beta2(), c2 = s.oneMinusBeta2();
        float bc2 = s.biasCorrection2Sqrt(), eps = s.eps(), negStep = s.negStepSize();
        for (int i = start; i < end; i++) {
            float pi = pa[i] * decay;
            float g = l2 == 0 ? ga[i] * sign : Math.fma(l2, pi, ga[i] * sign);
            float m = Math.fma(c1, g, ma[i] * b1);
            float v = Math.fma(c2 * g, g, va[i] * b2);
            float vmax = Math.max(xa[i], v);                       // torch.maximum(max, v, out=max)
            ma[i] = m;
            va[i] = v;
            xa[i] = vmax;
            pa[i] = pi + negStep * m / ((float) Math.sqrt(vmax) / bc2 + eps);
        }
    }
}
