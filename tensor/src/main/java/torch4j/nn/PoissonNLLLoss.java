package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * The negative log-likelihood of Poisson counts ({@code nn.PoissonNLLLoss}): e^x − y·x for a log
 * rate x (or x − y·log(x + eps) for a rate), plus Stirling's term with {@code full}.
 *
 * <pre>{@code
 * jshell> new PoissonNLLLoss().call(tensor(0.0, 1.0), tensor(1.0, 2.0))
 * $1 ==> tensor(0.8591)
 * }</pre>
 */
public class PoissonNLLLoss extends Module {
    /** Whether the input is the log of the rate. */
    public final boolean logInput;
    /** Whether Stirling's approximation of log(y!) is added. */
    public final boolean full;
    /** Keeps log(x + eps) finite for a rate input. */
    public final double eps;
    /** "mean", "sum" or "none", as given. */
    public final String reduction;

    /** {@code nn.PoissonNLLLoss()}: log input, not full, eps 1e-8, mean. */
    public PoissonNLLLoss() { this(true, false, 1e-8, "mean"); }

    /** {@code nn.PoissonNLLLoss(log_input, full)}. */
    public PoissonNLLLoss(boolean logInput, boolean full) { this(logInput, full, 1e-8, "mean"); }

    /** {@code nn.PoissonNLLLoss(log_input, full, eps=..., reduction=...)}. */
    public PoissonNLLLoss(boolean logInput, boolean full, double eps, String reduction) {
        this.logInput = logInput;
        this.full = full;
        this.eps = eps;
        this.reduction = reduction;
    }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.poissonNllLoss(input, target, logInput, full, eps, reduction); }
}
