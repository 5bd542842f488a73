package torch4j.nn.functional;

import torch4j.SpatialFunctions;
import torch4j.Tensor;

/**
 * The 3-D convolution and the 1-D and 3-D transposed convolutions of {@link F}, kept in their own
 * file for size (the 1-D and 2-D convolutions are in {@code SpatialF}). Users call these as
 * {@code F.conv3d(...)}: F inherits them. Node {@code ConvolutionBackward0}, as in PyTorch.
 */
class ConvF extends LayerF {
    ConvF() {}

    private static int[] triple(int v) { return new int[]{v, v, v}; }

    /**
     * {@code F.conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)} on
     * (N, C, D, H, W) or unbatched (C, D, H, W) input with weight (out, C / groups, kd, kh, kw).
     *
     * <pre>{@code
     * jshell> F.conv3d(ones(1, 1, 2, 2, 2), ones(1, 1, 2, 2, 2))
     * $1 ==> tensor([[[[[8.]]]]])
     * }</pre>
     *
     * @throws IllegalArgumentException in PyTorch's words, e.g. "Expected 4D (unbatched) or 5D (batched)
     *         input to conv3d, but got input of size: [3, 3, 3]"
     */
    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups) {
        return SpatialFunctions.convolution(input, weight, bias, stride, padding, null, dilation, groups, 3);
    }

    /** {@code F.conv3d(input, weight, bias, stride, padding, dilation, groups)}, one value for all three dims. */
    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation, int groups) {
        return conv3d(input, weight, bias, triple(stride), triple(padding), triple(dilation), groups);
    }

    /** {@code F.conv3d(input, weight, bias, stride, padding)}. */
    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) { return conv3d(input, weight, bias, stride, padding, 1, 1); }

    /** {@code F.conv3d(input, weight, bias)}. */
    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias) { return conv3d(input, weight, bias, 1, 0, 1, 1); }

    /** {@code F.conv3d(input, weight)}: no bias. */
    public static Tensor conv3d(Tensor input, Tensor weight) { return conv3d(input, weight, null, 1, 0, 1, 1); }

    /**
     * {@code F.conv3d(input, weight, bias, stride, padding="same" | "valid", dilation, groups)}.
     *
     * <pre>{@code
     * jshell> F.conv3d(ones(1, 1, 3, 3, 3), ones(1, 1, 2, 2, 2), null, "same").shape()
     * $1 ==> torch.Size([1, 1, 3, 3, 3])
     * }</pre>
     */
    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation, int groups) {
        return SpatialFunctions.convolution(input, weight, bias, stride, null, padding, dilation, groups, 3);
    }

    /** {@code F.conv3d(input, weight, bias, padding="same" | "valid")}. */
    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, String padding) {
        return conv3d(input, weight, bias, triple(1), padding, triple(1), 1);
    }

    /**
     * {@code F.conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0,
     * groups=1, dilation=1)} with weight (C, out / groups, k) on (N, C, L) or (C, L): output length
     * (L − 1)·stride − 2·padding + dilation·(k − 1) + output_padding + 1.
     *
     * <pre>{@code
     * jshell> F.convTranspose1d(ones(1, 1, 3), ones(1, 1, 2))
     * $1 ==> tensor([[[1., 2., 2., 1.]]])
     * }</pre>
     */
    public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int outputPadding, int groups, int dilation) {
        return SpatialFunctions.convTranspose(input, weight, bias, new int[]{stride}, new int[]{padding}, new int[]{outputPadding}, groups,
                new int[]{dilation}, 1);
    }

    /** {@code F.conv_transpose1d(input, weight, bias, stride, padding)}. */
    public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
        return convTranspose1d(input, weight, bias, stride, padding, 0, 1, 1);
    }

    /** {@code F.conv_transpose1d(input, weight, bias)}. */
    public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias) { return convTranspose1d(input, weight, bias, 1, 0, 0, 1, 1); }

    /** {@code F.conv_transpose1d(input, weight)}: no bias. */
    public static Tensor convTranspose1d(Tensor input, Tensor weight) { return convTranspose1d(input, weight, null, 1, 0, 0, 1, 1); }

    /**
     * {@code F.conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0,
     * groups=1, dilation=1)} with weight (C, out / groups, kd, kh, kw) on (N, C, D, H, W) or
     * (C, D, H, W).
     *
     * <pre>{@code
     * jshell> F.convTranspose3d(ones(1, 1, 1, 1, 2), ones(1, 1, 1, 1, 2))
     * $1 ==> tensor([[[[[1., 2., 1.]]]]])
     * }</pre>
     */
    public static Tensor convTranspose3d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding,
                                         int groups, int[] dilation) {
        return SpatialFunctions.convTranspose(input, weight, bias, stride, padding, outputPadding, groups, dilation, 3);
    }

    /** {@code F.conv_transpose3d(input, weight, bias, stride, padding, output_padding, groups, dilation)}, one value for all three dims. */
    public static Tensor convTranspose3d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int outputPadding, int groups, int dilation) {
        return convTranspose3d(input, weight, bias, triple(stride), triple(padding), triple(outputPadding), groups, triple(dilation));
    }

    /** {@code F.conv_transpose3d(input, weight, bias, stride, padding)}. */
    public static Tensor convTranspose3d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
        return convTranspose3d(input, weight, bias, stride, padding, 0, 1, 1);
    }

    /** {@code F.conv_transpose3d(input, weight, bias)}. */
    public static Tensor convTranspose3d(Tensor input, Tensor weight, Tensor bias) { return convTranspose3d(input, weight, bias, 1, 0, 0, 1, 1); }

    /** {@code F.conv_transpose3d(input, weight)}: no bias. */
    public static Tensor convTranspose3d(Tensor input, Tensor weight) { return convTranspose3d(input, weight, null, 1, 0, 0, 1, 1); }
}
