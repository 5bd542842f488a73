package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x, or α·(e^(x/α) − 1) where x ≤ 0 ({@code nn.CELU}): ELU made continuously differentiable in α.
 *
 * <pre>{@code
 * jshell> new CELU(2.0)
 * $1 ==> CELU(alpha=2.0)
 * }</pre>
 */
public class CELU extends Module {
    /** α, the scale of the negative side. */
    public final double alpha;
    /** Whether forward overwrites its input. */
    public final boolean inplace;

    /** {@code nn.CELU()}: α = 1. */
    public CELU() { this(1.0, false); }

    /** {@code nn.CELU(alpha)}. */
    public CELU(double alpha) { this(alpha, false); }

    /** {@code nn.CELU(alpha, inplace)}. */
    public CELU(double alpha, boolean inplace) {
        this.alpha = alpha;
        this.inplace = inplace;
    }

    @Override public Tensor forward(Tensor input) { return F.celu(input, alpha, inplace); }

    @Override public String extraRepr() { return "alpha=" + PyRepr.floatRepr(alpha) + (inplace ? ", inplace=True" : ""); }
}
