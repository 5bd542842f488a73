package torch4j.nn;

/**
 * Pads the last two dims with zeros ({@code nn.ZeroPad2d}): one number for every side, or
 * (left, right, top, bottom).
 *
 * <pre>{@code
 * jshell> new ZeroPad2d(1, 0, 0, 1)
 * $1 ==> ZeroPad2d((1, 0, 0, 1))
 *
 * jshell> $1.call(arange(4.).view(1, 1, 2, 2))
 * $2 ==> tensor([[[[0., 0., 1.],
 *           [0., 2., 3.],
 *           [0., 0., 0.]]]])
 * }</pre>
 */
public class ZeroPad2d extends PadNd {
    /** {@code nn.ZeroPad2d(padding)}: one value for all four sides, or (left, right, top, bottom). */
    public ZeroPad2d(long... padding) { super(2, padding, "constant", 0.0); }
}
