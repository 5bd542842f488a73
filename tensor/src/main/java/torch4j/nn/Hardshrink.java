package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x outside [−λ, λ], else 0 ({@code nn.Hardshrink}, λ = 0.5 by default).
 *
 * <pre>{@code
 * jshell> new Hardshrink()
 * $1 ==> Hardshrink(0.5)
 * }</pre>
 */
public class Hardshrink extends Module {
    /** λ, the half-width of the zeroed band. */
    public final double lambd;

    /** {@code nn.Hardshrink()}: λ = 0.5. */
    public Hardshrink() { this(0.5); }

    /** {@code nn.Hardshrink(lambd)}. */
    public Hardshrink(double lambd) { this.lambd = lambd; }

    @Override public Tensor forward(Tensor input) { return F.hardshrink(input, lambd); }

    @Override public String extraRepr() { return PyRepr.floatRepr(lambd); }
}
