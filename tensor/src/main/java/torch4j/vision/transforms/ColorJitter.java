package torch4j.vision.transforms;

import torch4j.Tensor;

/**
 * {@code transforms.ColorJitter(brightness, contrast, saturation, hue)}: each call draws an order
 * ({@code torch.randperm(4)}) and a factor per enabled adjustment ({@code uniform_}, in the order
 * brightness, contrast, saturation, hue), as torchvision does, then applies them in that order.
 * A number b means the range [max(0, 1 - b), 1 + b] (hue: [-h, h]); 0 disables an adjustment.
 *
 * <pre>{@code
 * jshell> var t = new ColorJitter(0.4, 0.4, 0.4, 0.1)
 * t ==> ColorJitter(brightness=[0.6, 1.4], contrast=[0.6, 1.4], saturation=[0.6, 1.4], hue=[-0.1, 0.1])
 * jshell> t.apply(rand(3, 8, 8)).shape()
 * $2 ==> torch.Size([3, 8, 8])
 * }</pre>
 */
public final class ColorJitter implements Transform<Tensor, Tensor> {
    private final double[] brightness, contrast, saturation, hue;

    /** All off: the image passes unchanged (the order is still drawn). */
    public ColorJitter() { this(0, 0, 0, 0); }

    public ColorJitter(double brightness) { this(brightness, 0, 0, 0); }

    public ColorJitter(double brightness, double contrast) { this(brightness, contrast, 0, 0); }

    public ColorJitter(double brightness, double contrast, double saturation) { this(brightness, contrast, saturation, 0); }

    public ColorJitter(double brightness, double contrast, double saturation, double hue) {
        this.brightness = checkInput(brightness, "brightness", 1, true);
        this.contrast = checkInput(contrast, "contrast", 1, true);
        this.saturation = checkInput(saturation, "saturation", 1, true);
        this.hue = checkInput(hue, "hue", 0, false);
    }

    /** Explicit [min, max] ranges; null leaves an adjustment off. Hue must lie in [-0.5, 0.5]. */
    public ColorJitter(double[] brightness, double[] contrast, double[] saturation, double[] hue) {
        this.brightness = checkRange(brightness, "brightness", 1, 0, Double.POSITIVE_INFINITY);
        this.contrast = checkRange(contrast, "contrast", 1, 0, Double.POSITIVE_INFINITY);
        this.saturation = checkRange(saturation, "saturation", 1, 0, Double.POSITIVE_INFINITY);
        this.hue = checkRange(hue, "hue", 0, -0.5, 0.5);
    }

    /** {@code _check_input} for a number. */
    private static double[] checkInput(double value, String name, double center, boolean clipFirstOnZero) {
        if (value < 0) throw new IllegalArgumentException("If " + name + " is a single number, it must be non negative.");
        double[] range = {center - value, center + value};
        if (clipFirstOnZero) range[0] = Math.max(range[0], 0.0);
        return range[0] == range[1] && range[0] == center ? null : range;
    }

    /** {@code _check_input} for a (min, max) pair. */
    private static double[] checkRange(double[] value, String name, double center, double lo, double hi) {
        if (value == null) return null;
        if (value.length != 2) throw new IllegalArgumentException(name + " should be a single number or a list/tuple with length 2.");
        if (!(lo <= value[0] && value[0] <= value[1] && value[1] <= hi))
            throw new IllegalArgumentException(name + " values should be between " + PyRepr.tuple(lo, hi));
        return value[0] == value[1] && value[0] == center ? null : value.clone();
    }

    /**
     * {@code ColorJitter.get_params}: the order (a permutation of 0..3: brightness, contrast,
     * saturation, hue) and the factors, NaN for an adjustment that is off.
     */
    public static Params getParams(double[] brightness, double[] contrast, double[] saturation, double[] hue) {
        long[] order = RandomDraws.randperm(4);
        double b = brightness == null ? Double.NaN : RandomDraws.uniform(brightness[0], brightness[1]);
        double c = contrast == null ? Double.NaN : RandomDraws.uniform(contrast[0], contrast[1]);
        double s = saturation == null ? Double.NaN : RandomDraws.uniform(saturation[0], saturation[1]);
        double h = hue == null ? Double.NaN : RandomDraws.uniform(hue[0], hue[1]);
        return new Params(order, b, c, s, h);
    }

    /** The draws of one call: the order of the four adjustments and their factors (NaN: off). */
    public record Params(long[] order, double brightness, double contrast, double saturation, double hue) {}

    @Override
    public Tensor apply(Tensor img) {
        Params p = getParams(brightness, contrast, saturation, hue);
        for (long fn : p.order()) {
            if (fn == 0 && brightness != null) img = TF.adjustBrightness(img, p.brightness());
            else if (fn == 1 && contrast != null) img = TF.adjustContrast(img, p.contrast());
            else if (fn == 2 && saturation != null) img = TF.adjustSaturation(img, p.saturation());
            else if (fn == 3 && hue != null) img = TF.adjustHue(img, p.hue());
        }
        return img;
    }

    @Override
    public String toString() {
        return "ColorJitter(brightness=" + PyRepr.of(brightness) + ", contrast=" + PyRepr.of(contrast) + ", saturation=" + PyRepr.of(saturation)
                + ", hue=" + PyRepr.of(hue) + ")";
    }
}
