package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 3-D max unpooling ({@code nn.MaxUnpool3d}) of (N, C, D, H, W) or (C, D, H, W) with the indices of the
 * matching max pooling ({@code forwardWithIndices}); see {@link MaxUnpoolNd}.
 *
 * <pre>{@code
 * jshell> new MaxUnpool3d(2).call(tensor(5.).view(1, 1, 1, 1), tensor(7L).view(1, 1, 1, 1)).sum()
 * $1 ==> tensor(5.)
 * }</pre>
 */
public class MaxUnpool3d extends MaxUnpoolNd {
    /** {@code nn.MaxUnpool3d(kernel_size)}: stride = kernel size. */
    public MaxUnpool3d(int kernelSize) { super(3, kernelSize, null, 0); }

    /** {@code nn.MaxUnpool3d(kernel_size, stride, padding)}. */
    public MaxUnpool3d(int kernelSize, int stride, int padding) { super(3, kernelSize, stride, padding); }

    /** {@code nn.MaxUnpool3d} with per-dim options; {@code stride} null means the kernel size. */
    public MaxUnpool3d(int[] kernelSize, int[] stride, int[] padding) { super(kernelSize, stride, padding); }

    @Override public Tensor forward(Tensor input, Tensor indices, long[] outputSize) {
        return F.maxUnpool3d(input, indices, kernelSize, stride, padding, outputSize);
    }
}
