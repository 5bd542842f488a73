package torch4j.vision.transforms;

import java.awt.image.BufferedImage;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * {@code torchvision.transforms.functional} (imported as {@code TF} by convention): the
 * deterministic image operations behind the transform classes, for tensors shaped (..., C, H, W)
 * (or (H, W) where noted). Results equal torchvision 0.14's tensor path bit for bit.
 *
 * <pre>{@code
 * jshell> var img = TF.toTensor(javax.imageio.ImageIO.read(new File("cat.png")))   // (3, H, W) in [0, 1]
 * jshell> TF.hflip(TF.centerCrop(img, 224)).shape()
 * $2 ==> torch.Size([3, 224, 224])
 * }</pre>
 */
public final class TF {
    private TF() {}

    // ---------------------------------------------------------------- conversions

    /**
     * {@code to_tensor}: a BufferedImage as a float32 (C, H, W) tensor in [0, 1]; a Java array laid
     * out (H, W) or (H, W, C) as (C, H, W) (byte arrays are uint8 pixels and get scaled, other
     * element types keep their values).
     *
     * <pre>{@code
     * jshell> TF.toTensor(new byte[][]{{0, (byte) 255}})
     * $1 ==> tensor([[[0., 1.]]])
     * }</pre>
     */
    public static Tensor toTensor(Object pic) { return ImageConversion.toTensor(pic); }

    /** {@code pil_to_tensor}: the pixels as they are, uint8 (C, H, W). */
    public static Tensor pilToTensor(BufferedImage pic) { return ImageConversion.pilToTensor(pic); }

    /** {@code to_pil_image(pic)}: a (C, H, W) / (H, W) tensor or (H, W, C) array as an 8-bit L, LA, RGB or RGBA image. */
    public static BufferedImage toPILImage(Object pic) { return ImageConversion.toPILImage(pic, null); }

    /** {@code to_pil_image(pic, mode)} with the mode checked against the channels as torchvision does. */
    public static BufferedImage toPILImage(Object pic, String mode) { return ImageConversion.toPILImage(pic, mode); }

    /**
     * {@code convert_image_dtype}: between uint8-style integer ranges and [0, 1] floats.
     *
     * <pre>{@code
     * jshell> TF.convertImageDtype(tensor(0., 0.5, 1.), uint8)
     * $1 ==> tensor([  0, 127, 255], dtype=torch.uint8)
     * }</pre>
     */
    public static Tensor convertImageDtype(Tensor image, DType dtype) { return ImageConversion.convertImageDtype(image, dtype); }

    /** {@code get_dimensions}: [channels, height, width]. */
    public static int[] getDimensions(Tensor img) { return Geometry.dims(img); }

    // ---------------------------------------------------------------- normalize

    /** {@code normalize(tensor, mean, std)}: (x - mean) / std per channel, on a copy. */
    public static Tensor normalize(Tensor tensor, double[] mean, double[] std) { return normalize(tensor, mean, std, false); }

    /**
     * {@code normalize(tensor, mean, std, inplace)}; mean and std are rounded to the tensor's dtype first.
     *
     * <pre>{@code
     * jshell> TF.normalize(full(new long[]{1, 1, 2}, 0.75), new double[]{0.5}, new double[]{0.25})
     * $1 ==> tensor([[[1., 1.]]])
     * }</pre>
     */
    public static Tensor normalize(Tensor tensor, double[] mean, double[] std, boolean inplace) {
        checkNormalizeInput(tensor);
        Tensor[] ms = normalizeOperands(mean, std, tensor.dtype());
        return normalize(tensor, ms[0], ms[1], inplace);
    }

    /** mean and std as (C, 1, 1) tensors of {@code dtype}, refusing a std that rounds to zero. */
    static Tensor[] normalizeOperands(double[] mean, double[] std, DType dtype) {
        Tensor m = Torch.tensor(mean, dtype), s = Torch.tensor(std, dtype);
        if (s.eq(0L).any().booleanValue())
            throw new IllegalArgumentException("std evaluated to zero after conversion to " + dtype + ", leading to division by zero.");
        return new Tensor[]{m.view(-1, 1, 1), s.view(-1, 1, 1)};
    }

    /** normalize with operands made by {@link #normalizeOperands}: {@code tensor.sub_(mean).div_(std)} on a copy unless inplace. */
    static Tensor normalize(Tensor tensor, Tensor mean, Tensor std, boolean inplace) {
        checkNormalizeInput(tensor);
        Tensor t = inplace ? tensor : tensor.clone();
        return t.sub_(mean).div_(std);
    }

    private static void checkNormalizeInput(Tensor tensor) {
        Geometry.assertImage(tensor);
        if (!tensor.isFloatingPoint()) throw new IllegalArgumentException("Input tensor should be a float tensor. Got " + tensor.dtype() + ".");
        if (tensor.dim() < 3)
            throw new IllegalArgumentException("Expected tensor to be a tensor image of size (..., C, H, W). Got tensor.size() = " + tensor.shape());
    }

    // ---------------------------------------------------------------- geometry

    /** {@code resize(img, size)}: the smaller edge becomes {@code size}, bilinear, no antialias (0.14's tensor default). */
    public static Tensor resize(Tensor img, int size) { return resize(img, new int[]{size}, InterpolationMode.BILINEAR, null, null); }

