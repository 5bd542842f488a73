package torch4j.nn.functional;

import java.util.Arrays;
import java.util.List;
import torch4j.PoolingFunctions;
import torch4j.Tensor;

/**
 * The 1-D and 3-D pooling, max unpooling and power-average (LP) pooling of {@link F}, kept in its
 * own file for size (the 2-D pools are in {@code SpatialF}). Users call these as
 * {@code F.maxPool3d(...)}: F inherits them. As in PyTorch, a 1-D pool is the 2-D one on the
 * input unsqueezed at −2, so its graph is {@code SqueezeBackward1 ← …2DBackward0 ← UnsqueezeBackward0}.
 */
class PoolF extends ConvF {
    PoolF() {}

    private static int[] triple(int v) { return new int[]{v, v, v}; }

    // ------------------------------------------------------------------ max

    /**
     * {@code F.max_pool1d(input, kernel_size, stride=kernel_size, padding=0, dilation=1,
     * ceil_mode=False)} on (N, C, L) or (C, L).
     *
     * <pre>{@code
     * jshell> F.maxPool1d(tensor(1., 3., 2., 0.).view(1, 4), 2)
     * $1 ==> tensor([[3., 2.]])
     * }</pre>
     */
    public static Tensor maxPool1d(Tensor input, int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        return PoolingFunctions.maxPool1d(input, kernelSize, stride, padding, dilation, ceilMode, false)[0];
    }

    /** {@code F.max_pool1d(input, kernel_size, stride, padding)}. */
    public static Tensor maxPool1d(Tensor input, int kernelSize, int stride, int padding) { return maxPool1d(input, kernelSize, stride, padding, 1, false); }

    /** {@code F.max_pool1d(input, kernel_size, stride)}. */
    public static Tensor maxPool1d(Tensor input, int kernelSize, int stride) { return maxPool1d(input, kernelSize, stride, 0, 1, false); }

    /** {@code F.max_pool1d(input, kernel_size)}: stride = kernel size. */
    public static Tensor maxPool1d(Tensor input, int kernelSize) { return maxPool1d(input, kernelSize, kernelSize, 0, 1, false); }

    /**
     * {@code F.max_pool1d(..., return_indices=True)} ({@code torch.max_pool1d_with_indices}): the
     * values and the index of each maximum along L.
     *
     * <pre>{@code
     * jshell> F.maxPool1dWithIndices(tensor(1., 3., 2., 0.).view(1, 4), 2, 2, 0, 1, false).get(1)
     * $1 ==> tensor([[1, 2]])
     * }</pre>
     */
    public static List<Tensor> maxPool1dWithIndices(Tensor input, int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        return List.of(PoolingFunctions.maxPool1d(input, kernelSize, stride, padding, dilation, ceilMode, true));
    }

    /** {@code F.max_pool1d(input, kernel_size, return_indices=True)}. */
    public static List<Tensor> maxPool1dWithIndices(Tensor input, int kernelSize) { return maxPool1dWithIndices(input, kernelSize, kernelSize, 0, 1, false); }

    /**
     * {@code F.max_pool3d(input, kernel_size, stride=kernel_size, padding=0, dilation=1,
     * ceil_mode=False)} on (N, C, D, H, W) or (C, D, H, W); options (depth, height, width).
     * Node {@code MaxPool3DWithIndicesBackward0}.
     *
     * <pre>{@code
     * jshell> F.maxPool3d(arange(8.).view(1, 1, 2, 2, 2), 2)
     * $1 ==> tensor([[[[[7.]]]]])
     * }</pre>
     */
    public static Tensor maxPool3d(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        return PoolingFunctions.maxPool3d(input, kernelSize, stride == null ? kernelSize : stride, padding, dilation, ceilMode)[0];
    }

    /** {@code F.max_pool3d(input, kernel_size, stride, padding, dilation, ceil_mode)}, one value for all three dims. */
    public static Tensor maxPool3d(Tensor input, int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        return maxPool3d(input, triple(kernelSize), triple(stride), triple(padding), triple(dilation), ceilMode);
    }

