package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x − λ above λ, x + λ below −λ, else 0 ({@code nn.Softshrink}, λ = 0.5 by default).
 *
 * <pre>{@code
 * jshell> new Softshrink()
 * $1 ==> Softshrink(0.5)
 * }</pre>
 */
public class Softshrink extends Module {
    /** λ, the half-width of the zeroed band. */
    public final double lambd;

    /** {@code nn.Softshrink()}: λ = 0.5. */
    public Softshrink() { this(0.5); }

    /** {@code nn.Softshrink(lambd)}. */
    public Softshrink(double lambd) { this.lambd = lambd; }

    @Override public Tensor forward(Tensor input) { return F.softshrink(input, lambd); }

    @Override public String extraRepr() { return PyRepr.floatRepr(lambd); }
}
