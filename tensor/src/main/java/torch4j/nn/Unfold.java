package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Extracts sliding blocks ({@code nn.Unfold}, im2col): every kernel window of (N, C, H, W) as a
 * column of (N, C·kh·kw, L); see {@link F#unfold}. Options given as one int apply to both dims
 * (and print as Python's int); an array is (height, width).
 *
 * <pre>{@code
 * jshell> new Unfold(new int[]{2, 3}, new int[]{2}, new int[]{1}, new int[]{1, 2})
 * $1 ==> Unfold(kernel_size=(2, 3), dilation=2, padding=1, stride=(1, 2))
 *
 * jshell> new Unfold(2).call(ones(1, 3, 4, 4)).shape()
 * $2 ==> torch.Size([1, 12, 9])
 * }</pre>
 */
public class Unfold extends Module {
    /** As given: one value (Python's int) or (height, width). */
    public final int[] kernelSize, dilation, padding, stride;

    /** {@code nn.Unfold(kernel_size)}: dilation 1, padding 0, stride 1. */
    public Unfold(int kernelSize) { this(new int[]{kernelSize}, new int[]{1}, new int[]{0}, new int[]{1}); }

    /** {@code nn.Unfold(kernel_size, dilation, padding, stride)} with one value for both dims. */
    public Unfold(int kernelSize, int dilation, int padding, int stride) {
        this(new int[]{kernelSize}, new int[]{dilation}, new int[]{padding}, new int[]{stride});
    }

    /** {@code nn.Unfold(kernel_size, dilation, padding, stride)}, each one value or (height, width). */
    public Unfold(int[] kernelSize, int[] dilation, int[] padding, int[] stride) {
        this.kernelSize = kernelSize.clone();
        this.dilation = dilation.clone();
        this.padding = padding.clone();
        this.stride = stride.clone();
    }

    @Override public Tensor forward(Tensor input) {
        return F.unfold(input, MaxPool2d.pair(kernelSize), MaxPool2d.pair(dilation), MaxPool2d.pair(padding), MaxPool2d.pair(stride));
    }

    @Override public String extraRepr() {
        return "kernel_size=" + MaxPool2d.intOrTuple(kernelSize) + ", dilation=" + MaxPool2d.intOrTuple(dilation)
                + ", padding=" + MaxPool2d.intOrTuple(padding) + ", stride=" + MaxPool2d.intOrTuple(stride);
    }
}
