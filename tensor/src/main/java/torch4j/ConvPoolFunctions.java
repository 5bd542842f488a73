package torch4j;

import java.util.List;

/**
 * A part of the {@code torch} namespace ({@link Torch} inherits it, so {@code import static
 * torch4j.Torch.*} brings it in): the convolutions and pools that PyTorch also offers as
 * {@code torch.conv3d}, {@code torch.max_pool1d}, … — the same ops as {@code F}'s, with the
 * arguments of the {@code torch.X} signatures (each option one value per spatial dim).
 *
 * <pre>{@code
 * jshell> conv1d(ones(1, 1, 4), ones(1, 1, 2))
 * $1 ==> tensor([[[2., 2., 2.]]])
 * }</pre>
 */
public abstract class ConvPoolFunctions extends LinalgFunctions {
    ConvPoolFunctions() {}

    /** n ones: the default stride and dilation. */
    private static int[] unit(int n) {
        int[] v = new int[n];
        java.util.Arrays.fill(v, 1);
        return v;
    }

    // ------------------------------------------------------------------ convolutions

    /** {@code torch.conv1d(input, weight, bias, stride, padding, dilation, groups)}. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation, int groups) {
        return SpatialFunctions.convolution(input, weight, bias, new int[]{stride}, new int[]{padding}, null, new int[]{dilation}, groups, 1);
    }

    /** {@code torch.conv1d(input, weight, bias)}. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias) { return conv1d(input, weight, bias, 1, 0, 1, 1); }

    /** {@code torch.conv1d(input, weight)}. */
    public static Tensor conv1d(Tensor input, Tensor weight) { return conv1d(input, weight, null, 1, 0, 1, 1); }

