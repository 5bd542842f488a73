package torch4j.optim;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.backend.cpu.Parallel;

/**
 * SGD's update as one pass over each parameter (read p, grad and the momentum buffer, write p
 * and the buffer) instead of up to five tensor ops, for contiguous float32 tensors of one shape
 * at storage offset 0 (see {@link FusedAdam} for why the offset matters). Each element takes
 * exactly the steps of the op path (torch4j's elementwise ops: each op in double, rounded to
 * float), so both paths give the same bits and SGD's trajectories do not depend on the layout.
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
        float[] pa = (float[]) p.storage().array(), ga = (float[]) FusedAdam.denseGrad(p, grad).storage().array();
        boolean first = momentum != 0 && buf == null;
        Tensor b = first ? Torch.zerosLike(p) : buf;
        float[] ba = b == null ? null : (float[]) b.storage().array();
        double sign = maximize ? -1 : 1, keep = 1 - dampening, negLr = -lr;
        double scale = (float) momentum;   // buf.mul_(momentum): a Python number operand is cast to the tensor's float32
        Parallel.forRange(p.numel(), Parallel.GRAIN, (start, end) -> {
            int lo = (int) start, hi = (int) end;
            if (ba == null) {
                for (int i = lo; i < hi; i++) {
                    float d = weightDecay == 0 ? (float) (ga[i] * sign) : (float) (ga[i] * sign + weightDecay * pa[i]);
                    pa[i] = (float) (pa[i] + negLr * d);                              // p.add_(d_p, alpha=-lr)
                }
            } else if (first) {
                for (int i = lo; i < hi; i++) {
                    float d = weightDecay == 0 ? (float) (ga[i] * sign) : (float) (ga[i] * sign + weightDecay * pa[i]);
                    ba[i] = d;                                                         // buf = clone(d_p)
                    pa[i] = (float) (pa[i] + negLr * (nesterov ? (float) (d + momentum * d) : d));
                }
            } else {
                for (int i = lo; i < hi; i++) {
                    float d = weightDecay == 0 ? (float) (ga[i] * sign) : (float) (ga[i] * sign + weightDecay * pa[i]);
                    float bi = (float) ((float) (ba[i] * scale) + keep * d);       // buf.mul_(m).add_(d_p, alpha=1-dampening)
                    ba[i] = bi;
                    pa[i] = (float) (pa[i] + negLr * (nesterov ? (float) (d + momentum * bi) : bi));
                }
            }
        });
        p.storage().bumpVersion();
        if (b != null) b.storage().bumpVersion();
        return b;
    }
}
