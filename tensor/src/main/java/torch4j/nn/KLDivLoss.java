package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Kullback-Leibler divergence of a target distribution from log-probabilities ({@code nn.KLDivLoss});
 * reduction "mean" (PyTorch's default, with its warning), "batchmean", "sum" or "none".
 *
 * <pre>{@code
 * jshell> new KLDivLoss("batchmean").call(tensor(new double[][] {{-0.6931, -0.6931}}), tensor(new double[][] {{0.5, 0.5}}))
 * $1 ==> tensor(0.)
 * }</pre>
 */
public class KLDivLoss extends Module {
    public final String reduction;
    public final boolean logTarget;

    /** {@code nn.KLDivLoss()}. */
    public KLDivLoss() { this("mean", false); }

    /** {@code nn.KLDivLoss(reduction=...)}. */
    public KLDivLoss(String reduction) { this(reduction, false); }

    /** {@code nn.KLDivLoss(reduction=..., log_target=...)}. */
    public KLDivLoss(String reduction, boolean logTarget) {
        this.reduction = reduction;
        this.logTarget = logTarget;
    }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.klDiv(input, target, reduction, logTarget); }
}
