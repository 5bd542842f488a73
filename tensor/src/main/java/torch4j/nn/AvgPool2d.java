package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 2-D average pooling ({@code nn.AvgPool2d}); options as {@link MaxPool2d} (an array of one
 * value stands for Python's int). {@code divisorOverride} null when not given.
 *
 * <pre>{@code
 * jshell> new AvgPool2d(2)
 * $1 ==> AvgPool2d(kernel_size=2, stride=2, padding=0)
 * }</pre>
 */
public class AvgPool2d extends AvgPoolNd {
    /** {@code nn.AvgPool2d(kernel_size)}: stride = kernel size. */
    public AvgPool2d(int kernelSize) { this(kernelSize, kernelSize, 0); }

    /** {@code nn.AvgPool2d(kernel_size, stride, padding)}. */
    public AvgPool2d(int kernelSize, int stride, int padding) { this(kernelSize, stride, padding, false, true, null); }

    /** {@code nn.AvgPool2d(kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)}. */
    public AvgPool2d(int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad, Integer divisorOverride) {
        this(new int[]{kernelSize}, new int[]{stride}, new int[]{padding}, ceilMode, countIncludePad, divisorOverride);
    }

    /** {@code nn.AvgPool2d} with per-dim options; {@code stride} null means the kernel size. */
    public AvgPool2d(int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad, Integer divisorOverride) {
        super(kernelSize, stride, padding, ceilMode, countIncludePad, divisorOverride);
    }

    @Override public Tensor forward(Tensor input) {
        return F.avgPool2d(input, MaxPool2d.pair(kernelSize), MaxPool2d.pair(stride), MaxPool2d.pair(padding), ceilMode, countIncludePad, divisorOverride);
    }
}
