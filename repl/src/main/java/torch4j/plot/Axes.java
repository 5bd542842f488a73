package torch4j.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import torch4j.Tensor;

/**
 * One set of axes of a {@link Figure} (matplotlib's {@code Axes}): lines, scatter points, texts,
 * an image, a title, axis labels and limits. {@link Plt}'s functions act on the current axes;
 * these methods do the same on this one.
 *
 * <pre>{@code
 * jshell> var ax = subplot(1, 2, 1); ax.plot(losses); ax.title("loss");
 * }</pre>
 */
public final class Axes {
    final List<Line> lines = new ArrayList<>();
    final List<Scatter> scatters = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    final List<Hist> hists = new ArrayList<>();
    BufferedImage image;
    String title, xlabel, ylabel;
    Double xmin, xmax, ymin, ymax;
    boolean legend, grid, axisOff;
    private int cycle;

    /** A text at data coordinates. */
    record Text(double x, double y, String s, Color color) {}

    Axes() {}

    /** {@code plot(y)}: y against 0..n-1, a solid line in the cycle's next colour. */
    public Line plot(Object y) { return plot(y, ""); }

    /** {@code plot(y, "r--")}. */
    public Line plot(Object y, String fmt) {
        double[] ys = Data.doubles(y, "y");
        return add(Data.range(ys.length), ys, fmt);
    }

    /** {@code plot(x, y)}. */
    public Line plot(Object x, Object y) { return plot(x, y, ""); }

    /** {@code plot(x, y, "go-")}: a matplotlib format string of colour, marker and line style. */
    public Line plot(Object x, Object y, String fmt) { return add(Data.doubles(x, "x"), Data.doubles(y, "y"), fmt); }

    private Line add(double[] x, double[] y, String fmt) {
        checkLengths(x, y);
        Format f = fmt.isEmpty() ? Format.DEFAULT : Format.parse(fmt);
        Line line = new Line(x, y, f.color() != null ? f.color() : Colors.cycle(cycle++), f);
        lines.add(line);
        return line;
    }

    /** Points in the cycle's next colour. */
    public Scatter scatter(Object x, Object y) {
        double[] xs = Data.doubles(x, "x"), ys = Data.doubles(y, "y");
        checkLengths(xs, ys);
        Color[] colors = new Color[xs.length];
        java.util.Arrays.fill(colors, Colors.cycle(cycle++));
        return addScatter(xs, ys, colors);
    }

    /**
     * Points coloured per point by {@code c}: integer values (a long tensor, int[], long[]) are
     * categories drawn in tab10's colours (class labels); floating values are mapped through
     * viridis from their min to their max, as matplotlib's default colour map; a {@code String}
     * is one colour for all; a {@code String[]} or {@code Color[]} gives each point its colour.
     */
    public Scatter scatter(Object x, Object y, Object c) {
        double[] xs = Data.doubles(x, "x"), ys = Data.doubles(y, "y");
        checkLengths(xs, ys);
        Color[] colors = switch (c) {
            case String s -> filled(xs.length, Colors.parse(s));
            case Color col -> filled(xs.length, col);
            case Color[] a -> a.clone();
            case String[] a -> { Color[] r = new Color[a.length]; for (int i = 0; i < a.length; i++) r[i] = Colors.parse(a[i]); yield r; }
            default -> valueColors(Data.doubles(c, "c"), Data.integral(c));
        };
        if (colors.length != xs.length)
            throw new IllegalArgumentException("'c' argument has " + colors.length + " elements, which is inconsistent with 'x' and 'y' with size " + xs.length + ".");
        return addScatter(xs, ys, colors);
    }

    private Scatter addScatter(double[] x, double[] y, Color[] colors) {
        Scatter s = new Scatter(x, y, colors);
        scatters.add(s);
        return s;
    }

    private static Color[] filled(int n, Color c) {
        Color[] r = new Color[n];
        java.util.Arrays.fill(r, c);
        return r;
    }

