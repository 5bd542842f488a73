package torch4j.nn.functional;

import torch4j.NnFunctions;
import torch4j.SpatialFunctions;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.random.Bernoulli;

/**
 * The functional namespace, PyTorch's {@code torch.nn.functional} (imported as {@code F}):
 * stateless functions on tensors. Names are PyTorch's in camelCase; Python keyword arguments
 * become overloads. Random functions draw from the global generator exactly as PyTorch 1.13
 * does on the CPU.
 *
 * <pre>{@code
 * jshell> manualSeed(0); F.dropout(ones(8), 0.5, true)
 * $1 ==> tensor([0., 0., 2., 0., 0., 0., 2., 2.])
 * }</pre>
 */
public final class F {
    private F() {}

    // ---------------------------------------------------------------- dropout

    /**
     * {@code F.dropout(x, p=0.5, training=True)}: zeroes each element with probability p and
     * scales the rest by 1 / (1 − p). As PyTorch 1.13 on the CPU: a contiguous noise tensor
     * filled by {@code bernoulli_(1 − p)} (two engine words per element, row-major), divided
     * by {@code 1 − p} in the input's dtype, then {@code x × noise}. Returns {@code x} itself,
     * drawing nothing, when p = 0, when not training or when x is empty; p = 1 gives
     * {@code x × 0} without drawing.
     *
     * <pre>{@code
     * jshell> manualSeed(42); F.dropout(ones(6), 0.2, true)
     * $1 ==> tensor([1.2500, 1.2500, 1.2500, 1.2500, 1.2500, 1.2500])
     * }</pre>
     *
     * @throws IllegalArgumentException "dropout probability has to be between 0 and 1, but got …"
     */
    public static Tensor dropout(Tensor x, double p, boolean training) {
        Bernoulli.checkDropoutP(p);
        if (p == 0 || !training || x.numel() == 0) return x;
        if (p == 1) return x.mul(Torch.zeros(new long[0], x.dtype()));
        Tensor noise = Torch.empty(x.shape().toArray(), x.dtype()).bernoulli_(1 - p).div_(1 - p);
        return x.mul(noise);
    }

    /** {@code F.dropout(x, p)} in training mode. */
    public static Tensor dropout(Tensor x, double p) {
        return dropout(x, p, true);
    }

    /** {@code F.dropout(x)}: p = 0.5, training. */
    public static Tensor dropout(Tensor x) {
        return dropout(x, 0.5, true);
    }

    /**
     * {@code F.dropout(x, p, training, inplace=True)}: the same draws and values as
     * {@link #dropout(Tensor, double, boolean)}, written into {@code x}.
     *
     * <pre>{@code
     * jshell> manualSeed(0); var x = ones(4); F.dropout_(x, 0.5, true); x
     * x ==> tensor([0., 0., 2., 0.])
     * }</pre>
     */
    public static Tensor dropout_(Tensor x, double p, boolean training) {
        Bernoulli.checkDropoutP(p);
        if (p == 0 || !training || x.numel() == 0) return x;
        if (p == 1) return x.mul_(Torch.zeros(new long[0], x.dtype()));
        Tensor noise = Torch.empty(x.shape().toArray(), x.dtype()).bernoulli_(1 - p).div_(1 - p);
        return x.mul_(noise);
    }

