package torch4j.repl;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.IntSupplier;
import torch4j.plot.Figure;
import torch4j.render.TerminalGraphics;
import torch4j.session.DisplaySink;
import torch4j.session.MimeBundle;

/**
 * The REPL's display: figures (plot {@code show()}, {@code display(fig)}) drawn in the terminal
 * as kitty or sixel images where the environment says the terminal has them, as braille charts
 * otherwise; everything else as its text. A terminal cannot replace an earlier picture, so an
 * update draws again below.
 */
final class TerminalDisplay implements DisplaySink {
    private final PrintStream out;
    private final IntSupplier width;
    private final TerminalGraphics.Protocol protocol;
    private final boolean color;

    TerminalDisplay(PrintStream out, IntSupplier width, Map<String, String> env) {
        this.out = out;
        this.width = width;
        this.protocol = TerminalGraphics.fromEnv(env);
        String colorterm = env.getOrDefault("COLORTERM", "");
        this.color = colorterm.equals("truecolor") || colorterm.equals("24bit");
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        out.println(bundle.text());
    }

    @Override
    public void updateDisplay(MimeBundle bundle, String displayId) {
        out.println(bundle.text());
    }

    @Override
    public boolean drawsFigures() { return true; }

    // figures are drawn from the value itself (kitty, sixel or braille); everything else prints its text
    @Override
    public boolean showsRichData() { return false; }

    @Override
    public void displayValue(Object value, MimeBundle bundle, String displayId, boolean update) {
        if (value instanceof torch4j.track.Chart chart) value = torch4j.render.TrackCharts.figure(chart);
        if (value instanceof Figure fig) {
            int cols = Math.max(40, Math.min(100, width.getAsInt() - 1));
            out.println(TerminalGraphics.encode(fig, protocol, cols, cols / 4, color));
            out.flush();
            return;
        }
        display(bundle, displayId);
    }
}
