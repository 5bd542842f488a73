package torch4j.plot;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/**
 * Matplotlib's colours: the tab10 cycle ({@code C0}..{@code C9}), the one-letter colours of format
 * strings, a few CSS names, {@code tab:} names, hex strings, and the viridis colour map for
 * scatter values.
 *
 * <pre>{@code
 * jshell> Colors.parse("r")
 * $1 ==> java.awt.Color[r=255,g=0,b=0]
 * jshell> Colors.cycle(1)        // matplotlib's second default colour, tab:orange
 * $2 ==> java.awt.Color[r=255,g=127,b=14]
 * }</pre>
 */
public final class Colors {
    private Colors() {}

    /** Matplotlib's default property cycle (tab10), in order. */
    public static final Color[] TAB10 = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    private static final String[] TAB_NAMES = {"blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"};

    /** The single-letter colours of matplotlib's format strings ({@code matplotlib.colors.BASE_COLORS}). */
    static final Map<Character, Color> LETTERS = Map.of(
            'b', new Color(0, 0, 255), 'g', new Color(0, 128, 0), 'r', new Color(255, 0, 0), 'c', new Color(0, 191, 191),
            'm', new Color(191, 0, 191), 'y', new Color(191, 191, 0), 'k', new Color(0, 0, 0), 'w', new Color(255, 255, 255));

    private static final Map<String, Color> NAMES = Map.ofEntries(
            Map.entry("blue", new Color(0x0000ff)), Map.entry("red", new Color(0xff0000)), Map.entry("green", new Color(0x008000)),
            Map.entry("black", Color.BLACK), Map.entry("white", Color.WHITE), Map.entry("orange", new Color(0xffa500)),
            Map.entry("purple", new Color(0x800080)), Map.entry("gray", new Color(0x808080)), Map.entry("grey", new Color(0x808080)),
            Map.entry("cyan", new Color(0x00ffff)), Map.entry("magenta", new Color(0xff00ff)), Map.entry("yellow", new Color(0xffff00)),
            Map.entry("brown", new Color(0xa52a2a)), Map.entry("pink", new Color(0xffc0cb)), Map.entry("navy", new Color(0x000080)),
            Map.entry("olive", new Color(0x808000)), Map.entry("teal", new Color(0x008080)), Map.entry("gold", new Color(0xffd700)),
            Map.entry("lightgray", new Color(0xd3d3d3)), Map.entry("darkgray", new Color(0xa9a9a9)));

    /** The {@code i}-th colour of the default cycle ({@code "C" + i}), wrapping around after ten. */
    public static Color cycle(int i) { return TAB10[Math.floorMod(i, TAB10.length)]; }

    /**
     * A colour from a matplotlib colour spec: a letter ({@code "r"}), {@code "C3"}, {@code "tab:orange"},
     * a CSS name ({@code "orange"}), {@code "#ff7f0e"} or {@code "#ff7f0e80"}, or a gray level {@code "0.5"}.
     */
    public static Color parse(String spec) {
        String s = spec.strip().toLowerCase(Locale.ROOT);
        if (s.length() == 1 && LETTERS.containsKey(s.charAt(0))) return LETTERS.get(s.charAt(0));
        if (s.matches("c\\d+")) return cycle(Integer.parseInt(s.substring(1)));
        if (s.startsWith("tab:")) {
            for (int i = 0; i < TAB_NAMES.length; i++) if (TAB_NAMES[i].equals(s.substring(4))) return TAB10[i];
            if (s.equals("tab:grey")) return TAB10[7];
        }
        if (s.matches("#[0-9a-f]{6}")) return new Color(Integer.parseInt(s.substring(1), 16));
        if (s.matches("#[0-9a-f]{8}")) return new Color((int) Long.parseLong(s.substring(1, 7), 16) << 8 >>> 8
                | Integer.parseInt(s.substring(7), 16) << 24, true);
        if (NAMES.containsKey(s)) return NAMES.get(s);
        if (s.matches("0?\\.\\d+|[01](\\.0*)?")) {
            double g = Double.parseDouble(s);
            int v = (int) Math.round(g * 255);
            return new Color(v, v, v);
        }
        throw new IllegalArgumentException("'" + spec + "' is not a valid color value.");
    }

    /** Viridis (matplotlib's default colour map) at {@code t} in [0, 1], interpolated between 9 anchors. */
    public static Color viridis(double t) {
        if (Double.isNaN(t)) return new Color(0, 0, 0, 0);
        double x = Math.clamp(t, 0, 1) * (VIRIDIS.length - 1);
        int i = Math.min((int) x, VIRIDIS.length - 2);
        double f = x - i;
        int a = VIRIDIS[i], b = VIRIDIS[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    /** viridis at 0, 1/8, ..., 1 (from matplotlib's _cm_listed table). */
    private static final int[] VIRIDIS = {0x440154, 0x472c7a, 0x3b518b, 0x2c718e, 0x21908d, 0x27ad81, 0x5cc863, 0xaadc32, 0xfde725};

    private static int mix(int a, int b, double f) { return (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f); }

    /** {@code #rrggbb} of a colour (for SVG and HTML). */
    public static String hex(Color c) { return String.format("#%06x", c.getRGB() & 0xffffff); }
}
