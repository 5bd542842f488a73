package torch4j.track;

import java.util.List;

/**
 * Curves to draw: one panel per metric, one series per run (or per metric of one run). The track
 * module only describes them; the session (REPL and Jupyter kernel) draws a chart as a figure: a
 * PNG in the notebook, a terminal chart in the REPL.
 *
 * <pre>{@code
 * jshell> Track.compare("mnist", "val_acc")      // one panel, one line per run of the project
 * jshell> run.chart()                            // the run's metrics, one panel each
 * }</pre>
 *
 * @param title  the chart's title (the run or the project)
 * @param panels the panels, in order
 */
public record Chart(String title, List<Panel> panels) {
    /** One line (or, with {@code points}, unjoined markers): its legend label and its points. */
    public record Series(String label, double[] x, double[] y, boolean points) {
        /** A line. */
        public Series(String label, double[] x, double[] y) { this(label, x, y, false); }

        @Override public String toString() { return label + " (" + x.length + " points)"; }
    }

    /** One metric's axes: its name (the panel's title), what x is ({@code step} for curves) and its lines. */
    public record Panel(String metric, String xlabel, List<Series> series) {
        /** Curves against the step. */
        public Panel(String metric, List<Series> series) { this(metric, "step", series); }
    }

    public Chart {
        panels = List.copyOf(panels);
    }

    @Override public String toString() {
        return "<Chart '" + title + "': " + panels.stream().map(Panel::metric).toList() + ">";
    }
}
