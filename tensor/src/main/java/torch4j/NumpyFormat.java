package torch4j;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.IntFunction;

/**
 * numpy 1.24's {@code str(array)} for {@link NDArray}: its default print options (precision 8,
 * {@code floatmode='maxprec'}, line width 75, summarised past 1000 elements with 3 edge items),
 * shortest round-trip digits of the element type, positional or scientific as numpy chooses.
 */
final class NumpyFormat {
    private NumpyFormat() {}

    private static final int PRECISION = 8, LINE_WIDTH = 75, THRESHOLD = 1000, EDGE = 3;

    static String str(Tensor t) {
        Tensor c = t.contiguous();
        int n = (int) c.numel();
        String[] words = new String[n];
        if (c.dtype() == DType.BOOL) {
            boolean[] v = c.toBooleanArray();
            // numpy pads True to False's width in an array (not in a 0-d one)
            for (int i = 0; i < n; i++) words[i] = v[i] ? (c.dim() > 0 ? " True" : "True") : "False";
        } else if (!c.isFloatingPoint()) {
            long[] v = c.toLongArray();
            int w = 0;
            for (long x : v) w = Math.max(w, Long.toString(x).length());
            for (int i = 0; i < n; i++) words[i] = pad(Long.toString(v[i]), w);
        } else {
            floats(c.toDoubleArray(), c.dtype() == DType.FLOAT32, words);
        }
        if (c.dim() == 0) return words[0];
        long[] shape = c.shape;
        boolean summary = n > THRESHOLD;
        long[] strides = torch4j.storage.Shapes.contiguousStrides(shape);
        return recurse(shape, strides, 0, 0, " ", LINE_WIDTH, summary, i -> words[i]);
    }

