package torch4j.nn;

import java.util.List;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 1-D max pooling ({@code nn.MaxPool1d}) over (N, C, L) or (C, L). Stride defaults to the kernel
 * size. With {@code returnIndices} PyTorch's forward returns (values, indices): run such a module
 * with {@link #forwardWithIndices(Tensor)} (its plain forward refuses), as {@link MaxPool2d}.
 *
 * <pre>{@code
 * jshell> new MaxPool1d(2)
 * $1 ==> MaxPool1d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
 * }</pre>
 */
public class MaxPool1d extends Module {
    /** Window length, step, zero padding on each side and spacing of the window's elements. */
    public final int kernelSize, stride, padding, dilation;
    /** Whether the output length rounds up. */
    public final boolean ceilMode;
    /** Whether the module pools with indices ({@link #forwardWithIndices(Tensor)}). */
    public final boolean returnIndices;

    /** {@code nn.MaxPool1d(kernel_size)}: stride = kernel size. */
    public MaxPool1d(int kernelSize) { this(kernelSize, kernelSize, 0, 1, false, false); }

    /** {@code nn.MaxPool1d(kernel_size, stride)}. */
    public MaxPool1d(int kernelSize, int stride) { this(kernelSize, stride, 0, 1, false, false); }

    /** {@code nn.MaxPool1d(kernel_size, stride, padding, dilation, return_indices, ceil_mode)} (PyTorch's order). */
    public MaxPool1d(int kernelSize, int stride, int padding, int dilation, boolean returnIndices, boolean ceilMode) {
        this.kernelSize = kernelSize;
        this.stride = stride;
        this.padding = padding;
        this.dilation = dilation;
        this.returnIndices = returnIndices;
        this.ceilMode = ceilMode;
    }

    /** @throws IllegalStateException for a module built with {@code returnIndices}: see {@link #forwardWithIndices(Tensor)} */
    @Override public Tensor forward(Tensor input) {
        if (returnIndices)
            throw new IllegalStateException("MaxPool1d(return_indices=True) returns (values, indices): call forwardWithIndices(input) instead of forward/call");
        return F.maxPool1d(input, kernelSize, stride, padding, dilation, ceilMode);
    }

    /**
     * PyTorch's {@code module(input)} for {@code return_indices=True}: the values and the index
     * along L of each maximum. Forward hooks do not run.
     *
     * <pre>{@code
     * jshell> new MaxPool1d(2, 2, 0, 1, true, false).forwardWithIndices(tensor(1., 3., 2., 0.).view(1, 4)).get(1)
     * $1 ==> tensor([[1, 2]])
     * }</pre>
     */
    public List<Tensor> forwardWithIndices(Tensor input) { return F.maxPool1dWithIndices(input, kernelSize, stride, padding, dilation, ceilMode); }

    @Override public String extraRepr() {
        return "kernel_size=" + kernelSize + ", stride=" + stride + ", padding=" + padding + ", dilation=" + dilation + ", ceil_mode=" + PyRepr.bool(ceilMode);
    }
}