    /** {@code F.max_pool3d(input, kernel_size, stride, padding)}. */
    public static Tensor maxPool3d(Tensor input, int kernelSize, int stride, int padding) { return maxPool3d(input, kernelSize, stride, padding, 1, false); }

    /** {@code F.max_pool3d(input, kernel_size, stride)}. */
    public static Tensor maxPool3d(Tensor input, int kernelSize, int stride) { return maxPool3d(input, kernelSize, stride, 0, 1, false); }

    /** {@code F.max_pool3d(input, kernel_size)}: stride = kernel size. */
    public static Tensor maxPool3d(Tensor input, int kernelSize) { return maxPool3d(input, kernelSize, kernelSize, 0, 1, false); }

    /** {@code F.max_pool3d(x, (1, 2, 2))}: a (depth, height, width) kernel; stride = kernel size. */
    public static Tensor maxPool3d(Tensor input, int[] kernelSize) { return maxPool3d(input, kernelSize, kernelSize, triple(0), triple(1), false); }

    /** {@code F.max_pool3d(..., return_indices=True)}: values and flat per-volume indices ((z·H + y)·W + x). */
    public static List<Tensor> maxPool3dWithIndices(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        return List.of(PoolingFunctions.maxPool3d(input, kernelSize, stride == null ? kernelSize : stride, padding, dilation, ceilMode));
    }

    /** {@code F.max_pool3d(input, kernel_size, return_indices=True)}. */
    public static List<Tensor> maxPool3dWithIndices(Tensor input, int kernelSize) {
        return maxPool3dWithIndices(input, triple(kernelSize), null, triple(0), triple(1), false);
    }

    // ------------------------------------------------------------------ average

    /**
     * {@code F.avg_pool1d(input, kernel_size, stride=kernel_size, padding=0, ceil_mode=False,
     * count_include_pad=True)} on (N, C, L) or (C, L).
     *
     * <pre>{@code
     * jshell> F.avgPool1d(tensor(1., 3., 2., 0.).view(1, 4), 2)
     * $1 ==> tensor([[2., 1.]])
     * }</pre>
     */
    public static Tensor avgPool1d(Tensor input, int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
        return PoolingFunctions.avgPool1d(input, kernelSize, stride, padding, ceilMode, countIncludePad);
    }

    /** {@code F.avg_pool1d(input, kernel_size, stride, padding)}. */
    public static Tensor avgPool1d(Tensor input, int kernelSize, int stride, int padding) { return avgPool1d(input, kernelSize, stride, padding, false, true); }

    /** {@code F.avg_pool1d(input, kernel_size, stride)}. */
    public static Tensor avgPool1d(Tensor input, int kernelSize, int stride) { return avgPool1d(input, kernelSize, stride, 0, false, true); }

    /** {@code F.avg_pool1d(input, kernel_size)}: stride = kernel size. */
    public static Tensor avgPool1d(Tensor input, int kernelSize) { return avgPool1d(input, kernelSize, kernelSize, 0, false, true); }

    /**
     * {@code F.avg_pool3d(input, kernel_size, stride=kernel_size, padding=0, ceil_mode=False,
     * count_include_pad=True, divisor_override=None)}; {@code divisorOverride} null when not given.
     * Node {@code AvgPool3DBackward0}.
     *
     * <pre>{@code
     * jshell> F.avgPool3d(arange(8.).view(1, 1, 2, 2, 2), 2)
     * $1 ==> tensor([[[[[3.5000]]]]])
     * }</pre>
     */
    public static Tensor avgPool3d(Tensor input, int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad,
                                   Integer divisorOverride) {
        if (divisorOverride != null && divisorOverride == 0) throw new IllegalArgumentException("divisor must be not zero");
        return PoolingFunctions.avgPool3d(input, kernelSize, stride == null ? kernelSize : stride, padding, ceilMode, countIncludePad,
                divisorOverride == null ? 0 : divisorOverride);
    }

    /** {@code F.avg_pool3d(input, kernel_size, stride, padding, ceil_mode, count_include_pad)}, one value for all three dims. */
    public static Tensor avgPool3d(Tensor input, int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
        return avgPool3d(input, triple(kernelSize), triple(stride), triple(padding), ceilMode, countIncludePad, null);
    }

