package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Upsampling ({@code nn.Upsample}): {@link F#interpolate} as a layer, to a fixed size or by a
 * scale factor, "nearest" (default) or "bilinear".
 *
 * <pre>{@code
 * jshell> new Upsample(2.0)
 * $1 ==> Upsample(scale_factor=2.0, mode=nearest)
 * }</pre>
 */
public class Upsample extends Module {
    /** The output size, (height, width) or one value for both; null when a scale factor is given. */
    public final long[] size;
    /** The scale factor, or null when a size is given. */
    public final Double scaleFactor;
    /** "nearest" or "bilinear". */
    public final String mode;
    /** Bilinear only: align the corner pixels (null: False). */
    public final Boolean alignCorners;

    /** {@code nn.Upsample(scale_factor=s)}: nearest. */
    public Upsample(double scaleFactor) { this(null, scaleFactor, "nearest", null); }

    /** {@code nn.Upsample(scale_factor=s, mode=mode, align_corners=...)}. */
    public Upsample(double scaleFactor, String mode, Boolean alignCorners) { this(null, scaleFactor, mode, alignCorners); }

    /** {@code nn.Upsample(size=..., mode=mode, align_corners=...)}; one value stands for Python's int. */
    public Upsample(long[] size, String mode, Boolean alignCorners) { this(size.clone(), null, mode, alignCorners); }

    private Upsample(long[] size, Double scaleFactor, String mode, Boolean alignCorners) {
        this.size = size;
        this.scaleFactor = scaleFactor;
        this.mode = mode;
        this.alignCorners = alignCorners;
    }

    @Override public Tensor forward(Tensor input) {
        if (scaleFactor != null) return F.interpolate(input, scaleFactor, mode, alignCorners);
        long[] full = size;
        if (size.length == 1) {
            full = new long[Math.max(input.dim() - 2, 1)];
            java.util.Arrays.fill(full, size[0]);
        }
        return F.interpolate(input, full, mode, alignCorners);
    }

    @Override public String extraRepr() {
        String info = scaleFactor != null ? "scale_factor=" + PyRepr.floatRepr(scaleFactor)
                : "size=" + (size.length == 1 ? Long.toString(size[0]) : PyRepr.tuple(size));
        return info + ", mode=" + mode;
    }
}
