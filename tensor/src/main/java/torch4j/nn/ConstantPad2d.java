package torch4j.nn;

/**
 * Pads the last two dims of (C, H, W) or (N, C, H, W) with a constant ({@code nn.ConstantPad2d}): one number for every
 * side, or (left, right, top, bottom). The value is kept as given, so the repr prints
 * {@code -1} for an int and {@code -1.0} for a double, as Python does.
 *
 * <pre>{@code
 * jshell> new ConstantPad2d(1, -1)
 * $1 ==> ConstantPad2d(padding=(1, 1, 1, 1), value=-1)
 *
 * jshell> $1.call(arange(4.).view(1, 1, 2, 2))
 * $2 ==> tensor([[[[-1., -1., -1., -1.],
 *           [-1.,  0.,  1., -1.],
 *           [-1.,  2.,  3., -1.],
 *           [-1., -1., -1., -1.]]]])
 * }</pre>
 */
public class ConstantPad2d extends PadNd {
    /** {@code nn.ConstantPad2d(padding, value)}: the same padding on every side. */
    public ConstantPad2d(long padding, Number value) { super(2, new long[]{padding}, "constant", value); }

    /** {@code nn.ConstantPad2d(padding, value)} with (left, right, top, bottom). */
    public ConstantPad2d(long[] padding, Number value) { super(2, padding, "constant", value); }
}