    /**
     * {@code F.dropout2d(x, p=0.5, training=True)}: channel-wise dropout — one Bernoulli per
     * (sample, channel), drawn row-major into an (N, C, 1, 1) noise tensor, divided by
     * {@code 1 − p} and broadcast over the spatial dimensions. As in PyTorch 1.13, a 3-D input is
     * read as (N, C, L) (one draw per (dim 0, dim 1) pair) with PyTorch's warning, and inputs
     * that are neither 3-D nor 4-D are accepted with its deprecation warning.
     *
     * <pre>{@code
     * jshell> manualSeed(0); F.dropout2d(ones(1, 4, 1, 1), 0.5, true).flatten()
     * $1 ==> tensor([0., 0., 2., 0.])
     * }</pre>
     *
     * @throws IllegalArgumentException "dropout probability has to be between 0 and 1, but got …",
     *         or PyTorch's error for fewer than 2 dimensions
     */
    public static Tensor dropout2d(Tensor x, double p, boolean training) {
        Bernoulli.checkDropoutP(p);
        int dim = x.dim();
        if (dim != 3 && dim != 4) {
            warn("dropout2d: Received a " + dim + "-D input to dropout2d, which is deprecated "
                    + "and will result in an error in a future release. To retain the behavior "
                    + "and silence this warning, please use dropout instead. Note that dropout2d "
                    + "exists to provide channel-wise dropout on inputs with 2 spatial dimensions, "
                    + "a channel dimension, and an optional batch dimension (i.e. 3D or 4D inputs).");
        }
        if (dim == 3) {
            warn("dropout2d: Received a 3D input to dropout2d and assuming that channel-wise "
                    + "1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C "
                    + "is the channel dim. This behavior will change in a future release to interpret the "
                    + "input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D "
                    + "channel-wise dropout behavior, please switch to using dropout1d instead.");
        }
        return featureDropout(x, p, training);
    }

    /** {@code F.dropout2d(x, p)} in training mode. */
    public static Tensor dropout2d(Tensor x, double p) {
        return dropout2d(x, p, true);
    }

    /** ATen's {@code feature_dropout}: noise of shape (N, C, 1, …, 1). */
    private static Tensor featureDropout(Tensor x, double p, boolean training) {
        if (p == 0 || !training || x.numel() == 0) return x;
        if (p == 1) return x.mul(Torch.zeros(new long[0], x.dtype()));
        if (x.dim() < 2) {
            throw new IllegalArgumentException("Feature dropout requires at least 2 dimensions in the input");
        }
        long[] noiseShape = new long[x.dim()];
        java.util.Arrays.fill(noiseShape, 1);
        noiseShape[0] = x.size(0);
        noiseShape[1] = x.size(1);
        Tensor noise = Torch.empty(noiseShape, x.dtype()).bernoulli_(1 - p).div_(1 - p);
        return x.mul(noise);
    }

    static void warn(String message) {
        System.err.println("UserWarning: " + message);
    }

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
     * pairs from the last dim backwards. "constant" pads any dims (negative pads crop; node
     * {@code ConstantPadNdBackward0}); "reflect" and "replicate" pad the last dim of 2-D/3-D input
     * (2 values) or the last two of 3-D/4-D input (4 values) (nodes {@code ReflectionPad1DBackward0},
     * {@code ReplicationPad2DBackward0}, …).
     *
     * <pre>{@code
     * jshell> F.pad(tensor(1., 2., 3.).view(1, 3), new long[]{2, 1}, "reflect")
     * $1 ==> tensor([[3., 2., 1., 2., 3., 2.]])
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

    // ---------------------------------------------------------------- linear (helper nn)

    /**
     * {@code F.linear(x, weight, bias)}: x·weightᵀ + bias. A 2-D input with a bias is one
     * {@code addmm} ({@code AddmmBackward0}); a contiguous 3-D input is flattened into it and viewed
     * back, as PyTorch 1.13 does; other inputs use matmul then add.
     * <pre>{@code
     * jshell> F.linear(ones(1, 2), ones(3, 2), zeros(3))
     * $1 ==> tensor([[2., 2., 2.]])
     * }</pre>
     */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        if (bias != null && x.dim() == 2) return NnFunctions.addmm(bias, x, weight.t());
        if (bias != null && x.dim() == 3 && x.isContiguous()) {
            long a = x.size(0), b = x.size(1);
            Tensor out = NnFunctions.addmm(bias, x.view(a * b, x.size(2)), weight.t());
            return out.view(a, b, out.size(1));
        }
        Tensor out = x.matmul(weight.t());
        return bias == null ? out : out.add(bias);
    }

    /** {@code F.linear(x, weight)}: x·weightᵀ without bias. */
    public static Tensor linear(Tensor x, Tensor weight) { return linear(x, weight, null); }

    // ---------------------------------------------------------------- activations (helper nn)

