package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * log(1 + e^(βx)) / β, linear where βx exceeds the threshold ({@code nn.Softplus}).
 *
 * <pre>{@code
 * jshell> new Softplus()
 * $1 ==> Softplus(beta=1, threshold=20)
 * }</pre>
 */
public class Softplus extends Module {
    public final double beta, threshold;

    /** {@code nn.Softplus()}: beta = 1, threshold = 20. */
    public Softplus() { this(1, 20); }

    /** {@code nn.Softplus(beta, threshold)}. */
    public Softplus(double beta, double threshold) {
        this.beta = beta;
        this.threshold = threshold;
    }

    @Override public Tensor forward(Tensor input) { return F.softplus(input, beta, threshold); }

    @Override public String extraRepr() { return "beta=" + PyRepr.intOrFloat(beta) + ", threshold=" + PyRepr.intOrFloat(threshold); }
}
