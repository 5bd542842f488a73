package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Zeroes whole channels with probability p during training ({@code nn.Dropout1d}), for
 * (N, C, L) or unbatched (C, L) inputs, scaling the rest by 1 / (1 − p); the identity in eval mode.
 * The masks are PyTorch 1.13's from the same seed (see {@link F#dropout1d}). With
 * {@code inplace} the input is multiplied in place and returned.
 *
 * <pre>{@code
 * jshell> new Dropout1d(0.3)
 * $1 ==> Dropout1d(p=0.3, inplace=False)
 * }</pre>
 */
public class Dropout1d extends Module {
    /** The probability of zeroing a channel. */
    public final double p;
    /** Whether forward overwrites its input. */
    public final boolean inplace;

    /** {@code nn.Dropout1d()}: p = 0.5. */
    public Dropout1d() { this(0.5, false); }

    /** {@code nn.Dropout1d(p)}. */
    public Dropout1d(double p) { this(p, false); }

    /** {@code nn.Dropout1d(p, inplace)}. */
    public Dropout1d(double p, boolean inplace) {
        if (p < 0 || p > 1) throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + PyRepr.floatRepr(p));
        this.p = p;
        this.inplace = inplace;
    }

    @Override public Tensor forward(Tensor input) { return inplace ? F.dropout1d_(input, p, training) : F.dropout1d(input, p, training); }

    @Override public String extraRepr() { return "p=" + PyRepr.floatRepr(p) + ", inplace=" + PyRepr.bool(inplace); }
}
