package torch4j.render;

import java.util.ArrayList;
import java.util.List;
import torch4j.plot.Axes;
import torch4j.plot.Figure;
import torch4j.plot.Line;
import torch4j.plot.Scatter;

/**
 * Line, scatter and histogram plots drawn with Unicode braille (2×4 dots per character) for
 * terminals that show no images: y labels at the top and bottom of the axis, x labels under its ends.
 *
 * <pre>{@code
 * jshell> System.out.println(BrailleChart.plot(new double[] {0, 1, 0, 1}, 12, 3))
 * 1 ┤  ⡰⢣   ⢀⠎
 *   │ ⡰⠁ ⢣ ⢀⠎
 * 0 ┤⡰⠁   ⢣⠎
 *   └─────────
 *    0       3
 * }</pre>
 */
public final class BrailleChart {
    private BrailleChart() {}

    /** One series: points, joined by lines or not, in a colour (null: the terminal's). */
    public record Series(double[] x, double[] y, boolean connect, java.awt.Color color) {
        /** A series in the terminal's colour. */
        public Series(double[] x, double[] y, boolean connect) { this(x, y, connect, null); }
    }

    /** A histogram's bars: {@code counts.length + 1} bin edges, a bar from 0 up to each count, in a colour (null: the terminal's). */
    public record Bars(double[] edges, double[] counts, java.awt.Color color) {}

