package torch4j.render;

import java.math.BigDecimal;
import torch4j.print.PyFormat;

/** tqdm's text: {@code format_meter}, {@code format_interval}, {@code format_num}, and Python's float repr they rely on. */
final class ProgressFormat {
    private ProgressFormat() {}

    /** tqdm's unicode bar characters: blank, eighths, full. */
    private static final String BAR = " ▏▎▍▌▋▊▉█";

    /**
     * {@code tqdm.format_meter(n, total, elapsed, ncols, prefix, ascii=False, unit='it', rate, postfix)}:
     * with a total, {@code desc: 40%|████      | 4/10 [00:01<00:01,  3.10it/s, loss=0.123]};
     * without, {@code desc: 4it [00:01,  3.10it/s]}.
     */
    static String meter(long n, Long total, double elapsed, Integer ncols, String prefix, Double rate, String postfix) {
        if (total != null && n >= total + 0.5) total = null;
        String elapsedStr = interval(elapsed);
        if (rate == null && elapsed != 0) rate = n / elapsed;
        boolean hasRate = rate != null && rate != 0;
        Double invRate = hasRate ? 1 / rate : null;
        String rateFmt = invRate != null && invRate > 1 ? pad5(invRate) + "s/it" : (hasRate ? pad5(rate) : "?") + "it/s";
        String post = postfix == null || postfix.isEmpty() ? "" : ", " + postfix;
        String lBar = prefix == null || prefix.isEmpty() ? "" : prefix.endsWith(": ") ? prefix : prefix + ": ";
        if (total == null || total == 0) {
            return lBar + n + "it [" + elapsedStr + ", " + rateFmt + post + "]";
        }
        double remaining = hasRate ? (total - n) / rate : 0;
        String rBar = "| " + n + "/" + total + " [" + elapsedStr + "<" + (hasRate ? interval(remaining) : "?") + ", " + rateFmt + post + "]";
        double frac = (double) n / total;
        lBar += padLeft(PyFormat.fixed(frac * 100, 0), 3) + "%|";
        if (ncols != null && ncols == 0) return lBar.substring(0, lBar.length() - 1) + rBar.substring(1);
        int width = ncols != null ? Math.max(1, ncols - (lBar + rBar).codePointCount(0, (lBar + rBar).length())) : 10;
        String line = lBar + bar(frac, width) + rBar;
        return ncols != null && line.codePointCount(0, line.length()) > ncols ? line.substring(0, line.offsetByCodePoints(0, ncols)) : line;
    }

    /** tqdm's {@code Bar}: full blocks, one partial block in eighths, then blanks. */
    static String bar(double frac, int width) {
        int eighths = (int) (frac * width * 8);
        int full = eighths / 8, part = eighths % 8;
        StringBuilder sb = new StringBuilder(width);
        sb.repeat(BAR.charAt(8), Math.min(full, width));
        if (full < width) {
            sb.append(BAR.charAt(part));
            sb.repeat(' ', width - full - 1);
        }
        return sb.toString();
    }

    /** tqdm's {@code format_interval}: {@code MM:SS}, or {@code H:MM:SS} from an hour on. */
    static String interval(double seconds) {
        long t = (long) seconds;
        long mins = t / 60, s = t % 60, h = mins / 60, m = mins % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }

    /** tqdm's {@code format_num}: {@code '{:.3g}'} with exponent zeros dropped, unless {@code str(n)} is not longer. */
    static String formatNum(double value, String str) {
        String f = g3(value).replace("+0", "+").replace("-0", "-");
        return f.length() < str.length() ? f : str;
    }

    /** Python's {@code '{:.3g}'.format(x)}. */
    static String g3(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String sci = PyFormat.sci(x, 2);
        int exp = Integer.parseInt(sci.substring(sci.indexOf('e') + 1));
        if (exp >= -4 && exp < 3) return stripZeros(PyFormat.fixed(x, 2 - exp));
        String mantissa = stripZeros(sci.substring(0, sci.indexOf('e')));
        return mantissa + sci.substring(sci.indexOf('e'));
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Python's {@code repr(float)}: the shortest round-tripping digits, {@code 1e-05}, {@code 2.0}, {@code 12345.678}. */
    static String pyRepr(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return 1 / x < 0 ? "-0.0" : "0.0";
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        String sign = x < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain = bd.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    private static String pad5(double v) { return padLeft(PyFormat.fixed(v, 2), 5); }

    private static String padLeft(String s, int width) { return s.length() >= width ? s : " ".repeat(width - s.length()) + s; }
}
