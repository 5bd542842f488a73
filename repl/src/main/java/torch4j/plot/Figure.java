package torch4j.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * A figure (matplotlib's {@code Figure}): a canvas of {@code width × height} pixels holding a grid
 * of {@link Axes}, rendered offline to PNG bytes or SVG text.
 *
 * <p>Every figure has a {@link #displayId()}, unique and fixed for its life: a front end that
 * shows the figure under that id (Jupyter's {@code display_data} with a {@code display_id}) can
 * later replace the picture in place ({@code update_display_data}) when the same figure, or a
 * {@code show(id)} with the same id, is shown again — see {@link Plt#show(String)}.
 *
 * <pre>{@code
 * jshell> var fig = figure(6.4, 4.8); plot(List.of(1, 4, 9)); fig
 * fig ==> <Figure size 640x480 with 1 Axes>
 * jshell> fig.savefig("squares.png")
 * }</pre>
 */
public final class Figure {
    static {
        // figures render offscreen; without this a desktop JVM would start a window-system toolkit (a Dock icon on macOS)
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    /** Pixels per inch: matplotlib's default figure dpi, so {@code figure(6.4, 4.8)} is 640×480. */
    public static final double DPI = 100;

    /** The largest canvas, 50 megapixels (an image that size takes 200 MB). */
    static final long MAX_PIXELS = 50_000_000L;

    private final int width, height;
    private final String displayId = "torch4j-fig-" + UUID.randomUUID();
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private Axes current;

    /** Where an axes sits: subplot {@code index} (1-based) of a {@code rows × cols} grid. */
    record Cell(int rows, int cols, int index, Axes axes) {}

    /** A blank figure of {@code width × height} pixels. */
    public Figure(int width, int height) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("figure size must be positive, got " + width + "x" + height);
        if ((long) width * height > MAX_PIXELS)   // figure(800, 600) would be 80000×60000 pixels: refuse before allocating it
            throw new IllegalArgumentException("figure of " + width + "x" + height + " pixels is too large (figure(w, h) takes inches, as"
                    + " matplotlib's figsize: figure(8, 6) is 800x600 pixels)");
        this.width = width;
        this.height = height;
    }

    /** The width in pixels. */
    public int width() { return width; }

    /** The height in pixels. */
    public int height() { return height; }

    /** The id a front end shows this figure under, to update it in place later (stable for the figure's life). */
    public String displayId() { return displayId; }

    /** The current axes, made as {@code subplot(1, 1, 1)} if there is none. */
    public Axes gca() { return current != null ? current : subplot(1, 1, 1); }

    /**
     * Makes subplot {@code index} (1-based, row by row) of a {@code rows × cols} grid current,
     * creating it the first time, as {@code plt.subplot(rows, cols, index)}.
     */
    public Axes subplot(int rows, int cols, int index) {
        if (rows < 1 || cols < 1) throw new IllegalArgumentException("Number of rows and columns must be positive, not (" + rows + ", " + cols + ")");
        if (index < 1 || index > rows * cols)
            throw new IllegalArgumentException("num must be an integer with 1 <= num <= " + rows * cols + ", not " + index);
        Cell cell = cells.computeIfAbsent(rows + "," + cols + "," + index, k -> new Cell(rows, cols, index, new Axes()));
        current = cell.axes();
        return current;
    }

    /** Every axes, in creation order. */
    public List<Axes> axes() {
        List<Axes> list = new ArrayList<>();
        for (Cell c : cells.values()) list.add(c.axes());
        return list;
    }

    List<Cell> cells() { return List.copyOf(cells.values()); }

    /** Removes every axes ({@code fig.clf()}); the figure keeps its size and display id. */
    public void clf() {
        cells.clear();
        current = null;
    }

    /** The figure as an image (white background). */
    public BufferedImage toImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            FigurePainter.paint(this, g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** PNG bytes of the figure. */
    public byte[] toPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        writePng(out);
        return out.toByteArray();
    }

    /** The PNG as base64, as Jupyter's {@code image/png} MIME data wants it. */
    public String toPngBase64() { return Base64.getEncoder().encodeToString(toPng()); }

    /** The figure as a standalone SVG document ({@code image/svg+xml}). */
    public String toSvg() { return svgText(); }

    /** The SVG text without the DOCTYPE line VectorGraphics2D writes (XML tools would fetch its DTD from the network). */
    private String svgText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        var g = new de.erichseifert.vectorgraphics2d.VectorGraphics2D();
        FigurePainter.paint(this, g);
        try {
            new de.erichseifert.vectorgraphics2d.svg.SVGProcessor()
                    .getDocument(g.getCommands(), new de.erichseifert.vectorgraphics2d.util.PageSize(0, 0, width, height)).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8).replaceFirst("<!DOCTYPE[^>]*>\\s*", "");
    }

    private void writePng(OutputStream out) {
        try {
            ImageIO.write(toImage(), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeSvg(OutputStream out) throws IOException {
        out.write(svgText().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Saves the figure: SVG for a {@code .svg} path, PNG otherwise ({@code .png} is added when the
     * name has no extension, as matplotlib does). Written to a new file beside the target, then
     * renamed, so a reader never sees half a picture; the file is created as any program's is,
     * with the permissions the umask allows (a temp file's would be owner-only).
     */
    public Path savefig(String path) {
        Path target = Path.of(path.contains(".") && !path.endsWith(".") ? path : path + ".png").toAbsolutePath();
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png"))
            throw new IllegalArgumentException("Format '" + name.substring(name.lastIndexOf('.') + 1) + "' is not supported (supported formats: png, svg)");
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                // CREATE_NEW with no attributes: the OS applies the umask, as for any new file
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    if (svg) writeSvg(out); else writePng(out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** matplotlib's repr: {@code <Figure size 640x480 with 1 Axes>}. */
    @Override public String toString() { return "<Figure size " + width + "x" + height + " with " + cells.size() + " Axes>"; }
}
