package torch4j.vision.transforms;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's {@code repr} of the values torchvision's transform reprs print: floats ({@code 0.5},
 * {@code 1e-05}), ints, {@code None}, {@code True}, lists ({@code [1, 2]}) and tuples
 * ({@code (32, 32)}, {@code (0.5,)}). Java arrays print as Python lists, the way a list argument
 * prints in torchvision.
 */
final class PyRepr {
    private PyRepr() {}

    /** {@code repr(float)}: the shortest digits that round-trip, positional for exponents -4..15. */
    static String ofFloat(double v) {
        return torch4j.print.PyFormat.repr(v);
    }

    /** {@code round(v, digits)}: the decimal nearest the binary value, halves to even. */
    static double round(double v, int digits) {
        return new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A number as Python holds it: Integer/Long as ints, Double/Float as floats. */
    static String of(Object v) {
        if (v == null) return "None";
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Double || v instanceof Float) return ofFloat(((Number) v).doubleValue());
        if (v instanceof double[] a) return list(a.length, i -> ofFloat(a[i]), false);
        if (v instanceof int[] a) return list(a.length, i -> Integer.toString(a[i]), false);
        if (v instanceof Object[] a) return list(a.length, i -> of(a[i]), false);
        return String.valueOf(v);
    }

    /** {@code repr(tuple)} of ints: {@code (32, 32)}, {@code (5,)}. */
    static String tuple(int... values) { return list(values.length, i -> Integer.toString(values[i]), true); }

    /** {@code repr(tuple)} of floats. */
    static String tuple(double... values) { return list(values.length, i -> ofFloat(values[i]), true); }

    private static String list(int n, java.util.function.IntFunction<String> item, boolean tuple) {
        StringBuilder s = new StringBuilder(tuple ? "(" : "[");
        for (int i = 0; i < n; i++) s.append(i > 0 ? ", " : "").append(item.apply(i));
        if (tuple && n == 1) s.append(',');
        return s.append(tuple ? ')' : ']').toString();
    }
}
