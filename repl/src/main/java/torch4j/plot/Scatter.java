package torch4j.plot;

import java.awt.Color;

/**
 * The points of one {@code scatter(...)} call, each with its own colour (matplotlib's
 * {@code PathCollection}); {@link #label(String)} names it in the legend.
 *
 * <pre>{@code
 * jshell> scatter(xs, ys, labels).label("data"); legend();
 * }</pre>
 */
public final class Scatter {
    final double[] x, y;
    final Color[] colors;
    double size = 6;
    char marker = 'o';
    String label;

    Scatter(double[] x, double[] y, Color[] colors) {
        this.x = x;
        this.y = y;
        this.colors = colors;
    }

    /** Sets the legend label. */
    public Scatter label(String label) { this.label = label; return this; }

    /** Sets the marker diameter in points (matplotlib's {@code s} is its square; default 6). */
    public Scatter size(double points) { this.size = points; return this; }

    /** Sets the marker ({@code o . x + s ^ v D *}). */
    public Scatter marker(char m) {
        if (Format.MARKERS.indexOf(m) < 0) throw new IllegalArgumentException("Unrecognized marker style '" + m + "'");
        this.marker = m;
        return this;
    }

    /** The x values (a copy). */
    public double[] x() { return x.clone(); }

    /** The y values (a copy). */
    public double[] y() { return y.clone(); }

    /** The colour of each point. */
    public Color[] colors() { return colors.clone(); }

    @Override public String toString() { return "PathCollection(" + x.length + " points)"; }
}
