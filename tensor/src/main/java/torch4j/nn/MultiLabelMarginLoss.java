package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * The multi-label hinge loss ({@code nn.MultiLabelMarginLoss}): each row of the int64 target
 * lists that sample's classes, ended by −1; every target class should score at least 1 above
 * every other class.
 *
 * <pre>{@code
 * jshell> new MultiLabelMarginLoss().call(tensor(new double[][]{{0.1, 0.2, 0.4, 0.8}}), tensor(new long[][]{{3, 0, -1, 1}}))
 * $1 ==> tensor(0.8500)
 * }</pre>
 */
public class MultiLabelMarginLoss extends Module {
    /** "mean", "sum" or "none", as given. */
    public final String reduction;

    /** {@code nn.MultiLabelMarginLoss()}: mean. */
    public MultiLabelMarginLoss() { this("mean"); }

    /** {@code nn.MultiLabelMarginLoss(reduction=...)}. */
    public MultiLabelMarginLoss(String reduction) { this.reduction = reduction; }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.multilabelMarginLoss(input, target, reduction); }
}
