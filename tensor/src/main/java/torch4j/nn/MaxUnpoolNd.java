package torch4j.nn;

import torch4j.Tensor;

/**
 * What {@link MaxUnpool1d}, {@link MaxUnpool2d} and {@link MaxUnpool3d} share (PyTorch's
 * {@code _MaxUnpoolNd}): the options, held as one value per spatial dim (PyTorch's
 * {@code _single}/{@code _pair}/{@code _triple}, so the repr shows tuples), and the two forward
 * forms. The inverse of max pooling with indices: each value goes back to where its maximum came
 * from, zeros elsewhere.
 *
 * <pre>{@code
 * jshell> new MaxUnpool2d(2)
 * $1 ==> MaxUnpool2d(kernel_size=(2, 2), stride=(2, 2), padding=(0, 0))
 * }</pre>
 */
public abstract class MaxUnpoolNd extends Module {
    /** Per spatial dim. */
    public final int[] kernelSize, stride, padding;

    MaxUnpoolNd(int dims, int kernelSize, Integer stride, int padding) {
        this.kernelSize = ConvNd.repeat(kernelSize, dims);
        this.stride = ConvNd.repeat(stride == null ? kernelSize : stride, dims);
        this.padding = ConvNd.repeat(padding, dims);
    }

    MaxUnpoolNd(int[] kernelSize, int[] stride, int[] padding) {
        this.kernelSize = kernelSize.clone();
        this.stride = stride == null ? kernelSize.clone() : stride.clone();
        this.padding = padding.clone();
    }

    /** {@code module(input, indices)}: the default output size, (in − 1)·stride + kernel − 2·padding per dim. */
    @Override public Tensor forward(Tensor input, Tensor indices) { return forward(input, indices, null); }

    /** {@code module(input, indices, output_size)}: {@code outputSize} the spatial sizes (or with N and C first), null for the default. */
    public abstract Tensor forward(Tensor input, Tensor indices, long[] outputSize);

    @Override public String extraRepr() {
        return "kernel_size=" + ConvNd.tuple(kernelSize) + ", stride=" + ConvNd.tuple(stride) + ", padding=" + ConvNd.tuple(padding);
    }
}
