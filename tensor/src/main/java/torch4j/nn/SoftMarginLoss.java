package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * log(1 + e^(−x·y)) for targets y = ±1 ({@code nn.SoftMarginLoss}), the two-class logistic loss.
 *
 * <pre>{@code
 * jshell> new SoftMarginLoss().call(tensor(0.0, 2.0), tensor(1.0, -1.0))
 * $1 ==> tensor(1.4100)
 * }</pre>
 */
public class SoftMarginLoss extends Module {
    /** "mean", "sum" or "none", as given. */
    public final String reduction;

    /** {@code nn.SoftMarginLoss()}: mean. */
    public SoftMarginLoss() { this("mean"); }

    /** {@code nn.SoftMarginLoss(reduction=...)}. */
    public SoftMarginLoss(String reduction) { this.reduction = reduction; }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.softMarginLoss(input, target, reduction); }
}
