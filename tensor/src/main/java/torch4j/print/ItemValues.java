package torch4j.print;

import torch4j.DType;

/**
 * Python's value of {@code x.item()} for printing. In Java {@code item()} is a {@code double}, so
 * that {@code double v = loss.item()} and {@code runningLoss += loss.item()} stay plain arithmetic
 * (a {@code Number} subtype would not unbox, and a generic return type would not take part in
 * {@code +=}). Python's {@code item()} is an {@code int} for an integer tensor and a {@code bool}
 * for a bool one, and prints {@code 6} and {@code True}. torch4j remembers the last
 * 16 integer or bool {@code item()} values it read: when {@code print}, the REPL echo or the kernel shows a
 * {@code double} with exactly that value, they show Python's value ({@link #python}). The price:
 * a float computed to the same value afterwards ({@code n * 1.0}) also shows as {@code 6}.
 *
 * <pre>{@code
 * jshell> tensor(6L).item()
 * $1 ==> 6
 * jshell> tensor(true).item()
 * $2 ==> True
 * jshell> double v = tensor(6L).item(); v + 0.5
 * $4 ==> 6.5
 * }</pre>
 */
public final class ItemValues {
    private ItemValues() {}

    private record Last(long bits, DType dtype, long exact) {}

    /** How many recent items are remembered: enough for the items of one print(...) call. */
    private static final int KEPT = 16;

    // one record for the whole JVM, not per thread: the REPL runs a snippet on one thread and shows its value from another
    private static final Last[] RECENT = new Last[KEPT];
    private static int next;

    /**
     * Notes that {@code item()} of an integer or bool {@code dtype} tensor gave {@code value}
     * ({@code exact}: the integer itself, which a double may round). Called by {@code Tensor.item()};
     * float items are not noted, so they leave an earlier integer's note in place.
     */
    public static double read(double value, DType dtype, long exact) {
        Last entry = new Last(Double.doubleToRawLongBits(value), dtype, exact);
        synchronized (RECENT) {
            RECENT[next] = entry;
            next = (next + 1) % KEPT;
        }
        return value;
    }

    /**
     * {@code value} as Python shows it: a {@code Double} that the last {@code item()} read from an
     * integer tensor becomes a {@code Long}, from a bool tensor the text {@code True}/{@code False};
     * anything else is returned as is.
     */
    public static Object python(Object value) {
        if (!(value instanceof Double d)) return value;
        long bits = Double.doubleToRawLongBits(d);
        Last last = null;
        synchronized (RECENT) {
            for (int k = 1; k <= KEPT && last == null; k++) {
                Last e = RECENT[(next - k + KEPT) % KEPT];
                if (e != null && e.bits == bits) last = e;
            }
        }
        if (last == null) return value;
        if (last.dtype == DType.BOOL) return new PythonBool(d != 0);
        return last.exact;
    }

    /** Python's {@code True}/{@code False}. */
    private record PythonBool(boolean value) {
        @Override public String toString() { return value ? "True" : "False"; }
    }
}
