package torch4j.nn.functional;

import torch4j.SpatialFunctions;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The spatial half of {@link F} (convolution, pooling, normalisation, padding, interpolation), kept
 * in its own file for size. Users call these as {@code F.conv2d(...)}: F inherits them.
 */
class SpatialF extends PoolF {
    SpatialF() {}

    // ================================================================ spatial ops (helper `spatial`)
    // convolution, pooling, normalisation, padding, interpolation; kernels in torch4j.SpatialFunctions

    private static int[] pair(int v) { return new int[]{v, v}; }

    private static int[] one(int v) { return new int[]{v}; }

    /**
     * {@code F.conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)} on
     * (N, C, H, W) or unbatched (C, H, W) input with weight (out, C / groups, kh, kw). Node
     * {@code ConvolutionBackward0}.
     *
     * <pre>{@code
     * jshell> F.conv2d(ones(1, 1, 3, 3), ones(1, 1, 2, 2))
     * $1 ==> tensor([[[[4., 4.],
     *           [4., 4.]]]])
     * }</pre>
     *
     * @throws IllegalArgumentException in PyTorch's words, e.g. "Given groups=1, weight of size [6, 1, 5, 5],
     *         expected input[64, 3, 28, 28] to have 1 channels, but got 3 channels instead"
     */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups) {
        return SpatialFunctions.convolution(input, weight, bias, stride, padding, null, dilation, groups, 2);
    }

    /** {@code F.conv2d(input, weight, bias, stride, padding, dilation, groups)} with one value for both dims. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation, int groups) {
        return conv2d(input, weight, bias, pair(stride), pair(padding), pair(dilation), groups);
    }

    /** {@code F.conv2d(input, weight, bias, stride, padding)}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
        return conv2d(input, weight, bias, stride, padding, 1, 1);
    }

    /** {@code F.conv2d(input, weight, bias, stride)}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int stride) { return conv2d(input, weight, bias, stride, 0, 1, 1); }

    /** {@code F.conv2d(input, weight, bias)}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias) { return conv2d(input, weight, bias, 1, 0, 1, 1); }

    /** {@code F.conv2d(input, weight)}: no bias. */
    public static Tensor conv2d(Tensor input, Tensor weight) { return conv2d(input, weight, null, 1, 0, 1, 1); }

    /** {@code F.conv2d(x, w, b, stride=(2, 1))}: per-dim strides. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride) { return conv2d(input, weight, bias, stride, pair(0), pair(1), 1); }

    /** {@code F.conv2d(x, w, b, (2, 1), (1, 0))}: per-dim strides and padding. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding) {
        return conv2d(input, weight, bias, stride, padding, pair(1), 1);
    }

    /**
     * {@code F.conv2d(input, weight, bias, stride, padding="same" | "valid", dilation, groups)}:
     * "same" pads so the output keeps the input's size (stride 1 only), the odd extra on the right
     * and bottom as PyTorch; "valid" is no padding.
     *
     * <pre>{@code
     * jshell> F.conv2d(ones(1, 1, 3, 3), ones(1, 1, 3, 3), null, "same").shape()
     * $1 ==> torch.Size([1, 1, 3, 3])
     * }</pre>
     */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation, int groups) {
        return SpatialFunctions.convolution(input, weight, bias, stride, null, padding, dilation, groups, 2);
    }

    /** {@code F.conv2d(input, weight, bias, padding="same" | "valid")}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, String padding) {
        return conv2d(input, weight, bias, pair(1), padding, pair(1), 1);
    }

    /**
     * {@code F.conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)} on
     * (N, C, L) or unbatched (C, L) input with weight (out, C / groups, k).
     *
     * <pre>{@code
     * jshell> F.conv1d(ones(1, 1, 4), ones(1, 1, 2))
     * $1 ==> tensor([[[2., 2., 2.]]])
     * }</pre>
     */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation, int groups) {
        return SpatialFunctions.convolution(input, weight, bias, one(stride), one(padding), null, one(dilation), groups, 1);
    }

    /** {@code F.conv1d(input, weight, bias, stride, padding="same" | "valid", dilation, groups)}. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, String padding, int dilation, int groups) {
        return SpatialFunctions.convolution(input, weight, bias, one(stride), null, padding, one(dilation), groups, 1);
    }

    /** {@code F.conv1d(input, weight, bias, stride, padding)}. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) { return conv1d(input, weight, bias, stride, padding, 1, 1); }

    /** {@code F.conv1d(input, weight, bias)}. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias) { return conv1d(input, weight, bias, 1, 0, 1, 1); }

    /** {@code F.conv1d(input, weight)}: no bias. */
    public static Tensor conv1d(Tensor input, Tensor weight) { return conv1d(input, weight, null, 1, 0, 1, 1); }

    /**
     * {@code F.conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0,
     * groups=1, dilation=1)} with weight (C, out / groups, kh, kw): the gradient of conv2d with
     * respect to its input, used to upsample. Output size (H − 1)·stride − 2·padding +
     * dilation·(k − 1) + output_padding + 1.
     *
     * <pre>{@code
     * jshell> F.convTranspose2d(ones(1, 1, 2, 2), ones(1, 1, 2, 2))
     * $1 ==> tensor([[[[1., 2., 1.],
     *           [2., 4., 2.],
     *           [1., 2., 1.]]]])
     * }</pre>
     */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding,
                                         int groups, int[] dilation) {
        return SpatialFunctions.convTranspose2d(input, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /** {@code F.conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation)}, one value for both dims. */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int outputPadding, int groups, int dilation) {
        return convTranspose2d(input, weight, bias, pair(stride), pair(padding), pair(outputPadding), groups, pair(dilation));
    }

    /** {@code F.conv_transpose2d(input, weight, bias, stride, padding)}. */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
        return convTranspose2d(input, weight, bias, stride, padding, 0, 1, 1);
    }

    /** {@code F.conv_transpose2d(input, weight, bias)}. */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias) { return convTranspose2d(input, weight, bias, 1, 0, 0, 1, 1); }

    /** {@code F.conv_transpose2d(input, weight)}: no bias. */
    public static Tensor convTranspose2d(Tensor input, Tensor weight) { return convTranspose2d(input, weight, null, 1, 0, 0, 1, 1); }

    /**
     * {@code F.unfold(input, kernel_size, dilation=1, padding=0, stride=1)} (im2col): every
     * kernel window of (N, C, H, W) as a column of (N, C·kh·kw, L). Node {@code Im2ColBackward0}.
     *
     * <pre>{@code
     * jshell> F.unfold(arange(4.).view(1, 1, 2, 2), 1)
     * $1 ==> tensor([[[0., 1., 2., 3.]]])
     * }</pre>
     */
    public static Tensor unfold(Tensor input, int[] kernelSize, int[] dilation, int[] padding, int[] stride) {
        return SpatialFunctions.unfold(input, kernelSize, dilation, padding, stride);
    }

    /** {@code F.unfold(input, kernel_size)}. */
    public static Tensor unfold(Tensor input, int kernelSize) { return unfold(input, pair(kernelSize), pair(1), pair(0), pair(1)); }

    /**
     * {@code F.fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1)} (col2im):
     * the inverse arrangement of {@link #unfold}, summing overlapping values. Node {@code Col2ImBackward0}.
     *
     * <pre>{@code
     * jshell> F.fold(ones(1, 4, 4), new long[]{3, 3}, 2)
     * $1 ==> tensor([[[[1., 2., 1.],
     *           [2., 4., 2.],
     *           [1., 2., 1.]]]])
     * }</pre>
     */
    public static Tensor fold(Tensor input, long[] outputSize, int[] kernelSize, int[] dilation, int[] padding, int[] stride) {
        return SpatialFunctions.fold(input, outputSize, kernelSize, dilation, padding, stride);
    }

    /** {@code F.fold(input, output_size, kernel_size)}. */
    public static Tensor fold(Tensor input, long[] outputSize, int kernelSize) { return fold(input, outputSize, pair(kernelSize), pair(1), pair(0), pair(1)); }

    /**
     * {@code F.max_pool2d(input, kernel_size, stride=kernel_size, padding=0, dilation=1,
     * ceil_mode=False)} on (N, C, H, W) or (C, H, W). Node {@code MaxPool2DWithIndicesBackward0}.
     *
     * <pre>{@code
     * jshell> F.maxPool2d(arange(16.).view(1, 1, 4, 4), 2)
     * $1 ==> tensor([[[[ 5.,  7.],
     *           [13., 15.]]]])
     * }</pre>
     */
    public static Tensor maxPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        return SpatialFunctions.maxPool2d(input, kernelSize, stride == null ? kernelSize : stride, padding, dilation, ceilMode)[0];
    }

    /** {@code F.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode)}, one value for both dims. */
    public static Tensor maxPool2d(Tensor input, int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        return maxPool2d(input, pair(kernelSize), pair(stride), pair(padding), pair(dilation), ceilMode);
    }

    /** {@code F.max_pool2d(input, kernel_size, stride, padding)}. */
    public static Tensor maxPool2d(Tensor input, int kernelSize, int stride, int padding) { return maxPool2d(input, kernelSize, stride, padding, 1, false); }

    /** {@code F.max_pool2d(input, kernel_size, stride)}. */
    public static Tensor maxPool2d(Tensor input, int kernelSize, int stride) { return maxPool2d(input, kernelSize, stride, 0, 1, false); }

    /** {@code F.max_pool2d(input, kernel_size)}: stride = kernel size. */
    public static Tensor maxPool2d(Tensor input, int kernelSize) { return maxPool2d(input, kernelSize, kernelSize, 0, 1, false); }

    /** {@code F.max_pool2d(x, (2, 2))}: a (height, width) kernel; stride = kernel size. */
    public static Tensor maxPool2d(Tensor input, int[] kernelSize) { return maxPool2d(input, kernelSize, kernelSize, pair(0), pair(1), false); }

    /** {@code F.max_pool2d(x, (3, 3), (2, 2))}. */
    public static Tensor maxPool2d(Tensor input, int[] kernelSize, int[] stride) { return maxPool2d(input, kernelSize, stride, pair(0), pair(1), false); }

    /** {@code F.max_pool2d(x, (3, 3), (2, 2), (1, 1))}. */
    public static Tensor maxPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding) {
        return maxPool2d(input, kernelSize, stride, padding, pair(1), false);
    }

    /**
     * {@code F.max_pool2d_with_indices} ({@code max_pool2d(..., return_indices=True)}): the
     * pooled values and, for each, the flat index (row·W + column) of the maximum in its plane.
     *
     * <pre>{@code
     * jshell> F.maxPool2dWithIndices(arange(16.).view(1, 1, 4, 4), 2).get(1)
     * $1 ==> tensor([[[[ 5,  7],
     *           [13, 15]]]])
     * }</pre>
     */
    public static java.util.List<Tensor> maxPool2dWithIndices(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        return java.util.List.of(SpatialFunctions.maxPool2d(input, kernelSize, stride == null ? kernelSize : stride, padding, dilation, ceilMode));
    }

    /** {@code F.max_pool2d_with_indices(input, kernel_size)}. */
    public static java.util.List<Tensor> maxPool2dWithIndices(Tensor input, int kernelSize) {
        return maxPool2dWithIndices(input, pair(kernelSize), null, pair(0), pair(1), false);
    }

    /**
     * {@code F.avg_pool2d(input, kernel_size, stride=kernel_size, padding=0, ceil_mode=False,
     * count_include_pad=True, divisor_override=None)}; {@code divisorOverride} null when not
     * given. Node {@code AvgPool2DBackward0}.
     *
     * <pre>{@code
     * jshell> F.avgPool2d(arange(16.).view(1, 1, 4, 4), 2)
     * $1 ==> tensor([[[[ 2.5000,  4.5000],
     *           [10.5000, 12.5000]]]])
     * }</pre>
     */
    public static Tensor avgPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad,
                                   Integer divisorOverride) {
        if (divisorOverride != null && divisorOverride == 0) throw new IllegalArgumentException("divisor must be not zero");
        return SpatialFunctions.avgPool2d(input, kernelSize, stride == null ? kernelSize : stride, padding, ceilMode, countIncludePad,
                divisorOverride == null ? 0 : divisorOverride);
    }

    /** {@code F.avg_pool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad)}, one value for both dims. */
    public static Tensor avgPool2d(Tensor input, int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
        return avgPool2d(input, pair(kernelSize), pair(stride), pair(padding), ceilMode, countIncludePad, null);
    }

    /** {@code F.avg_pool2d(input, kernel_size, stride, padding)}. */
    public static Tensor avgPool2d(Tensor input, int kernelSize, int stride, int padding) { return avgPool2d(input, kernelSize, stride, padding, false, true); }

    /** {@code F.avg_pool2d(input, kernel_size, stride)}. */
    public static Tensor avgPool2d(Tensor input, int kernelSize, int stride) { return avgPool2d(input, kernelSize, stride, 0, false, true); }

    /** {@code F.avg_pool2d(input, kernel_size)}: stride = kernel size. */
    public static Tensor avgPool2d(Tensor input, int kernelSize) { return avgPool2d(input, kernelSize, kernelSize, 0, false, true); }

    /** {@code F.avg_pool2d(x, (2, 2))}: a (height, width) kernel; stride = kernel size. */
    public static Tensor avgPool2d(Tensor input, int[] kernelSize) { return avgPool2d(input, kernelSize, kernelSize, pair(0), false, true, null); }

    /** {@code F.avg_pool2d(x, (3, 3), (2, 2))}. */
    public static Tensor avgPool2d(Tensor input, int[] kernelSize, int[] stride) { return avgPool2d(input, kernelSize, stride, pair(0), false, true, null); }

    /** {@code F.avg_pool2d(x, (3, 3), (2, 2), (1, 1))}. */
    public static Tensor avgPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding) {
        return avgPool2d(input, kernelSize, stride, padding, false, true, null);
    }

    /**
     * {@code F.adaptive_avg_pool2d(input, output_size)}: output row o averages input rows
     * [⌊o·H/out⌋, ⌈(o+1)·H/out⌉), the same for columns; a negative size keeps the input's
     * (Python's None). Node {@code AdaptiveAvgPool2DBackward0} (an output of 1×1 is a mean,
     * {@code MeanBackward1}, as in PyTorch).
     *
     * <pre>{@code
     * jshell> F.adaptiveAvgPool2d(arange(16.).view(1, 1, 4, 4), new long[]{1, 2})
     * $1 ==> tensor([[[[6.5000, 8.5000]]]])
     * }</pre>
     */
    public static Tensor adaptiveAvgPool2d(Tensor input, long[] outputSize) { return SpatialFunctions.adaptiveAvgPool2d(input, outputSize); }

    /** {@code F.adaptive_avg_pool2d(input, n)}: an n × n output. */
    public static Tensor adaptiveAvgPool2d(Tensor input, long outputSize) { return adaptiveAvgPool2d(input, new long[]{outputSize, outputSize}); }

    /**
     * {@code F.adaptive_max_pool2d(input, output_size)}, windows as {@link #adaptiveAvgPool2d}.
     * Node {@code AdaptiveMaxPool2DBackward0}.
     *
     * <pre>{@code
     * jshell> F.adaptiveMaxPool2d(arange(16.).view(1, 1, 4, 4), 1)
     * $1 ==> tensor([[[[15.]]]])
     * }</pre>
     */
    public static Tensor adaptiveMaxPool2d(Tensor input, long[] outputSize) { return SpatialFunctions.adaptiveMaxPool2d(input, outputSize)[0]; }

    /** {@code F.adaptive_max_pool2d(input, n)}. */
    public static Tensor adaptiveMaxPool2d(Tensor input, long outputSize) { return adaptiveMaxPool2d(input, new long[]{outputSize, outputSize}); }

    /** {@code F.adaptive_max_pool2d_with_indices(input, output_size)}: values and flat per-plane indices. */
    public static java.util.List<Tensor> adaptiveMaxPool2dWithIndices(Tensor input, long[] outputSize) {
        return java.util.List.of(SpatialFunctions.adaptiveMaxPool2d(input, outputSize));
    }

    /**
     * {@code F.batch_norm(input, running_mean, running_var, weight=None, bias=None,
     * training=False, momentum=0.1, eps=1e-05)} over the channel dim 1 of (N, C, …). Training
     * normalises with the batch statistics and, when running stats are given, updates them in
     * place: {@code running = (1 − momentum)·running + momentum·batch} with the unbiased batch
     * variance. Evaluation uses the running statistics. Node {@code NativeBatchNormBackward0}.
     *
     * <pre>{@code
     * jshell> F.batchNorm(tensor(new double[][]{{1, 2}, {3, 6}}), null, null, null, null, true, 0.1, 1e-5)
     * $1 ==> tensor([[-1.0000, -1.0000],
     *         [ 1.0000,  1.0000]])
     * }</pre>
     */
    public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                   boolean training, double momentum, double eps) {
        return SpatialFunctions.batchNorm(input, runningMean, runningVar, weight, bias, training, momentum, eps);
    }

    /** {@code F.batch_norm(input, running_mean, running_var, weight, bias, training)}: momentum 0.1, eps 1e-5. */
    public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias, boolean training) {
        return batchNorm(input, runningMean, runningVar, weight, bias, training, 0.1, 1e-5);
    }

    /** {@code F.batch_norm(input, running_mean, running_var)}: evaluation with the running statistics. */
    public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar) {
        return batchNorm(input, runningMean, runningVar, null, null, false, 0.1, 1e-5);
    }

    /**
     * {@code F.layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05)}: normalises
     * over the last dims given by {@code normalizedShape} (biased variance). Node
     * {@code NativeLayerNormBackward0}.
     *
     * <pre>{@code
     * jshell> F.layerNorm(tensor(1., 2., 3.), new long[]{3})
     * $1 ==> tensor([-1.2247,  0.0000,  1.2247])
     * }</pre>
     */
    public static Tensor layerNorm(Tensor input, long[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        return SpatialFunctions.layerNorm(input, normalizedShape, weight, bias, eps);
    }

    /** {@code F.layer_norm(input, normalized_shape, weight, bias)}: eps 1e-5. */
    public static Tensor layerNorm(Tensor input, long[] normalizedShape, Tensor weight, Tensor bias) {
        return layerNorm(input, normalizedShape, weight, bias, 1e-5);
    }

    /** {@code F.layer_norm(input, normalized_shape)}: no affine transform. */
    public static Tensor layerNorm(Tensor input, long[] normalizedShape) { return layerNorm(input, normalizedShape, null, null, 1e-5); }

    /**
     * {@code F.pad(input, pad, mode="constant", value=0)}: {@code pad} lists (before, after)
     * pairs from the last dim backwards; negative pads crop. "constant" pads any dims (node
     * {@code ConstantPadNdBackward0}); "reflect" and "replicate" pad the last dim of 2-D/3-D input
     * (2 values), the last two of 3-D/4-D input (4 values) or the last three of 4-D/5-D input
     * (6 values) (nodes {@code ReflectionPad1DBackward0} … {@code ReplicationPad3DBackward0});
     * "circular" wraps around the last 1, 2 or 3 dims of (N, C, *) input (2, 4 or 6 values;
     * negative pads crop first) as copies into slices of the result (node {@code CopySlices}, as
     * PyTorch 1.13). The non-constant modes take no value. Errors are ATen's, kernel by kernel.
     *
     * <pre>{@code
     * jshell> F.pad(tensor(1., 2., 3.).view(1, 3), new long[]{2, 1}, "reflect")
     * $1 ==> tensor([[3., 2., 1., 2., 3., 2.]])
     *
     * jshell> F.pad(tensor(1., 2., 3.).view(1, 1, 3), new long[]{2, 1}, "circular")
     * $2 ==> tensor([[[2., 3., 1., 2., 3., 1.]]])
     * }</pre>
     */
    public static Tensor pad(Tensor input, long[] pad, String mode, double value) { return SpatialFunctions.pad(input, pad, mode, value); }

    /** {@code F.pad(input, pad, mode)}. */
    public static Tensor pad(Tensor input, long[] pad, String mode) { return pad(input, pad, mode, 0); }

    /** {@code F.pad(input, pad)}: zeros. */
    public static Tensor pad(Tensor input, long[] pad) { return pad(input, pad, "constant", 0); }

    /**
     * {@code F.interpolate(input, size=..., mode="nearest", align_corners=None)}: resamples
     * (N, C, W) ("nearest") or (N, C, H, W) ("nearest", "bilinear") to {@code size}.
     * {@code alignCorners} only with "bilinear" (null: False). Nodes
     * {@code UpsampleNearest2DBackward1}, {@code UpsampleBilinear2DBackward1}, …
     *
     * <pre>{@code
     * jshell> F.interpolate(tensor(1., 2.).view(1, 1, 1, 2), new long[]{1, 4}, "nearest")
     * $1 ==> tensor([[[[1., 1., 2., 2.]]]])
     * }</pre>
     */
    public static Tensor interpolate(Tensor input, long[] size, String mode, Boolean alignCorners) {
        return SpatialFunctions.interpolate(input, size, null, mode, alignCorners);
    }

    /** {@code F.interpolate(input, size, mode)}. */
    public static Tensor interpolate(Tensor input, long[] size, String mode) { return interpolate(input, size, mode, null); }

    /**
     * {@code F.interpolate(input, scale_factor=s, mode, align_corners)}: each spatial size
     * becomes ⌊size·s⌋ and the source coordinates use 1/s, as PyTorch.
     *
     * <pre>{@code
     * jshell> F.interpolate(tensor(1., 3.).view(1, 1, 1, 2), 2.0, "bilinear", false)
     * $1 ==> tensor([[[[1.0000, 1.5000, 2.5000, 3.0000],
     *           [1.0000, 1.5000, 2.5000, 3.0000]]]])
     * }</pre>
     */
    public static Tensor interpolate(Tensor input, double scaleFactor, String mode, Boolean alignCorners) {
        double[] scales = new double[Math.max(input.dim() - 2, 0)];
        java.util.Arrays.fill(scales, scaleFactor);
        return SpatialFunctions.interpolate(input, null, scales, mode, alignCorners);
    }

    /** {@code F.interpolate(input, scale_factor=s, mode=mode)}. */
    public static Tensor interpolate(Tensor input, double scaleFactor, String mode) { return interpolate(input, scaleFactor, mode, null); }

    /** {@code F.interpolate(input, scale_factor=(sh, sw), mode, align_corners)}: one factor per spatial dim. */
    public static Tensor interpolate(Tensor input, double[] scaleFactor, String mode, Boolean alignCorners) {
        return SpatialFunctions.interpolate(input, null, scaleFactor.clone(), mode, alignCorners);
    }

    /** {@code F.interpolate(input, scale_factor=(sh, sw), mode=mode)}. */
    public static Tensor interpolate(Tensor input, double[] scaleFactor, String mode) { return interpolate(input, scaleFactor, mode, null); }

}
