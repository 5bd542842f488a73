package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * ½d² where |d| < δ, else δ·(|d| − ½δ) ({@code nn.HuberLoss}, δ = 1 by default).
 *
 * <pre>{@code
 * jshell> new HuberLoss("mean", 2.0).call(tensor(0.5, 3.0), tensor(0.0, 0.0))
 * $1 ==> tensor(2.0625)
 * }</pre>
 */
public class HuberLoss extends Module {
    public final String reduction;
    public final double delta;

    /** {@code nn.HuberLoss()}. */
    public HuberLoss() { this("mean", 1.0); }

    /** {@code nn.HuberLoss(reduction=...)}. */
    public HuberLoss(String reduction) { this(reduction, 1.0); }

    /** {@code nn.HuberLoss(reduction=..., delta=...)}. */
    public HuberLoss(String reduction, double delta) {
        this.reduction = reduction;
        this.delta = delta;
    }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.huberLoss(input, target, reduction, delta); }
}
