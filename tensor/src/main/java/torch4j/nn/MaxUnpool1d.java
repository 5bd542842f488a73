package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 1-D max unpooling ({@code nn.MaxUnpool1d}) of (N, C, L) or (C, L) with the indices of the
 * matching max pooling ({@code forwardWithIndices}); see {@link MaxUnpoolNd}.
 *
 * <pre>{@code
 * jshell> new MaxUnpool1d(2).call(tensor(3., 2.).view(1, 2), tensor(1L, 2L).view(1, 2))
 * $1 ==> tensor([[0., 3., 2., 0.]])
 * }</pre>
 */
public class MaxUnpool1d extends MaxUnpoolNd {
    /** {@code nn.MaxUnpool1d(kernel_size)}: stride = kernel size. */
    public MaxUnpool1d(int kernelSize) { super(1, kernelSize, null, 0); }

    /** {@code nn.MaxUnpool1d(kernel_size, stride, padding)}. */
    public MaxUnpool1d(int kernelSize, int stride, int padding) { super(1, kernelSize, stride, padding); }

    @Override public Tensor forward(Tensor input, Tensor indices, long[] outputSize) {
        return F.maxUnpool1d(input, indices, kernelSize[0], stride[0], padding[0], outputSize);
    }
}
