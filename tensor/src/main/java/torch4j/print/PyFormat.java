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
