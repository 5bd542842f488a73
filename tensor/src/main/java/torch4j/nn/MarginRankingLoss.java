package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * max(0, −y·(x₁ − x₂) + margin) for targets y = ±1 saying which of two inputs should rank higher ({@code nn.MarginRankingLoss}, margin 0 by default). Called with three tensors: {@code loss.call(input1, input2, target)}.
 *
 * <pre>{@code
 * jshell> new MarginRankingLoss(0.5).call(tensor(1.0, 2.0), tensor(2.0, 1.0), tensor(1.0, 1.0))
 * $1 ==> tensor(0.7500)
 * }</pre>
 */
public class MarginRankingLoss extends Module {
    /** The margin. */
    public final double margin;
    /** "mean", "sum" or "none", as given. */
    public final String reduction;

    /** {@code nn.MarginRankingLoss()}: margin 0, mean. */
    public MarginRankingLoss() { this(0.0, "mean"); }

    /** {@code nn.MarginRankingLoss(margin)}. */
    public MarginRankingLoss(double margin) { this(margin, "mean"); }

    /** {@code nn.MarginRankingLoss(margin, reduction=...)}. */
    public MarginRankingLoss(double margin, String reduction) {
        this.margin = margin;
        this.reduction = reduction;
    }

    /** {@code loss(input1, input2, target)}, with the module's hooks. */
    public Tensor call(Tensor input1, Tensor input2, Tensor target) { return callWith(input1, input2, target); }

    /** The loss of the two inputs against the target. */
    public Tensor forward(Tensor input1, Tensor input2, Tensor target) { return F.marginRankingLoss(input1, input2, target, margin, reduction); }

    @Override Tensor forwardMany(Tensor[] inputs) {
        if (inputs.length != 3) return super.forwardMany(inputs);
        return forward(inputs[0], inputs[1], inputs[2]);
    }
}
