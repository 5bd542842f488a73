package torch4j.print;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import torch4j.DType;
import torch4j.Tensor;

/**
 * Python's {@code format(value, spec)} and {@code str(value)}, which an f-string calls for each
 * field: {@code f"epoch {epoch}: loss {loss:.4f}"} is
 * {@code "epoch " + str(epoch) + ": loss " + format(loss, ".4f")}. The format specification
 * mini-language is Python's ({@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]}
 * with the types {@code d b o x X c s f F e E g G n %}); floats round their exact binary value as
 * CPython does (not {@code String.format}'s half-up on the shortest decimal). A 0-dim tensor
 * formats as its {@code item()} (PyTorch's {@code Tensor.__format__}); a Java {@code boolean} is
 * Python's {@code True}/{@code False}; a {@code double} is a Python float.
 *
 * <pre>{@code
 * jshell> FormatSpec.format(0.03125, ".4f")
 * $1 ==> "0.0312"
 * jshell> FormatSpec.format("cat", "5s") + "|" + FormatSpec.format(7L, "03d") + "|" + FormatSpec.format(0.973, ".1%")
 * $2 ==> "cat  |007|97.3%"
 * }</pre>
 */
public final class FormatSpec {
    private FormatSpec() {}

    /** Python's {@code str(value)}: floats as {@code repr}, booleans as {@code True}, a 0-dim tensor by its repr. */
    public static String str(Object value) {
        if (value == null) return "None";
        if (value instanceof Boolean b) return b ? "True" : "False";
        if (value instanceof Double || value instanceof Float) return PyFormat.repr(((Number) value).doubleValue());
        return value.toString();
    }

    /** Python's {@code format(value, spec)}, the text of {@code f"{value:spec}"}. */
    public static String format(Object value, String spec) {
        if (value instanceof Tensor t) {
            if (t.dim() != 0 || t.isMeta()) {
                if (!spec.isEmpty()) throw new IllegalArgumentException("unsupported format string passed to Tensor.__format__");
                return t.toString();
            }
            value = t.dtype() == DType.BOOL ? (Object) t.booleanValue()
                    : t.isFloatingPoint() ? (Object) t.doubleValue() : (Object) t.longValue();
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte)
            value = ((Number) value).longValue();
        if (value instanceof Float f) value = f.doubleValue();
        Spec s = Spec.parse(spec);
        if (value instanceof Boolean b) {
            // bool.__format__: an empty spec is str(b); any other formats the int 1 or 0
            if (spec.isEmpty()) return b ? "True" : "False";
            value = b ? 1L : 0L;
        }
        if (value instanceof Long l) return formatInt(l, s);
        if (value instanceof Double d) return formatFloat(d, s);
        if (s.type != 0 && s.type != 's')
            throw new IllegalArgumentException("Unknown format code '" + s.type + "' for object of type 'str'");
        String text = str(value);
        if (s.precision >= 0 && text.length() > s.precision) text = text.substring(0, s.precision);
        return s.pad(text, '<');
    }

    private static String formatInt(long v, Spec s) {
        String digits;
        switch (s.type) {
            case 0, 'd', 'n' -> digits = group(Long.toString(Math.abs(v)), s.grouping, 3);
            case 'b' -> digits = (s.alternate ? "0b" : "") + Long.toBinaryString(Math.abs(v));
            case 'o' -> digits = (s.alternate ? "0o" : "") + Long.toOctalString(Math.abs(v));
            case 'x' -> digits = (s.alternate ? "0x" : "") + Long.toHexString(Math.abs(v));
            case 'X' -> digits = (s.alternate ? "0X" : "") + Long.toHexString(Math.abs(v)).toUpperCase();
            case 'c' -> { return s.pad(Character.toString((int) v), '<'); }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> { return formatFloat((double) v, s); }
            default -> throw new IllegalArgumentException("Unknown format code '" + s.type + "' for object of type 'int'");
        }
        if (s.precision >= 0) throw new IllegalArgumentException("Precision not allowed in integer format specifier");
        return s.number(v < 0, digits);
    }