    /** {@code F.relu(x)}: max(x, 0), {@code ReluBackward0}. */
    public static Tensor relu(Tensor x) { return x.relu(); }

    /** {@code F.relu(x, inplace)}: in place when {@code inplace}. */
    public static Tensor relu(Tensor x, boolean inplace) { return inplace ? x.relu_() : x.relu(); }

    /** {@code F.relu_(x)}: in place. */
    public static Tensor relu_(Tensor x) { return x.relu_(); }

    /**
     * {@code F.leaky_relu(x, negative_slope=0.01)}: x, or x·slope where x ≤ 0.
     * <pre>{@code
     * jshell> F.leakyRelu(tensor(-2.0, 3.0), 0.1)
     * $1 ==> tensor([-0.2000,  3.0000])
     * }</pre>
     */
    public static Tensor leakyRelu(Tensor x) { return NnFunctions.leakyRelu(x, 0.01, false); }
    /** {@code F.leaky_relu(x, negative_slope)}. */
    public static Tensor leakyRelu(Tensor x, double negativeSlope) { return NnFunctions.leakyRelu(x, negativeSlope, false); }
    /** {@code F.leaky_relu(x, negative_slope, inplace)}. */
    public static Tensor leakyRelu(Tensor x, double negativeSlope, boolean inplace) { return NnFunctions.leakyRelu(x, negativeSlope, inplace); }

    /**
     * {@code F.elu(x, alpha=1.0)}: x, or alpha·(eˣ − 1) where x ≤ 0.
     * <pre>{@code
     * jshell> F.elu(tensor(-1.0, 1.0))
     * $1 ==> tensor([-0.6321,  1.0000])
     * }</pre>
     */
    public static Tensor elu(Tensor x) { return NnFunctions.elu(x, 1.0, false); }
    /** {@code F.elu(x, alpha)}. */
    public static Tensor elu(Tensor x, double alpha) { return NnFunctions.elu(x, alpha, false); }
    /** {@code F.elu(x, alpha, inplace)}. */
    public static Tensor elu(Tensor x, double alpha, boolean inplace) { return NnFunctions.elu(x, alpha, inplace); }

    /**
     * {@code F.gelu(x)}: x·Φ(x), Φ the standard normal CDF.
     * <pre>{@code
     * jshell> F.gelu(tensor(-1.0, 1.0))
     * $1 ==> tensor([-0.1587,  0.8413])
     * }</pre>
     */
    public static Tensor gelu(Tensor x) { return NnFunctions.gelu(x, "none"); }
    /** {@code F.gelu(x, approximate)}: "none" or "tanh". */
    public static Tensor gelu(Tensor x, String approximate) { return NnFunctions.gelu(x, approximate); }

    /** {@code F.sigmoid(x)}: {@code torch.sigmoid}, with PyTorch's deprecation warning (once). */
    public static Tensor sigmoid(Tensor x) {
        Warnings.once("nn.functional.sigmoid is deprecated. Use torch.sigmoid instead.");
        return x.sigmoid();
    }
    /** {@code F.tanh(x)}: {@code torch.tanh}, with PyTorch's deprecation warning (once). */
    public static Tensor tanh(Tensor x) {
        Warnings.once("nn.functional.tanh is deprecated. Use torch.tanh instead.");
        return x.tanh();
    }

    /**
     * {@code F.softplus(x, beta=1, threshold=20)}: log(1 + e^(βx)) / β, linear above the threshold.
     * <pre>{@code
     * jshell> F.softplus(tensor(0.0, 30.0))
     * $1 ==> tensor([ 0.6931, 30.0000])
     * }</pre>
     */
    public static Tensor softplus(Tensor x) { return NnFunctions.softplus(x, 1, 20); }
    /** {@code F.softplus(x, beta, threshold)}. */
    public static Tensor softplus(Tensor x, double beta, double threshold) { return NnFunctions.softplus(x, beta, threshold); }

