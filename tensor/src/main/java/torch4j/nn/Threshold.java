package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * {@code value} where x ≤ {@code threshold}, else x ({@code nn.Threshold}). The numbers are kept
 * as given, so the repr prints {@code 20} for an int and {@code 20.0} for a double, as Python does.
 *
 * <pre>{@code
 * jshell> new Threshold(0.1, 20)
 * $1 ==> Threshold(threshold=0.1, value=20)
 * }</pre>
 */
public class Threshold extends Module {
    /** The value compared against. */
    public final Number threshold;
    /** What replaces the elements at or below the threshold. */
    public final Number value;
    /** Whether forward overwrites its input. */
    public final boolean inplace;

    /** {@code nn.Threshold(threshold, value)}. */
    public Threshold(Number threshold, Number value) { this(threshold, value, false); }

    /** {@code nn.Threshold(threshold, value, inplace)}. */
    public Threshold(Number threshold, Number value, boolean inplace) {
        this.threshold = threshold;
        this.value = value;
        this.inplace = inplace;
    }

    @Override public Tensor forward(Tensor input) { return F.threshold(input, threshold.doubleValue(), value.doubleValue(), inplace); }

    @Override public String extraRepr() {
        return "threshold=" + number(threshold) + ", value=" + number(value) + (inplace ? ", inplace=True" : "");
    }

    private static String number(Number n) {
        return n instanceof Double || n instanceof Float ? PyRepr.floatRepr(n.doubleValue()) : Long.toString(n.longValue());
    }
}
