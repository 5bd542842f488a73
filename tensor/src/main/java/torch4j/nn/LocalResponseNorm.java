package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Local response normalisation across channels ({@code nn.LocalResponseNorm}, AlexNet's): each
 * element divided by (k + α·mean of the squares of {@code size} neighbouring channels)^β.
 *
 * <pre>{@code
 * jshell> new LocalResponseNorm(2)
 * $1 ==> LocalResponseNorm(2, alpha=0.0001, beta=0.75, k=1.0)
 * }</pre>
 */
public class LocalResponseNorm extends Module {
    /** How many neighbouring channels are averaged. */
    public final int size;
    /** The multiplicative factor α. */
    public final double alpha;
    /** The exponent β. */
    public final double beta;
    /** The additive factor k. */
    public final double k;

    /** {@code nn.LocalResponseNorm(size)}: alpha 1e-4, beta 0.75, k 1. */
    public LocalResponseNorm(int size) { this(size, 1e-4, 0.75, 1.0); }

    /** {@code nn.LocalResponseNorm(size, alpha, beta, k)}. */
    public LocalResponseNorm(int size, double alpha, double beta, double k) {
        this.size = size;
        this.alpha = alpha;
        this.beta = beta;
        this.k = k;
    }

    @Override public Tensor forward(Tensor input) { return F.localResponseNorm(input, size, alpha, beta, k); }

    @Override public String extraRepr() {
        return size + ", alpha=" + PyRepr.floatRepr(alpha) + ", beta=" + PyRepr.floatRepr(beta) + ", k=" + PyRepr.floatRepr(k);
    }
}
