package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * A 2-D convolution ({@code nn.Conv2d}) over (N, C, H, W) or (C, H, W) input, weight
 * (out, in / groups, kh, kw) and bias initialised as PyTorch does, so the same seed gives the
 * same numbers. {@code paddingMode} "zeros" (default), "reflect", "replicate" or "circular".
 *
 * <pre>{@code
 * jshell> manualSeed(0); new Conv2d(1, 2, 3).bias
 * $1 ==> Parameter containing:
 * tensor([-0.2260, -0.1452], requires_grad=True)
 * }</pre>
 */
public class Conv2d extends ConvNd {
    /** {@code nn.Conv2d(in, out, kernel_size)}. */
    public Conv2d(long inChannels, long outChannels, int kernelSize) { this(inChannels, outChannels, kernelSize, 1, 0); }

    /** {@code nn.Conv2d(in, out, kernel_size, stride)}. */
    public Conv2d(long inChannels, long outChannels, int kernelSize, int stride) { this(inChannels, outChannels, kernelSize, stride, 0); }

    /** {@code nn.Conv2d(in, out, kernel_size, stride, padding)}. */
    public Conv2d(long inChannels, long outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, kernelSize, stride, padding, 1, 1, true, "zeros");
    }

    /** {@code nn.Conv2d(in, out, kernel_size, stride, padding, dilation, groups, bias, padding_mode)}, one value for both dims. */
    public Conv2d(long inChannels, long outChannels, int kernelSize, int stride, int padding, int dilation, int groups, boolean bias, String paddingMode) {
        this(inChannels, outChannels, repeat(kernelSize, 2), repeat(stride, 2), repeat(padding, 2), repeat(dilation, 2), groups, bias, paddingMode);
    }

    /** {@code nn.Conv2d} with (height, width) pairs. */
    public Conv2d(long inChannels, long outChannels, int[] kernelSize, int[] stride, int[] padding, int[] dilation, int groups, boolean bias,
                  String paddingMode) {
        super(inChannels, outChannels, kernelSize.clone(), stride.clone(), padding.clone(), null, dilation.clone(), false, new int[2], groups, bias, paddingMode);
    }

    /** {@code nn.Conv2d(in, out, kernel_size, padding="same" | "valid")}. */
    public Conv2d(long inChannels, long outChannels, int kernelSize, String padding) {
        this(inChannels, outChannels, repeat(kernelSize, 2), repeat(1, 2), padding, repeat(1, 2), 1, true, "zeros");
    }

    /** {@code nn.Conv2d} with a padding string ("same" or "valid"). */
    public Conv2d(long inChannels, long outChannels, int[] kernelSize, int[] stride, String padding, int[] dilation, int groups, boolean bias,
                  String paddingMode) {
        super(inChannels, outChannels, kernelSize.clone(), stride.clone(), null, padding, dilation.clone(), false, new int[2], groups, bias, paddingMode);
    }

    @Override public Tensor forward(Tensor input) {
        if (!paddingMode.equals("zeros")) return F.conv2d(padded(input), weight, bias, stride, new int[2], dilation, groups);
        return padding == null ? F.conv2d(input, weight, bias, stride, paddingString, dilation, groups)
                : F.conv2d(input, weight, bias, stride, padding, dilation, groups);
    }
}