    /** {@code resize(img, [h, w])}, or one value for the smaller edge. */
    public static Tensor resize(Tensor img, int[] size) { return resize(img, size, InterpolationMode.BILINEAR, null, null); }

    /**
     * {@code resize(img, size, interpolation, max_size, antialias)}. One size value sets the
     * smaller edge (the other keeps the aspect ratio, then the longer edge is capped at maxSize);
     * uint8 images are resized in float32 and rounded back. {@code antialias} null means false.
     *
     * <pre>{@code
     * jshell> TF.resize(rand(3, 40, 60), new int[]{20}, InterpolationMode.BILINEAR, null, true).shape()
     * $1 ==> torch.Size([3, 20, 30])
     * }</pre>
     */
    public static Tensor resize(Tensor img, int[] size, InterpolationMode interpolation, Integer maxSize, Boolean antialias) {
        return Interpolation.resize(img, size, interpolation, maxSize, antialias);
    }

    /** {@code crop(img, top, left, height, width)}; outside the image is zeros. A view when inside. */
    public static Tensor crop(Tensor img, int top, int left, int height, int width) { return Geometry.crop(img, top, left, height, width); }

    /** {@code center_crop(img, output_size)}: one value for a square, or [h, w]; zero-padded when larger than the image. */
    public static Tensor centerCrop(Tensor img, int... outputSize) { return Geometry.centerCrop(img, outputSize); }

    /** {@code resized_crop}: crop, then resize to {@code size}. */
    public static Tensor resizedCrop(Tensor img, int top, int left, int height, int width, int[] size, InterpolationMode interpolation,
                                     Boolean antialias) {
        return resize(crop(img, top, left, height, width), size, interpolation, null, antialias);
    }

    /** {@code pad(img, padding)} with zeros: 1 value for all sides, 2 for left/right and top/bottom, 4 for left, top, right, bottom. */
    public static Tensor pad(Tensor img, int... padding) { return Geometry.pad(img, padding, 0, "constant"); }

    /**
     * {@code pad(img, padding, fill, padding_mode)}: "constant" (with fill), "edge", "reflect"
     * (mirrors without the edge pixel) or "symmetric" (with it; negative values crop).
     *
     * <pre>{@code
     * jshell> TF.pad(tensor(1., 2., 3.).view(1, 1, 3), new int[]{2, 0}, 0, "symmetric")
     * $1 ==> tensor([[[2., 1., 1., 2., 3., 3., 2.]]])
     * }</pre>
     */
    public static Tensor pad(Tensor img, int[] padding, double fill, String paddingMode) { return Geometry.pad(img, padding, fill, paddingMode); }

    /** {@code hflip}: left-right mirror (a copy). */
    public static Tensor hflip(Tensor img) { return Geometry.flip(img, -1); }

    /** {@code vflip}: top-bottom mirror (a copy). */
    public static Tensor vflip(Tensor img) { return Geometry.flip(img, -2); }

    /** {@code rotate(img, angle)}: counter-clockwise in degrees about the centre, nearest pixel, same size, zeros outside. */
    public static Tensor rotate(Tensor img, double angle) { return rotate(img, angle, InterpolationMode.NEAREST, false, null, null); }

    /**
     * {@code rotate(img, angle, interpolation, expand, center, fill)}: {@code expand} grows the
     * output to hold the whole rotated image; {@code center} is (x, y) in pixels (null: the
     * centre); {@code fill} is one value or one per channel for the area outside (null: zeros).
     *
     * <pre>{@code
     * jshell> TF.rotate(rand(3, 20, 30), 90, InterpolationMode.BILINEAR, true, null, null).shape()
     * $1 ==> torch.Size([3, 30, 20])
     * }</pre>
     */
    public static Tensor rotate(Tensor img, double angle, InterpolationMode interpolation, boolean expand, double[] center, double[] fill) {
        return Rotation.rotate(img, angle, interpolation, expand, center, fill);
    }

    // ---------------------------------------------------------------- colour

    /** {@code rgb_to_grayscale(img, num_output_channels)}: luma 0.2989 R + 0.587 G + 0.114 B, 1 or 3 channels. */
    public static Tensor rgbToGrayscale(Tensor img, int numOutputChannels) { return Color.rgbToGrayscale(img, numOutputChannels); }

    /** {@code adjust_brightness}: scales towards black (0) or beyond (factor > 1), clamped. */
    public static Tensor adjustBrightness(Tensor img, double brightnessFactor) { return Color.adjustBrightness(img, brightnessFactor); }

    /** {@code adjust_contrast}: blends with the mean grey level. */
    public static Tensor adjustContrast(Tensor img, double contrastFactor) { return Color.adjustContrast(img, contrastFactor); }

    /** {@code adjust_saturation}: blends with the grey image (0 gives grey, 1 the image). */
    public static Tensor adjustSaturation(Tensor img, double saturationFactor) { return Color.adjustSaturation(img, saturationFactor); }

    /** {@code adjust_hue}: turns the hue by {@code hueFactor} of a full turn, in [-0.5, 0.5]. */
    public static Tensor adjustHue(Tensor img, double hueFactor) { return Color.adjustHue(img, hueFactor); }
}
