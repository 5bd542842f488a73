package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Zeroes whole channels with probability p during training ({@code nn.Dropout3d}), for
 * (N, C, D, H, W) or unbatched (C, D, H, W) inputs, scaling the rest by 1 / (1 − p); the identity in eval mode.
 * The masks are PyTorch 1.13's from the same seed (see {@link F#dropout3d}). With
 * {@code inplace} the input is multiplied in place and returned.
 *
 * <pre>{@code
 * jshell> new Dropout3d(0.2, true)
 * $1 ==> Dropout3d(p=0.2, inplace=True)
 * }</pre>
 */
public class Dropout3d extends Module {
    /** The probability of zeroing a channel. */
    public final double p;
    /** Whether forward overwrites its input. */
    public final boolean inplace;

    /** {@code nn.Dropout3d()}: p = 0.5. */
    public Dropout3d() { this(0.5, false); }

    /** {@code nn.Dropout3d(p)}. */
    public Dropout3d(double p) { this(p, false); }

    /** {@code nn.Dropout3d(p, inplace)}. */
    public Dropout3d(double p, boolean inplace) {
        if (p < 0 || p > 1) throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + PyRepr.floatRepr(p));
        this.p = p;
        this.inplace = inplace;
    }

    @Override public Tensor forward(Tensor input) { return inplace ? F.dropout3d_(input, p, training) : F.dropout3d(input, p, training); }

    @Override public String extraRepr() { return "p=" + PyRepr.floatRepr(p) + ", inplace=" + PyRepr.bool(inplace); }
}
