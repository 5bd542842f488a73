package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * A 1-D convolution ({@code nn.Conv1d}) over (N, C, L) or (C, L) input, weight (out, in / groups, k),
 * initialised as PyTorch does.
 *
 * <pre>{@code
 * jshell> new Conv1d(3, 4, 3)
 * $1 ==> Conv1d(3, 4, kernel_size=(3,), stride=(1,))
 * }</pre>
 */
public class Conv1d extends ConvNd {
    /** {@code nn.Conv1d(in, out, kernel_size)}. */
    public Conv1d(long inChannels, long outChannels, int kernelSize) { this(inChannels, outChannels, kernelSize, 1, 0, 1, 1, true, "zeros"); }

    /** {@code nn.Conv1d(in, out, kernel_size, stride, padding)}. */
    public Conv1d(long inChannels, long outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, kernelSize, stride, padding, 1, 1, true, "zeros");
    }

    /** {@code nn.Conv1d(in, out, kernel_size, stride, padding, dilation, groups, bias, padding_mode)}. */
    public Conv1d(long inChannels, long outChannels, int kernelSize, int stride, int padding, int dilation, int groups, boolean bias, String paddingMode) {
        super(inChannels, outChannels, new int[]{kernelSize}, new int[]{stride}, new int[]{padding}, null, new int[]{dilation}, false, new int[1],
                groups, bias, paddingMode);
    }

    /** {@code nn.Conv1d(in, out, kernel_size, stride, padding="same" | "valid", dilation, groups, bias, padding_mode)}. */
    public Conv1d(long inChannels, long outChannels, int kernelSize, int stride, String padding, int dilation, int groups, boolean bias, String paddingMode) {
        super(inChannels, outChannels, new int[]{kernelSize}, new int[]{stride}, null, padding, new int[]{dilation}, false, new int[1],
                groups, bias, paddingMode);
    }

    @Override public Tensor forward(Tensor input) {
        if (!paddingMode.equals("zeros")) return F.conv1d(padded(input), weight, bias, stride[0], 0, dilation[0], groups);
        return padding == null ? F.conv1d(input, weight, bias, stride[0], paddingString, dilation[0], groups)
                : F.conv1d(input, weight, bias, stride[0], padding[0], dilation[0], groups);
    }
}
