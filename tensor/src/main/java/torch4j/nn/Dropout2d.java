package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Zeroes whole channels with probability p during training ({@code nn.Dropout2d}), for (N, C, H, W)
 * inputs; the identity in eval mode.
 *
 * <pre>{@code
 * jshell> new Dropout2d(0.3)
 * $1 ==> Dropout2d(p=0.3, inplace=False)
 * }</pre>
 */
public class Dropout2d extends Module {
    public final double p;

    /** {@code nn.Dropout2d()}: p = 0.5. */
    public Dropout2d() { this(0.5); }

    /** {@code nn.Dropout2d(p)} (out of place; torch4j has no in-place channel dropout). */
    public Dropout2d(double p) {
        if (p < 0 || p > 1) throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + PyRepr.floatRepr(p));
        this.p = p;
    }

    @Override public Tensor forward(Tensor input) { return F.dropout2d(input, p, training); }

    @Override public String extraRepr() { return "p=" + PyRepr.floatRepr(p) + ", inplace=False"; }
}
