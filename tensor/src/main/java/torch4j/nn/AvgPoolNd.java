package torch4j.nn;

/**
 * What {@link AvgPool2d} and {@link AvgPool3d} share (PyTorch's {@code _AvgPoolNd}): the options
 * as given (an array of one value stands for Python's int, so the repr shows {@code 2}, not
 * {@code (2, 2)}) and the repr. {@code divisorOverride} null when not given.
 *
 * <pre>{@code
 * jshell> new AvgPool3d(new int[]{2}, null, new int[]{0}, false, true, null)
 * $1 ==> AvgPool3d(kernel_size=2, stride=2, padding=0)
 * }</pre>
 */
public abstract class AvgPoolNd extends Module {
    /** As given: one value (Python's int) or one per spatial dim. */
    public final int[] kernelSize, stride, padding;
    /** Round the output size up; count the zero padding in the divisor. */
    public final boolean ceilMode, countIncludePad;
    /** The divisor of every window, or null for the window size. */
    public final Integer divisorOverride;

    /** {@code stride} null means the kernel size. */
    AvgPoolNd(int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad, Integer divisorOverride) {
        this.kernelSize = kernelSize.clone();
        this.stride = stride == null ? kernelSize.clone() : stride.clone();
        this.padding = padding.clone();
        this.ceilMode = ceilMode;
        this.countIncludePad = countIncludePad;
        this.divisorOverride = divisorOverride;
    }

    @Override public String extraRepr() {
        return "kernel_size=" + MaxPool2d.intOrTuple(kernelSize) + ", stride=" + MaxPool2d.intOrTuple(stride) + ", padding=" + MaxPool2d.intOrTuple(padding);
    }
}
