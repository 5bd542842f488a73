package torch4j.nn;

/**
 * Pads the last three dims of (C, D, H, W) or (N, C, D, H, W) with the reflection of the input, the edge not repeated
 * ({@code nn.ReflectionPad3d}); each pad must be smaller than its dim. One number for every side,
 * or (left, right, top, bottom, front, back). Node {@code ReflectionPad3DBackward0}.
 *
 * <pre>{@code
 * jshell> new ReflectionPad3d(1)
 * $1 ==> ReflectionPad3d((1, 1, 1, 1, 1, 1))
 *
 * jshell> $1.call(ones(1, 2, 2, 2, 2)).shape()
 * $2 ==> torch.Size([1, 2, 4, 4, 4])
 * }</pre>
 */
public class ReflectionPad3d extends PadNd {
    /** {@code nn.ReflectionPad3d(padding)}: one value for every side, or (left, right, top, bottom, front, back). */
    public ReflectionPad3d(long... padding) { super(3, padding, "reflect", null); }
}
