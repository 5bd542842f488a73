package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 1 − cos(x₁, x₂) for pairs with target 1, max(0, cos(x₁, x₂) − margin) for target −1 ({@code nn.CosineEmbeddingLoss}, margin 0 by default). Called with three tensors: {@code loss.call(input1, input2, target)}.
 *
 * <pre>{@code
 * jshell> new CosineEmbeddingLoss().call(tensor(1.0, 0.0), tensor(1.0, 1.0), tensor(1.0))
 * $1 ==> tensor(0.2929)
 * }</pre>
 */
public class CosineEmbeddingLoss extends Module {
    /** The margin. */
    public final double margin;
    /** "mean", "sum" or "none", as given. */
    public final String reduction;

    /** {@code nn.CosineEmbeddingLoss()}: margin 0, mean. */
    public CosineEmbeddingLoss() { this(0.0, "mean"); }

    /** {@code nn.CosineEmbeddingLoss(margin)}. */
    public CosineEmbeddingLoss(double margin) { this(margin, "mean"); }

    /** {@code nn.CosineEmbeddingLoss(margin, reduction=...)}. */
    public CosineEmbeddingLoss(double margin, String reduction) {
        this.margin = margin;
        this.reduction = reduction;
    }

    /** {@code loss(input1, input2, target)}, with the module's hooks. */
    public Tensor call(Tensor input1, Tensor input2, Tensor target) { return callWith(input1, input2, target); }

    /** The loss of the two inputs against the target. */
    public Tensor forward(Tensor input1, Tensor input2, Tensor target) { return F.cosineEmbeddingLoss(input1, input2, target, margin, reduction); }

    @Override Tensor forwardMany(Tensor[] inputs) {
        if (inputs.length != 3) return super.forwardMany(inputs);
        return forward(inputs[0], inputs[1], inputs[2]);
    }
}
