package torch4j.nn;

/**
 * Pads the last two dims of (C, H, W) or (N, C, H, W) with the reflection of the input, the edge not repeated
 * ({@code nn.ReflectionPad2d}); each pad must be smaller than its dim. One number for every side,
 * or (left, right, top, bottom). Node {@code ReflectionPad2DBackward0}.
 *
 * <pre>{@code
 * jshell> new ReflectionPad2d(1, 1, 0, 1).call(arange(6.).view(1, 1, 2, 3))
 * $1 ==> tensor([[[[1., 0., 1., 2., 1.],
 *           [4., 3., 4., 5., 4.],
 *           [1., 0., 1., 2., 1.]]]])
 * }</pre>
 */
public class ReflectionPad2d extends PadNd {
    /** {@code nn.ReflectionPad2d(padding)}: one value for every side, or (left, right, top, bottom). */
    public ReflectionPad2d(long... padding) { super(2, padding, "reflect", null); }
}
