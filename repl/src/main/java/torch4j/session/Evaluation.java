package torch4j.session;

/**
 * The outcome of one snippet.
 *
 * @param source   the snippet's source, as split from the cell or line
 * @param value    the live value of an expression or variable declaration, or null
 * @param hasValue whether the snippet produced a value (an expression that is not void, or a variable)
 * @param echo     the text the REPL prints (an expression's repr, {@link Repr#of}), or null for a quiet snippet;
 *                 the kernel renders {@code value} with {@link Renderers#render} for rich output
 * @param error    null when the snippet ran
 */
public record Evaluation(String source, Object value, boolean hasValue, String echo, EvalError error) {
    /** Whether the snippet compiled and ran without an exception. */
    public boolean ok() { return error == null; }
}
