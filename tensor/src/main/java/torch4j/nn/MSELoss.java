package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Mean squared error ({@code nn.MSELoss}); reduction "mean" (default), "sum" or "none".
 *
 * <pre>{@code
 * jshell> new MSELoss().call(tensor(1.0, 2.0), tensor(0.0, 0.0))
 * $1 ==> tensor(2.5000)
 * }</pre>
 */
public class MSELoss extends Module {
    public final String reduction;

    /** {@code nn.MSELoss()}. */
    public MSELoss() { this("mean"); }

    /** {@code nn.MSELoss(reduction=...)}. */
    public MSELoss(String reduction) { this.reduction = reduction; }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.mseLoss(input, target, reduction); }
}
