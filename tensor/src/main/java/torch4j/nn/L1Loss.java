package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Mean absolute error ({@code nn.L1Loss}); reduction "mean" (default), "sum" or "none".
 *
 * <pre>{@code
 * jshell> new L1Loss().call(tensor(1.0, 2.0), tensor(0.0, 0.0))
 * $1 ==> tensor(1.5000)
 * }</pre>
 */
public class L1Loss extends Module {
    public final String reduction;

    /** {@code nn.L1Loss()}. */
    public L1Loss() { this("mean"); }

    /** {@code nn.L1Loss(reduction=...)}. */
    public L1Loss(String reduction) { this.reduction = reduction; }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.l1Loss(input, target, reduction); }
}