    private static Color[] valueColors(double[] v, boolean categories) {
        Color[] r = new Color[v.length];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double d : v) if (!Double.isNaN(d)) { lo = Math.min(lo, d); hi = Math.max(hi, d); }
        for (int i = 0; i < v.length; i++)
            r[i] = categories ? Colors.cycle((int) v[i]) : Colors.viridis(hi > lo ? (v[i] - lo) / (hi - lo) : 0.5);
        return r;
    }

    private static void checkLengths(double[] x, double[] y) {
        if (x.length != y.length)
            throw new IllegalArgumentException("x and y must have same first dimension, but have shapes (" + x.length + ",) and (" + y.length + ",)");
    }

    /** {@code hist(data)}: a histogram of 10 equal bins from the data's min to its max. */
    public Hist hist(Object data) { return hist(data, 10); }

    /**
     * A histogram of {@code bins} equal bins from the data's min to its max, the last bin closed on
     * the right, as matplotlib's {@code hist}; NaNs are left out. Bars in the cycle's next colour.
     */
    public Hist hist(Object data, int bins) {
        if (bins < 1) throw new IllegalArgumentException("`bins` must be positive, when an integer");
        double[] v = Data.doubles(data, "x");
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double d : v) if (Double.isFinite(d)) { lo = Math.min(lo, d); hi = Math.max(hi, d); }
        if (lo > hi) { lo = 0; hi = 1; }
        if (lo == hi) { lo -= 0.5; hi += 0.5; }   // numpy's histogram range for constant data
        double[] edges = new double[bins + 1], counts = new double[bins];
        for (int i = 0; i <= bins; i++) edges[i] = lo + (hi - lo) * i / bins;
        for (double d : v) {
            if (!Double.isFinite(d)) continue;
            int b = (int) ((d - lo) / (hi - lo) * bins);
            counts[Math.min(b, bins - 1)]++;
        }
        Hist h = new Hist(counts, edges, Colors.cycle(cycle++));
        hists.add(h);
        return h;
    }

    /**
     * A histogram as drawn: the count of each bin, the {@code bins + 1} edges, the bar colour
     * (matplotlib returns the first two as {@code n, bins}).
     */
    public record Hist(double[] counts, double[] edges, Color color) {}

    /** Writes {@code s} with its lower-left corner at data coordinates (x, y). */
    public void text(double x, double y, String s) { texts.add(new Text(x, y, s, Color.BLACK)); }

    /**
     * Shows an image: an H×W tensor (grayscale, normalised from its min to its max through
     * {@code cmap}, viridis by default as in matplotlib), or an RGB(A) image as C×H×W or H×W×C
     * (C = 3 or 4) with floats in [0, 1] or uint8 in [0, 255].
     */
    public void imshow(Object image, String cmap) {
        this.image = switch (image) {
            case Tensor t -> Images.fromTensor(t, cmap);
            case BufferedImage b -> b;
            case double[][] a -> Images.fromTensor(torch4j.Torch.tensor(a), cmap);
            case float[][] a -> Images.fromTensor(torch4j.Torch.tensor(a), cmap);
            default -> throw new IllegalArgumentException("imshow takes a tensor, a double[][]/float[][] or a BufferedImage, got "
                    + (image == null ? "null" : image.getClass().getSimpleName()));
        };
    }

    /** {@link #imshow(Object, String)} with viridis for grayscale data. */
    public void imshow(Object image) { imshow(image, "viridis"); }

    /** Sets the title above the axes. */
    public void title(String s) { title = s; }

    /** The title, or null. */
    public String title() { return title; }

    /** Labels the x axis. */
    public void xlabel(String s) { xlabel = s; }

    /** Labels the y axis. */
    public void ylabel(String s) { ylabel = s; }

    /** Fixes the x range. */
    public void xlim(double lo, double hi) { xmin = lo; xmax = hi; }

    /** Fixes the y range. */
    public void ylim(double lo, double hi) { ymin = lo; ymax = hi; }

    /** Shows a legend of the labelled lines and scatters (top right inside the axes). */
    public void legend() { legend = true; }

    /** Labels the lines in order and shows the legend (matplotlib's {@code legend(["a", "b"])}). */
    public void legend(String... labels) {
        for (int i = 0; i < labels.length && i < lines.size(); i++) lines.get(i).label(labels[i]);
        legend = true;
    }

    /** Shows or hides grid lines at the ticks (light gray, as matplotlib's {@code grid(True)}). */
    public void grid(boolean on) { grid = on; }

    /** {@code axis("off")} hides the frame, ticks and labels (images of digits, say); {@code axis("on")} brings them back. */
    public void axis(String mode) {
        axisOff = switch (mode) {
            case "off" -> true;
            case "on" -> false;
            default -> throw new IllegalArgumentException("Unrecognized string '" + mode + "' to axis; try 'on' or 'off'");
        };
    }

    /** Removes everything drawn and resets the colour cycle ({@code ax.cla()}). */
    public void cla() {
        lines.clear();
        scatters.clear();
        texts.clear();
        hists.clear();
        image = null;
        title = xlabel = ylabel = null;
        xmin = xmax = ymin = ymax = null;
        legend = grid = axisOff = false;
        cycle = 0;
    }

    /** The lines drawn so far. */
    public List<Line> lines() { return List.copyOf(lines); }

    /** The scatters drawn so far. */
    public List<Scatter> scatters() { return List.copyOf(scatters); }

    /** The histograms drawn so far. */
    public List<Hist> hists() { return List.copyOf(hists); }

    boolean isEmpty() { return lines.isEmpty() && scatters.isEmpty() && texts.isEmpty() && hists.isEmpty() && image == null; }
}
