package torch4j.optim;

import torch4j.DType;
import torch4j.Tensor;
import torch4j.backend.Backends;
import torch4j.backend.Operand;
import torch4j.backend.OptimizerUpdates;

/**
 * Adam's and AdamW's update as one pass over each parameter — read p, grad, m, v (and AMSGrad's
 * max), write p, m, v — instead of the eight tensor ops of {@link Adam}'s general path. It is
 * taken when all of them are contiguous float32 tensors of one shape (every parameter of a model
 * built from torch4j.nn). Each element goes through the same float32 steps, in the same order,
 * as the op sequence does in ATen's kernels (mul, add with alpha and addcmul as fused
 * multiply-adds, sqrt, division, addcdiv), so the two paths agree to rounding. The tensors must
 * start at offset 0 of their storage too (the CPU's loop vectorises only then). The update itself
 * is the backend's ({@link torch4j.backend.PointwisePrimitives#adam}).
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

    /** One step: the backend of p runs the update (on meta it does nothing). */
    static void step(Tensor p, Tensor grad, Tensor m, Tensor v, Tensor max, OptimizerUpdates.Adam s) {
        Backends.of(p.storage()).pointwise().adam(p.numel(), flat(p), flat(denseGrad(p, grad)), flat(m), flat(v),
                max == null ? null : flat(max), s);
        p.storage().bumpVersion();
        m.storage().bumpVersion();
        v.storage().bumpVersion();
        if (max != null) max.storage().bumpVersion();
    }

    /** A dense tensor from offset 0 as a flat operand. */
    static Operand flat(Tensor t) { return new Operand(t.storage(), 0, new long[]{1}); }
}
