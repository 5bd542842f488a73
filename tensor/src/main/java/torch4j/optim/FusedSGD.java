package torch4j.optim;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.backend.Backends;
import torch4j.backend.OptimizerUpdates;

/**
 * SGD's update as one pass over each parameter (read p, grad and the momentum buffer, write p
 * and the buffer) instead of up to five tensor ops, for contiguous float32 tensors of one shape
 * at storage offset 0 (see {@link FusedAdam} for why the offset matters). Each element takes
 * exactly the float32 steps of the op path (an add with alpha is a fused multiply-add, as in
 * ATen), so both paths give PyTorch's bits and SGD's trajectories do not depend on the layout.
 * The update itself is the backend's ({@link torch4j.backend.PointwisePrimitives#sgd}).
 */
final class FusedSGD {
    private FusedSGD() {}

    static boolean applies(Tensor p, Tensor grad, Tensor buf) {
        return FusedAdam.dense(p, p) && (buf == null || FusedAdam.dense(p, buf)) && FusedAdam.gradFits(p, grad) && p.storage() != grad.storage();
    }

    /**
     * One step; returns the momentum buffer (created, holding the first step's direction, when
     * {@code buf} is null and momentum is set; null without momentum).
     */
    static Tensor step(Tensor p, Tensor grad, Tensor buf, double lr, double momentum, double dampening, double weightDecay,
                       boolean nesterov, boolean maximize) {
        boolean first = momentum != 0 && buf == null;
        Tensor b = first ? Torch.zerosLike(p) : buf;
        Backends.of(p.storage()).pointwise().sgd(p.numel(), FusedAdam.flat(p), FusedAdam.flat(FusedAdam.denseGrad(p, grad)),
                b == null ? null : FusedAdam.flat(b), first, new OptimizerUpdates.Sgd(lr, momentum, dampening, weightDecay, nesterov, maximize));
        p.storage().bumpVersion();
        if (b != null) b.storage().bumpVersion();
        return b;
    }
}