    /** numpy's FloatingFormat: positional unless the magnitudes call for scientific. */
    private static void floats(double[] v, boolean f32, String[] out) {
        double max = 0, min = Double.MAX_VALUE;
        boolean anyFinite = false, anyNonZero = false;
        for (double x : v) {
            if (!Double.isFinite(x)) continue;
            anyFinite = true;
            double a = Math.abs(x);
            if (a == 0) continue;
            anyNonZero = true;
            max = Math.max(max, a);
            min = Math.min(min, a);
        }
        boolean exp = anyNonZero && (max >= 1e8 || min < 1e-4 || max / min > 1000);
        String[] digits = new String[v.length];
        int padLeft = 0, padRight = 0, expSize = 0;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) continue;
            BigDecimal d = shortest(v[i], f32);
            String s = exp ? scientific(d, v[i]) : positional(d, v[i]);
            digits[i] = s;
            String mantissa = exp ? s.substring(0, s.indexOf('e')) : s;
            int dot = mantissa.indexOf('.');
            padLeft = Math.max(padLeft, dot);
            padRight = Math.max(padRight, mantissa.length() - dot - 1);
            if (exp) expSize = Math.max(expSize, s.length() - s.indexOf('e') - 2);
        }
        for (int i = 0; i < v.length; i++) {
            if (digits[i] == null) continue;
            String s = digits[i];
            if (exp) {
                // scientific: every mantissa gets the same number of digits (zero-filled), exponents the same width
                int e = s.indexOf('e');
                String mantissa = s.substring(0, e), ex = s.substring(e + 2);
                int frac = mantissa.length() - mantissa.indexOf('.') - 1;
                mantissa = mantissa + "0".repeat(padRight - frac);
                ex = "0".repeat(Math.max(0, expSize - ex.length())) + ex;
                digits[i] = pad(mantissa, padLeft + 1 + padRight) + "e" + s.charAt(e + 1) + ex;
            } else {
                int frac = s.length() - s.indexOf('.') - 1;
                digits[i] = pad(s, padLeft + 1 + frac) + " ".repeat(padRight - frac);
            }
        }
        int width = anyFinite ? padLeft + 1 + padRight + (exp ? expSize + 2 : 0) : 0;
        for (int i = 0; i < v.length; i++) {
            if (digits[i] != null) out[i] = digits[i];
            else out[i] = pad(Double.isNaN(v[i]) ? "nan" : v[i] > 0 ? "inf" : "-inf", width);
        }
    }

    /** The shortest decimal that reads back as the same float (float32) or double. */
    private static BigDecimal shortest(double x, boolean f32) {
        return new BigDecimal(f32 ? Float.toString((float) x) : Double.toString(x));
    }

    /** dragon4_positional(unique, precision 8, trim '.'): at most 8 fraction digits, trailing zeros dropped, the point kept. */
    private static String positional(BigDecimal d, double x) {
        if (d.scale() > PRECISION) d = new BigDecimal(x).setScale(PRECISION, RoundingMode.HALF_EVEN);
        String s = d.stripTrailingZeros().toPlainString();
        if (!s.contains(".")) s += ".";
        if (x == 0 && 1 / x < 0) s = "-" + s.replaceFirst("^-", "");
        return s;
    }

    /** dragon4_scientific(unique, precision 8, trim '.'): {@code 1.e-05}, {@code 1.2345e+08}. */
    private static String scientific(BigDecimal d, double x) {
        if (x == 0) return (1 / x < 0 ? "-" : "") + "0.e+00";
        d = d.stripTrailingZeros();
        if (d.precision() > PRECISION + 1) d = new BigDecimal(x).round(new java.math.MathContext(PRECISION + 1, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String unscaled = d.unscaledValue().abs().toString();
        int exponent = unscaled.length() - 1 - d.scale();
        String mantissa = unscaled.charAt(0) + "." + unscaled.substring(1);
        String e = Integer.toString(Math.abs(exponent));
        return (d.signum() < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    private static String pad(String s, int width) { return s.length() >= width ? s : " ".repeat(width - s.length()) + s; }

    /** numpy's _formatArray: nested brackets, ' ' between elements, lines wrapped at the width, '...' when summarised. */
    private static String recurse(long[] shape, long[] strides, int axis, long base, String hanging, int width,
                                  boolean summary, IntFunction<String> word) {
        long len = shape[axis];
        boolean cut = summary && 2 * EDGE < len;
        long lead = cut ? EDGE : len, trail = cut ? EDGE : 0;
        String nextHanging = hanging + " ";
        int nextWidth = width - 1;
        StringBuilder s = new StringBuilder();
        if (axis == shape.length - 1) {
            StringBuilder line = new StringBuilder(hanging);
            long last = len - 1;
            for (long i = 0; i < len; i++) {
                if (cut && i == lead) {
                    line = extend(s, line, "...", width - 1, hanging);
                    line.append(' ');
                    i = len - trail - 1;
                    continue;
                }
                String w = word.apply((int) (base + i * strides[axis]));
                line = extend(s, line, w, width - 1, hanging);   // numpy leaves room for the ']'

                if (i != last) line.append(' ');
            }
            s.append(line);
        } else {
            String sep = "\n".repeat(shape.length - axis - 1);
            for (long i = 0; i < len; i++) {
                if (cut && i == lead) {
                    s.append(hanging).append("...").append(sep);
                    i = len - trail - 1;
                    continue;
                }
                s.append(hanging).append(recurse(shape, strides, axis + 1, base + i * strides[axis], nextHanging, nextWidth, summary, word));
                if (i != len - 1) s.append(sep);
            }
        }
        return "[" + s.substring(hanging.length()) + "]";
    }

    private static StringBuilder extend(StringBuilder s, StringBuilder line, String word, int width, String hanging) {
        boolean wrap = line.length() + word.length() > width && line.length() > hanging.length();
        if (wrap) {
            s.append(line.toString().stripTrailing()).append('\n');
            line = new StringBuilder(hanging);
        }
        return line.append(word);
    }
}
