package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * The negative log-likelihood of a target under a Gaussian with the predicted mean and variance
 * ({@code nn.GaussianNLLLoss}): ½·(log var + (input − target)² / var), var clamped to at least
 * eps; {@code full} adds the constant ½·log 2π. Called with three tensors.
 *
 * <pre>{@code
 * jshell> new GaussianNLLLoss().call(tensor(1.0, 2.0), tensor(0.0, 2.0), ones(2))
 * $1 ==> tensor(0.2500)
 * }</pre>
 */
public class GaussianNLLLoss extends Module {
    /** Whether the constant term is included. */
    public final boolean full;
    /** The smallest variance used. */
    public final double eps;
    /** "mean", "sum" or "none", as given. */
    public final String reduction;

    /** {@code nn.GaussianNLLLoss()}: not full, eps 1e-6, mean. */
    public GaussianNLLLoss() { this(false, 1e-6, "mean"); }

    /** {@code nn.GaussianNLLLoss(full=..., eps=..., reduction=...)}. */
    public GaussianNLLLoss(boolean full, double eps, String reduction) {
        this.full = full;
        this.eps = eps;
        this.reduction = reduction;
    }

    /** {@code loss(input, target, var)}. */
    public Tensor call(Tensor input, Tensor target, Tensor var) { return forward(input, target, var); }

    /** {@code forward(input, target, var)}: {@link F#gaussianNllLoss(Tensor, Tensor, Tensor, boolean, double, String)}. */
    public Tensor forward(Tensor input, Tensor target, Tensor var) { return F.gaussianNllLoss(input, target, var, full, eps, reduction); }
}
