package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 1-D average pooling ({@code nn.AvgPool1d}) over (N, C, L) or (C, L). As in PyTorch the repr
 * shows the options as 1-tuples.
 *
 * <pre>{@code
 * jshell> new AvgPool1d(2)
 * $1 ==> AvgPool1d(kernel_size=(2,), stride=(2,), padding=(0,))
 * }</pre>
 */
public class AvgPool1d extends Module {
    /** Window length, step and zero padding on each side. */
    public final int kernelSize, stride, padding;
    /** Round the output length up; count the zero padding in the divisor. */
    public final boolean ceilMode, countIncludePad;

    /** {@code nn.AvgPool1d(kernel_size)}: stride = kernel size. */
    public AvgPool1d(int kernelSize) { this(kernelSize, kernelSize, 0); }

    /** {@code nn.AvgPool1d(kernel_size, stride, padding)}. */
    public AvgPool1d(int kernelSize, int stride, int padding) { this(kernelSize, stride, padding, false, true); }

    /** {@code nn.AvgPool1d(kernel_size, stride, padding, ceil_mode, count_include_pad)}. */
    public AvgPool1d(int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
        this.kernelSize = kernelSize;
        this.stride = stride;
        this.padding = padding;
        this.ceilMode = ceilMode;
        this.countIncludePad = countIncludePad;
    }

    @Override public Tensor forward(Tensor input) { return F.avgPool1d(input, kernelSize, stride, padding, ceilMode, countIncludePad); }

    @Override public String extraRepr() {
        return "kernel_size=(" + kernelSize + ",), stride=(" + stride + ",), padding=(" + padding + ",)";
    }
}
