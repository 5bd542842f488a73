package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 2-D max pooling ({@code nn.MaxPool2d}). Options given as one int apply to both dims; an array
 * is (height, width), and an array of one value stands for Python's plain int (as the repr
 * shows it). Stride defaults to the kernel size.
 *
 * <pre>{@code
 * jshell> new MaxPool2d(2)
 * $1 ==> MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
 * }</pre>
 */
public class MaxPool2d extends Module {
    /** As given: one value (Python's int) or (height, width). */
    public final int[] kernelSize, stride, padding, dilation;
    /** Whether the output size rounds up (windows may start in the right/bottom padding). */
    public final boolean ceilMode;

    /** {@code nn.MaxPool2d(kernel_size)}: stride = kernel size. */
    public MaxPool2d(int kernelSize) { this(kernelSize, kernelSize, 0, 1, false); }

    /** {@code nn.MaxPool2d(kernel_size, stride)}. */
    public MaxPool2d(int kernelSize, int stride) { this(kernelSize, stride, 0, 1, false); }

    /** {@code nn.MaxPool2d(kernel_size, stride, padding, dilation, ceil_mode)}. */
    public MaxPool2d(int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        this(new int[]{kernelSize}, new int[]{stride}, new int[]{padding}, new int[]{dilation}, ceilMode);
    }

    /** {@code nn.MaxPool2d} with per-dim options; {@code stride} null means the kernel size. */
    public MaxPool2d(int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        this.kernelSize = kernelSize.clone();
        this.stride = stride == null ? kernelSize.clone() : stride.clone();
        this.padding = padding.clone();
        this.dilation = dilation.clone();
        this.ceilMode = ceilMode;
    }

    /** An option as (height, width). */
    static int[] pair(int[] v) { return v.length == 1 ? new int[]{v[0], v[0]} : v; }

    /** Python's repr of an int-or-tuple option. */
    static String intOrTuple(int[] v) { return v.length == 1 ? Integer.toString(v[0]) : ConvNd.tuple(v); }

    @Override public Tensor forward(Tensor input) {
        return F.maxPool2d(input, pair(kernelSize), pair(stride), pair(padding), pair(dilation), ceilMode);
    }

    @Override public String extraRepr() {
        return "kernel_size=" + intOrTuple(kernelSize) + ", stride=" + intOrTuple(stride) + ", padding=" + intOrTuple(padding)
                + ", dilation=" + intOrTuple(dilation) + ", ceil_mode=" + PyRepr.bool(ceilMode);
    }
}
