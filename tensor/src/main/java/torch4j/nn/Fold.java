package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Combines sliding blocks into a tensor ({@code nn.Fold}, col2im): the inverse arrangement of
 * {@link Unfold}, summing where windows overlap; see {@link F#fold}. Options given as one value
 * apply to both dims (and print as Python's int); an array is (height, width).
 *
 * <pre>{@code
 * jshell> new Fold(new long[]{3, 3}, new int[]{2}, new int[]{1}, new int[]{0}, new int[]{1})
 * $1 ==> Fold(output_size=(3, 3), kernel_size=2, dilation=1, padding=0, stride=1)
 *
 * jshell> $1.call(ones(1, 4, 4))
 * $2 ==> tensor([[[[1., 2., 1.],
 *           [2., 4., 2.],
 *           [1., 2., 1.]]]])
 * }</pre>
 */
public class Fold extends Module {
    /** As given: one value (Python's int) or (height, width). */
    public final long[] outputSize;
    /** As given: one value (Python's int) or (height, width). */
    public final int[] kernelSize, dilation, padding, stride;

    /** {@code nn.Fold(output_size, kernel_size)}: dilation 1, padding 0, stride 1. */
    public Fold(long outputSize, int kernelSize) { this(new long[]{outputSize}, new int[]{kernelSize}, new int[]{1}, new int[]{0}, new int[]{1}); }

    /** {@code nn.Fold(output_size, kernel_size, dilation, padding, stride)} with one value for both dims. */
    public Fold(long outputSize, int kernelSize, int dilation, int padding, int stride) {
        this(new long[]{outputSize}, new int[]{kernelSize}, new int[]{dilation}, new int[]{padding}, new int[]{stride});
    }

    /** {@code nn.Fold(output_size, kernel_size, dilation, padding, stride)}, each one value or (height, width). */
    public Fold(long[] outputSize, int[] kernelSize, int[] dilation, int[] padding, int[] stride) {
        this.outputSize = outputSize.clone();
        this.kernelSize = kernelSize.clone();
        this.dilation = dilation.clone();
        this.padding = padding.clone();
        this.stride = stride.clone();
    }

    @Override public Tensor forward(Tensor input) {
        long[] size = outputSize.length == 1 ? new long[]{outputSize[0], outputSize[0]} : outputSize;
        return F.fold(input, size, MaxPool2d.pair(kernelSize), MaxPool2d.pair(dilation), MaxPool2d.pair(padding), MaxPool2d.pair(stride));
    }

    @Override public String extraRepr() {
        return "output_size=" + (outputSize.length == 1 ? Long.toString(outputSize[0]) : PyRepr.tuple(outputSize))
                + ", kernel_size=" + MaxPool2d.intOrTuple(kernelSize) + ", dilation=" + MaxPool2d.intOrTuple(dilation)
                + ", padding=" + MaxPool2d.intOrTuple(padding) + ", stride=" + MaxPool2d.intOrTuple(stride);
    }
}
