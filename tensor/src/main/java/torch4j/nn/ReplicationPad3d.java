package torch4j.nn;

/**
 * Pads the last three dims of (C, D, H, W) or (N, C, D, H, W) by repeating the edge values ({@code nn.ReplicationPad3d}).
 * One number for every side, or (left, right, top, bottom, front, back). Node {@code ReplicationPad3DBackward0}.
 *
 * <pre>{@code
 * jshell> new ReplicationPad3d(1, 0, 0, 0, 0, 1).call(arange(4.).view(1, 1, 1, 2, 2))
 * $1 ==> tensor([[[[[0., 0., 1.],
 *            [2., 2., 3.]],
 *
 *           [[0., 0., 1.],
 *            [2., 2., 3.]]]]])
 * }</pre>
 */
public class ReplicationPad3d extends PadNd {
    /** {@code nn.ReplicationPad3d(padding)}: one value for every side, or (left, right, top, bottom, front, back). */
    public ReplicationPad3d(long... padding) { super(3, padding, "replicate", null); }
}