    /** {@code F.avg_pool3d(input, kernel_size, stride, padding)}. */
    public static Tensor avgPool3d(Tensor input, int kernelSize, int stride, int padding) { return avgPool3d(input, kernelSize, stride, padding, false, true); }

    /** {@code F.avg_pool3d(input, kernel_size, stride)}. */
    public static Tensor avgPool3d(Tensor input, int kernelSize, int stride) { return avgPool3d(input, kernelSize, stride, 0, false, true); }

    /** {@code F.avg_pool3d(input, kernel_size)}: stride = kernel size. */
    public static Tensor avgPool3d(Tensor input, int kernelSize) { return avgPool3d(input, kernelSize, kernelSize, 0, false, true); }

    /** {@code F.avg_pool3d(x, (1, 2, 2))}: a (depth, height, width) kernel; stride = kernel size. */
    public static Tensor avgPool3d(Tensor input, int[] kernelSize) { return avgPool3d(input, kernelSize, kernelSize, triple(0), false, true, null); }

    // ------------------------------------------------------------------ adaptive

    /**
     * {@code F.adaptive_avg_pool1d(input, output_size)}: output o averages [⌊o·L/out⌋, ⌈(o+1)·L/out⌉).
     *
     * <pre>{@code
     * jshell> F.adaptiveAvgPool1d(tensor(1., 3., 2., 0.).view(1, 4), 2)
     * $1 ==> tensor([[2., 1.]])
     * }</pre>
     */
    public static Tensor adaptiveAvgPool1d(Tensor input, long outputSize) { return PoolingFunctions.adaptiveAvgPool1d(input, outputSize); }

    /** {@code F.adaptive_max_pool1d(input, output_size)}, windows as {@link #adaptiveAvgPool1d}. */
    public static Tensor adaptiveMaxPool1d(Tensor input, long outputSize) { return PoolingFunctions.adaptiveMaxPool1d(input, outputSize)[0]; }

    /** {@code F.adaptive_max_pool1d(input, output_size, return_indices=True)}: values and indices along L. */
    public static List<Tensor> adaptiveMaxPool1dWithIndices(Tensor input, long outputSize) {
        return List.of(PoolingFunctions.adaptiveMaxPool1d(input, outputSize));
    }

    /**
     * {@code F.adaptive_avg_pool3d(input, output_size)}: (d, h, w), a negative size keeping the
     * input's (Python's None). Node {@code AdaptiveAvgPool3DBackward0} ({@code MeanBackward1} for 1×1×1).
     *
     * <pre>{@code
     * jshell> F.adaptiveAvgPool3d(arange(8.).view(1, 2, 2, 2), new long[]{1, 1, 2})
     * $1 ==> tensor([[[[3., 4.]]]])
     * }</pre>
     */
    public static Tensor adaptiveAvgPool3d(Tensor input, long[] outputSize) { return PoolingFunctions.adaptiveAvgPool3d(input, outputSize); }

    /** {@code F.adaptive_avg_pool3d(input, n)}: n × n × n. */
    public static Tensor adaptiveAvgPool3d(Tensor input, long outputSize) { return adaptiveAvgPool3d(input, new long[]{outputSize, outputSize, outputSize}); }

    /** {@code F.adaptive_max_pool3d(input, output_size)}. Node {@code AdaptiveMaxPool3DBackward0}. */
    public static Tensor adaptiveMaxPool3d(Tensor input, long[] outputSize) { return PoolingFunctions.adaptiveMaxPool3d(input, outputSize)[0]; }

    /** {@code F.adaptive_max_pool3d(input, n)}. */
    public static Tensor adaptiveMaxPool3d(Tensor input, long outputSize) { return adaptiveMaxPool3d(input, new long[]{outputSize, outputSize, outputSize}); }

    /** {@code F.adaptive_max_pool3d(input, output_size, return_indices=True)}: values and flat per-volume indices. */
    public static List<Tensor> adaptiveMaxPool3dWithIndices(Tensor input, long[] outputSize) {
        return List.of(PoolingFunctions.adaptiveMaxPool3d(input, outputSize));
    }

