package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 1-D power-average pooling ({@code nn.LPPool1d}): the p-norm of each window of (N, C, L) or
 * (C, L), {@code p = normType} (p = 1 sums, p → ∞ is max pooling). {@code stride} null means the
 * kernel size (Python's None). An integral norm prints as Python's int.
 *
 * <pre>{@code
 * jshell> new LPPool1d(2, 2).call(tensor(3., 4.).view(1, 2))
 * $1 ==> tensor([[5.]])
 * }</pre>
 */
public class LPPool1d extends Module {
    /** The p of the p-norm. */
    public final double normType;
    /** Window length. */
    public final int kernelSize;
    /** Window step, or null for the kernel size. */
    public final Integer stride;
    /** Whether the output length rounds up. */
    public final boolean ceilMode;

    /** {@code nn.LPPool1d(norm_type, kernel_size)}. */
    public LPPool1d(double normType, int kernelSize) { this(normType, kernelSize, null, false); }

    /** {@code nn.LPPool1d(norm_type, kernel_size, stride, ceil_mode)}. */
    public LPPool1d(double normType, int kernelSize, Integer stride, boolean ceilMode) {
        this.normType = normType;
        this.kernelSize = kernelSize;
        this.stride = stride;
        this.ceilMode = ceilMode;
    }

    @Override public Tensor forward(Tensor input) { return F.lpPool1d(input, normType, kernelSize, stride, ceilMode); }

    @Override public String extraRepr() {
        return "norm_type=" + PyRepr.intOrFloat(normType) + ", kernel_size=" + kernelSize + ", stride=" + (stride == null ? "None" : stride)
                + ", ceil_mode=" + PyRepr.bool(ceilMode);
    }
}
