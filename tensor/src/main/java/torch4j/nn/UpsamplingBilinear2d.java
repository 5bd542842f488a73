package torch4j.nn;

/**
 * {@code nn.UpsamplingBilinear2d}: {@link Upsample} with mode "bilinear" and align_corners=True,
 * to a size or by a scale factor.
 *
 * <pre>{@code
 * jshell> new UpsamplingBilinear2d(2.0).call(tensor(1., 3.).view(1, 1, 1, 2))
 * $1 ==> tensor([[[[1.0000, 1.6667, 2.3333, 3.0000],
 *           [1.0000, 1.6667, 2.3333, 3.0000]]]])
 * }</pre>
 */
public class UpsamplingBilinear2d extends Upsample {
    /** {@code nn.UpsamplingBilinear2d(scale_factor=s)}. */
    public UpsamplingBilinear2d(double scaleFactor) { super(scaleFactor, "bilinear", true); }

    /** {@code nn.UpsamplingBilinear2d(size=...)}: (height, width), or one value for both. */
    public UpsamplingBilinear2d(long... size) { super(size, "bilinear", true); }
}
