package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 2-D max unpooling ({@code nn.MaxUnpool2d}) of (N, C, H, W) or (C, H, W) with the indices of the
 * matching max pooling ({@code forwardWithIndices}); see {@link MaxUnpoolNd}.
 *
 * <pre>{@code
 * jshell> new MaxUnpool2d(2).call(tensor(5.).view(1, 1, 1), tensor(3L).view(1, 1, 1))
 * $1 ==> tensor([[[0., 0.],
 *          [0., 5.]]])
 * }</pre>
 */
public class MaxUnpool2d extends MaxUnpoolNd {
    /** {@code nn.MaxUnpool2d(kernel_size)}: stride = kernel size. */
    public MaxUnpool2d(int kernelSize) { super(2, kernelSize, null, 0); }

    /** {@code nn.MaxUnpool2d(kernel_size, stride, padding)}. */
    public MaxUnpool2d(int kernelSize, int stride, int padding) { super(2, kernelSize, stride, padding); }

    /** {@code nn.MaxUnpool2d} with per-dim options; {@code stride} null means the kernel size. */
    public MaxUnpool2d(int[] kernelSize, int[] stride, int[] padding) { super(kernelSize, stride, padding); }

    @Override public Tensor forward(Tensor input, Tensor indices, long[] outputSize) {
        return F.maxUnpool2d(input, indices, kernelSize, stride, padding, outputSize);
    }
}
