package torch4j.nn;

/**
 * {@code nn.UpsamplingNearest2d}: {@link Upsample} with mode "nearest", to a size or by a scale factor.
 *
 * <pre>{@code
 * jshell> new UpsamplingNearest2d(2.0)
 * $1 ==> UpsamplingNearest2d(scale_factor=2.0, mode=nearest)
 * }</pre>
 */
public class UpsamplingNearest2d extends Upsample {
    /** {@code nn.UpsamplingNearest2d(scale_factor=s)}. */
    public UpsamplingNearest2d(double scaleFactor) { super(scaleFactor, "nearest", null); }

    /** {@code nn.UpsamplingNearest2d(size=...)}: (height, width), or one value for both. */
    public UpsamplingNearest2d(long... size) { super(size, "nearest", null); }
}