    /** {@code y} against 0..n-1 as a line, {@code cols} characters wide (labels included), {@code rows} plot rows high. */
    public static String plot(double[] y, int cols, int rows) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) x[i] = i;
        return plot(x, y, cols, rows);
    }

    /** {@code y} against {@code x} as a line. */
    public static String plot(double[] x, double[] y, int cols, int rows) { return render(List.of(new Series(x, y, true)), cols, rows); }

    /** The first axes of a figure: its lines joined, its scatters as dots, its histograms as bars, its title above. */
    public static String of(Figure fig, int cols, int rows) { return of(fig, cols, rows, false); }

    /**
     * {@link #of(Figure, int, int)}, with {@code color} each character in its series' colour
     * (24-bit ANSI escapes; a scatter takes its first point's colour).
     */
    public static String of(Figure fig, int cols, int rows, boolean color) {
        if (fig.axes().isEmpty()) return "";
        Axes ax = fig.axes().getFirst();
        List<Series> series = new ArrayList<>();
        for (Line l : ax.lines()) series.add(new Series(l.x(), l.y(), l.lineStyle() != null, color ? l.color() : null));
        for (Scatter s : ax.scatters())
            series.add(new Series(s.x(), s.y(), false, color && s.colors().length > 0 ? s.colors()[0] : null));
        List<Bars> bars = new ArrayList<>();
        for (Axes.Hist h : ax.hists()) bars.add(new Bars(h.edges(), h.counts(), color ? h.color() : null));
        String chart = render(series, bars, cols, rows);
        return ax.title() == null ? chart : center(ax.title(), cols) + "\n" + chart;
    }

    /** The series on shared axes; {@code rows} lines of plot, then the axis line and the x labels. */
    public static String render(List<Series> series, int cols, int rows) { return render(series, List.of(), cols, rows); }

    /** Series and histogram bars on shared axes (the y axis then reaches down to 0, where the bars stand). */
    public static String render(List<Series> series, List<Bars> bars, int cols, int rows) {
        double xmin = Double.POSITIVE_INFINITY, xmax = Double.NEGATIVE_INFINITY, ymin = xmin, ymax = xmax;
        for (Series s : series)
            for (int i = 0; i < s.x().length; i++) {
                if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) continue;
                xmin = Math.min(xmin, s.x()[i]); xmax = Math.max(xmax, s.x()[i]);
                ymin = Math.min(ymin, s.y()[i]); ymax = Math.max(ymax, s.y()[i]);
            }
        for (Bars b : bars) {
            xmin = Math.min(xmin, b.edges()[0]); xmax = Math.max(xmax, b.edges()[b.edges().length - 1]);
            ymin = Math.min(ymin, 0); ymax = Math.max(ymax, 0);
            for (double c : b.counts()) ymax = Math.max(ymax, c);
        }
        if (xmin > xmax) { xmin = ymin = 0; xmax = ymax = 1; }
        String top = ProgressFormat.g3(ymax), bottom = ProgressFormat.g3(ymin);
        int labelW = Math.max(top.length(), bottom.length());
        int plotCols = Math.max(2, cols - labelW - 2);
        int dotsX = plotCols * 2, dotsY = rows * 4;
        int[][] cells = new int[rows][plotCols];
        java.awt.Color[][] colors = new java.awt.Color[rows][plotCols];
        for (Series s : series) {
            int[][] before = new int[rows][];
            for (int r = 0; r < rows; r++) before[r] = cells[r].clone();
            int px = -1, py = -1;
            for (int i = 0; i < s.x().length; i++) {
                if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) { px = -1; continue; }
                int dx = scale(s.x()[i], xmin, xmax, dotsX), dy = dotsY - 1 - scale(s.y()[i], ymin, ymax, dotsY);
                if (s.connect() && px >= 0) line(cells, px, py, dx, dy);
                else dot(cells, dx, dy);
                px = dx;
                py = dy;
            }
            for (int r = 0; r < rows; r++)   // a cell takes the colour of the last series that drew in it
                for (int c = 0; c < plotCols; c++) if (cells[r][c] != before[r][c]) colors[r][c] = s.color();
        }
        for (Bars b : bars) {
            int[][] before = new int[rows][];
            for (int r = 0; r < rows; r++) before[r] = cells[r].clone();
            bars(cells, b, xmin, xmax, ymin, ymax);
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < plotCols; c++) if (cells[r][c] != before[r][c]) colors[r][c] = b.color();
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            String label = r == 0 ? top : r == rows - 1 ? bottom : "";
            sb.repeat(' ', labelW - label.length()).append(label).append(' ').append(label.isEmpty() ? '│' : '┤');
            StringBuilder row = new StringBuilder();
            java.awt.Color current = null;
            for (int c = 0; c < plotCols; c++) {
                java.awt.Color want = cells[r][c] == 0 ? current : colors[r][c];
                if (!java.util.Objects.equals(want, current)) {
                    row.append(want == null ? "\033[0m" : "\033[38;2;" + want.getRed() + ";" + want.getGreen() + ";" + want.getBlue() + "m");
                    current = want;
                }
                row.append(cells[r][c] == 0 ? ' ' : (char) (0x2800 + cells[r][c]));
            }
            String text = row.toString().stripTrailing();
            sb.append(text).append(current != null ? "\033[0m" : "").append('\n');
        }
        sb.repeat(' ', labelW + 1).append('└').repeat('─', plotCols).append('\n');
        String left = ProgressFormat.g3(xmin), right = ProgressFormat.g3(xmax);
        sb.repeat(' ', labelW + 2).append(left);
        sb.repeat(' ', Math.max(1, plotCols - left.length() - right.length())).append(right);
        return sb.toString();
    }

    private static int scale(double v, double lo, double hi, int dots) {
        if (hi == lo) return dots / 2;
        return (int) Math.round((v - lo) / (hi - lo) * (dots - 1));
    }

    /**
     * Each bin a filled block of dots from 0 to its count; a bin's edges fall on dot boundaries
     * (the whole range is {@code dotsX} dots), and a bar 3 dots wide or more leaves its last
     * column empty, so neighbouring bars of one height stay apart.
     */
    private static void bars(int[][] cells, Bars b, double xmin, double xmax, double ymin, double ymax) {
        int dotsX = cells[0].length * 2, dotsY = cells.length * 4;
        int base = dotsY - 1 - scale(0, ymin, ymax, dotsY);
        for (int i = 0; i < b.counts().length; i++) {
            if (!(b.counts()[i] > 0)) continue;
            int x0 = edge(b.edges()[i], xmin, xmax, dotsX), x1 = edge(b.edges()[i + 1], xmin, xmax, dotsX);
            if (x1 - x0 >= 3) x1--;
            int top = dotsY - 1 - scale(b.counts()[i], ymin, ymax, dotsY);
            for (int x = x0; x < Math.max(x1, x0 + 1); x++)
                for (int y = top; y <= base; y++) dot(cells, x, y);
        }
    }

    private static int edge(double v, double lo, double hi, int dots) {
        return hi == lo ? 0 : (int) Math.floor((v - lo) / (hi - lo) * dots);
    }

    /** Bit of dot (x, y) within its cell, in braille's numbering (dots 1-3 and 7 left, 4-6 and 8 right). */
    private static final int[][] BITS = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};

    private static void dot(int[][] cells, int x, int y) {
        if (y < 0 || y >= cells.length * 4 || x < 0 || x >= cells[0].length * 2) return;
        cells[y / 4][x / 2] |= BITS[x % 2][y % 4];
    }

    /** Bresenham's line between two dots. */
    private static void line(int[][] cells, int x0, int y0, int x1, int y1) {
        int dx = Math.abs(x1 - x0), dy = -Math.abs(y1 - y0), sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1, err = dx + dy;
        while (true) {
            dot(cells, x0, y0);
            if (x0 == x1 && y0 == y1) return;
            int e2 = 2 * err;
            if (e2 >= dy) { err += dy; x0 += sx; }
            if (e2 <= dx) { err += dx; y0 += sy; }
        }
    }

    private static String center(String s, int width) { return " ".repeat(Math.max(0, (width - s.length()) / 2)) + s; }
}