    /**
     * {@code F.softmax(x, dim)}.
     * <pre>{@code
     * jshell> F.softmax(tensor(new double[][] {{1, 1}, {0, 2}}), 1)
     * $1 ==> tensor([[0.5000, 0.5000],
     *                [0.1192, 0.8808]])
     * }</pre>
     */
    public static Tensor softmax(Tensor x, long dim) { return NnFunctions.softmax(x, dim); }
    /** {@code F.softmax(x)} without a dim: PyTorch's implicit choice (0 for 0-, 1- and 3-D inputs, else 1) and its warning. */
    public static Tensor softmax(Tensor x) { return NnFunctions.softmax(x, implicitDim("softmax", x.dim())); }
    /** {@code F.log_softmax(x, dim)}. */
    public static Tensor logSoftmax(Tensor x, long dim) { return NnFunctions.logSoftmax(x, dim); }
    /** {@code F.log_softmax(x)} with the implicit dim and warning. */
    public static Tensor logSoftmax(Tensor x) { return NnFunctions.logSoftmax(x, implicitDim("log_softmax", x.dim())); }

    /** PyTorch's {@code _get_softmax_dim}, with its UserWarning (once, as Python shows it). */
    public static long implicitDim(String name, int ndim) {
        Warnings.once("Implicit dimension choice for " + name + " has been deprecated. Change the call to include dim=X as an argument.");
        return ndim == 0 || ndim == 1 || ndim == 3 ? 0 : 1;
    }

    // ---------------------------------------------------------------- embedding, one_hot (helper nn)

    /**
     * {@code F.embedding(input, weight)}: the rows of {@code weight} named by the int64 indices,
     * shaped input.shape + (embedding_dim).
     * <pre>{@code
     * jshell> F.embedding(tensor(2L, 0L), arange(6.0).view(3, 2))
     * $1 ==> tensor([[4., 5.],
     *                [0., 1.]])
     * }</pre>
     */
    public static Tensor embedding(Tensor input, Tensor weight) { return embedding(input, weight, null, null, 2.0); }

    /**
     * {@code F.embedding(input, weight, padding_idx, max_norm, norm_type)}: the padding row (negative
     * counts from the end; null for none) gets no gradient; with a max norm the looked-up rows
     * of weight are first rescaled in place to at most that norm.
     */
    public static Tensor embedding(Tensor input, Tensor weight, Long paddingIdx, Double maxNorm, double normType) {
        long padding = -1;
        if (paddingIdx != null) {
            long rows = weight.size(0);
            if (paddingIdx >= rows || paddingIdx < -rows) throw new IllegalArgumentException("Padding_idx must be within num_embeddings");
            padding = paddingIdx < 0 ? paddingIdx + rows : paddingIdx;
        }
        if (maxNorm != null) NnFunctions.embeddingRenorm_(weight, input.contiguous(), maxNorm, normType);
        return NnFunctions.embedding(weight, input, padding);
    }

    /**
     * {@code F.one_hot(x)}: int64 one-hot rows, as many classes as the largest value + 1.
     * <pre>{@code
     * jshell> F.oneHot(tensor(0L, 2L))
     * $1 ==> tensor([[1, 0, 0],
     *                [0, 0, 1]])
     * }</pre>
     */
    public static Tensor oneHot(Tensor x) { return Losses.oneHot(x, -1); }
    /** {@code F.one_hot(x, num_classes)}. */
    public static Tensor oneHot(Tensor x, long numClasses) { return Losses.oneHot(x, numClasses); }

    // ---------------------------------------------------------------- losses (helper nn); reduction is "mean", "sum" or "none"

