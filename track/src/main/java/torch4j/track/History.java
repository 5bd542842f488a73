package torch4j.track;

/**
 * One metric's logged values and the steps they were logged at, in step order.
 *
 * <pre>{@code
 * jshell> run.history("loss").values()[0]
 * $4 ==> 2.302
 * }</pre>
 *
 * @param key    the metric
 * @param steps  the steps, increasing
 * @param values the value at each step
 */
public record History(String key, long[] steps, double[] values) {
    /** How many values were logged. */
    public int size() { return steps.length; }

    /** The last value logged, NaN when none was. */
    public double last() { return values.length == 0 ? Double.NaN : values[values.length - 1]; }

    @Override public String toString() { return "History(" + key + ", " + steps.length + " steps)"; }
}