    // ------------------------------------------------------------------ max unpooling

    /** Python's {@code _unpool_output_size}: the default size, or {@code outputSize} ((k) or (N, C, *k) values) checked against it. */
    private static long[] unpoolOutputSize(Tensor input, int[] kernel, int[] stride, int[] padding, long[] outputSize) {
        int k = kernel.length;
        long[] def = new long[k];
        for (int d = 0; d < k; d++) def[d] = (input.size(input.dim() - k + d) - 1) * stride[d] + kernel[d] - 2L * padding[d];
        if (outputSize == null) return def;
        long[] size = outputSize.length == k + 2 ? Arrays.copyOfRange(outputSize, 2, k + 2) : outputSize;
        if (size.length != k)
            throw new IllegalArgumentException("output_size should be a sequence containing " + k + " or " + (k + 2)
                    + " elements, but it has a length of '" + size.length + "'");
        for (int d = 0; d < k; d++) {
            long min = def[d] - stride[d], max = def[d] + stride[d];
            if (!(min < size[d] && size[d] < max))
                throw new IllegalArgumentException("invalid output_size \"" + tuple(size) + "\" (dim " + d + " must be between " + min + " and " + max + ")");
        }
        return size;
    }

    private static String tuple(long[] v) {
        if (v.length == 1) return "(" + v[0] + ",)";
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) s.append(i > 0 ? ", " : "").append(v[i]);
        return s.append(')').toString();
    }

    /**
     * {@code F.max_unpool1d(input, indices, kernel_size, stride=kernel_size, padding=0,
     * output_size=None)}: the partial inverse of {@link #maxPool1dWithIndices}, zeros where no
     * maximum came from; {@code outputSize} null for the default.
     *
     * <pre>{@code
     * jshell> F.maxUnpool1d(tensor(3., 2.).view(1, 2), tensor(1L, 2L).view(1, 2), 2, 2, 0, null)
     * $1 ==> tensor([[0., 3., 2., 0.]])
     * }</pre>
     */
    public static Tensor maxUnpool1d(Tensor input, Tensor indices, int kernelSize, int stride, int padding, long[] outputSize) {
        long[] size = unpoolOutputSize(input, new int[]{kernelSize}, new int[]{stride}, new int[]{padding}, outputSize);
        return PoolingFunctions.maxUnpool(input.unsqueeze(-1), indices.unsqueeze(-1), new long[]{size[0], 1}, 2).squeeze(-1);
    }

    /** {@code F.max_unpool1d(input, indices, kernel_size)}. */
    public static Tensor maxUnpool1d(Tensor input, Tensor indices, int kernelSize) { return maxUnpool1d(input, indices, kernelSize, kernelSize, 0, null); }

    /**
     * {@code F.max_unpool2d(input, indices, kernel_size, stride=kernel_size, padding=0,
     * output_size=None)} on (N, C, H, W) or (C, H, W). Node {@code MaxUnpool2DBackward0}.
     *
     * <pre>{@code
     * jshell> F.maxUnpool2d(tensor(5.).view(1, 1, 1), tensor(3L).view(1, 1, 1), 2)
     * $1 ==> tensor([[[0., 0.],
     *          [0., 5.]]])
     * }</pre>
     */
    public static Tensor maxUnpool2d(Tensor input, Tensor indices, int[] kernelSize, int[] stride, int[] padding, long[] outputSize) {
        int[] s = stride == null ? kernelSize : stride;
        return PoolingFunctions.maxUnpool(input, indices, unpoolOutputSize(input, kernelSize, s, padding, outputSize), 2);
    }

    /** {@code F.max_unpool2d(input, indices, kernel_size, stride, padding)}, one value for both dims. */
    public static Tensor maxUnpool2d(Tensor input, Tensor indices, int kernelSize, int stride, int padding) {
        return maxUnpool2d(input, indices, new int[]{kernelSize, kernelSize}, new int[]{stride, stride}, new int[]{padding, padding}, null);
    }

    /** {@code F.max_unpool2d(input, indices, kernel_size)}. */
    public static Tensor maxUnpool2d(Tensor input, Tensor indices, int kernelSize) { return maxUnpool2d(input, indices, kernelSize, kernelSize, 0); }

    /**
     * {@code F.max_unpool3d(input, indices, kernel_size, stride=kernel_size, padding=0,
     * output_size=None)} on (N, C, D, H, W) or (C, D, H, W). Node {@code MaxUnpool3DBackward0}.
     *
     * <pre>{@code
     * jshell> F.maxUnpool3d(tensor(5.).view(1, 1, 1, 1), tensor(7L).view(1, 1, 1, 1), 2).sum()
     * $1 ==> tensor(5.)
     * }</pre>
     */
    public static Tensor maxUnpool3d(Tensor input, Tensor indices, int[] kernelSize, int[] stride, int[] padding, long[] outputSize) {
        int[] s = stride == null ? kernelSize : stride;
        return PoolingFunctions.maxUnpool(input, indices, unpoolOutputSize(input, kernelSize, s, padding, outputSize), 3);
    }

    /** {@code F.max_unpool3d(input, indices, kernel_size, stride, padding)}, one value for all three dims. */
    public static Tensor maxUnpool3d(Tensor input, Tensor indices, int kernelSize, int stride, int padding) {
        return maxUnpool3d(input, indices, triple(kernelSize), triple(stride), triple(padding), null);
    }

    /** {@code F.max_unpool3d(input, indices, kernel_size)}. */
    public static Tensor maxUnpool3d(Tensor input, Tensor indices, int kernelSize) { return maxUnpool3d(input, indices, kernelSize, kernelSize, 0); }

    // ------------------------------------------------------------------ power-average

    /**
     * {@code F.lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False)}: the p-norm
     * of each window, as PyTorch computes it: {@code (sign(a)·relu(|a|)·k)^(1/p)} with a the
     * average of x^p ({@code stride} null means the kernel size).
     *
     * <pre>{@code
     * jshell> F.lpPool1d(tensor(3., 4.).view(1, 2), 2, 2, null, false)
     * $1 ==> tensor([[5.]])
     * }</pre>
     */
    public static Tensor lpPool1d(Tensor input, double normType, int kernelSize, Integer stride, boolean ceilMode) {
        Tensor out = avgPool1d(input.pow(normType), kernelSize, stride == null ? kernelSize : stride, 0, ceilMode, true);
        return out.sign().mul(out.abs().relu()).mul((long) kernelSize).pow(1.0 / normType);
    }

    /** {@code F.lp_pool1d(input, norm_type, kernel_size)}. */
    public static Tensor lpPool1d(Tensor input, double normType, int kernelSize) { return lpPool1d(input, normType, kernelSize, null, false); }

    /**
     * {@code F.lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False)}, kernel and
     * stride (height, width); {@code stride} null means the kernel size.
     *
     * <pre>{@code
     * jshell> F.lpPool2d(ones(1, 2, 2), 1, 2)
     * $1 ==> tensor([[[4.]]])
     * }</pre>
     */
    public static Tensor lpPool2d(Tensor input, double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
        Tensor out = torch4j.SpatialFunctions.avgPool2d(input.pow(normType), kernelSize, stride == null ? kernelSize : stride, new int[2], ceilMode, true, 0);
        return out.sign().mul(out.abs().relu()).mul((long) kernelSize[0] * kernelSize[1]).pow(1.0 / normType);
    }

    /** {@code F.lp_pool2d(input, norm_type, kernel_size)}. */
    public static Tensor lpPool2d(Tensor input, double normType, int kernelSize) {
        return lpPool2d(input, normType, new int[]{kernelSize, kernelSize}, null, false);
    }

    /** {@code F.lp_pool2d(input, norm_type, kernel_size, stride)}. */
    public static Tensor lpPool2d(Tensor input, double normType, int kernelSize, int stride) {
        return lpPool2d(input, normType, new int[]{kernelSize, kernelSize}, new int[]{stride, stride}, false);
    }
}
