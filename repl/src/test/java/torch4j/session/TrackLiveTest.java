package torch4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import torch4j.plot.Figure;
import torch4j.render.RichDisplay;
import torch4j.render.TrackCharts;
import torch4j.track.Chart;

/** A tracked run's live chart in a session: one display updated in place, or a terminal's drawings. */
class TrackLiveTest {
    @TempDir Path dir;

    record Shown(Object value, MimeBundle bundle, String id, boolean update) {}

    private List<Shown> run(boolean inPlace, String code) { return run(inPlace, true, code); }

    private List<Shown> run(boolean inPlace, boolean draws, String code) {
        List<Shown> shown = new ArrayList<>();
        DisplaySink recorder = new DisplaySink() {
            @Override public void display(MimeBundle bundle, String displayId) { }
            @Override public void updateDisplay(MimeBundle bundle, String displayId) { }
            @Override public void displayValue(Object value, MimeBundle bundle, String displayId, boolean update) {
                shown.add(new Shown(value, bundle, displayId, update));
            }
            @Override public boolean updatesInPlace() { return inPlace; }
            @Override public boolean drawsFigures() { return draws; }
        };
        var bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Session s = Session.start(SessionOptions.of(out, out, new ByteArrayInputStream(new byte[0]), recorder))) {
            for (Evaluation e : s.eval(code)) assertTrue(e.ok(), e + " " + bytes.toString(StandardCharsets.UTF_8));
        }
        return shown;
    }

    private String loop(int steps) {
        return "Track.setDir(java.nio.file.Path.of(\"" + dir + "\"));\n"
                + "var run = Track.init(\"live\", Map.of(\"lr\", 0.1), new RunOptions().liveEvery(java.time.Duration.ZERO));\n"
                + "for (int s = 0; s < " + steps + "; s++) run.log(Map.of(\"loss\", 1.0 / (s + 1), \"acc\", s * 0.1));\n"
                + "run.finish();\n";
    }

    @Test
    void aNotebookRunUpdatesOneDisplay() {
        List<Shown> shown = run(true, loop(4));
        assertEquals(5, shown.size(), "a display at the first log, an update at each later log and at finish");
        String id = shown.getFirst().id();
        assertTrue(id.startsWith("torch4j-track-live-"), id);
        for (int i = 0; i < shown.size(); i++) {
            assertEquals(id, shown.get(i).id());
            assertEquals(i > 0, shown.get(i).update());
            assertTrue(shown.get(i).bundle().data().containsKey("image/png"));
        }
        Figure last = (Figure) shown.getLast().value();
        assertEquals(2, last.axes().size());
        assertEquals(4, last.axes().getFirst().lines().getFirst().x().length);
    }

    @Test
    void aTerminalDrawsTheChartWhenTheRunFinishes() {
        List<Shown> shown = run(false, loop(50));
        assertEquals(1, shown.size(), "a quick run is drawn once, at the end");
        assertTrue(shown.getFirst().value() instanceof Figure);
        assertEquals(50, ((Figure) shown.getFirst().value()).axes().getFirst().lines().getFirst().x().length);
    }

    @Test
    void aScriptsTextOutputGetsNoChart() {
        assertEquals(List.of(), run(false, false, loop(5)), "a figure would only print <Figure ...> there");
    }

    @Test
    void aChartIsAFigureWithALegendForSeveralRuns() {
        Chart chart = new Chart("p", List.of(new Chart.Panel("val_acc", List.of(
                new Chart.Series("a", new double[] {0, 1}, new double[] {0.5, 0.6}),
                new Chart.Series("b", new double[] {0, 1, 2}, new double[] {0.4, 0.7, 0.8})))));
        Figure fig = TrackCharts.figure(chart);
        assertEquals(1, fig.axes().size());
        assertEquals("p: val_acc", fig.axes().getFirst().title());
        assertEquals(2, fig.axes().getFirst().lines().size());
        assertTrue(RichDisplay.mimeData(chart).containsKey("image/png"));
    }
}
