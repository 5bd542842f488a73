package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * A 3-D convolution ({@code nn.Conv3d}) over (N, C, D, H, W) or (C, D, H, W) input, weight
 * (out, in / groups, kd, kh, kw) and bias initialised as PyTorch does. {@code paddingMode}
 * "zeros" (default), "reflect", "replicate" or "circular"; padding also "same" or "valid".
 *
 * <pre>{@code
 * jshell> new Conv3d(2, 4, 3)
 * $1 ==> Conv3d(2, 4, kernel_size=(3, 3, 3), stride=(1, 1, 1))
 * }</pre>
 */
public class Conv3d extends ConvNd {
    /** {@code nn.Conv3d(in, out, kernel_size)}. */
    public Conv3d(long inChannels, long outChannels, int kernelSize) { this(inChannels, outChannels, kernelSize, 1, 0); }

    /** {@code nn.Conv3d(in, out, kernel_size, stride, padding)}. */
    public Conv3d(long inChannels, long outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, kernelSize, stride, padding, 1, 1, true, "zeros");
    }

    /** {@code nn.Conv3d(in, out, kernel_size, stride, padding, dilation, groups, bias, padding_mode)}, one value for all three dims. */
    public Conv3d(long inChannels, long outChannels, int kernelSize, int stride, int padding, int dilation, int groups, boolean bias, String paddingMode) {
        this(inChannels, outChannels, repeat(kernelSize, 3), repeat(stride, 3), repeat(padding, 3), repeat(dilation, 3), groups, bias, paddingMode);
    }

    /** {@code nn.Conv3d} with (depth, height, width) triples. */
    public Conv3d(long inChannels, long outChannels, int[] kernelSize, int[] stride, int[] padding, int[] dilation, int groups, boolean bias,
                  String paddingMode) {
        super(inChannels, outChannels, kernelSize.clone(), stride.clone(), padding.clone(), null, dilation.clone(), false, new int[3], groups, bias, paddingMode);
    }

    /** {@code nn.Conv3d(in, out, kernel_size, padding="same" | "valid")}. */
    public Conv3d(long inChannels, long outChannels, int kernelSize, String padding) {
        this(inChannels, outChannels, repeat(kernelSize, 3), repeat(1, 3), padding, repeat(1, 3), 1, true, "zeros");
    }

    /** {@code nn.Conv3d} with a padding string ("same" or "valid"). */
    public Conv3d(long inChannels, long outChannels, int[] kernelSize, int[] stride, String padding, int[] dilation, int groups, boolean bias,
                  String paddingMode) {
        super(inChannels, outChannels, kernelSize.clone(), stride.clone(), null, padding, dilation.clone(), false, new int[3], groups, bias, paddingMode);
    }

    @Override public Tensor forward(Tensor input) {
        if (!paddingMode.equals("zeros")) return F.conv3d(padded(input), weight, bias, stride, new int[3], dilation, groups);
        return padding == null ? F.conv3d(input, weight, bias, stride, paddingString, dilation, groups)
                : F.conv3d(input, weight, bias, stride, padding, dilation, groups);
    }
}
