package torch4j.track;

/**
 * The run's chart kept up to date while it logs: in a session (notebook or REPL) the first
 * {@code log} shows it, later ones replace it (the notebook's display id) at most once per
 * {@code liveEvery}, and {@code finish} draws the final curves. Outside a session there is no sink
 * and nothing is drawn.
 */
final class LiveChart {
    private final Run run;
    private final RunOptions options;
    private long lastDraw;
    private boolean shown;

    LiveChart(Run run, RunOptions options) {
        this.run = run;
        this.options = options;
    }

    /** The display id of the run's live chart. */
    static String displayId(Run run) { return "torch4j-track-" + run.project() + "-" + run.id(); }

    synchronized void maybeDraw() {
        if (!options.live || Track.liveSink == null) return;
        if (shown && System.nanoTime() - lastDraw < options.liveEvery.toNanos()) return;
        draw(false);
    }

    synchronized void draw(boolean finished) {
        Track.LiveSink sink = Track.liveSink;
        if (!options.live || sink == null) return;
        Chart chart = run.chart();
        if (chart.panels().isEmpty()) return;
        try {
            sink.show(chart, displayId(run), shown, finished);
        } catch (RuntimeException e) {
            // a display that fails must not stop training: the metrics are stored all the same
        }
        shown = true;
        lastDraw = System.nanoTime();
    }
}
