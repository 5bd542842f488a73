package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Sigmoid and binary cross-entropy in one numerically stable step ({@code nn.BCEWithLogitsLoss});
 * optional weight and positive-class weight {@code posWeight} (buffers "weight" and "pos_weight").
 *
 * <pre>{@code
 * jshell> new BCEWithLogitsLoss().call(tensor(0.0), tensor(1.0))
 * $1 ==> tensor(0.6931)
 * }</pre>
 */
public class BCEWithLogitsLoss extends Module {
    public final String reduction;

    /** {@code nn.BCEWithLogitsLoss()}. */
    public BCEWithLogitsLoss() { this(null, "mean", null); }

    /** {@code nn.BCEWithLogitsLoss(reduction=...)}. */
    public BCEWithLogitsLoss(String reduction) { this(null, reduction, null); }

    /** {@code nn.BCEWithLogitsLoss(weight, reduction=..., pos_weight=...)}; weight and posWeight may be null. */
    public BCEWithLogitsLoss(Tensor weight, String reduction, Tensor posWeight) {
        registerBuffer("weight", weight);
        registerBuffer("pos_weight", posWeight);
        this.reduction = reduction;
    }

    @Override public Tensor forward(Tensor input, Tensor target) {
        return F.binaryCrossEntropyWithLogits(input, target, buffers.get("weight"), reduction, buffers.get("pos_weight"));
    }
}
