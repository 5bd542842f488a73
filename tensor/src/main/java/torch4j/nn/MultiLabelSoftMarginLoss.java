package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Binary cross-entropy of σ(x) against 0/1 targets, averaged over the classes
 * ({@code nn.MultiLabelSoftMarginLoss}); an optional per-class {@code weight} is a buffer, as in
 * PyTorch.
 *
 * <pre>{@code
 * jshell> new MultiLabelSoftMarginLoss().call(tensor(new double[][]{{0, 2}}), tensor(new double[][]{{1, 0}}))
 * $1 ==> tensor(1.4100)
 * }</pre>
 */
public class MultiLabelSoftMarginLoss extends Module {
    /** "mean", "sum" or "none", as given. */
    public final String reduction;

    /** {@code nn.MultiLabelSoftMarginLoss()}: no weight, mean. */
    public MultiLabelSoftMarginLoss() { this(null, "mean"); }

    /** {@code nn.MultiLabelSoftMarginLoss(weight, reduction=...)}; weight may be null. */
    public MultiLabelSoftMarginLoss(Tensor weight, String reduction) {
        registerBuffer("weight", weight);
        this.reduction = reduction;
    }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.multilabelSoftMarginLoss(input, target, getBuffer("weight"), reduction); }
}
