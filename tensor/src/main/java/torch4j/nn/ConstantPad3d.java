package torch4j.nn;

/**
 * Pads the last three dims of (C, D, H, W) or (N, C, D, H, W) with a constant ({@code nn.ConstantPad3d}): one number for every
 * side, or (left, right, top, bottom, front, back). The value is kept as given, so the repr prints
 * {@code -1} for an int and {@code -1.0} for a double, as Python does.
 *
 * <pre>{@code
 * jshell> new ConstantPad3d(new long[]{1, 0, 0, 0, 0, 1}, 9.).call(arange(4.).view(1, 1, 1, 2, 2))
 * $1 ==> tensor([[[[[9., 0., 1.],
 *            [9., 2., 3.]],
 *
 *           [[9., 9., 9.],
 *            [9., 9., 9.]]]]])
 * }</pre>
 */
public class ConstantPad3d extends PadNd {
    /** {@code nn.ConstantPad3d(padding, value)}: the same padding on every side. */
    public ConstantPad3d(long padding, Number value) { super(3, new long[]{padding}, "constant", value); }

    /** {@code nn.ConstantPad3d(padding, value)} with (left, right, top, bottom, front, back). */
    public ConstantPad3d(long[] padding, Number value) { super(3, padding, "constant", value); }
}
