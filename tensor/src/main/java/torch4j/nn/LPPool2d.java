package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 2-D power-average pooling ({@code nn.LPPool2d}) of (N, C, H, W) or (C, H, W): the p-norm of
 * each window. Kernel and stride as {@link MaxPool2d} (an array of one value stands for Python's
 * int); {@code stride} null means the kernel size (Python's None).
 *
 * <pre>{@code
 * jshell> new LPPool2d(2, 3)
 * $1 ==> LPPool2d(norm_type=2, kernel_size=3, stride=None, ceil_mode=False)
 * }</pre>
 */
public class LPPool2d extends Module {
    /** The p of the p-norm. */
    public final double normType;
    /** As given: one value (Python's int) or (height, width). */
    public final int[] kernelSize;
    /** As given, or null for the kernel size. */
    public final int[] stride;
    /** Whether the output size rounds up. */
    public final boolean ceilMode;

    /** {@code nn.LPPool2d(norm_type, kernel_size)}. */
    public LPPool2d(double normType, int kernelSize) { this(normType, new int[]{kernelSize}, null, false); }

    /** {@code nn.LPPool2d(norm_type, kernel_size, stride, ceil_mode)}. */
    public LPPool2d(double normType, int kernelSize, int stride, boolean ceilMode) {
        this(normType, new int[]{kernelSize}, new int[]{stride}, ceilMode);
    }

    /** {@code nn.LPPool2d} with per-dim options; {@code stride} null means the kernel size. */
    public LPPool2d(double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
        this.normType = normType;
        this.kernelSize = kernelSize.clone();
        this.stride = stride == null ? null : stride.clone();
        this.ceilMode = ceilMode;
    }

    @Override public Tensor forward(Tensor input) {
        return F.lpPool2d(input, normType, MaxPool2d.pair(kernelSize), stride == null ? null : MaxPool2d.pair(stride), ceilMode);
    }

    @Override public String extraRepr() {
        return "norm_type=" + PyRepr.intOrFloat(normType) + ", kernel_size=" + MaxPool2d.intOrTuple(kernelSize) + ", stride="
                + (stride == null ? "None" : MaxPool2d.intOrTuple(stride)) + ", ceil_mode=" + PyRepr.bool(ceilMode);
    }
}