    private static String formatFloat(double v, Spec s) {
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        double a = Math.abs(v);
        String body;
        char type = s.type;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            body = Double.isNaN(v) ? "nan" : "inf";
            if (type == 'F' || type == 'E' || type == 'G') body = body.toUpperCase();
            if (type == '%') body += "%";
            negative = v < 0;
            return s.number(negative, body);
        }
        int p = s.precision;
        switch (type) {
            case 'f', 'F' -> body = group(PyFormat.fixed(a, p < 0 ? 6 : p), s.grouping, 3);
            case '%' -> body = group(PyFormat.fixed(a * 100, p < 0 ? 6 : p), s.grouping, 3) + "%";
            case 'e', 'E' -> {
                body = PyFormat.sci(a, p < 0 ? 6 : p);
                if (type == 'E') body = body.toUpperCase();
            }
            case 'g', 'G', 'n' -> {
                body = general(a, p < 0 ? 6 : Math.max(p, 1), s.alternate, false);
                if (type == 'G') body = body.toUpperCase();
            }
            case 0 -> body = p < 0 ? group(PyFormat.repr(a), s.grouping, 3) : general(a, Math.max(p, 1), s.alternate, true);
            default -> throw new IllegalArgumentException("Unknown format code '" + type + "' for object of type 'float'");
        }
        if (s.alternate && (type == 'f' || type == 'F' || type == 'e' || type == 'E') && p == 0)
            body = body.replaceFirst("^(\\d+)", "$1.");
        if (s.zeroNegative && negative && isZero(body)) negative = false;
        return s.number(negative, body);
    }

    /** {@code 'g'}: {@code p} significant digits, positional for exponents -4..p-1, trailing zeros dropped unless {@code #}. */
    private static String general(double a, int p, boolean keepZeros, boolean noType) {
        int exp = a == 0 ? 0 : new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN)).precision()
                - 1 - new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN)).scale();
        String out;
        // CPython: positional unless decpt <= -4 or decpt > p, where the spec without a type (which
        // must show a digit after the point) allows one digit fewer: format(100.0, ".3") is 1e+02
        if (exp >= -4 && exp + 1 <= (noType ? p - 1 : p)) {
            out = PyFormat.fixed(a, p - 1 - exp);
            if (!keepZeros) out = stripZeros(out);
            if (noType && !out.contains(".")) out += ".0";
            if (keepZeros && !out.contains(".")) out += ".";
        } else {
            out = PyFormat.sci(a, p - 1);
            int e = out.indexOf('e');
            String mantissa = keepZeros ? out.substring(0, e) : stripZeros(out.substring(0, e));
            if (keepZeros && !mantissa.contains(".")) mantissa += ".";
            out = mantissa + out.substring(e);
        }
        return out;
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isZero(String body) { return body.chars().noneMatch(c -> c >= '1' && c <= '9'); }

    /** Puts {@code sep} between groups of {@code n} digits of the integer part. */
    private static String group(String digits, char sep, int n) {
        if (sep == 0) return digits;
        int end = 0;
        while (end < digits.length() && Character.isDigit(digits.charAt(end))) end++;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (i > 0 && (end - i) % n == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.append(digits, end, digits.length()).toString();
    }

    /** A parsed format specification. */
    private record Spec(char fill, char align, char sign, boolean zeroNegative, boolean alternate, int width,
                        char grouping, int precision, char type) {
        static Spec parse(String spec) {
            int i = 0, n = spec.length();
            char fill = ' ', align = 0, sign = '-', grouping = 0, type = 0;
            boolean z = false, alt = false;
            int width = -1, precision = -1;
            if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) { fill = spec.charAt(0); align = spec.charAt(1); i = 2; }
            else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) { align = spec.charAt(0); i = 1; }
            if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) sign = spec.charAt(i++);
            if (i < n && spec.charAt(i) == 'z') { z = true; i++; }
            if (i < n && spec.charAt(i) == '#') { alt = true; i++; }
            if (i < n && spec.charAt(i) == '0') {
                if (align == 0) { fill = '0'; align = '='; }
                i++;
            }
            int start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) i++;
            if (i > start) width = Integer.parseInt(spec.substring(start, i));
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) grouping = spec.charAt(i++);
            if (i < n && spec.charAt(i) == '.') {
                start = ++i;
                while (i < n && Character.isDigit(spec.charAt(i))) i++;
                if (i == start) throw new IllegalArgumentException("Format specifier missing precision");
                precision = Integer.parseInt(spec.substring(start, i));
            }
            if (i < n) type = spec.charAt(i++);
            if (i < n) throw new IllegalArgumentException("Invalid format specifier '" + spec + "'");
            return new Spec(fill, align, sign, z, alt, width, grouping, precision, type);
        }

        /** A number: sign, then the digits padded to the width (after the sign for {@code =}, right-aligned by default). */
        String number(boolean negative, String digits) {
            String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
            if (align == '=') {
                int padding = Math.max(0, width - signText.length() - digits.length());
                return signText + String.valueOf(fill).repeat(padding) + digits;
            }
            return pad(signText + digits, '>');
        }

        String pad(String text, char defaultAlign) {
            int padding = width - text.length();
            if (padding <= 0) return text;
            String f = String.valueOf(fill);
            return switch (align == 0 ? defaultAlign : align) {
                case '<' -> text + f.repeat(padding);
                case '^' -> f.repeat(padding / 2) + text + f.repeat(padding - padding / 2);
                default -> f.repeat(padding) + text;
            };
        }
    }
}
