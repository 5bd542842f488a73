package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Dropout for self-normalising (SELU) networks ({@code nn.AlphaDropout}): keeps zero mean and
 * unit variance by setting dropped elements to SELU's negative saturation and rescaling; the
 * identity in eval mode. As in PyTorch 1.13, {@code inplace} is stored and shown but forward
 * never works in place.
 *
 * <pre>{@code
 * jshell> new AlphaDropout(0.2)
 * $1 ==> AlphaDropout(p=0.2, inplace=False)
 * }</pre>
 */
public class AlphaDropout extends Module {
    /** The probability of dropping. */
    public final double p;
    /** Shown in the repr; PyTorch 1.13's AlphaDropout ignores it. */
    public final boolean inplace;

    /** {@code nn.AlphaDropout()}: p = 0.5. */
    public AlphaDropout() { this(0.5, false); }

    /** {@code nn.AlphaDropout(p)}. */
    public AlphaDropout(double p) { this(p, false); }

    /** {@code nn.AlphaDropout(p, inplace)}. */
    public AlphaDropout(double p, boolean inplace) {
        if (p < 0 || p > 1) throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + PyRepr.floatRepr(p));
        this.p = p;
        this.inplace = inplace;
    }

    @Override public Tensor forward(Tensor input) { return F.alphaDropout(input, p, training); }

    @Override public String extraRepr() { return "p=" + PyRepr.floatRepr(p) + ", inplace=" + PyRepr.bool(inplace); }
}
