package torch4j.nn;

/**
 * Pads the last two dims of (C, H, W) or (N, C, H, W) by repeating the edge values ({@code nn.ReplicationPad2d}).
 * One number for every side, or (left, right, top, bottom). Node {@code ReplicationPad2DBackward0}.
 *
 * <pre>{@code
 * jshell> new ReplicationPad2d(1, 0, 1, 0).call(arange(4.).view(1, 1, 2, 2))
 * $1 ==> tensor([[[[0., 0., 1.],
 *           [0., 0., 1.],
 *           [2., 2., 3.]]]])
 * }</pre>
 */
public class ReplicationPad2d extends PadNd {
    /** {@code nn.ReplicationPad2d(padding)}: one value for every side, or (left, right, top, bottom). */
    public ReplicationPad2d(long... padding) { super(2, padding, "replicate", null); }
}