    /** {@code torch.conv2d(input, weight, bias, stride, padding, dilation, groups)}, options (height, width). */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups) {
        return SpatialFunctions.convolution(input, weight, bias, stride, padding, null, dilation, groups, 2);
    }

    /** {@code torch.conv2d(input, weight, bias)}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias) { return conv2d(input, weight, bias, unit(2), new int[2], unit(2), 1); }

    /** {@code torch.conv2d(input, weight)}. */
    public static Tensor conv2d(Tensor input, Tensor weight) { return conv2d(input, weight, null); }

    /**
     * {@code torch.conv3d(input, weight, bias, stride, padding, dilation, groups)}, options (depth, height, width).
     *
     * <pre>{@code
     * jshell> conv3d(ones(1, 1, 2, 2, 2), ones(1, 1, 2, 2, 2))
     * $1 ==> tensor([[[[[8.]]]]])
     * }</pre>
     */
    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups) {
        return SpatialFunctions.convolution(input, weight, bias, stride, padding, null, dilation, groups, 3);
    }

    /** {@code torch.conv3d(input, weight, bias)}. */
    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias) { return conv3d(input, weight, bias, unit(3), new int[3], unit(3), 1); }

    /** {@code torch.conv3d(input, weight)}. */
    public static Tensor conv3d(Tensor input, Tensor weight) { return conv3d(input, weight, null); }

    /** {@code torch.conv_transpose1d(input, weight, bias, stride, padding, output_padding, groups, dilation)}. */
    public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int outputPadding, int groups, int dilation) {
        return SpatialFunctions.convTranspose(input, weight, bias, new int[]{stride}, new int[]{padding}, new int[]{outputPadding}, groups,
                new int[]{dilation}, 1);
    }

    /** {@code torch.conv_transpose1d(input, weight, bias)}. */
    public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias) { return convTranspose1d(input, weight, bias, 1, 0, 0, 1, 1); }

    /** {@code torch.conv_transpose1d(input, weight)}. */
    public static Tensor convTranspose1d(Tensor input, Tensor weight) { return convTranspose1d(input, weight, null); }

    /** {@code torch.conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation)}, options (height, width). */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding, int groups,
                                         int[] dilation) {
        return SpatialFunctions.convTranspose(input, weight, bias, stride, padding, outputPadding, groups, dilation, 2);
    }

    /** {@code torch.conv_transpose2d(input, weight, bias)}. */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias) {
        return convTranspose2d(input, weight, bias, unit(2), new int[2], new int[2], 1, unit(2));
    }

    /** {@code torch.conv_transpose2d(input, weight)}. */
    public static Tensor convTranspose2d(Tensor input, Tensor weight) { return convTranspose2d(input, weight, null); }

    /** {@code torch.conv_transpose3d(input, weight, bias, stride, padding, output_padding, groups, dilation)}, options (depth, height, width). */
    public static Tensor convTranspose3d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding, int groups,
                                         int[] dilation) {
        return SpatialFunctions.convTranspose(input, weight, bias, stride, padding, outputPadding, groups, dilation, 3);
    }

    /** {@code torch.conv_transpose3d(input, weight, bias)}. */
    public static Tensor convTranspose3d(Tensor input, Tensor weight, Tensor bias) {
        return convTranspose3d(input, weight, bias, unit(3), new int[3], new int[3], 1, unit(3));
    }

    /** {@code torch.conv_transpose3d(input, weight)}. */
    public static Tensor convTranspose3d(Tensor input, Tensor weight) { return convTranspose3d(input, weight, null); }

    // ------------------------------------------------------------------ pools

    /**
     * {@code torch.max_pool1d(input, kernel_size, stride, padding, dilation, ceil_mode)}.
     *
     * <pre>{@code
     * jshell> maxPool1d(tensor(1., 3., 2., 0.).view(1, 4), 2)
     * $1 ==> tensor([[3., 2.]])
     * }</pre>
     */
    public static Tensor maxPool1d(Tensor input, int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        return PoolingFunctions.maxPool1d(input, kernelSize, stride, padding, dilation, ceilMode, false)[0];
    }

    /** {@code torch.max_pool1d(input, kernel_size)}: stride = kernel size. */
    public static Tensor maxPool1d(Tensor input, int kernelSize) { return maxPool1d(input, kernelSize, kernelSize, 0, 1, false); }

    /** {@code torch.max_pool1d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)}: (values, indices). */
    public static List<Tensor> maxPool1dWithIndices(Tensor input, int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        return List.of(PoolingFunctions.maxPool1d(input, kernelSize, stride, padding, dilation, ceilMode, true));
    }

    /** {@code torch.max_pool1d_with_indices(input, kernel_size)}. */
    public static List<Tensor> maxPool1dWithIndices(Tensor input, int kernelSize) { return maxPool1dWithIndices(input, kernelSize, kernelSize, 0, 1, false); }

    /** {@code torch.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode)}, options (height, width). */
    public static Tensor maxPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        return SpatialFunctions.maxPool2d(input, kernelSize, stride, padding, dilation, ceilMode)[0];
    }

    /** {@code torch.max_pool2d(input, kernel_size)}: stride = kernel size. */
    public static Tensor maxPool2d(Tensor input, int kernelSize) {
        int[] k = {kernelSize, kernelSize};
        return maxPool2d(input, k, k, new int[2], unit(2), false);
    }

    /** {@code torch.max_pool3d(input, kernel_size, stride, padding, dilation, ceil_mode)}, options (depth, height, width). */
    public static Tensor maxPool3d(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        return PoolingFunctions.maxPool3d(input, kernelSize, stride, padding, dilation, ceilMode)[0];
    }

    /** {@code torch.max_pool3d(input, kernel_size)}: stride = kernel size. */
    public static Tensor maxPool3d(Tensor input, int kernelSize) {
        int[] k = {kernelSize, kernelSize, kernelSize};
        return maxPool3d(input, k, k, new int[3], unit(3), false);
    }

    /** {@code torch.avg_pool1d(input, kernel_size, stride, padding, ceil_mode, count_include_pad)}. */
    public static Tensor avgPool1d(Tensor input, int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
        return PoolingFunctions.avgPool1d(input, kernelSize, stride, padding, ceilMode, countIncludePad);
    }

    /** {@code torch.avg_pool1d(input, kernel_size)}: stride = kernel size. */
    public static Tensor avgPool1d(Tensor input, int kernelSize) { return avgPool1d(input, kernelSize, kernelSize, 0, false, true); }

    /** {@code torch.adaptive_avg_pool1d(input, output_size)}. */
    public static Tensor adaptiveAvgPool1d(Tensor input, long outputSize) { return PoolingFunctions.adaptiveAvgPool1d(input, outputSize); }

    /**
     * {@code torch.adaptive_max_pool1d(input, output_size)}: as in PyTorch, the pair (values, indices).
     *
     * <pre>{@code
     * jshell> adaptiveMaxPool1d(tensor(1., 3., 2., 0.).view(1, 4), 2).get(1)
     * $1 ==> tensor([[1, 2]])
     * }</pre>
     */
    public static List<Tensor> adaptiveMaxPool1d(Tensor input, long outputSize) { return List.of(PoolingFunctions.adaptiveMaxPool1d(input, outputSize)); }
}
