package torch4j.nn;

/**
 * Pads the last dim of (C, W) or (N, C, W) by repeating the edge values ({@code nn.ReplicationPad1d}).
 * One number for every side, or (left, right). Node {@code ReplicationPad1DBackward0}.
 *
 * <pre>{@code
 * jshell> new ReplicationPad1d(1, 2).call(arange(4.).view(1, 1, 4))
 * $1 ==> tensor([[[0., 0., 1., 2., 3., 3., 3.]]])
 * }</pre>
 */
public class ReplicationPad1d extends PadNd {
    /** {@code nn.ReplicationPad1d(padding)}: one value for every side, or (left, right). */
    public ReplicationPad1d(long... padding) { super(1, padding, "replicate", null); }
}
