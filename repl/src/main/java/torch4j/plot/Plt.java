package torch4j.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code matplotlib.pyplot} for Java: a current figure and current axes that the static functions
 * draw on. The REPL and kernel prelude {@code import static torch4j.plot.Plt.*}.
 *
 * <pre>{@code
 * jshell> plot(List.of(1, 4, 9, 16), "ro-"); title("squares"); show()
 * jshell> subplot(1, 2, 1); imshow(img, "gray"); subplot(1, 2, 2); scatter(x, y, labels); show()
 * }</pre>
 *
 * <h2>Showing, and live updates</h2>
 * {@link #show()} hands the current figure to the {@linkplain #setShowHandler show handler} and
 * closes it, so the next {@code plot} starts a new figure (Jupyter's inline backend does the
 * same). A plain Java program's default handler writes a PNG to a temporary file and prints its
 * path; the REPL shows it in the terminal, the kernel sends {@code display_data}.
 * <p>{@link #show(String)} is the live form for training loops: the first call with an id shows a
 * new display, later calls with the same id replace that display in place (the kernel sends
 * {@code update_display_data}; the handler gets {@code update = true}), and the figure stays
 * current so the loop can {@link #clf()} and draw again:
 * <pre>{@code
 * jshell> for (int epoch = 0; epoch < 20; epoch++) { losses.add(train()); clf(); plot(losses); show("loss"); }
 * }</pre>
 */
public final class Plt {
    private Plt() {}

    /** Where shown figures go: the REPL prints or draws them, the kernel sends them to the notebook. */
    @FunctionalInterface
    public interface ShowHandler {
        /**
         * Shows {@code figure} under {@code displayId}: a new display when {@code update} is false,
         * a replacement of the display already shown under that id when it is true.
         */
        void show(Figure figure, String displayId, boolean update);
    }

    /** The plain-program handler: a PNG in the temp directory (one file per display id), path printed. */
    public static final ShowHandler PRINT_PATH = new ShowHandler() {
        private final Map<String, Path> files = new HashMap<>();

        @Override public synchronized void show(Figure figure, String displayId, boolean update) {
            try {
                Path file = files.get(displayId);
                if (file == null) {
                    file = Files.createTempFile("torch4j-figure-", ".png");
                    files.put(displayId, file);
                }
                System.out.println(figure.savefig(file.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static ShowHandler handler = PRINT_PATH;
    private static Figure current;
    private static boolean drawnSinceShow;
    private static final Set<String> shownIds = new HashSet<>();

    /** Replaces the show handler and returns the previous one (the session and kernel call this once). */
    public static synchronized ShowHandler setShowHandler(ShowHandler h) {
        ShowHandler old = handler;
        handler = h == null ? PRINT_PATH : h;
        return old;
    }

    /** A new current figure of matplotlib's default size, 6.4 × 4.8 inches (640×480 pixels). */
    public static synchronized Figure figure() { return figure(6.4, 4.8); }

    /** A new current figure of {@code width × height} inches at 100 dpi (matplotlib's {@code figsize}). */
    public static synchronized Figure figure(double width, double height) {
        current = new Figure((int) Math.round(width * Figure.DPI), (int) Math.round(height * Figure.DPI));
        return current;
    }

    /** The current figure, a new one if there is none ({@code plt.gcf()}). */
    public static synchronized Figure gcf() { return current != null ? current : figure(); }

    /** The current axes of the current figure ({@code plt.gca()}). */
    public static synchronized Axes gca() { return gcf().gca(); }

    private static Axes draw() {
        drawnSinceShow = true;
        return gca();
    }

    /** Makes subplot {@code index} (1-based) of a {@code rows × cols} grid current. */
    public static synchronized Axes subplot(int rows, int cols, int index) {
        drawnSinceShow = true;
        return gcf().subplot(rows, cols, index);
    }

    /** Plots {@code y} (a 1-D tensor, double[], float[], int[], long[] or List of numbers) against 0..n-1. */
    public static synchronized Line plot(Object y) { return draw().plot(y); }

    /** Plots {@code y} against 0..n-1 with a format string such as {@code "r--"}. */
    public static synchronized Line plot(Object y, String fmt) { return draw().plot(y, fmt); }

    /** Plots {@code y} against {@code x}. */
    public static synchronized Line plot(Object x, Object y) { return draw().plot(x, y); }

    /**
     * Plots {@code y} against {@code x} with a matplotlib format string: a colour letter
     * ({@code b g r c m y k w} or {@code C0}..{@code C9}), a marker ({@code o . x + s ^ v D *}) and a
     * line style ({@code - -- -. :}); markers only when the string names a marker but no line style.
     */
    public static synchronized Line plot(Object x, Object y, String fmt) { return draw().plot(x, y, fmt); }

    /** Scatter plot in the cycle's next colour. */
    public static synchronized Scatter scatter(Object x, Object y) { return draw().scatter(x, y); }

    /** Scatter plot coloured per point (see {@link Axes#scatter(Object, Object, Object)}). */
    public static synchronized Scatter scatter(Object x, Object y, Object c) { return draw().scatter(x, y, c); }

    /** A histogram of 10 bins ({@code plt.hist(x)}). */
    public static synchronized Axes.Hist hist(Object data) { return draw().hist(data); }

    /** A histogram of {@code bins} equal bins ({@code plt.hist(x, bins=30)}). */
    public static synchronized Axes.Hist hist(Object data, int bins) { return draw().hist(data, bins); }

    /** Text at data coordinates. */
    public static synchronized void text(double x, double y, String s) { draw().text(x, y, s); }

    /** Title of the current axes. */
    public static synchronized void title(String s) { draw().title(s); }

    /** Label of the x axis. */
    public static synchronized void xlabel(String s) { draw().xlabel(s); }

    /** Label of the y axis. */
    public static synchronized void ylabel(String s) { draw().ylabel(s); }

    /** Range of the x axis. */
    public static synchronized void xlim(double lo, double hi) { draw().xlim(lo, hi); }

    /** Range of the y axis. */
    public static synchronized void ylim(double lo, double hi) { draw().ylim(lo, hi); }

    /** Legend of the labelled lines and scatters. */
    public static synchronized void legend() { draw().legend(); }

    /** Labels the lines in order and shows the legend. */
    public static synchronized void legend(String... labels) { draw().legend(labels); }

    /** Shows an image tensor (H×W, C×H×W or H×W×C; float in [0, 1] or uint8), viridis for grayscale. */
    public static synchronized void imshow(Object image) { draw().imshow(image); }

    /** Shows an image with a colour map for grayscale data ({@code "gray"}, {@code "gray_r"}, {@code "viridis"}). */
    public static synchronized void imshow(Object image, String cmap) { draw().imshow(image, cmap); }

    /** Grid lines on the current axes ({@code plt.grid()}). */
    public static synchronized void grid() { draw().grid(true); }

    /** Grid lines on or off. */
    public static synchronized void grid(boolean on) { draw().grid(on); }

    /** {@code axis("off")}: no frame, ticks or tick labels on the current axes; {@code axis("on")} restores them. */
    public static synchronized void axis(String mode) { draw().axis(mode); }

    /** Clears the current figure ({@code plt.clf()}); it keeps its size and display id. */
    public static synchronized void clf() {
        if (current != null) current.clf();
        drawnSinceShow = true;
    }

    /** Closes the current figure: the next drawing call starts a new one. */
    public static synchronized void close() {
        current = null;
        drawnSinceShow = false;
    }

    /** Closes every figure and forgets the live display ids (the session calls this on reset). */
    public static synchronized void reset() {
        close();
        shownIds.clear();
    }

    /** Saves the current figure (PNG, or SVG for a {@code .svg} path) and returns the absolute path. */
    public static synchronized Path savefig(String path) { return gcf().savefig(path); }

    /**
     * Shows the current figure as a new display (under its {@link Figure#displayId()}) and closes it;
     * nothing when nothing was drawn. A later {@code show(thatId)} replaces this display.
     */
    public static void show() {
        Figure fig;
        synchronized (Plt.class) {
            fig = current;
            current = null;
            drawnSinceShow = false;
            if (fig == null || fig.axes().isEmpty()) return;
            shownIds.add(fig.displayId());   // so show(fig.displayId()) later updates this display
        }
        handler.show(fig, fig.displayId(), false);
    }

    /**
     * Shows the current figure under {@code displayId}: a new display the first time, an update of
     * that display afterwards. The figure stays current (see the class comment).
     */
    public static void show(String displayId) {
        Figure fig;
        boolean update;
        synchronized (Plt.class) {
            fig = gcf();
            update = !shownIds.add(displayId);
            drawnSinceShow = false;
        }
        handler.show(fig, displayId, update);
    }

    /**
     * The figure drawn on since the last show, closing it; null if none. The kernel calls this at
     * the end of a cell to show what the cell drew without calling {@code show()}, as Jupyter's
     * inline backend does.
     */
    public static synchronized Figure takeUnshown() {
        Figure fig = drawnSinceShow && current != null && !current.axes().isEmpty() ? current : null;
        if (fig != null) current = null;
        drawnSinceShow = false;
        return fig;
    }
}
