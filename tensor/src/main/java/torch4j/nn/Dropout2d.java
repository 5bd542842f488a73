package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Zeroes whole channels with probability p during training ({@code nn.Dropout2d}), for (N, C, H, W)
 * inputs; the identity in eval mode. With {@code inplace} the input is multiplied in place and
 * returned, as {@code nn.Dropout2d(p, inplace=True)}.
 *
 * <pre>{@code
 * jshell> new Dropout2d(0.3)
 * $1 ==> Dropout2d(p=0.3, inplace=False)
 *
 * jshell> new Dropout2d(0.5, true)
 * $2 ==> Dropout2d(p=0.5, inplace=True)
 * }</pre>
 */
public class Dropout2d extends Module {
    /** The probability of zeroing. */
    public final double p;
    /** Whether forward overwrites its input. */
    public final boolean inplace;

    /** {@code nn.Dropout2d()}: p = 0.5. */
    public Dropout2d() { this(0.5, false); }

    /** {@code nn.Dropout2d(p)}. */
    public Dropout2d(double p) { this(p, false); }

    /** {@code nn.Dropout2d(p, inplace)}. */
    public Dropout2d(double p, boolean inplace) {
        if (p < 0 || p > 1) throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + PyRepr.floatRepr(p));
        this.p = p;
        this.inplace = inplace;
    }

    @Override public Tensor forward(Tensor input) { return inplace ? F.dropout2d_(input, p, training) : F.dropout2d(input, p, training); }

    @Override public String extraRepr() { return "p=" + PyRepr.floatRepr(p) + ", inplace=" + PyRepr.bool(inplace); }
}
