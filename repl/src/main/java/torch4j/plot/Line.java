package torch4j.plot;

import java.awt.Color;

/**
 * One line of a plot, as {@code plot(...)} returns it (matplotlib's {@code Line2D}); its setters
 * chain, so a label can follow the call.
 *
 * <pre>{@code
 * jshell> plot(losses).label("train loss"); legend();
 * }</pre>
 */
public final class Line {
    final double[] x, y;
    Color color;
    String lineStyle;
    Character marker;
    String label;
    double lineWidth = 1.5;
    double markerSize = 6;

    Line(double[] x, double[] y, Color color, Format format) {
        this.x = x;
        this.y = y;
        this.color = color;
        this.lineStyle = format.lineStyle();
        this.marker = format.marker();
    }

    /** Sets the legend label (matplotlib's {@code label=}). */
    public Line label(String label) { this.label = label; return this; }

    /** Sets the colour from a matplotlib colour spec ({@code "r"}, {@code "C2"}, {@code "#ff7f0e"}, {@code "orange"}). */
    public Line color(String spec) { this.color = Colors.parse(spec); return this; }

    /** Sets the line width in points (matplotlib's {@code linewidth=}, default 1.5). */
    public Line linewidth(double points) { this.lineWidth = points; return this; }

    /** Sets the marker size in points (matplotlib's {@code markersize=}, default 6). */
    public Line markersize(double points) { this.markerSize = points; return this; }

    /** The x values (a copy). */
    public double[] x() { return x.clone(); }

    /** The y values (a copy). */
    public double[] y() { return y.clone(); }

    /** The legend label, or null. */
    public String label() { return label; }

    /** The line's colour. */
    public Color color() { return color; }

    /** The line style ({@code "-"}, {@code "--"}, {@code "-."}, {@code ":"}) or null for markers only. */
    public String lineStyle() { return lineStyle; }

    /** The marker character or null. */
    public Character marker() { return marker; }

    @Override public String toString() { return "Line2D(" + (label == null ? "_line" : label) + ")"; }
}
