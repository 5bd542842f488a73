package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 3-D average pooling ({@code nn.AvgPool3d}) over (N, C, D, H, W) or (C, D, H, W); options as
 * {@link MaxPool3d} (an array of one value stands for Python's int). {@code divisorOverride} null
 * when not given.
 *
 * <pre>{@code
 * jshell> new AvgPool3d(2)
 * $1 ==> AvgPool3d(kernel_size=2, stride=2, padding=0)
 * }</pre>
 */
public class AvgPool3d extends AvgPoolNd {
    /** {@code nn.AvgPool3d(kernel_size)}: stride = kernel size. */
    public AvgPool3d(int kernelSize) { this(kernelSize, kernelSize, 0); }

    /** {@code nn.AvgPool3d(kernel_size, stride, padding)}. */
    public AvgPool3d(int kernelSize, int stride, int padding) { this(kernelSize, stride, padding, false, true, null); }

    /** {@code nn.AvgPool3d(kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)}. */
    public AvgPool3d(int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad, Integer divisorOverride) {
        this(new int[]{kernelSize}, new int[]{stride}, new int[]{padding}, ceilMode, countIncludePad, divisorOverride);
    }

    /** {@code nn.AvgPool3d} with per-dim options; {@code stride} null means the kernel size. */
    public AvgPool3d(int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad, Integer divisorOverride) {
        super(kernelSize, stride, padding, ceilMode, countIncludePad, divisorOverride);
    }

    @Override public Tensor forward(Tensor input) {
        return F.avgPool3d(input, MaxPool3d.triple(kernelSize), MaxPool3d.triple(stride), MaxPool3d.triple(padding), ceilMode, countIncludePad,
                divisorOverride);
    }
}
