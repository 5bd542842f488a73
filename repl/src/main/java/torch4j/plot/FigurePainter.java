package torch4j.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Paints a {@link Figure} onto any Graphics2D (a bitmap, or VectorGraphics2D for SVG): each axes
 * in its grid cell, as an XChart chart styled like matplotlib's defaults (white face, thin black
 * frame with outward ticks, no grid, DejaVu Sans), or, for an image, a matplotlib-like image axes.
 */
final class FigurePainter {
    private FigurePainter() {}

    static final Font TICK_FONT = new Font("DejaVu Sans", Font.PLAIN, 13);
    static final Font TITLE_FONT = new Font("DejaVu Sans", Font.PLAIN, 16);

    static void paint(Figure fig, Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, fig.width(), fig.height());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (Figure.Cell c : fig.cells()) {
            int col = (c.index() - 1) % c.cols(), row = (c.index() - 1) / c.cols();
            int x0 = col * fig.width() / c.cols(), x1 = (col + 1) * fig.width() / c.cols();
            int y0 = row * fig.height() / c.rows(), y1 = (row + 1) * fig.height() / c.rows();
            Graphics2D cg = (Graphics2D) g.create(x0, y0, x1 - x0, y1 - y0);
            try {
                if (c.axes().image != null) ImageAxesPainter.paint(c.axes(), cg, x1 - x0, y1 - y0);
                else chart(c.axes(), x1 - x0, y1 - y0).paint(cg, x1 - x0, y1 - y0);
            } finally {
                cg.dispose();
            }
        }
    }

    /** The XChart chart of one axes. */
    static XYChart chart(Axes ax, int w, int h) {
        XYChart chart = new XYChart(w, h);
        style(chart.getStyler(), ax);
        chart.setTitle(ax.title == null ? "" : ax.title);
        chart.setXAxisTitle(ax.xlabel == null ? "" : ax.xlabel);
        chart.setYAxisTitle(ax.ylabel == null ? "" : ax.ylabel);
        int n = 0;
        for (Line line : ax.lines) {
            if (line.x.length == 0) continue;   // plot([]) draws nothing, as in matplotlib
            XYSeries s = chart.addSeries("_" + n++, finite(line.x), finite(line.y));
            float width = (float) Markers.px(line.lineWidth);
            s.setLineStyle(line.lineStyle == null ? SeriesLines.NONE : stroke(line.lineStyle, width));
            s.setLineColor(line.color);
            s.setXYSeriesRenderStyle(line.lineStyle == null ? XYSeries.XYSeriesRenderStyle.Scatter : XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(line.marker == null ? SeriesMarkers.NONE : Markers.of(line.marker, Markers.px(line.markerSize)));
            s.setMarkerColor(line.color);
            label(s, line.label);
        }
        for (Scatter sc : ax.scatters) {
            Map<Color, double[][]> groups = groupByColor(sc);
            boolean first = true;
            for (var e : groups.entrySet()) {
                XYSeries s = chart.addSeries("_" + n++, finite(e.getValue()[0]), finite(e.getValue()[1]));
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(Markers.of(sc.marker, Markers.px(sc.size)));
                s.setMarkerColor(e.getKey());
                s.setLineColor(e.getKey());
                label(s, first ? sc.label : null);
                first = false;
            }
        }
        for (Axes.Hist hg : ax.hists) {   // an invisible series spans the bars for autoscaling; the bars are drawn as an annotation
            double[] edges = hg.edges();
            double top = 0;
            for (double c : hg.counts()) top = Math.max(top, c);
            XYSeries s = chart.addSeries("_" + n++, new double[] {edges[0], edges[edges.length - 1]}, new double[] {0, top});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.NONE);
            s.setShowInLegend(false);
            chart.addAnnotation(new BarsAnnotation(hg));
        }
        if (n == 0) {   // empty axes: matplotlib's 0..1 range, drawn by an invisible series
            XYSeries s = chart.addSeries("_empty", new double[] {0, 1}, new double[] {0, 1});
            s.setLineStyle(SeriesLines.NONE);
            s.setMarker(SeriesMarkers.NONE);
            s.setShowInLegend(false);
        } else {
            breakEqualSpacing(chart, ax);
        }
        for (Axes.Text t : ax.texts) chart.addAnnotation(new TextAnnotation(t));
        return chart;
    }

    /** Infinities as NaN: a gap in the line, as matplotlib leaves (XChart refuses infinite data). */
    private static double[] finite(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) if (Double.isInfinite(out[i])) out[i] = Double.NaN;
        return out;
    }

    private static void label(XYSeries s, String label) {
        if (label == null || label.startsWith("_")) s.setShowInLegend(false);
        else s.setLabel(label);
    }

    private static Map<Color, double[][]> groupByColor(Scatter sc) {
        Map<Color, Integer> counts = new LinkedHashMap<>();
        for (Color c : sc.colors) counts.merge(c, 1, Integer::sum);
        Map<Color, double[][]> groups = new LinkedHashMap<>();
        Map<Color, Integer> filled = new LinkedHashMap<>();
        for (var e : counts.entrySet()) groups.put(e.getKey(), new double[2][e.getValue()]);
        for (int i = 0; i < sc.x.length; i++) {
            int k = filled.merge(sc.colors[i], 1, Integer::sum) - 1;
            groups.get(sc.colors[i])[0][k] = sc.x[i];
            groups.get(sc.colors[i])[1][k] = sc.y[i];
        }
        return groups;
    }

    /** Matplotlib's dash patterns, which scale with the line width. */
    static BasicStroke stroke(String style, float width) {
        float[] dash = switch (style) {
            case "-" -> null;
            case "--" -> new float[] {3.7f, 1.6f};
            case "-." -> new float[] {6.4f, 1.6f, 1f, 1.6f};
            case ":" -> new float[] {1f, 1.65f};
            default -> throw new IllegalArgumentException("'" + style + "' is not a valid value for linestyle");
        };
        if (dash != null) for (int i = 0; i < dash.length; i++) dash[i] *= width;
        return new BasicStroke(width, dash == null ? BasicStroke.CAP_SQUARE : BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static void style(XYStyler s, Axes ax) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(Color.BLACK);
        s.setPlotGridLinesVisible(false);
        s.setPlotTicksMarksVisible(false);
        s.setAxisTicksLineVisible(false);
        s.setAxisTickMarksColor(Color.BLACK);
        s.setAxisTickMarkLength(5);
        s.setAxisTickMarksStroke(new BasicStroke(1f));
        s.setAxisTickLabelsColor(Color.BLACK);
        s.setYAxisLabelAlignment(org.knowm.xchart.style.AxesChartStyler.TextAlignment.Right);
        s.setAxisTickLabelsFont(TICK_FONT);
        s.setAxisTitleFont(TICK_FONT);
        s.setChartFontColor(Color.BLACK);
        s.setChartTitleFont(TITLE_FONT);
        s.setChartTitleBoxVisible(false);
        s.setChartTitleVisible(ax.title != null);
        s.setXAxisTitleVisible(ax.xlabel != null);
        s.setYAxisTitleVisible(ax.ylabel != null);
        s.setLegendVisible(ax.legend);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendBorderColor(new Color(0xcccccc));
        s.setLegendFont(TICK_FONT);
        s.setChartPadding(8);
        s.setPlotMargin(0);
        s.setPlotContentSize(0.91);   // matplotlib's 5% data margins on each side
        s.setAntiAlias(true);
        s.setAnnotationTextFont(TICK_FONT);
        s.setAnnotationTextFontColor(Color.BLACK);
        if (ax.grid) {
            s.setPlotGridLinesVisible(true);
            s.setPlotGridLinesColor(new Color(0xb0b0b0));
            s.setPlotGridLinesStroke(new BasicStroke(1f));
        }
        if (ax.axisOff) {
            s.setAxisTicksVisible(false);
            s.setPlotBorderVisible(false);
        }
        if (ax.xmin != null) { s.setXAxisMin(ax.xmin); s.setXAxisMax(ax.xmax); }
        if (ax.ymin != null) { s.setYAxisMin(ax.ymin); s.setYAxisMax(ax.ymax); }
    }

    /**
     * XChart puts ticks on every k-th data value when an axis' values are equally spaced (plot(y)
     * against 0..n-1 gets an x tick every 3 of 50; y data 0, 1 only two ticks), unlike matplotlib's
     * round steps. An invisible one-point series off both grids makes it use its round-step rule.
     */
    private static void breakEqualSpacing(XYChart chart, Axes ax) {
        java.util.TreeSet<Double> xs = new java.util.TreeSet<>(), ys = new java.util.TreeSet<>();
        for (Line l : ax.lines) collect(l.x, l.y, xs, ys);
        for (Scatter sc : ax.scatters) collect(sc.x, sc.y, xs, ys);
        for (Axes.Hist h : ax.hists) {
            for (double e : h.edges()) xs.add(e);
            ys.add(0.0);
            for (double c : h.counts()) ys.add(c);
        }
        if (xs.isEmpty()) return;
        XYSeries s = chart.addSeries("_ticks", new double[] {offGrid(xs)}, new double[] {offGrid(ys)});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(false);
    }

    private static void collect(double[] x, double[] y, java.util.Set<Double> xs, java.util.Set<Double> ys) {
        for (int i = 0; i < x.length; i++)
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) { xs.add(x[i]); ys.add(y[i]); }
    }

    /** A third of the way between the two smallest values (inside the data range), or the only value. */
    private static double offGrid(java.util.TreeSet<Double> v) {
        double first = v.first();
        Double second = v.higher(first);
        return second == null ? first : first + (second - first) / 3;
    }

    /** {@code text(x, y, s)}: left-aligned on the baseline at data coordinates, as matplotlib's default. */
    private static final class TextAnnotation extends Annotation {
        private final Axes.Text text;

        TextAnnotation(Axes.Text text) {
            super(false);
            this.text = text;
        }

        @Override public void paint(Graphics2D g) {
            if (!isVisible) return;
            g.setFont(TICK_FONT);
            g.setColor(text.color());
            int x = getXAxisScreenValue(text.x()), y = getYAxisScreenValue(text.y());
            g.drawString(text.s(), x, y);
            FontMetrics fm = g.getFontMetrics();
            bounds = new Rectangle2D.Double(x, y - fm.getAscent(), fm.stringWidth(text.s()), fm.getHeight());
        }
    }

    /** The bars of a histogram, filled in its colour and clipped to the plot area. */
    private static final class BarsAnnotation extends Annotation {
        private final Axes.Hist hist;

        BarsAnnotation(Axes.Hist hist) {
            super(false);
            this.hist = hist;
        }

        @Override public void paint(Graphics2D g) {
            if (!isVisible) return;
            int left = getXAxisScreenValueForMin(), right = getXAxisScreenValueForMax();
            int top = getYAxisScreenValueForMax(), bottom = getYAxisScreenValueForMin();
            Graphics2D bg = (Graphics2D) g.create();
            bg.clip(new Rectangle2D.Double(Math.min(left, right), Math.min(top, bottom), Math.abs(right - left), Math.abs(bottom - top)));
            bg.setColor(hist.color());
            double[] e = hist.edges(), c = hist.counts();
            int base = getYAxisScreenValue(0);
            for (int i = 0; i < c.length; i++) {
                if (c[i] == 0) continue;
                int x0 = getXAxisScreenValue(e[i]), x1 = getXAxisScreenValue(e[i + 1]), y = getYAxisScreenValue(c[i]);
                bg.fillRect(Math.min(x0, x1), Math.min(y, base), Math.max(1, Math.abs(x1 - x0)), Math.abs(base - y));
            }
            bg.dispose();
            bounds = new Rectangle2D.Double(Math.min(left, right), Math.min(top, bottom), Math.abs(right - left), Math.abs(bottom - top));
        }
    }

    /** Matplotlib's image axes: square pixels, row 0 at the top, ticks at pixel centres. */
    static final class ImageAxesPainter {
        private ImageAxesPainter() {}

        static void paint(Axes ax, Graphics2D g, int w, int h) {
            g.setFont(TICK_FONT);
            FontMetrics fm = g.getFontMetrics();
            int top = 8 + (ax.title != null ? fm.getHeight() + 10 : 0);
            boolean decor = !ax.axisOff;   // axis("off"): no ticks or labels, the image takes their room
            int left = 8 + (decor ? fm.stringWidth("0000") + 8 + (ax.ylabel != null ? fm.getHeight() + 4 : 0) : 0);
            int bottom = 8 + (decor ? fm.getHeight() + 8 + (ax.xlabel != null ? fm.getHeight() + 4 : 0) : 0);
            int right = 12;
            int iw = ax.image.getWidth(), ih = ax.image.getHeight();
            double scale = Math.min((w - left - right) / (double) iw, (h - top - bottom) / (double) ih);
            if (scale <= 0) return;
            double pw = iw * scale, ph = ih * scale;
            double px = left + (w - left - right - pw) / 2, py = top + (h - top - bottom - ph) / 2;
            Graphics2D ig = (Graphics2D) g.create();
            ig.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            ig.drawImage(ax.image, (int) Math.round(px), (int) Math.round(py), (int) Math.round(pw), (int) Math.round(ph), null);
            ig.dispose();
            drawOverlays(ax, g, px, py, scale);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1f));
            if (!ax.axisOff) {
                g.draw(new Rectangle2D.Double(px, py, pw, ph));
                ticks(g, fm, px, py, scale, iw, true, py + ph);
                ticks(g, fm, px, py, scale, ih, false, px);
            }
            if (ax.title != null) g.setFont(TITLE_FONT);
            if (ax.title != null)
                g.drawString(ax.title, (float) (px + pw / 2 - g.getFontMetrics().stringWidth(ax.title) / 2.0), (float) (py - 8));
            g.setFont(TICK_FONT);
            if (ax.xlabel != null && decor)
                g.drawString(ax.xlabel, (float) (px + pw / 2 - fm.stringWidth(ax.xlabel) / 2.0), (float) (py + ph + 5 + 2 * fm.getHeight() + 4));
            if (ax.ylabel != null && decor) {
                Graphics2D rg = (Graphics2D) g.create();
                rg.translate(8 + fm.getAscent(), py + ph / 2 + fm.stringWidth(ax.ylabel) / 2.0);
                rg.rotate(-Math.PI / 2);
                rg.drawString(ax.ylabel, 0, 0);
                rg.dispose();
            }
        }

        /** Lines, points and texts over the image, in pixel coordinates (x right, y down). */
        private static void drawOverlays(Axes ax, Graphics2D g, double px, double py, double scale) {
            for (Line line : ax.lines) {
                g.setColor(line.color);
                Path2D path = new Path2D.Double();
                for (int i = 0; i < line.x.length; i++) {
                    double x = px + (line.x[i] + 0.5) * scale, y = py + (line.y[i] + 0.5) * scale;
                    if (i == 0) path.moveTo(x, y); else path.lineTo(x, y);
                    if (line.marker != null) Markers.draw(g, line.marker, x, y, Markers.px(line.markerSize));
                }
                if (line.lineStyle != null) {
                    g.setStroke(stroke(line.lineStyle, (float) Markers.px(line.lineWidth)));
                    g.draw(path);
                }
            }
            for (Scatter sc : ax.scatters)
                for (int i = 0; i < sc.x.length; i++) {
                    g.setColor(sc.colors[i]);
                    Markers.draw(g, sc.marker, px + (sc.x[i] + 0.5) * scale, py + (sc.y[i] + 0.5) * scale, Markers.px(sc.size));
                }
            for (Axes.Text t : ax.texts) {
                g.setColor(t.color());
                g.drawString(t.s(), (float) (px + (t.x() + 0.5) * scale), (float) (py + (t.y() + 0.5) * scale));
            }
        }

        /** About five ticks at round pixel indices along one side. */
        private static void ticks(Graphics2D g, FontMetrics fm, double px, double py, double scale, int n, boolean horizontal, double at) {
            int step = niceStep(n);
            for (int i = 0; i < n; i += step) {
                String s = Integer.toString(i);
                if (horizontal) {
                    double x = px + (i + 0.5) * scale;
                    g.draw(new Line2D.Double(x, at, x, at + 5));
                    g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), (float) (at + 7 + fm.getAscent()));
                } else {
                    double y = py + (i + 0.5) * scale;
                    g.draw(new Line2D.Double(at - 5, y, at, y));
                    g.drawString(s, (float) (at - 8 - fm.stringWidth(s)), (float) (y + fm.getAscent() / 2.0 - 1));
                }
            }
        }

        static int niceStep(int n) {
            for (int step : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000})
                if (n / step <= 6) return step;
            return Math.max(1, n / 5);
        }
    }
}
