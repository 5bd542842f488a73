package torch4j.plot;

import java.awt.Color;

/**
 * A parsed matplotlib format string such as {@code "r--"} or {@code "go"}: colour (null: the next
 * colour of the cycle), line style (null: no line) and marker (null: none). As in matplotlib, a
 * string with a marker but no line style draws markers only, and one without either draws a line.
 *
 * <pre>{@code
 * jshell> Format.parse("ro")
 * $1 ==> Format[color=java.awt.Color[r=255,g=0,b=0], lineStyle=null, marker=o]
 * jshell> Format.parse("k--").lineStyle()
 * $2 ==> --
 * }</pre>
 *
 * @param color     the colour, or null for the cycle's next one
 * @param lineStyle {@code "-"}, {@code "--"}, {@code "-."}, {@code ":"}, or null for no line
 * @param marker    one of {@code o . x + s ^ v D *}, or null for no marker
 */
public record Format(Color color, String lineStyle, Character marker) {
    /** The markers a format string may name. */
    public static final String MARKERS = "o.x+s^vD*";

    /** A plain solid line in the cycle's next colour (an empty format string). */
    public static final Format DEFAULT = new Format(null, "-", null);

    /** Parses {@code fmt} as matplotlib's {@code _process_plot_format} does. */
    public static Format parse(String fmt) {
        Color color = null;
        String line = null;
        Character marker = null;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            String two = i + 2 <= fmt.length() ? fmt.substring(i, i + 2) : "";
            if (two.equals("--") || two.equals("-.")) {
                if (line != null) throw invalid(fmt, "two linestyle symbols");
                line = two;
                i += 2;
            } else if (c == '-' || c == ':') {
                if (line != null) throw invalid(fmt, "two linestyle symbols");
                line = String.valueOf(c);
                i++;
            } else if (MARKERS.indexOf(c) >= 0) {
                if (marker != null) throw invalid(fmt, "two marker symbols");
                marker = c;
                i++;
            } else if (Colors.LETTERS.containsKey(c)) {
                if (color != null) throw invalid(fmt, "two color symbols");
                color = Colors.LETTERS.get(c);
                i++;
            } else if (c == 'C' && i + 1 < fmt.length() && Character.isDigit(fmt.charAt(i + 1))) {
                if (color != null) throw invalid(fmt, "two color symbols");
                color = Colors.cycle(fmt.charAt(i + 1) - '0');
                i += 2;
            } else {
                throw invalid(fmt, "unrecognized character '" + c + "'");
            }
        }
        if (line == null && marker == null) line = "-";
        return new Format(color, line, marker);
    }

    private static IllegalArgumentException invalid(String fmt, String why) {
        return new IllegalArgumentException("'" + fmt + "' is not a valid format string (" + why + ")");
    }
}
