package torch4j;

import java.util.Arrays;
import torch4j.backend.SpatialPrimitives;
import torch4j.storage.StorageSize;

/**
 * The kernel layer behind {@code torch4j.nn.functional.F}'s spatial ops — convolution, pooling,
 * normalisation, padding, interpolation: argument checks in PyTorch's words, then the
 * package-private kernels ({@code Convolution}, {@code Pooling}, {@code Normalization},
 * {@code Resampling}). Users call {@code F}; the arguments here are already expanded to one value
 * per spatial dimension.
 *
 * <pre>{@code
 * jshell> F.conv2d(ones(1, 1, 3, 3), ones(1, 1, 2, 2))
 * $1 ==> tensor([[[[4., 4.],
 *           [4., 4.]]]])
 * }</pre>
 */
public final class SpatialFunctions {
    private SpatialFunctions() {}

    static String sizeList(long[] shape) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) b.append(i > 0 ? ", " : "").append(shape[i]);
        return b.append(']').toString();
    }

    private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A PyTorch UserWarning, printed once per session as Python's default warning filter does. */
    private static void warnOnce(String message) {
        if (WARNED.add(message)) System.err.println("UserWarning: " + message);
    }

    /** ATen's scalar type name ({@code Float}, {@code Long}, …) for its "not implemented for" errors. */
    static String scalarName(DType t) {
        return switch (t) {
            case BOOL -> "Bool"; case UINT8 -> "Byte"; case INT8 -> "Char"; case INT16 -> "Short"; case INT32 -> "Int";
            case INT64 -> "Long"; case FLOAT32 -> "Float"; case FLOAT64 -> "Double";
        };
    }

    /** PyTorch's error for a floating-point-only kernel given another dtype. */
    static void requireFloat(Tensor x, String kernel) {
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '" + scalarName(x.dtype()) + "'");
    }

    /** PyTorch's checks that input, weight and bias of a convolution share a dtype. */
    private static void checkTypes(Tensor x, Tensor weight, Tensor bias) {
        if (x.dtype() != weight.dtype()) {
            if (x.dtype() == DType.FLOAT32 && weight.dtype() == DType.FLOAT64)
                throw new IllegalArgumentException("Input type (torch.FloatTensor) and weight type (torch.DoubleTensor) should be the same"
                        + " or input should be a MKLDNN tensor and weight is a dense tensor");
            throw new IllegalArgumentException("expected scalar type " + scalarName(x.dtype()) + " but found " + scalarName(weight.dtype()));
        }
        if (bias != null && bias.dtype() != x.dtype())
            throw new IllegalArgumentException("Input type (" + scalarName(x.dtype()).toLowerCase() + ") and bias type ("
                    + scalarName(bias.dtype()).toLowerCase() + ") should be the same");
        // ATen runs integer convolutions on a slow path; torch4j's kernels are float32/float64 GEMM
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("torch4j convolutions take float32 or float64 tensors, got " + x.dtype());
    }

    // ------------------------------------------------------------------ convolution

    /**
     * {@code F.conv1d} ({@code spatialDims} 1), {@code F.conv2d} (2) or {@code F.conv3d} (3); {@code padding} is one
     * value per spatial dim, or null with {@code paddingMode} "same" / "valid".
     */
    public static Tensor convolution(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, String paddingMode,
                                     int[] dilation, int groups, int spatialDims) {
        String name = "conv" + spatialDims + "d";
        if (x.dim() != spatialDims + 1 && x.dim() != spatialDims + 2)
            throw new IllegalArgumentException("Expected " + (spatialDims + 1) + "D (unbatched) or " + (spatialDims + 2)
                    + "D (batched) input to " + name + ", but got input of size: " + sizeList(x.shape));
        if (x.dim() == spatialDims + 1)
            return convolution(x.unsqueeze(0), weight, bias, stride, padding, paddingMode, dilation, groups, spatialDims).squeeze(0);
        checkLengths(weight, stride, padding, dilation, spatialDims);
        checkWeight(x, weight, bias, groups, false);
        checkTypes(x, weight, bias);
        if (padding == null) {
            padding = new int[spatialDims];
            if (paddingMode.equals("same")) {
                for (int s : stride) if (s != 1) throw new IllegalArgumentException("padding='same' is not supported for strided convolutions");
                // total padding d·(k − 1), the odd one out on the right (as ATen pads explicitly)
                long[] extra = new long[2 * spatialDims];
                boolean asymmetric = false;
                for (int i = 0; i < spatialDims; i++) {
                    int total = dilation[i] * ((int) weight.shape[2 + i] - 1);
                    padding[i] = total / 2;
                    extra[2 * (spatialDims - 1 - i) + 1] = total % 2;
                    asymmetric |= total % 2 != 0;
                }
                if (asymmetric) {
                    warnOnce("Using padding='same' with even kernel lengths and odd dilation may require a zero-padded copy of the input be created");
                    x = Resampling.constantPad(x, extra, 0);
                }
            } else if (!paddingMode.equals("valid")) {
                throw new IllegalArgumentException("Invalid padding string: '" + paddingMode + "'");
            }
        }
        for (int s : stride) if (s <= 0) throw new IllegalArgumentException("non-positive stride is not supported");
        for (int p : padding) if (p < 0) throw new IllegalArgumentException("negative padding is not supported");
        SpatialPrimitives.Geometry g = geometry(weight, stride, padding, dilation, spatialDims);
        StringBuilder padded = new StringBuilder(), kernel = new StringBuilder();
        boolean tooSmall = false;
        for (int i = 0; i < spatialDims; i++) {
            long p = x.shape[2 + i] + 2L * padding[i], k = (long) dilation[i] * (weight.shape[2 + i] - 1) + 1;
            tooSmall |= p < k;
            padded.append(i > 0 ? " x " : "").append(p);
            kernel.append(i > 0 ? " x " : "").append(k);
        }
        if (tooSmall)
            throw new IllegalArgumentException("Calculated padded input size per channel: (" + padded + "). Kernel size: (" + kernel
                    + "). Kernel size can't be greater than actual input size");
        return Convolution.convolution(x, weight, bias, new Convolution.Options(g, false, 0, 0, 0, groups, spatialDims));
    }

    /** {@code F.conv_transpose2d}. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding,
                                         int groups, int[] dilation) {
        return convTranspose(x, weight, bias, stride, padding, outputPadding, groups, dilation, 2);
    }

    /** {@code F.conv_transpose1d} ({@code spatialDims} 1), {@code conv_transpose2d} (2) or {@code conv_transpose3d} (3); options one value per spatial dim. */
    public static Tensor convTranspose(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding,
                                       int groups, int[] dilation, int spatialDims) {
        if (x.dim() != spatialDims + 1 && x.dim() != spatialDims + 2)
            throw new IllegalArgumentException("Expected " + (spatialDims + 1) + "D (unbatched) or " + (spatialDims + 2) + "D (batched) input to conv_transpose"
                    + spatialDims + "d, but got input of size: " + sizeList(x.shape));
        if (x.dim() == spatialDims + 1)
            return convTranspose(x.unsqueeze(0), weight, bias, stride, padding, outputPadding, groups, dilation, spatialDims).squeeze(0);
        checkLengths(weight, stride, padding, dilation, spatialDims);
        checkWeight(x, weight, bias, groups, true);
        checkTypes(x, weight, bias);
        for (int s : stride) if (s <= 0) throw new IllegalArgumentException("non-positive stride is not supported");
        for (int p : padding) if (p < 0) throw new IllegalArgumentException("negative padding is not supported");
        // ATen checks as 2-D (1-D as height 1) or 3-D, naming each dim
        int[] op = expand3(outputPadding, 0), st = expand3(stride, 1), dl = expand3(dilation, 1);
        boolean bad = false;
        for (int i = 0; i < 3; i++) bad |= op[i] >= Math.max(st[i], dl[i]);
        if (bad) {
            String[] names = {"depth", "height", "width"};
            int from = spatialDims == 3 ? 0 : 1;
            StringBuilder m = new StringBuilder("output padding must be smaller than either stride or dilation, but got");
            String[] what = {"output_padding", "stride", "dilation"};
            int[][] values = {op, st, dl};
            for (int w = 0; w < 3; w++)
                for (int i = from; i < 3; i++) m.append(' ').append(what[w]).append('_').append(names[i]).append(": ").append(values[w][i]);
            throw new IllegalArgumentException(m.toString());
        }
        SpatialPrimitives.Geometry g = geometry(weight, stride, padding, dilation, spatialDims);
        return Convolution.convolution(x, weight, bias, new Convolution.Options(g, true, op[0], op[1], op[2], groups, spatialDims));
    }

    /** Per-dim values as (depth, height, width), {@code fill} for the dims a 1-D or 2-D op lacks. */
    private static int[] expand3(int[] v, int fill) {
        int[] out = {fill, fill, fill};
        System.arraycopy(v, 0, out, 3 - v.length, v.length);
        return out;
    }

    private static SpatialPrimitives.Geometry geometry(Tensor weight, int[] stride, int[] padding, int[] dilation, int dims) {
        if (dims == 1) return new SpatialPrimitives.Geometry(1, (int) weight.shape[2], 1, stride[0], 0, padding[0], 1, dilation[0]);
        if (dims == 3)
            return new SpatialPrimitives.Geometry((int) weight.shape[2], (int) weight.shape[3], (int) weight.shape[4], stride[0], stride[1], stride[2],
                    padding[0], padding[1], padding[2], dilation[0], dilation[1], dilation[2]);
        return new SpatialPrimitives.Geometry((int) weight.shape[2], (int) weight.shape[3], stride[0], stride[1], padding[0], padding[1],
                dilation[0], dilation[1]);
    }

    private static void checkLengths(Tensor weight, int[] stride, int[] padding, int[] dilation, int dims) {
        // ATen reads the spatial dims off the weight, so a weight of the wrong rank fails the stride check
        int weightDims = Math.max(weight.dim() - 2, 0);
        if (weightDims != dims)
            throw new IllegalArgumentException("expected stride to be a single integer value or a list of " + weightDims
                    + " values to match the convolution dimensions, but got stride=" + Arrays.toString(stride));
        String[] names = {"stride", "padding", "dilation"};
        int[][] values = {stride, padding, dilation};
        for (int i = 0; i < 3; i++)
            if (values[i] != null && values[i].length != dims)
                throw new IllegalArgumentException("expected " + names[i] + " to be a single integer value or a list of " + dims
                        + " values to match the convolution dimensions, but got " + names[i] + "=" + Arrays.toString(values[i]));
    }

    private static void checkWeight(Tensor x, Tensor weight, Tensor bias, int groups, boolean transposed) {
        if (groups <= 0) throw new IllegalArgumentException("non-positive groups is not supported");
        long expectedIn = transposed ? weight.shape[0] : weight.shape[1] * groups;
        if (x.shape[1] != expectedIn)
            throw new IllegalArgumentException("Given " + (transposed ? "transposed=1" : "groups=" + groups) + ", weight of size "
                    + sizeList(weight.shape) + ", expected input" + sizeList(x.shape) + " to have " + expectedIn
                    + " channels, but got " + x.shape[1] + " channels instead");
        long outChannels = transposed ? weight.shape[1] * groups : weight.shape[0];
        if (!transposed && weight.shape[0] % groups != 0)
            throw new IllegalArgumentException("Given groups=" + groups + ", expected weight to be divisible by " + groups
                    + " at dimension 0, but got weight of size " + sizeList(weight.shape) + " instead");
        if (bias != null && (bias.dim() != 1 || bias.shape[0] != outChannels))
            throw new IllegalArgumentException("Given " + (transposed ? "transposed=1, " : "") + "weight of size " + sizeList(weight.shape)
                    + ", expected bias to be 1-dimensional with " + outChannels + " elements, but got bias of size " + sizeList(bias.shape) + " instead");
    }

    /** {@code F.unfold} (im2col): (N, C, H, W) → (N, C·kh·kw, L). Arguments per dim (height, width). */
    public static Tensor unfold(Tensor x, int[] kernel, int[] dilation, int[] padding, int[] stride) {
        if (x.dim() != 3 && x.dim() != 4) throw new IllegalArgumentException("Input Error: Only 3D or 4D input Tensors are supported (got " + x.dim() + "D)");
        return Convolution.unfold(x, new SpatialPrimitives.Geometry(kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1], dilation[0], dilation[1]));
    }

    /** {@code F.fold} (col2im): (N, C·kh·kw, L) → (N, C, outH, outW), overlapping values summed. */
    public static Tensor fold(Tensor cols, long[] outputSize, int[] kernel, int[] dilation, int[] padding, int[] stride) {
        if (cols.dim() != 2 && cols.dim() != 3) throw new IllegalArgumentException("Input Error: Only unbatched (2D) or batched (3D) input Tensors are supported (got " + cols.dim() + "D)");
        return Convolution.fold(cols, new long[]{outputSize[0], outputSize[1]},
                new SpatialPrimitives.Geometry(kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1], dilation[0], dilation[1]));
    }

    // ------------------------------------------------------------------ pooling

    private static void checkPoolInput(Tensor x, String what) {
        boolean ok = (x.dim() == 3 || x.dim() == 4) && x.numel() > 0;
        if (!ok) throw new IllegalArgumentException(what);
    }

    /**
     * The pooling kernels index one (h, w) plane with ints: a plane past an array (a broadcast
     * view) fails as the contiguous copy of x it would take, where an int cast would miscount it.
     */
    private static void requirePlaneFits(Tensor x) {
        long h = x.shape[x.dim() - 2], w = x.shape[x.dim() - 1];
        if (Math.multiplyHigh(h, w) != 0 || h * w > StorageSize.MAX_ELEMENTS) StorageSize.checkAllocatable(x.shape, x.dtype().itemSize());
    }

    private static void checkOutput(Tensor x, long oh, long ow) {
        if (oh < 1 || ow < 1) {
            long c = x.shape[x.dim() - 3];
            throw new IllegalArgumentException("Given input size: (" + c + "x" + x.shape[x.dim() - 2] + "x" + x.shape[x.dim() - 1]
                    + "). Calculated output size: (" + c + "x" + oh + "x" + ow + "). Output size is too small");
        }
    }

    private static void checkPad(int[] kernel, int[] padding) {
        for (int i = 0; i < 2; i++)
            if (padding[i] > kernel[i] / 2)
                throw new IllegalArgumentException("pad should be at most half of kernel size, but got pad=" + padding[i] + " and kernel_size=" + kernel[i]);
    }

    /** {@code F.max_pool2d(..., return_indices=True)}: {values, indices} (flat per-plane argmax). */
    public static Tensor[] maxPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        checkPoolInput(x, "non-empty 3D or 4D (batch mode) tensor expected for input");
        checkPad(kernel, padding);
        requireFloat(x, "max_pool2d");
        requirePlaneFits(x);
        for (int s : stride) if (s <= 0) throw new IllegalArgumentException("stride should be greater than zero, but got dH: " + stride[0] + " dW: " + stride[1]);
        for (int d : dilation) if (d <= 0) throw new IllegalArgumentException("dilation should be greater than zero, but got dilationH: " + dilation[0] + " dilationW: " + dilation[1]);
        int h = (int) x.shape[x.dim() - 2], w = (int) x.shape[x.dim() - 1];
        long oh = Pooling.outputSize(h, kernel[0], padding[0], stride[0], dilation[0], ceilMode);
        long ow = Pooling.outputSize(w, kernel[1], padding[1], stride[1], dilation[1], ceilMode);
        checkOutput(x, oh, ow);
        int[][] rows = Pooling.slidingWindows(h, (int) oh, kernel[0], stride[0], padding[0], dilation[0]);
        int[][] cols = Pooling.slidingWindows(w, (int) ow, kernel[1], stride[1], padding[1], dilation[1]);
        return Pooling.max(x, new SpatialPrimitives.Windows(h, w, rows[0], rows[1], dilation[0], cols[0], cols[1], dilation[1]), 2, "MaxPool2DWithIndicesBackward0");
    }

    /** {@code F.avg_pool2d}; {@code divisorOverride} 0 when not given. */
    public static Tensor avgPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad, int divisorOverride) {
        checkPoolInput(x, "non-empty 3D or 4D (batch mode) tensor expected for input");
        checkPad(kernel, padding);
        if (stride[0] <= 0 || stride[1] <= 0) throw new IllegalArgumentException("stride should be greater than zero, but got dH: " + stride[0] + " dW: " + stride[1]);
        requirePlaneFits(x);
        int h = (int) x.shape[x.dim() - 2], w = (int) x.shape[x.dim() - 1];
        int oh = (int) Pooling.outputSize(h, kernel[0], padding[0], stride[0], 1, ceilMode);
        int ow = (int) Pooling.outputSize(w, kernel[1], padding[1], stride[1], 1, ceilMode);
        checkOutput(x, oh, ow);
        // ATen: the window clipped to the padded input gives pool_size, clipped to the input the summed range
        int[] rs = new int[oh], re = new int[oh], rPadded = new int[oh], cs = new int[ow], ce = new int[ow], cPadded = new int[ow];
        clipWindows(h, kernel[0], stride[0], padding[0], rs, re, rPadded);
        clipWindows(w, kernel[1], stride[1], padding[1], cs, ce, cPadded);
        double[] divisor = new double[oh * ow];
        for (int i = 0; i < oh; i++)
            for (int j = 0; j < ow; j++)
                divisor[i * ow + j] = divisorOverride != 0 ? divisorOverride
                        : countIncludePad ? (double) rPadded[i] * cPadded[j] : (double) (re[i] - rs[i]) * (ce[j] - cs[j]);
        return Pooling.average(x, new SpatialPrimitives.Windows(h, w, rs, re, 1, cs, ce, 1), divisor, 2, "AvgPool2DBackward0");
    }

    static void clipWindows(int in, int k, int stride, int pad, int[] start, int[] end, int[] padded) {
        for (int o = 0; o < start.length; o++) {
            int s = o * stride - pad, e = Math.min(s + k, in + pad);
            padded[o] = e - s;
            start[o] = Math.max(s, 0);
            end[o] = Math.min(e, in);
        }
    }

    private static SpatialPrimitives.Windows adaptive(Tensor x, long[] outputSize, String name) {
        if (x.dim() != 3 && x.dim() != 4) throw new IllegalArgumentException(name + "(): Expected 3D or 4D tensor, but got " + sizeList(x.shape));
        requireFloat(x, name);
        requirePlaneFits(x);
        long[] outShape = x.shape.clone();   // the output size is a long until it is known to fit
        if (outputSize[0] >= 0) outShape[x.dim() - 2] = outputSize[0];
        if (outputSize[1] >= 0) outShape[x.dim() - 1] = outputSize[1];
        StorageSize.checkAllocatable(outShape, x.dtype().itemSize());
        int h = (int) x.shape[x.dim() - 2], w = (int) x.shape[x.dim() - 1];
        int oh = (int) outShape[x.dim() - 2], ow = (int) outShape[x.dim() - 1];
        int[][] rows = Pooling.adaptiveWindows(h, oh), cols = Pooling.adaptiveWindows(w, ow);
        return new SpatialPrimitives.Windows(h, w, rows[0], rows[1], 1, cols[0], cols[1], 1);
    }

    /** {@code F.adaptive_avg_pool2d}; a negative size keeps the input's (Python's None). Output 1×1 is a mean, as PyTorch. */
    public static Tensor adaptiveAvgPool2d(Tensor x, long[] outputSize) {
        SpatialPrimitives.Windows win = adaptive(x, outputSize, "adaptive_avg_pool2d");
        if (win.outH() == 1 && win.outW() == 1) return x.mean(new long[]{-1, -2}, true);
        // no divisors: the adaptive kernel divides by the window's height, then its width
        return Pooling.average(x, win, null, 2, "AdaptiveAvgPool2DBackward0");
    }

    /** {@code F.adaptive_max_pool2d(..., return_indices=True)}: {values, indices}. */
    public static Tensor[] adaptiveMaxPool2d(Tensor x, long[] outputSize) {
        return Pooling.max(x, adaptive(x, outputSize, "adaptive_max_pool2d"), 2, "AdaptiveMaxPool2DBackward0");
    }

    // ------------------------------------------------------------------ normalisation

    /** {@code F.batch_norm}; running stats, weight and bias may be null. */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                   boolean training, double momentum, double eps) {
        if (x.dim() < 2) throw new IllegalArgumentException("Expected 2D or higher input to batch_norm, but got input of size: " + sizeList(x.shape));
        requireFloat(x, "batch_norm");
        long c = x.shape[1];
        if (training) {
            long perChannel = x.numel() / Math.max(c, 1);
            if (perChannel == 1)
                throw new IllegalArgumentException("Expected more than 1 value per channel when training, got input size torch.Size(" + sizeList(x.shape) + ")");
        } else if (runningMean == null || runningVar == null) {
            throw new IllegalArgumentException("running_mean and running_var must be defined in evaluation mode");
        }
        String[] names = {"running_mean", "running_var", "weight", "bias"};
        Tensor[] given = {runningMean, runningVar, weight, bias};
        for (int i = 0; i < 4; i++)
            if (given[i] != null && given[i].numel() != c)
                throw new IllegalArgumentException(names[i] + " should contain " + c + " elements not " + given[i].numel());
        return Normalization.batchNorm(x, runningMean, runningVar, weight, bias, training, momentum, eps);
    }

    /** {@code F.layer_norm}; weight and bias (shaped normalizedShape) may be null. */
    public static Tensor layerNorm(Tensor x, long[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        int k = normalizedShape.length;
        requireFloat(x, "LayerNormKernelImpl");
        boolean ok = x.dim() >= k;
        for (int i = 0; ok && i < k; i++) ok = x.shape[x.dim() - k + i] == normalizedShape[i];
        if (!ok)
            throw new IllegalArgumentException("Given normalized_shape=" + sizeList(normalizedShape) + ", expected input with shape [*"
                    + Arrays.stream(normalizedShape).mapToObj(s -> ", " + s).reduce("", String::concat) + "], but got input of size" + sizeList(x.shape));
        if (weight != null && !Arrays.equals(weight.shape, normalizedShape))
            throw new IllegalArgumentException("Expected weight to be of same shape as normalized_shape, but got weight of shape "
                    + sizeList(weight.shape) + " and normalized_shape = " + sizeList(normalizedShape));
        if (bias != null && !Arrays.equals(bias.shape, normalizedShape))
            throw new IllegalArgumentException("Expected bias to be of same shape as normalized_shape, but got bias of shape "
                    + sizeList(bias.shape) + " and normalized_shape = " + sizeList(normalizedShape));
        return Normalization.layerNorm(x, k, weight, bias, eps);
    }

    // ------------------------------------------------------------------ padding and interpolation

    /**
     * {@code F.pad} with mode "constant", "reflect", "replicate" or "circular", checked in the order
     * of ATen 1.13's {@code pad}: the mode, the pad's length, then the mode's own kernel.
     */
    public static Tensor pad(Tensor x, long[] pad, String mode, double value) {
        boolean reflect = mode.equals("reflect"), circular = mode.equals("circular");
        if (!reflect && !circular && !mode.equals("replicate") && !mode.equals("constant"))
            throw new UnsupportedOperationException("Unrecognised padding mode " + mode);
        if (pad.length % 2 != 0) throw new IllegalArgumentException("Padding length must be divisible by 2");
        int dims = x.dim();
        if (pad.length > dims * 2) throw new IllegalArgumentException("Padding length too large");
        if (mode.equals("constant")) return Resampling.constantPad(x, pad, value);
        if (value != 0) throw new IllegalArgumentException("Padding mode \"" + mode + "\" doesn't take in value argument");
        // 2 values for 2-D/3-D input, 4 for 3-D/4-D, 6 for 4-D/5-D
        int k = pad.length / 2;
        if (k < 1 || k > 3 || (dims != k + 1 && dims != k + 2))
            throw new UnsupportedOperationException("Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
        return circular ? CircularPad.pad(x, pad) : EdgePad.pad(x, pad, reflect);
    }

    /**
     * {@code F.interpolate} for "nearest" (3-D or 4-D input) and "bilinear" (4-D); exactly one of
     * {@code size} / {@code scaleFactor} is non-null, one value per spatial dim.
     */
    public static Tensor interpolate(Tensor x, long[] size, double[] scaleFactor, String mode, Boolean alignCorners) {
        if (size == null && scaleFactor == null) throw new IllegalArgumentException("either size or scale_factor should be defined");
        if (size != null && scaleFactor != null) throw new IllegalArgumentException("only one of size or scale_factor should be defined");
        boolean nearest = mode.equals("nearest");
        if (!nearest && !mode.equals("bilinear"))
            throw new IllegalArgumentException("Input Error: torch4j interpolates with mode nearest or bilinear, got " + mode);
        if (nearest && alignCorners != null)
            throw new IllegalArgumentException("align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear");
        int dims = x.dim() - 2;
        requireFloat(x, nearest ? "compute_indices_weights_nearest" : "upsample_bilinear2d_channels_last");
        if (!nearest && dims != 2) throw new IllegalArgumentException("Got " + x.dim() + "D input, but bilinear mode needs 4D input");
        if (dims != 1 && dims != 2) throw new IllegalArgumentException("Input Error: torch4j interpolates 3D or 4D input (got " + x.dim() + "D)");
        int given = size != null ? size.length : scaleFactor.length;
        if (given != dims)
            throw new IllegalArgumentException((size != null ? "size" : "scale_factor") + " shape must match input shape. Input is " + dims + "D, "
                    + (size != null ? "size" : "scale_factor") + " is " + given);
        // sizes as longs first: an output (or an input row) past an array fails as its allocation
        // would, where an int cast would have resized to the wrong shape
        long[] outShape = x.shape.clone();
        for (int i = 0; i < dims; i++)
            outShape[2 + i] = size != null ? size[i] : (long) Math.floor(x.shape[2 + i] * scaleFactor[i]);
        StorageSize.checkAllocatable(outShape, x.dtype().itemSize());
        for (int i = 0; i < dims; i++)   // a row longer than an array cannot be resampled without copying x
            if (x.shape[2 + i] > StorageSize.MAX_ELEMENTS) StorageSize.checkAllocatable(x.shape, x.dtype().itemSize());
        Resampling.Axis[] axes = new Resampling.Axis[dims];
        for (int i = 0; i < dims; i++) {
            int in = (int) x.shape[2 + i];
            int out = (int) outShape[2 + i];
            double scale = scaleFactor != null ? scaleFactor[i] : -1;
            axes[i] = nearest ? Resampling.nearestAxis(in, out, scale)
                    : Resampling.linearAxis(in, out, alignCorners != null && alignCorners, scale, x.dtype());
        }
        String node = !nearest ? "UpsampleBilinear2DBackward1" : dims == 1 ? "UpsampleNearest1DBackward1" : "UpsampleNearest2DBackward1";
        // ATen's kernels bit for bit (BilinearKernel, InterpolateGoldenTest)
        if (!nearest) {
            boolean align = alignCorners != null && alignCorners;
            double sh = scaleFactor != null ? scaleFactor[0] : -1, sw = scaleFactor != null ? scaleFactor[1] : -1;
            return Resampling.separable(x, axes[0], axes[1], node,
                    () -> x.isMeta() ? x.newEmpty(outShape) : BilinearKernel.forward(x, (int) outShape[2], (int) outShape[3], align, sh, sw));
        }
        return dims == 1 ? Resampling.separable(x, null, axes[0], node) : Resampling.separable(x, axes[0], axes[1], node);
    }
}
