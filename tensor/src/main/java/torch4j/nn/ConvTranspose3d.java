package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * A transposed 3-D convolution ({@code nn.ConvTranspose3d}) over (N, C, D, H, W) or
 * (C, D, H, W): weight (in, out / groups, kd, kh, kw), each output size (in − 1)·stride −
 * 2·padding + dilation·(k − 1) + output_padding + 1. Initialised as PyTorch does.
 *
 * <pre>{@code
 * jshell> new ConvTranspose3d(2, 4, 3, 2, 0, 1, 1, true, 1)
 * $1 ==> ConvTranspose3d(2, 4, kernel_size=(3, 3, 3), stride=(2, 2, 2), output_padding=(1, 1, 1))
 * }</pre>
 */
public class ConvTranspose3d extends ConvNd {
    /** {@code nn.ConvTranspose3d(in, out, kernel_size)}. */
    public ConvTranspose3d(long inChannels, long outChannels, int kernelSize) { this(inChannels, outChannels, kernelSize, 1, 0, 0, 1, true, 1); }

    /** {@code nn.ConvTranspose3d(in, out, kernel_size, stride, padding)}. */
    public ConvTranspose3d(long inChannels, long outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, kernelSize, stride, padding, 0, 1, true, 1);
    }

    /** {@code nn.ConvTranspose3d(in, out, kernel_size, stride, padding, output_padding, groups, bias, dilation)}, one value for all three dims. */
    public ConvTranspose3d(long inChannels, long outChannels, int kernelSize, int stride, int padding, int outputPadding, int groups, boolean bias,
                           int dilation) {
        this(inChannels, outChannels, repeat(kernelSize, 3), repeat(stride, 3), repeat(padding, 3), repeat(outputPadding, 3), groups, bias,
                repeat(dilation, 3), "zeros");
    }

    /** {@code nn.ConvTranspose3d} with (depth, height, width) triples; {@code paddingMode}: PyTorch accepts only "zeros". */
    public ConvTranspose3d(long inChannels, long outChannels, int[] kernelSize, int[] stride, int[] padding, int[] outputPadding, int groups,
                           boolean bias, int[] dilation, String paddingMode) {
        super(inChannels, outChannels, kernelSize.clone(), stride.clone(), padding.clone(), null, dilation.clone(), true, outputPadding.clone(),
                groups, bias, zerosOnly(paddingMode, "ConvTranspose3d"));
    }

    @Override public Tensor forward(Tensor input) {
        return F.convTranspose3d(input, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /**
     * {@code forward(input, output_size)}: the output padding that gives {@code outputSize}
     * ((d, h, w), or with the leading sizes), chosen as PyTorch's {@code _output_padding} does.
     *
     * <pre>{@code
     * jshell> new ConvTranspose3d(1, 1, 3, 2, 1).forward(ones(1, 1, 2, 2, 2), new long[]{4, 4, 3}).shape()
     * $1 ==> torch.Size([1, 1, 4, 4, 3])
     * }</pre>
     */
    public Tensor forward(Tensor input, long[] outputSize) {
        return F.convTranspose3d(input, weight, bias, stride, padding, outputPaddingFor(input, outputSize), groups, dilation);
    }
}
