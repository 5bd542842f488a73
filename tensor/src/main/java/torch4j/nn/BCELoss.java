package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Binary cross-entropy on probabilities in [0, 1] ({@code nn.BCELoss}); optional per-element
 * weight (a buffer).
 *
 * <pre>{@code
 * jshell> new BCELoss().call(tensor(0.5), tensor(1.0))
 * $1 ==> tensor(0.6931)
 * }</pre>
 */
public class BCELoss extends Module {
    public final String reduction;

    /** {@code nn.BCELoss()}. */
    public BCELoss() { this(null, "mean"); }

    /** {@code nn.BCELoss(reduction=...)}. */
    public BCELoss(String reduction) { this(null, reduction); }

    /** {@code nn.BCELoss(weight, reduction=...)}; weight may be null. */
    public BCELoss(Tensor weight, String reduction) {
        registerBuffer("weight", weight);
        this.reduction = reduction;
    }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.binaryCrossEntropy(input, target, buffers.get("weight"), reduction); }
}
