package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x clamped to [minVal, maxVal] ({@code nn.Hardtanh}); {@link ReLU6} is the [0, 6] case. The
 * gradient is 1 strictly inside the interval, 0 outside and on its ends ({@code HardtanhBackward0}).
 *
 * <pre>{@code
 * jshell> new Hardtanh(-2, 2).call(tensor(-3.0, 0.5, 3.0))
 * $1 ==> tensor([-2.0000,  0.5000,  2.0000])
 * }</pre>
 */
public class Hardtanh extends Module {
    /** The bounds. */
    public final double minVal, maxVal;
    /** Whether forward overwrites its input. */
    public final boolean inplace;
    // Python prints the bounds as it got them: Hardtanh(-2, 2) shows min_val=-2, the default -1.0
    private final boolean integralBounds;

    /** {@code nn.Hardtanh()}: [−1.0, 1.0]. */
    public Hardtanh() { this(-1.0, 1.0, false); }

    /** {@code nn.Hardtanh(min_val, max_val)} with float bounds (printed {@code -0.5}, {@code 1.0}). */
    public Hardtanh(double minVal, double maxVal) { this(minVal, maxVal, false); }

    /** {@code nn.Hardtanh(min_val, max_val, inplace)} with float bounds. */
    public Hardtanh(double minVal, double maxVal, boolean inplace) { this(minVal, maxVal, inplace, false); }

    /** {@code nn.Hardtanh(min_val, max_val)} with integer bounds (printed as Python prints ints: {@code -2}). */
    public Hardtanh(long minVal, long maxVal) { this(minVal, maxVal, false, true); }

    /** {@code nn.Hardtanh(min_val, max_val, inplace)} with integer bounds. */
    public Hardtanh(long minVal, long maxVal, boolean inplace) { this(minVal, maxVal, inplace, true); }

    Hardtanh(double minVal, double maxVal, boolean inplace, boolean integralBounds) {
        if (!(maxVal > minVal)) throw new IllegalArgumentException("Hardtanh needs max_val > min_val, got min_val=" + minVal + ", max_val=" + maxVal);
        this.minVal = minVal;
        this.maxVal = maxVal;
        this.inplace = inplace;
        this.integralBounds = integralBounds;
    }

    @Override public Tensor forward(Tensor input) { return F.hardtanh(input, minVal, maxVal, inplace); }

    @Override public String extraRepr() {
        String min = integralBounds ? Long.toString((long) minVal) : PyRepr.floatRepr(minVal);
        String max = integralBounds ? Long.toString((long) maxVal) : PyRepr.floatRepr(maxVal);
        return "min_val=" + min + ", max_val=" + max + (inplace ? ", inplace=True" : "");
    }
}
