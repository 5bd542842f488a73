package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x where the target is 1, max(0, margin − x) where it is −1 ({@code nn.HingeEmbeddingLoss},
 * margin 1 by default), for learning whether two inputs are similar from a distance x.
 *
 * <pre>{@code
 * jshell> new HingeEmbeddingLoss().call(tensor(0.3, 2.0), tensor(1.0, -1.0))
 * $1 ==> tensor(0.1500)
 * }</pre>
 */
public class HingeEmbeddingLoss extends Module {
    /** "mean", "sum" or "none", as given. */
    public final String reduction;
    /** The distance beyond which a dissimilar pair costs nothing. */
    public final double margin;

    /** {@code nn.HingeEmbeddingLoss()}: margin 1, mean. */
    public HingeEmbeddingLoss() { this(1.0, "mean"); }

    /** {@code nn.HingeEmbeddingLoss(margin=...)}. */
    public HingeEmbeddingLoss(double margin) { this(margin, "mean"); }

    /** {@code nn.HingeEmbeddingLoss(margin=..., reduction=...)}. */
    public HingeEmbeddingLoss(double margin, String reduction) {
        this.margin = margin;
        this.reduction = reduction;
    }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.hingeEmbeddingLoss(input, target, margin, reduction); }
}
