package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Negative log-likelihood of int64 class indices under log-probabilities ({@code nn.NLLLoss});
 * per-class weight (a buffer), ignore index and reduction as PyTorch.
 *
 * <pre>{@code
 * jshell> new NLLLoss().call(tensor(new double[][] {{-0.1, -2.3}}), tensor(0L))
 * $1 ==> tensor(0.1000)
 * }</pre>
 */
public class NLLLoss extends Module {
    public final String reduction;
    public final long ignoreIndex;

    /** {@code nn.NLLLoss()}. */
    public NLLLoss() { this(null, -100, "mean"); }

    /** {@code nn.NLLLoss(reduction=...)}. */
    public NLLLoss(String reduction) { this(null, -100, reduction); }

    /** {@code nn.NLLLoss(weight)}. */
    public NLLLoss(Tensor weight) { this(weight, -100, "mean"); }

    /** {@code nn.NLLLoss(weight, ignore_index=..., reduction=...)}; weight may be null. */
    public NLLLoss(Tensor weight, long ignoreIndex, String reduction) {
        registerBuffer("weight", weight);
        this.ignoreIndex = ignoreIndex;
        this.reduction = reduction;
    }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.nllLoss(input, target, buffers.get("weight"), ignoreIndex, reduction); }
}
