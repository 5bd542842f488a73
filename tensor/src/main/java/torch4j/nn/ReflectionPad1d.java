package torch4j.nn;

/**
 * Pads the last dim of (C, W) or (N, C, W) with the reflection of the input, the edge not repeated
 * ({@code nn.ReflectionPad1d}); each pad must be smaller than its dim. One number for every side,
 * or (left, right). Node {@code ReflectionPad1DBackward0}.
 *
 * <pre>{@code
 * jshell> new ReflectionPad1d(2).call(arange(4.).view(1, 1, 4))
 * $1 ==> tensor([[[2., 1., 0., 1., 2., 3., 2., 1.]]])
 * }</pre>
 */
public class ReflectionPad1d extends PadNd {
    /** {@code nn.ReflectionPad1d(padding)}: one value for every side, or (left, right). */
    public ReflectionPad1d(long... padding) { super(1, padding, "reflect", null); }
}
