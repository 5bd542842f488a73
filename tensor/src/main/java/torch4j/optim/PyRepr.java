package torch4j.optim;

import java.util.List;

/** Python's {@code repr} of option values, for the optimizer's repr and error messages: 1e-08, 0.001, True, None, (0.9, 0.999). */
final class PyRepr {
    private PyRepr() {}

    static String of(Object v) {
        if (v == null) return "None";
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Double d) return ofDouble(d);
        if (v instanceof List<?> l) {
            StringBuilder s = new StringBuilder("(");
            for (int i = 0; i < l.size(); i++) s.append(i > 0 ? ", " : "").append(of(l.get(i)));
            return s.append(l.size() == 1 ? ",)" : ")").toString();
        }
        return String.valueOf(v);
    }

    /**
     * Python's float repr: the shortest digits that round-trip (Java's {@link Double#toString}
     * finds the same digits), written positionally for exponents -4..15 and as {@code 1e-08} otherwise.
     */
    static String ofDouble(double x) {
        return torch4j.print.PyFormat.repr(x);
    }
}
