package torch4j.print;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's float formatting for the two specs the tensor printer uses, {@code '{:.Nf}'} and
 * {@code '{:.Ne}'}, character for character.
 *
 * <p>Python rounds the exact binary value of the double half-to-even; {@code String.format} rounds
 * the shortest decimal representation half-up instead ({@code 0.03125f} widened prints
 * {@code 0.0312} in Python but {@code 0.0313} with {@code %.4f}). So this class expands the double
 * exactly with {@link BigDecimal#BigDecimal(double)} and rounds with {@link RoundingMode#HALF_EVEN}.
 * The sign is handled separately because Python keeps it for {@code -0.0} and for negatives that
 * round to zero ({@code '-0.0000'}), which BigDecimal would drop.
 *
 * <pre>{@code
 * jshell> PyFormat.fixed(2.5, 0)
 * $1 ==> "2"
 * jshell> PyFormat.sci(12345.678, 4)
 * $2 ==> "1.2346e+04"
 * }</pre>
 */
public final class PyFormat {
    private PyFormat() {}

    /** Python's {@code '{:.<precision>f}'.format(x)}: {@code fixed(0.125, 2)} is {@code "0.12"}. */
    public static String fixed(double x, int precision) {
        checkPrecision(precision);
        String special = nonFinite(x);
        if (special != null) return special;
        String digits = new BigDecimal(Math.abs(x)).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return isNegative(x) ? "-" + digits : digits;
    }

    /**
     * Python's {@code '{:.<precision>e}'.format(x)}: one digit, a point and {@code precision}
     * digits (no point when precision is 0), then {@code e}, a sign and at least two exponent digits.
     */
    public static String sci(double x, int precision) {
        checkPrecision(precision);
        String special = nonFinite(x);
        if (special != null) return special;
        StringBuilder sb = new StringBuilder(precision + 8);
        if (isNegative(x)) sb.append('-');
        double a = Math.abs(x);
        String digits;
        int exponent;
        if (a == 0) {
            digits = "0";
            exponent = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            // value = unscaled * 10^-scale; the leading digit sits at 10^(len-1-scale)
            exponent = digits.length() - 1 - r.scale();
        }
        sb.append(digits.charAt(0));
        if (precision > 0) {
            sb.append('.');
            // an exact value may have fewer significant digits than asked for (1.0 -> "1"): pad with zeros
            int have = Math.min(digits.length() - 1, precision);
            sb.append(digits, 1, 1 + have);
            sb.repeat('0', precision - have);
        }
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int e = Math.abs(exponent);
        if (e < 10) sb.append('0');
        return sb.append(e).toString();
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that round-trip (Java's
     * {@link Double#toString} finds the same digits), positional for decimal exponents -4..15 and
     * as {@code 1e-05} otherwise: {@code repr(0.01)} is {@code "0.01"}, {@code repr(1e-5)} is
     * {@code "1e-05"}, {@code repr(1.0)} is {@code "1.0"}. Module, optimizer and transform reprs
     * print their float options this way.
     */
    public static String repr(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return 1 / x < 0 ? "-0.0" : "0.0";
        java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int exp = digits.length() - 1 - d.scale();   // decimal exponent of the first digit
        String sign = x < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        String plain = d.toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    /** The classes of unmodifiable lists, which stand for Python tuples; every other list is a Python list. */
    private static final java.util.Set<Class<?>> TUPLE_CLASSES = java.util.Set.copyOf(java.util.List.of(
            java.util.List.of().getClass(), java.util.List.of(0).getClass(), java.util.List.of(0, 1, 2).getClass(),
            java.util.List.of(0, 1, 2).subList(0, 2).getClass(), java.util.Collections.emptyList().getClass(),
            java.util.Collections.singletonList(0).getClass(),
            java.util.Collections.unmodifiableList(new java.util.ArrayList<>()).getClass(),
            java.util.Collections.unmodifiableList(new java.util.LinkedList<>()).getClass()));

    /**
     * True when {@code list} stands for a Python tuple: an unmodifiable list ({@code List.of},
     * {@code Collections.unmodifiableList}); checkpoints write it as a tuple and it prints as one.
     */
    public static boolean isTuple(java.util.List<?> list) { return TUPLE_CLASSES.contains(list.getClass()); }

    /**
     * Python's {@code repr} of a value in a printed container: None, True/False, floats as
     * {@link #repr(double)}, strings quoted, a list as a list and an unmodifiable one as the tuple
     * it stands for ({@code (0.9, 0.999)}, see {@link #isTuple}), a {@code Map} as a dict; tensors
     * and the rest by their {@code toString}.
     */
    public static String reprOf(Object v) {
        if (v == null) return "None";
        if (v instanceof Boolean b) return bool(b);
        if (v instanceof Double || v instanceof Float) return repr(((Number) v).doubleValue());
        if (v instanceof CharSequence str) return stringRepr(str.toString());
        if (v instanceof PyList || v instanceof PyDict || v instanceof torch4j.serialization.OrderedDict<?, ?>) return v.toString();
        if (v instanceof java.util.List<?> l) {
            boolean tuple = isTuple(l);
            StringBuilder s = new StringBuilder(tuple ? "(" : "[");
            for (int i = 0; i < l.size(); i++) s.append(i > 0 ? ", " : "").append(reprOf(l.get(i)));
            return s.append(tuple ? (l.size() == 1 ? ",)" : ")") : "]").toString();
        }
        if (v instanceof java.util.Map<?, ?> m) return dictRepr(m);
        return String.valueOf(v);
    }

    /** {@code repr(dict)}: {@code {'lr': 0.1, 'params': [0, 1]}}. */
    public static String dictRepr(java.util.Map<?, ?> m) {
        StringBuilder s = new StringBuilder("{");
        boolean first = true;
        for (var e : m.entrySet()) {
            if (!first) s.append(", ");
            first = false;
            s.append(reprOf(e.getKey())).append(": ").append(reprOf(e.getValue()));
        }
        return s.append('}').toString();
    }

    /** {@code repr(str)}: single quotes unless the text has one and no double quote, as Python chooses. */
    public static String stringRepr(String text) {
        char q = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder s = new StringBuilder().append(q);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\r' -> s.append("\\r");
                default -> { if (c == q) s.append('\\'); s.append(c); }
            }
        }
        return s.append(q).toString();
    }

    /** Python's {@code '{}'.format(v)} of a bool: {@code True} / {@code False}. */
    public static String bool(boolean v) {
        return v ? "True" : "False";
    }

    /** Left-pads {@code s} with spaces to {@code width} characters, as right alignment does. */
    static String padLeft(String s, int width) {
        int n = width - s.length();
        return n <= 0 ? s : " ".repeat(n) + s;
    }

    /** Python prints nan without a sign whatever its sign bit, and inf as {@code inf} / {@code -inf}. */
    private static String nonFinite(double x) {
        if (Double.isNaN(x)) return "nan";
        if (x == Double.POSITIVE_INFINITY) return "inf";
        if (x == Double.NEGATIVE_INFINITY) return "-inf";
        return null;
    }

    private static boolean isNegative(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    private static void checkPrecision(int precision) {
        if (precision < 0) throw new IllegalArgumentException("precision must be >= 0, got " + precision);
    }
}
