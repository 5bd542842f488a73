package torch4j.vision.transforms;

import torch4j.Tensor;

/**
 * {@code transforms.RandomRotation(degrees, interpolation, expand, center, fill)}: rotates by an
 * angle drawn uniformly from {@code degrees} (one {@code uniform_} on the global generator, as
 * torchvision), through the affine grid torchvision samples tensors with.
 *
 * <pre>{@code
 * jshell> var t = new RandomRotation(10)
 * t ==> RandomRotation(degrees=[-10.0, 10.0], interpolation=nearest, expand=False, fill=0)
 * jshell> t.apply(rand(1, 28, 28)).shape()
 * $2 ==> torch.Size([1, 28, 28])
 * }</pre>
 */
public final class RandomRotation implements Transform<Tensor, Tensor> {
    private final double[] degrees;
    private final InterpolationMode interpolation;
    private final boolean expand;
    private final int[] center;
    private final Number[] fill;

    /** Angles in [-degrees, degrees], nearest, same size, zeros outside. */
    public RandomRotation(double degrees) { this(setupAngle(degrees), InterpolationMode.NEAREST, false, null, 0); }

    /** Angles in [degrees[0], degrees[1]]. */
    public RandomRotation(double[] degrees) { this(degrees, InterpolationMode.NEAREST, false, null, 0); }

    public RandomRotation(double degrees, InterpolationMode interpolation) { this(setupAngle(degrees), interpolation, false, null, 0); }

    /**
     * The full form: {@code center} is (x, y) in pixels or null for the centre; {@code fill} is
     * one value for all channels or one per channel (they print as given: ints as {@code 10}).
     */
    public RandomRotation(double[] degrees, InterpolationMode interpolation, boolean expand, int[] center, Number... fill) {
        if (degrees.length != 2) throw new IllegalArgumentException("degrees should be a sequence of length 2.");
        if (center != null && center.length != 2) throw new IllegalArgumentException("center should be a sequence of length 2.");
        this.degrees = degrees.clone();
        this.interpolation = interpolation;
        this.expand = expand;
        this.center = center == null ? null : center.clone();
        this.fill = fill == null || fill.length == 0 ? new Number[]{0} : fill.clone();
    }

    /** {@code _setup_angle}: a single number d means [-d, d]. */
    private static double[] setupAngle(double degrees) {
        if (degrees < 0) throw new IllegalArgumentException("If degrees is a single number, it must be positive.");
        return new double[]{-degrees, degrees};
    }

    /** {@code RandomRotation.get_params(degrees)}: the angle, a float32 uniform draw. */
    public static double getParams(double[] degrees) { return RandomDraws.uniform(degrees[0], degrees[1]); }

    @Override
    public Tensor apply(Tensor img) {
        int channels = TF.getDimensions(img)[0];
        // a single fill value becomes one per channel, as torchvision expands it for tensors
        double[] f = new double[fill.length == 1 ? channels : fill.length];
        for (int i = 0; i < f.length; i++) f[i] = fill[fill.length == 1 ? 0 : i].doubleValue();
        double angle = getParams(degrees);
        double[] c = center == null ? null : new double[]{center[0], center[1]};
        return TF.rotate(img, angle, interpolation, expand, c, f);
    }

    @Override
    public String toString() {
        return "RandomRotation(degrees=" + PyRepr.of(degrees) + ", interpolation=" + interpolation.value() + ", expand=" + PyRepr.of(expand)
                + (center != null ? ", center=" + PyRepr.of(center) : "") + ", fill=" + (fill.length == 1 ? PyRepr.of(fill[0]) : PyRepr.of(fill)) + ")";
    }
}
