package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * A transposed 2-D convolution ({@code nn.ConvTranspose2d}, "deconvolution"): weight
 * (in, out / groups, kh, kw), output size (H − 1)·stride − 2·padding + dilation·(k − 1) +
 * output_padding + 1. Initialised as PyTorch does.
 *
 * <pre>{@code
 * jshell> new ConvTranspose2d(4, 6, 3, 2, 1, 1, 2, true, 1)
 * $1 ==> ConvTranspose2d(4, 6, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), output_padding=(1, 1), groups=2)
 * }</pre>
 */
public class ConvTranspose2d extends ConvNd {
    /** {@code nn.ConvTranspose2d(in, out, kernel_size)}. */
    public ConvTranspose2d(long inChannels, long outChannels, int kernelSize) { this(inChannels, outChannels, kernelSize, 1, 0, 0, 1, true, 1); }

    /** {@code nn.ConvTranspose2d(in, out, kernel_size, stride, padding)}. */
    public ConvTranspose2d(long inChannels, long outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, kernelSize, stride, padding, 0, 1, true, 1);
    }

    /** {@code nn.ConvTranspose2d(in, out, kernel_size, stride, padding, output_padding, groups, bias, dilation)}, one value for both dims. */
    public ConvTranspose2d(long inChannels, long outChannels, int kernelSize, int stride, int padding, int outputPadding, int groups, boolean bias,
                           int dilation) {
        this(inChannels, outChannels, repeat(kernelSize, 2), repeat(stride, 2), repeat(padding, 2), repeat(outputPadding, 2), groups, bias,
                repeat(dilation, 2));
    }

    /** {@code nn.ConvTranspose2d} with (height, width) pairs. */
    public ConvTranspose2d(long inChannels, long outChannels, int[] kernelSize, int[] stride, int[] padding, int[] outputPadding, int groups,
                           boolean bias, int[] dilation) {
        super(inChannels, outChannels, kernelSize.clone(), stride.clone(), padding.clone(), null, dilation.clone(), true, outputPadding.clone(),
                groups, bias, "zeros");
    }

    @Override public Tensor forward(Tensor input) {
        return F.convTranspose2d(input, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /**
     * {@code forward(input, output_size)}: the output padding that gives {@code outputSize}
     * ((h, w), or the full (N, C, h, w)), chosen as PyTorch's {@code _output_padding} does.
     *
     * <pre>{@code
     * jshell> new ConvTranspose2d(1, 1, 3, 2, 1).forward(ones(1, 1, 4, 4), new long[]{8, 8}).shape()
     * $1 ==> torch.Size([1, 1, 8, 8])
     * }</pre>
     */
    public Tensor forward(Tensor input, long[] outputSize) {
        return F.convTranspose2d(input, weight, bias, stride, padding, outputPaddingFor(input, outputSize), groups, dilation);
    }
}
