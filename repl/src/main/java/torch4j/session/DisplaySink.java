package torch4j.session;

/**
 * Where {@code display(obj)}, {@code updateDisplay(id, obj)} and a plot's {@code show()} go: the
 * terminal REPL prints the bundle (text, or terminal graphics where the terminal has them), the
 * Jupyter kernel sends it as {@code display_data} / {@code update_display_data}.
 *
 * <pre>
 * jshell&gt; display(ones(2))      // the REPL's sink prints the text/plain entry
 * tensor([1., 1.])
 * </pre>
 */
public interface DisplaySink {
    /** Shows a bundle; {@code displayId} (may be null) names it for later updates. */
    void display(MimeBundle bundle, String displayId);

    /** Replaces what an earlier {@link #display} with the same id showed. */
    void updateDisplay(MimeBundle bundle, String displayId);

    /**
     * Shows a value whose bundle is already rendered; a sink that can draw the value itself (the
     * terminal REPL draws figures as sixel, kitty or braille images) overrides this. By default
     * the same as {@link #display(MimeBundle, String)}, or {@link #updateDisplay} when {@code update}.
     */
    default void displayValue(Object value, MimeBundle bundle, String displayId, boolean update) {
        if (update) updateDisplay(bundle, displayId);
        else display(bundle, displayId);
    }

    /**
     * Clears the output shown so far, as IPython's {@code clear_output(wait)}: Jupyter empties the
     * cell's output area (with {@code wait}, only when the next output arrives, so a redrawn
     * plot does not flicker). A terminal cannot take back printed lines; as IPython's terminal
     * does, the default erases the current line ({@code ESC [2K} and a carriage return).
     */
    default void clearOutput(boolean wait) {
        System.out.print("\033[2K\r");
        System.out.flush();
    }

    /**
     * Whether {@link #updateDisplay} replaces the earlier picture (Jupyter) rather than showing
     * a new one below it (a terminal): live views redraw often only where it does.
     */
    default boolean updatesInPlace() { return false; }

    /**
     * Whether a figure shown here is drawn (a notebook's PNG, a terminal's sixel, kitty or braille
     * picture) rather than written as its text: a live chart is left out where it would only print
     * {@code <Figure ...>}.
     */
    default boolean drawsFigures() { return updatesInPlace(); }

    /**
     * Whether this sink uses a bundle's entries beyond text/plain (a notebook shows the PNG, HTML
     * or SVG). Where it does not, {@code display(obj)} and a plot's {@code show()} hand it the text
     * alone and skip the rendering: drawing a figure to PNG costs a script about 50 ms per frame,
     * a second for a lesson's live plot, for output that is never seen.
     */
    default boolean showsRichData() { return true; }

    /** A sink that prints the text/plain entry of every bundle to {@code out}, updates included. */
    static DisplaySink text(java.io.PrintStream out) {
        return new DisplaySink() {
            @Override public void display(MimeBundle bundle, String displayId) { out.println(bundle.text()); }
            @Override public void updateDisplay(MimeBundle bundle, String displayId) { out.println(bundle.text()); }
            @Override public void clearOutput(boolean wait) { out.print("\033[2K\r"); out.flush(); }
            @Override public boolean showsRichData() { return false; }
        };
    }
}
