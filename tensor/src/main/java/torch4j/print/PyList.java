package torch4j.print;

import java.util.ArrayList;
import java.util.Collection;

/**
 * A Python list as {@code tensor.tolist()} returns it: elements are {@code Double} (Python float),
 * {@code Long} (int), {@code Boolean} (bool) or nested {@code PyList}s, and it prints as Python
 * prints a list: {@code [0.10000000149011612, 1e-05, nan, True, [1, 2]]}.
 *
 * <pre>{@code
 * jshell> tensor(new double[][]{{1, 2}, {3, 1e-5}}).tolist()
 * $1 ==> [[1.0, 2.0], [3.0, 9.999999747378752e-06]]
 * }</pre>
 * It is an ordinary mutable {@link java.util.List}: {@code get}, {@code size}, for-each.
 */
public final class PyList extends ArrayList<Object> {
    public PyList() { super(); }

    public PyList(Collection<?> items) { super(items); }

    /** Python's {@code repr} of a list. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < size(); i++) {
            if (i > 0) s.append(", ");
            s.append(PyFormat.reprOf(get(i)));
        }
        return s.append(']').toString();
    }
}
