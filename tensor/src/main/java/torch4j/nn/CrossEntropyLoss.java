package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * log_softmax then negative log-likelihood ({@code nn.CrossEntropyLoss}): logits (N, C) against
 * int64 class indices (N), or against class probabilities of the logits' shape. Options as
 * PyTorch: per-class weight (a buffer), ignore index, reduction, label smoothing.
 *
 * <pre>{@code
 * jshell> new CrossEntropyLoss().call(tensor(new double[][] {{2, 0}}), tensor(0L))
 * $1 ==> tensor(0.1269)
 * }</pre>
 */
public class CrossEntropyLoss extends Module {
    public final String reduction;
    public final long ignoreIndex;
    public final double labelSmoothing;

    /** {@code nn.CrossEntropyLoss()}. */
    public CrossEntropyLoss() { this(null, -100, "mean", 0.0); }

    /** {@code nn.CrossEntropyLoss(reduction=...)}. */
    public CrossEntropyLoss(String reduction) { this(null, -100, reduction, 0.0); }

    /** {@code nn.CrossEntropyLoss(weight)}. */
    public CrossEntropyLoss(Tensor weight) { this(weight, -100, "mean", 0.0); }

    /** {@code nn.CrossEntropyLoss(weight, ignore_index=..., reduction=..., label_smoothing=...)}; weight may be null. */
    public CrossEntropyLoss(Tensor weight, long ignoreIndex, String reduction, double labelSmoothing) {
        registerBuffer("weight", weight);
        this.ignoreIndex = ignoreIndex;
        this.reduction = reduction;
        this.labelSmoothing = labelSmoothing;
    }

    @Override public Tensor forward(Tensor input, Tensor target) {
        return F.crossEntropy(input, target, buffers.get("weight"), ignoreIndex, reduction, labelSmoothing);
    }
}
