package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x, or alpha·(eˣ − 1) where x ≤ 0 ({@code nn.ELU}).
 *
 * <pre>{@code
 * jshell> new ELU()
 * $1 ==> ELU(alpha=1.0)
 * }</pre>
 */
public class ELU extends Module {
    public final double alpha;
    public final boolean inplace;

    /** {@code nn.ELU()}: alpha = 1. */
    public ELU() { this(1.0, false); }

    /** {@code nn.ELU(alpha)}. */
    public ELU(double alpha) { this(alpha, false); }

    /** {@code nn.ELU(alpha, inplace)}. */
    public ELU(double alpha, boolean inplace) {
        this.alpha = alpha;
        this.inplace = inplace;
    }

    @Override public Tensor forward(Tensor input) { return F.elu(input, alpha, inplace); }

    @Override public String extraRepr() { return "alpha=" + PyRepr.floatRepr(alpha) + (inplace ? ", inplace=True" : ""); }
}
