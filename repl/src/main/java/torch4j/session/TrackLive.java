package torch4j.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import torch4j.plot.Figure;
import torch4j.render.TrackCharts;
import torch4j.track.Chart;
import torch4j.track.Track;

/**
 * Where a tracked run's live chart goes in a session: in a notebook every update replaces one
 * display (its display id); a terminal cannot take a picture back, so there the chart is drawn
 * every {@value #TERMINAL_EVERY_SECONDS} seconds while the run logs and once when it finishes.
 * Nothing is drawn when no session is running code, nor where figures are only text (a script).
 */
final class TrackLive implements Track.LiveSink {
    static final int TERMINAL_EVERY_SECONDS = 10;
    private final Map<String, Long> lastTerminalDraw = new ConcurrentHashMap<>();

    @Override
    public void show(Chart chart, String displayId, boolean update, boolean finished) {
        if (Prelude.active == null) return;
        DisplaySink sink = Prelude.sink();
        if (sink.updatesInPlace()) {
            Figure fig = TrackCharts.figure(chart);
            sink.displayValue(fig, Renderers.render(fig), displayId, update);
            return;
        }
        if (!sink.drawsFigures()) return;                              // a script's text output: no picture to draw
        long now = System.nanoTime();
        Long last = lastTerminalDraw.putIfAbsent(displayId, now);    // the first log starts the clock
        if (!finished && (last == null || now - last < TERMINAL_EVERY_SECONDS * 1_000_000_000L)) return;
        lastTerminalDraw.put(displayId, now);
        Figure fig = TrackCharts.figure(chart);
        sink.displayValue(fig, MimeBundle.ofText(fig.toString()), displayId, false);
    }
}
