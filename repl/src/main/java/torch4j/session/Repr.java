package torch4j.session;

import java.lang.reflect.Array;

/**
 * The text a REPL shows for a value: {@code toString()} (for tensors, modules and sizes that is
 * PyTorch's repr), strings and characters as Java literals, arrays element by element, and
 * {@code x.item()} of an integer or bool tensor as Python's {@code 6} or {@code True}, booleans as
 * {@code True}/{@code False} and doubles as Python's floats ({@code 1e-05}).
 */
public final class Repr {
    private Repr() {}

    /** The echo text of {@code value}, as an expression's result shows it. */
    public static String of(Object value) {
        if (value == null) return "null";
        value = torch4j.print.ItemValues.python(value);   // x.item() of an int64 tensor shows 6, of a bool one True
        if (value instanceof String s) return quote(s, '"');
        if (value instanceof Character c) return quote(c.toString(), '\'');
        return str(value);
    }

    /** The text {@code print(value)} writes: like {@link #of} but strings and characters unquoted. */
    public static String str(Object value) {
        if (value == null) return "None";   // print(x.grad()) before backward: Python's None
        value = torch4j.print.ItemValues.python(value);
        if (value.getClass().isArray()) return array(value);
        // Python's str of a bool and a float: True, 1e-05 (Java says true, 1.0E-5)
        if (value instanceof Boolean || value instanceof Double) return torch4j.print.FormatSpec.str(value);
        return String.valueOf(value);
    }

    private static String array(Object a) {
        StringBuilder sb = new StringBuilder("[");
        int n = Array.getLength(a);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(", ");
            Object e = Array.get(a, i);
            sb.append(e instanceof String || e instanceof Character ? of(e) : str(e));
        }
        return sb.append(']').toString();
    }

    private static String quote(String s, char q) {
        StringBuilder sb = new StringBuilder().append(q);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c == q) sb.append('\\');
                    sb.append(c);
                }
            }
        }
        return sb.append(q).toString();
    }
}
