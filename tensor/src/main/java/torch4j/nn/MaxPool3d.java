package torch4j.nn;

import java.util.List;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 3-D max pooling ({@code nn.MaxPool3d}) over (N, C, D, H, W) or (C, D, H, W). Options given as
 * one int apply to all three dims; an array is (depth, height, width), and an array of one value
 * stands for Python's plain int (as the repr shows it). Stride defaults to the kernel size.
 * {@code returnIndices} as {@link MaxPool2d}.
 *
 * <pre>{@code
 * jshell> new MaxPool3d(new int[]{1, 2, 2}, null, new int[]{0}, new int[]{1}, false, false)
 * $1 ==> MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2), padding=0, dilation=1, ceil_mode=False)
 * }</pre>
 */
public class MaxPool3d extends Module {
    /** As given: one value (Python's int) or (depth, height, width). */
    public final int[] kernelSize, stride, padding, dilation;
    /** Whether the output size rounds up. */
    public final boolean ceilMode;
    /** Whether the module pools with indices ({@link #forwardWithIndices(Tensor)}). */
    public final boolean returnIndices;

    /** {@code nn.MaxPool3d(kernel_size)}: stride = kernel size. */
    public MaxPool3d(int kernelSize) { this(kernelSize, kernelSize, 0, 1, false, false); }

    /** {@code nn.MaxPool3d(kernel_size, stride)}. */
    public MaxPool3d(int kernelSize, int stride) { this(kernelSize, stride, 0, 1, false, false); }

    /** {@code nn.MaxPool3d(kernel_size, stride, padding, dilation, return_indices, ceil_mode)} (PyTorch's order). */
    public MaxPool3d(int kernelSize, int stride, int padding, int dilation, boolean returnIndices, boolean ceilMode) {
        this(new int[]{kernelSize}, new int[]{stride}, new int[]{padding}, new int[]{dilation}, returnIndices, ceilMode);
    }

    /** {@code nn.MaxPool3d} with per-dim options; {@code stride} null means the kernel size. */
    public MaxPool3d(int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean returnIndices, boolean ceilMode) {
        this.kernelSize = kernelSize.clone();
        this.stride = stride == null ? kernelSize.clone() : stride.clone();
        this.padding = padding.clone();
        this.dilation = dilation.clone();
        this.returnIndices = returnIndices;
        this.ceilMode = ceilMode;
    }

    /** An option as (depth, height, width). */
    static int[] triple(int[] v) { return v.length == 1 ? new int[]{v[0], v[0], v[0]} : v; }

    /** @throws IllegalStateException for a module built with {@code returnIndices}: see {@link #forwardWithIndices(Tensor)} */
    @Override public Tensor forward(Tensor input) {
        if (returnIndices)
            throw new IllegalStateException("MaxPool3d(return_indices=True) returns (values, indices): call forwardWithIndices(input) instead of forward/call");
        return F.maxPool3d(input, triple(kernelSize), triple(stride), triple(padding), triple(dilation), ceilMode);
    }

    /**
     * PyTorch's {@code module(input)} for {@code return_indices=True}: the values and the flat
     * index ((z·H + y)·W + x) of each maximum in its volume. Forward hooks do not run.
     *
     * <pre>{@code
     * jshell> new MaxPool3d(2, 2, 0, 1, true, false).forwardWithIndices(arange(8.).view(1, 2, 2, 2)).get(1)
     * $1 ==> tensor([[[[7]]]])
     * }</pre>
     */
    public List<Tensor> forwardWithIndices(Tensor input) {
        return F.maxPool3dWithIndices(input, triple(kernelSize), triple(stride), triple(padding), triple(dilation), ceilMode);
    }

    @Override public String extraRepr() {
        return "kernel_size=" + MaxPool2d.intOrTuple(kernelSize) + ", stride=" + MaxPool2d.intOrTuple(stride) + ", padding=" + MaxPool2d.intOrTuple(padding)
                + ", dilation=" + MaxPool2d.intOrTuple(dilation) + ", ceil_mode=" + PyRepr.bool(ceilMode);
    }
}
