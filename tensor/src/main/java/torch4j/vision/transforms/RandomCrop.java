package torch4j.vision.transforms;

import torch4j.Tensor;

/**
 * {@code transforms.RandomCrop(size, padding, pad_if_needed, fill, padding_mode)}: pads first if
 * asked, then crops a (height, width) box at a position drawn with two {@code torch.randint}
 * calls (row, then column) from the global generator, as torchvision does.
 *
 * <pre>{@code
 * jshell> var t = new RandomCrop(32, 4)              // CIFAR's augmentation
 * t ==> RandomCrop(size=(32, 32), padding=4)
 * jshell> t.apply(rand(3, 32, 32)).shape()
 * $2 ==> torch.Size([3, 32, 32])
 * }</pre>
 */
public final class RandomCrop implements Transform<Tensor, Tensor> {
    private final int[] size;
    private final int[] padding;
    private final String paddingRepr;
    private final boolean padIfNeeded;
    private final Number fill;
    private final String paddingMode;

    /** A square crop, no padding. */
    public RandomCrop(int size) { this(new int[]{size, size}, null, "None", false, 0, "constant"); }

    /** A square crop after padding every side by {@code padding}. */
    public RandomCrop(int size, int padding) { this(new int[]{size, size}, new int[]{padding}, Integer.toString(padding), false, 0, "constant"); }

    /**
     * The full form. {@code size} is (height, width) or one value; {@code padding} is null, or 1,
     * 2 or 4 values as {@link Pad} takes them; {@code padIfNeeded} pads an image smaller than the
     * crop (width: both sides by the shortfall, then height likewise).
     */
    public RandomCrop(int[] size, int[] padding, boolean padIfNeeded, Number fill, String paddingMode) {
        this(size.length == 1 ? new int[]{size[0], size[0]} : size.clone(), padding == null ? null : padding.clone(),
                PyRepr.of(padding), padIfNeeded, fill, paddingMode);
    }

    private RandomCrop(int[] size, int[] padding, String paddingRepr, boolean padIfNeeded, Number fill, String paddingMode) {
        if (size.length != 2) throw new IllegalArgumentException("Please provide only two dimensions (h, w) for size.");
        this.size = size;
        this.padding = padding;
        this.paddingRepr = paddingRepr;
        this.padIfNeeded = padIfNeeded;
        this.fill = fill;
        this.paddingMode = paddingMode;
    }

    /**
     * {@code RandomCrop.get_params(img, output_size)}: {top, left, height, width} of a random box,
     * for cropping images and their masks alike.
     */
    public static int[] getParams(Tensor img, int[] outputSize) {
        int[] d = TF.getDimensions(img);
        int h = d[1], w = d[2], th = outputSize[0], tw = outputSize[1];
        if (h < th || w < tw)
            throw new IllegalArgumentException("Required crop size " + PyRepr.tuple(th, tw) + " is larger than input image size " + PyRepr.tuple(h, w));
        if (w == tw && h == th) return new int[]{0, 0, h, w};
        int i = RandomDraws.randint(0, h - th + 1);
        int j = RandomDraws.randint(0, w - tw + 1);
        return new int[]{i, j, th, tw};
    }

    @Override
    public Tensor apply(Tensor img) {
        double f = fill.doubleValue();
        if (padding != null) img = TF.pad(img, padding, f, paddingMode);
        int[] d = TF.getDimensions(img);
        if (padIfNeeded && d[2] < size[1]) img = TF.pad(img, new int[]{size[1] - d[2], 0}, f, paddingMode);
        if (padIfNeeded && d[1] < size[0]) img = TF.pad(img, new int[]{0, size[0] - d[1]}, f, paddingMode);
        int[] box = getParams(img, size);
        return TF.crop(img, box[0], box[1], box[2], box[3]);
    }

    @Override
    public String toString() { return "RandomCrop(size=" + PyRepr.tuple(size) + ", padding=" + paddingRepr + ")"; }
}
