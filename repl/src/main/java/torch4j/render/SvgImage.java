package torch4j.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SVG picture as a value: a notebook shows it as {@code image/svg+xml} (see
 * {@link RichDisplay}); its text, what a terminal echoes and text/plain carries, is a short
 * description in the manner of matplotlib's {@code <Figure size 640x480 with 1 Axes>}, not the markup.
 *
 * <pre>{@code
 * jshell> AutogradSvg.graph(loss)
 * $1 ==> <SVG image 236x208>
 * }</pre>
 *
 * @param svg the SVG document text
 */
public record SvgImage(String svg) {
    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern NUMBER = Pattern.compile("\\s*([0-9.]+)");

    /** {@code <SVG image 400x300>}: the root element's width and height (else its viewBox), {@code <SVG image>} without either. */
    @Override public String toString() {
        Matcher root = ROOT.matcher(svg);
        if (root.find()) {
            String tag = root.group();
            String w = length(attribute(tag, "width")), h = length(attribute(tag, "height"));
            if (w != null && h != null) return "<SVG image " + w + "x" + h + ">";
            String box = attribute(tag, "viewBox");
            if (box != null) {
                String[] v = box.trim().split("[\\s,]+");
                if (v.length == 4) return "<SVG image " + number(v[2]) + "x" + number(v[3]) + ">";
            }
        }
        return "<SVG image>";
    }

    /** The value of attribute {@code name} of an element's start tag, or null. */
    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*[\"']([^\"']*)[\"']").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    /** The number a length starts with ({@code 400} of {@code 400px}), or null. */
    private static String length(String value) {
        if (value == null) return null;
        Matcher n = NUMBER.matcher(value);
        return n.lookingAt() ? number(n.group(1)) : null;
    }

    /** {@code 400} for {@code 400.0}: whole numbers without a fraction. */
    private static String number(String s) {
        try {
            double d = Double.parseDouble(s);
            return d == Math.rint(d) ? Long.toString((long) d) : s;
        } catch (NumberFormatException e) {
            return s;
        }
    }
}
