package torch4j.render;

import torch4j.plot.Axes;
import torch4j.plot.Figure;
import torch4j.track.Chart;

/**
 * A tracked run's {@link Chart} drawn as a {@link Figure}: one axes per metric (two columns
 * when there are several), one line per series, the step on the x axis, a legend when an axes
 * has a few lines ({@code Track.compare}); markers only for a sweep's metric against a parameter.
 *
 * <pre>{@code
 * jshell> TrackCharts.figure(Track.compare("mnist", "val_acc")).savefig("val_acc.png")
 * }</pre>
 */
public final class TrackCharts {
    private TrackCharts() {}

    /** The most lines a legend names. */
    static final int MAX_LEGEND = 10;

    /** The figure of {@code chart}: 6.4 × 4.8 inches for one panel, 5 × 3.5 inches per panel otherwise. */
    public static Figure figure(Chart chart) {
        int n = Math.max(1, chart.panels().size());
        int cols = n == 1 ? 1 : 2, rows = (n + cols - 1) / cols;
        Figure fig = n == 1 ? new Figure(640, 480) : new Figure(500 * cols, 350 * rows);
        for (int i = 0; i < chart.panels().size(); i++) {
            Chart.Panel panel = chart.panels().get(i);
            Axes ax = fig.subplot(rows, cols, i + 1);
            for (Chart.Series s : panel.series()) ax.plot(s.x(), s.y(), s.points() ? "o" : "").label(s.label());
            ax.title(n == 1 && panel.series().size() > 1 ? chart.title() + ": " + panel.metric() : panel.metric());
            ax.xlabel(panel.xlabel());
            // a legend names a few lines; a sweep's hundred trials would hide the plot
            if (panel.series().size() > 1 && panel.series().size() <= MAX_LEGEND) ax.legend();
        }
        return fig;
    }
}
