package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * The multi-class hinge loss ({@code nn.MultiMarginLoss}): for class indices y, Σ_{d ≠ y}
 * max(0, margin − x[y] + x[d])^p / classes, p 1 or 2, optionally scaled by the per-class buffer
 * {@code weight}.
 *
 * <pre>{@code
 * jshell> new MultiMarginLoss().call(tensor(new double[][]{{0.1, 0.2, 0.4, 0.8}}), tensor(3L))
 * $1 ==> tensor(0.3250)
 * }</pre>
 */
public class MultiMarginLoss extends Module {
    /** The power of the hinge: 1 or 2. */
    public final int p;
    /** The margin. */
    public final double margin;
    /** "mean", "sum" or "none", as given. */
    public final String reduction;

    /** {@code nn.MultiMarginLoss()}: p 1, margin 1, no weight, mean. */
    public MultiMarginLoss() { this(1, 1.0, null, "mean"); }

    /**
     * {@code nn.MultiMarginLoss(p, margin, weight, reduction=...)}; weight may be null.
     *
     * @throws IllegalArgumentException "only p == 1 and p == 2 supported"; for a weight that is not 1-D, F's
     *         "weight must be one-dimensional" (PyTorch's module asserts without a message)
     */
    public MultiMarginLoss(int p, double margin, Tensor weight, String reduction) {
        if (p != 1 && p != 2) throw new IllegalArgumentException("only p == 1 and p == 2 supported");
        if (weight != null && weight.dim() != 1) throw new IllegalArgumentException("weight must be one-dimensional");
        registerBuffer("weight", weight);
        this.p = p;
        this.margin = margin;
        this.reduction = reduction;
    }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.multiMarginLoss(input, target, p, margin, getBuffer("weight"), reduction); }
}
