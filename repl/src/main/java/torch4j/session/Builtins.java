package torch4j.session;

import torch4j.print.FormatSpec;
import torch4j.print.ItemValues;
import torch4j.print.PyList;

/**
 * The Python-like helpers a session's code calls unqualified: {@code print}, {@code list},
 * {@code str}, {@code format}, and IPython's {@code display}, {@code updateDisplay} and
 * {@code clearOutput}. The prelude imports them ({@code import static torch4j.session.Builtins.print;}
 * and so on, one name at a time, so that a learner's own method of the same name adds an overload
 * as a snippet method would); they call {@link Prelude}'s static methods.
 *
 * <pre>
 * jshell&gt; print("loss", tensor(0.5), 3)
 * loss tensor(0.5000) 3
 * jshell&gt; format(tensor(2.5), ".3f")
 * $2 ==&gt; "2.500"
 * </pre>
 */
public final class Builtins {
    private Builtins() {}

    /** Python's {@code print()}: an empty line. */
    public static void print() {
        Prelude.print();
    }

    /**
     * Python's {@code print(a, b, ...)}: the str of each value, separated by spaces. First and
     * rest, not a lone {@code Object...}: {@code print(x.tolist())} then infers tolist's
     * {@code <T>} as an Object (a PyList), where {@code Object...} would infer Object[] and fail to cast.
     */
    public static void print(Object first, Object... rest) {
        Prelude.print(Prelude.prepend(first, rest));
    }

    /** Python's {@code list(iterable)}: {@code list(d.keys())} prints {@code ['state', 'param_groups']}. */
    public static PyList list(Iterable<?> items) {
        PyList l = new PyList();
        items.forEach(l::add);
        return l;
    }

    /** Python's {@code str(x)}: an f-string's {@code {x}}. */
    public static String str(Object value) {
        return FormatSpec.str(ItemValues.python(value));
    }

    /** Python's {@code format(x, spec)}: an f-string's {@code {x:.4f}}. */
    public static String format(Object value, String spec) {
        return FormatSpec.format(ItemValues.python(value), spec);
    }

    /** IPython's {@code display(obj)}: the value rendered (text, HTML, an image) below the cell. */
    public static void display(Object value) {
        Prelude.display(value, null);
    }

    /** {@code display(obj, display_id=...)}: a display that {@link #updateDisplay} can replace later. */
    public static void display(Object value, String displayId) {
        Prelude.display(value, displayId);
    }

    /** Replaces what the display {@code displayId} shows with {@code value}. */
    public static void updateDisplay(String displayId, Object value) {
        Prelude.updateDisplay(displayId, value);
    }

    /** IPython's {@code clear_output()}: the cell's output so far goes. */
    public static void clearOutput() {
        Prelude.clearOutput(false);
    }

    /** IPython's {@code clear_output(wait)}: with {@code wait}, when the next output arrives. */
    public static void clearOutput(boolean wait) {
        Prelude.clearOutput(wait);
    }
}
