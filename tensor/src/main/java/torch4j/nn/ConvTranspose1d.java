package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * A transposed 1-D convolution ({@code nn.ConvTranspose1d}) over (N, C, L) or (C, L): weight
 * (in, out / groups, k), output length (L − 1)·stride − 2·padding + dilation·(k − 1) +
 * output_padding + 1. Initialised as PyTorch does.
 *
 * <pre>{@code
 * jshell> new ConvTranspose1d(2, 4, 3, 2, 1, 1, 2, false, 1)
 * $1 ==> ConvTranspose1d(2, 4, kernel_size=(3,), stride=(2,), padding=(1,), output_padding=(1,), groups=2, bias=False)
 * }</pre>
 */
public class ConvTranspose1d extends ConvNd {
    /** {@code nn.ConvTranspose1d(in, out, kernel_size)}. */
    public ConvTranspose1d(long inChannels, long outChannels, int kernelSize) { this(inChannels, outChannels, kernelSize, 1, 0, 0, 1, true, 1); }

    /** {@code nn.ConvTranspose1d(in, out, kernel_size, stride, padding)}. */
    public ConvTranspose1d(long inChannels, long outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, kernelSize, stride, padding, 0, 1, true, 1);
    }

    /** {@code nn.ConvTranspose1d(in, out, kernel_size, stride, padding, output_padding, groups, bias, dilation)}. */
    public ConvTranspose1d(long inChannels, long outChannels, int kernelSize, int stride, int padding, int outputPadding, int groups, boolean bias,
                           int dilation) {
        this(inChannels, outChannels, kernelSize, stride, padding, outputPadding, groups, bias, dilation, "zeros");
    }

    /** {@code nn.ConvTranspose1d(..., padding_mode)}: PyTorch accepts only "zeros". */
    public ConvTranspose1d(long inChannels, long outChannels, int kernelSize, int stride, int padding, int outputPadding, int groups, boolean bias,
                           int dilation, String paddingMode) {
        super(inChannels, outChannels, new int[]{kernelSize}, new int[]{stride}, new int[]{padding}, null, new int[]{dilation}, true,
                new int[]{outputPadding}, groups, bias, zerosOnly(paddingMode, "ConvTranspose1d"));
    }

    @Override public Tensor forward(Tensor input) {
        return F.convTranspose1d(input, weight, bias, stride[0], padding[0], outputPadding[0], groups, dilation[0]);
    }

    /**
     * {@code forward(input, output_size)}: the output padding that gives {@code outputSize}
     * ((L), or with the leading sizes), chosen as PyTorch's {@code _output_padding} does.
     *
     * <pre>{@code
     * jshell> new ConvTranspose1d(1, 1, 3, 2, 1).forward(ones(1, 1, 4), new long[]{8}).shape()
     * $1 ==> torch.Size([1, 1, 8])
     * }</pre>
     */
    public Tensor forward(Tensor input, long[] outputSize) {
        return F.convTranspose1d(input, weight, bias, stride[0], padding[0], outputPaddingFor(input, outputSize)[0], groups, dilation[0]);
    }
}
