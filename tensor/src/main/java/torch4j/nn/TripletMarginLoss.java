package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * max(0, margin + d(a, p) − d(a, n)) for anchor, positive and negative embeddings, d the pairwise
 * p-norm distance ({@code nn.TripletMarginLoss}); with {@code swap}, d(a, n) becomes d(p, n)
 * where smaller. Called with three tensors: {@code loss.call(anchor, positive, negative)}.
 *
 * <pre>{@code
 * jshell> new TripletMarginLoss().call(tensor(new double[][]{{0, 0}}), tensor(new double[][]{{0, 1}}), tensor(new double[][]{{0, 1.5}}))
 * $1 ==> tensor(0.5000)
 * }</pre>
 */
public class TripletMarginLoss extends Module {
    /** The margin. */
    public final double margin;
    /** The norm degree of the distance. */
    public final double p;
    /** Added to the differences before the norm. */
    public final double eps;
    /** Whether the positive-negative distance may stand in for the anchor-negative one. */
    public final boolean swap;
    /** "mean", "sum" or "none", as given. */
    public final String reduction;

    /** {@code nn.TripletMarginLoss()}: margin 1, p 2, eps 1e-6, no swap, mean. */
    public TripletMarginLoss() { this(1.0, 2.0, 1e-6, false, "mean"); }

    /** {@code nn.TripletMarginLoss(margin, p)}. */
    public TripletMarginLoss(double margin, double p) { this(margin, p, 1e-6, false, "mean"); }

    /** {@code nn.TripletMarginLoss(margin, p, eps, swap, reduction=...)}. */
    public TripletMarginLoss(double margin, double p, double eps, boolean swap, String reduction) {
        this.margin = margin;
        this.p = p;
        this.eps = eps;
        this.swap = swap;
        this.reduction = reduction;
    }

    /** {@code loss(anchor, positive, negative)}, with the module's hooks. */
    public Tensor call(Tensor anchor, Tensor positive, Tensor negative) { return callWith(anchor, positive, negative); }

    /** The triplet loss. */
    public Tensor forward(Tensor anchor, Tensor positive, Tensor negative) {
        return F.tripletMarginLoss(anchor, positive, negative, margin, p, eps, swap, reduction);
    }

    @Override Tensor forwardMany(Tensor[] inputs) {
        if (inputs.length != 3) return super.forwardMany(inputs);
        return forward(inputs[0], inputs[1], inputs[2]);
    }
}
