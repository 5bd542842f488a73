package torch4j.vision.transforms;

import torch4j.Tensor;
import torch4j.Torch;

/**
 * {@code transforms.RandomResizedCrop(size, scale, ratio, interpolation, antialias)}: a box of
 * random area (a fraction of the image in {@code scale}) and aspect ratio (log-uniform in
 * {@code ratio}), resized to {@code size}. The box is drawn as torchvision draws it (up to ten
 * tries of two {@code uniform_} and two {@code randint}, then the central fallback), so a seed
 * gives the same crops.
 *
 * <pre>{@code
 * jshell> var t = new RandomResizedCrop(224)
 * t ==> RandomResizedCrop(size=(224, 224), scale=(0.08, 1.0), ratio=(0.75, 1.3333), interpolation=bilinear), antialias=None)
 * jshell> manualSeed(0); RandomResizedCrop.getParams(zeros(3, 240, 320), new double[]{0.08, 1}, new double[]{3 / 4., 4 / 3.})
 * $2 ==> int[4] { 28, 84, 188, 219 }
 * }</pre>
 * (The repr's stray parenthesis after the interpolation is torchvision 0.14's.)
 */
public final class RandomResizedCrop implements Transform<Tensor, Tensor> {
    private final int[] size;
    private final String sizeRepr;
    private final double[] scale, ratio;
    private final InterpolationMode interpolation;
    private final Boolean antialias;

    /** A square output, scale (0.08, 1), ratio (3/4, 4/3), bilinear. */
    public RandomResizedCrop(int size) {
        this(new int[]{size, size}, PyRepr.tuple(size, size), new double[]{0.08, 1.0}, new double[]{3.0 / 4.0, 4.0 / 3.0}, InterpolationMode.BILINEAR, null);
    }

    public RandomResizedCrop(int size, double[] scale, double[] ratio) {
        this(new int[]{size, size}, PyRepr.tuple(size, size), scale, ratio, InterpolationMode.BILINEAR, null);
    }

    /** {@code size} is (height, width) or one value; antialias null means false for tensors. */
    public RandomResizedCrop(int[] size, double[] scale, double[] ratio, InterpolationMode interpolation, Boolean antialias) {
        this(size.length == 1 ? new int[]{size[0], size[0]} : size.clone(), size.length == 1 ? PyRepr.tuple(size[0], size[0]) : PyRepr.of(size),
                scale, ratio, interpolation, antialias);
    }

    private RandomResizedCrop(int[] size, String sizeRepr, double[] scale, double[] ratio, InterpolationMode interpolation, Boolean antialias) {
        if (size.length != 2) throw new IllegalArgumentException("Please provide only two dimensions (h, w) for size.");
        if (scale[0] > scale[1] || ratio[0] > ratio[1]) System.err.println("UserWarning: Scale and ratio should be of kind (min, max)");
        this.size = size;
        this.sizeRepr = sizeRepr;
        this.scale = scale.clone();
        this.ratio = ratio.clone();
        this.interpolation = interpolation;
        this.antialias = antialias;
    }

    /** {@code RandomResizedCrop.get_params(img, scale, ratio)}: {top, left, height, width}. */
    public static int[] getParams(Tensor img, double[] scale, double[] ratio) {
        int[] d = TF.getDimensions(img);
        int height = d[1], width = d[2];
        int area = height * width;
        // torch.log(torch.tensor(ratio)): the bounds become float32 before the log
        Tensor logRatio = Torch.tensor(ratio, torch4j.DType.FLOAT32).log();
        double lr0 = logRatio.get(0).item(), lr1 = logRatio.get(1).item();
        for (int attempt = 0; attempt < 10; attempt++) {
            double targetArea = area * RandomDraws.uniform(scale[0], scale[1]);
            double aspectRatio = RandomDraws.expUniform(lr0, lr1);
            int w = (int) Math.rint(Math.sqrt(targetArea * aspectRatio));   // Python's round(): halves to even
            int h = (int) Math.rint(Math.sqrt(targetArea / aspectRatio));
            if (0 < w && w <= width && 0 < h && h <= height) {
                int i = RandomDraws.randint(0, height - h + 1);
                int j = RandomDraws.randint(0, width - w + 1);
                return new int[]{i, j, h, w};
            }
        }
        double inRatio = (double) width / height;
        int w, h;
        if (inRatio < Math.min(ratio[0], ratio[1])) {
            w = width;
            h = (int) Math.rint(w / Math.min(ratio[0], ratio[1]));
        } else if (inRatio > Math.max(ratio[0], ratio[1])) {
            h = height;
            w = (int) Math.rint(h * Math.max(ratio[0], ratio[1]));
        } else {
            w = width;
            h = height;
        }
        return new int[]{(height - h) / 2, (width - w) / 2, h, w};
    }

    @Override
    public Tensor apply(Tensor img) {
        int[] box = getParams(img, scale, ratio);
        return TF.resizedCrop(img, box[0], box[1], box[2], box[3], size, interpolation, antialias);
    }

    @Override
    public String toString() {
        return "RandomResizedCrop(size=" + sizeRepr + ", scale=" + PyRepr.tuple(PyRepr.round(scale[0], 4), PyRepr.round(scale[1], 4))
                + ", ratio=" + PyRepr.tuple(PyRepr.round(ratio[0], 4), PyRepr.round(ratio[1], 4)) + ", interpolation=" + interpolation.value()
                + "), antialias=" + PyRepr.of(antialias) + ")";
    }
}
