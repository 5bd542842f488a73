package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Zeroes each element with probability p during training and scales the rest by 1/(1 − p)
 * ({@code nn.Dropout}); the identity in eval mode. Masks come from the global generator exactly
 * as PyTorch draws them.
 *
 * <pre>{@code
 * jshell> manualSeed(0); new Dropout(0.5).call(ones(8))
 * $1 ==> tensor([0., 0., 2., 0., 0., 0., 2., 2.])
 * }</pre>
 */
public class Dropout extends Module {
    public final double p;
    public final boolean inplace;

    /** {@code nn.Dropout()}: p = 0.5. */
    public Dropout() { this(0.5, false); }

    /** {@code nn.Dropout(p)}. */
    public Dropout(double p) { this(p, false); }

    /** {@code nn.Dropout(p, inplace)}. */
    public Dropout(double p, boolean inplace) {
        if (p < 0 || p > 1) throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + PyRepr.floatRepr(p));
        this.p = p;
        this.inplace = inplace;
    }

    @Override public Tensor forward(Tensor input) { return inplace ? F.dropout_(input, p, training) : F.dropout(input, p, training); }

    @Override public String extraRepr() { return "p=" + PyRepr.floatRepr(p) + ", inplace=" + PyRepr.bool(inplace); }
}