    /**
     * {@code F.mse_loss(input, target)}: mean of squared differences.
     * <pre>{@code
     * jshell> F.mseLoss(tensor(1.0, 2.0), tensor(0.0, 0.0))
     * $1 ==> tensor(2.5000)
     * }</pre>
     */
    public static Tensor mseLoss(Tensor input, Tensor target) { return Losses.mse(input, target, "mean"); }
    /** {@code F.mse_loss(input, target, reduction=...)}. */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) { return Losses.mse(input, target, reduction); }

    /** {@code F.l1_loss(input, target)}: mean absolute difference. */
    public static Tensor l1Loss(Tensor input, Tensor target) { return Losses.l1(input, target, "mean"); }
    /** {@code F.l1_loss(input, target, reduction=...)}. */
    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) { return Losses.l1(input, target, reduction); }

    /** {@code F.smooth_l1_loss(input, target)}: quadratic below beta = 1, linear above. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target) { return Losses.smoothL1(input, target, "mean", 1.0); }
    /** {@code F.smooth_l1_loss(input, target, reduction=..., beta=...)}. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) { return Losses.smoothL1(input, target, reduction, beta); }

    /** {@code F.huber_loss(input, target)}: quadratic below delta = 1, then delta-scaled linear. */
    public static Tensor huberLoss(Tensor input, Tensor target) { return Losses.huber(input, target, "mean", 1.0); }
    /** {@code F.huber_loss(input, target, reduction=..., delta=...)}. */
    public static Tensor huberLoss(Tensor input, Tensor target, String reduction, double delta) { return Losses.huber(input, target, reduction, delta); }

    /**
     * {@code F.cross_entropy(input, target)}: log_softmax over the classes (dim 1, or 0 for a
     * 1-D input) then the negative log-likelihood of int64 class indices; a float target of
     * input's shape is read as class probabilities.
     * <pre>{@code
     * jshell> F.crossEntropy(tensor(new double[][] {{2, 0}}), tensor(0L))
     * $1 ==> tensor(0.1269)
     * }</pre>
     */
    public static Tensor crossEntropy(Tensor input, Tensor target) { return Losses.crossEntropy(input, target, null, -100, "mean", 0.0); }
    /** {@code F.cross_entropy(input, target, reduction=...)}. */
    public static Tensor crossEntropy(Tensor input, Tensor target, String reduction) { return Losses.crossEntropy(input, target, null, -100, reduction, 0.0); }
    /** {@code F.cross_entropy(input, target, weight, ignore_index, reduction, label_smoothing)}; weight may be null. */
    public static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction, double labelSmoothing) {
        return Losses.crossEntropy(input, target, weight, ignoreIndex, reduction, labelSmoothing);
    }

    /** {@code F.nll_loss(input, target)}: −input[target] averaged, input being log-probabilities. */
    public static Tensor nllLoss(Tensor input, Tensor target) { return Losses.nll(input, target, null, -100, "mean"); }
    /** {@code F.nll_loss(input, target, weight, ignore_index, reduction)}; weight may be null. */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
        return Losses.nll(input, target, weight, ignoreIndex, reduction);
    }

    /** {@code F.binary_cross_entropy(input, target)} on probabilities in [0, 1]. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target) { return Losses.binaryCrossEntropy(input, target, null, "mean"); }
    /** {@code F.binary_cross_entropy(input, target, weight, reduction=...)}; weight may be null. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, String reduction) {
        return Losses.binaryCrossEntropy(input, target, weight, reduction);
    }

    /**
     * {@code F.binary_cross_entropy_with_logits(input, target)}: sigmoid and BCE in one stable step.
     * <pre>{@code
     * jshell> F.binaryCrossEntropyWithLogits(tensor(0.0), tensor(1.0))
     * $1 ==> tensor(0.6931)
     * }</pre>
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target) { return Losses.bceWithLogits(input, target, null, "mean", null); }
    /** {@code F.binary_cross_entropy_with_logits(input, target, weight, reduction=..., pos_weight=...)}; weight and posWeight may be null. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor weight, String reduction, Tensor posWeight) {
        return Losses.bceWithLogits(input, target, weight, reduction, posWeight);
    }

    /** {@code F.kl_div(input, target)}: input log-probabilities, target probabilities; "mean" warns as PyTorch does. */
    public static Tensor klDiv(Tensor input, Tensor target) { return Losses.klDiv(input, target, "mean", false); }
    /** {@code F.kl_div(input, target, reduction=...)}, reduction also "batchmean". */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction) { return Losses.klDiv(input, target, reduction, false); }
    /** {@code F.kl_div(input, target, reduction=..., log_target=...)}. */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) { return Losses.klDiv(input, target, reduction, logTarget); }
}
