package torch4j.nn;


/** Python's text for the numbers in module reprs ({@code repr(0.01)}, {@code repr(1e-05)}, tuples). */
final class PyRepr {
    private PyRepr() {}

    /** {@code repr(float)}: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
    static String floatRepr(double v) {
        return torch4j.print.PyFormat.repr(v);
    }

    /** A number that Python would hold as an int when integral (PyTorch's int defaults such as Softplus's beta=1). */
    static String intOrFloat(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : floatRepr(v);
    }

    /** {@code repr(tuple)}: {@code (2, 5)}, {@code (5,)}. */
    static String tuple(long[] values) {
        if (values.length == 1) return "(" + values[0] + ",)";
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) s.append(i > 0 ? ", " : "").append(values[i]);
        return s.append(')').toString();
    }

    static String bool(boolean b) { return b ? "True" : "False"; }
}
