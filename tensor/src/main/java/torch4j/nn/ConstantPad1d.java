package torch4j.nn;

/**
 * Pads the last dim of (C, W) or (N, C, W) with a constant ({@code nn.ConstantPad1d}): one number for every
 * side, or (left, right). The value is kept as given, so the repr prints
 * {@code -1} for an int and {@code -1.0} for a double, as Python does.
 *
 * <pre>{@code
 * jshell> new ConstantPad1d(new long[]{1, 2}, 3.5).call(arange(4.).view(1, 1, 4))
 * $1 ==> tensor([[[3.5000, 0.0000, 1.0000, 2.0000, 3.0000, 3.5000, 3.5000]]])
 * }</pre>
 */
public class ConstantPad1d extends PadNd {
    /** {@code nn.ConstantPad1d(padding, value)}: the same padding on every side. */
    public ConstantPad1d(long padding, Number value) { super(1, new long[]{padding}, "constant", value); }

    /** {@code nn.ConstantPad1d(padding, value)} with (left, right). */
    public ConstantPad1d(long[] padding, Number value) { super(1, padding, "constant", value); }
}
