package torch4j.plot;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import torch4j.Torch;

class PlotTest {
    @AfterEach void reset() {
        Plt.reset();
        Plt.setShowHandler(null);
    }

    @Test void formatStrings() {
        assertEquals(new Format(Color.RED, "--", null), Format.parse("r--"));
        assertEquals(new Format(new Color(0, 128, 0), null, 'o'), Format.parse("go"));
        assertEquals(new Format(null, "-", 'o'), Format.parse("o-"));
        assertEquals(new Format(Color.BLACK, "-.", 'x'), Format.parse("kx-."));
        assertEquals(new Format(null, ":", null), Format.parse(":"));
        assertEquals(new Format(Colors.TAB10[3], "-", null), Format.parse("C3"));
        assertEquals(new Format(Color.BLUE, "-", null), Format.parse("b"));
        var e = assertThrows(IllegalArgumentException.class, () -> Format.parse("rq"));
        assertEquals("'rq' is not a valid format string (unrecognized character 'q')", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Format.parse("rg"));
        assertThrows(IllegalArgumentException.class, () -> Format.parse("--:"));
    }

    @Test void colors() {
        assertEquals(new Color(0x1f77b4), Colors.cycle(0));
        assertEquals(new Color(0x1f77b4), Colors.cycle(10));
        assertEquals(new Color(0xff7f0e), Colors.parse("tab:orange"));
        assertEquals(new Color(0xff7f0e), Colors.parse("C1"));
        assertEquals(new Color(0x123456), Colors.parse("#123456"));
        assertEquals(new Color(128, 128, 128), Colors.parse("0.5"));
        assertEquals(new Color(0, 191, 191), Colors.parse("c"));
        assertEquals(new Color(0x440154), Colors.viridis(0));
        assertEquals(new Color(0xfde725), Colors.viridis(1));
        assertThrows(IllegalArgumentException.class, () -> Colors.parse("notacolor"));
    }

    @Test void colourCycleAndInputs() {
        Line a = Plt.plot(List.of(1, 2, 3));
        Line b = Plt.plot(new float[] {1, 2}, new double[] {3, 4});
        Line c = Plt.plot(Torch.tensor(new double[] {1, 2, 3}), "r:");
        assertEquals(Colors.TAB10[0], a.color());
        assertEquals(Colors.TAB10[1], b.color());
        assertEquals(Color.RED, c.color());
        assertEquals(":", c.lineStyle());
        var e = assertThrows(IllegalArgumentException.class, () -> Plt.plot(new double[] {1, 2}, new double[] {1, 2, 3}));
        assertEquals("x and y must have same first dimension, but have shapes (2,) and (3,)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Plt.plot(Torch.zeros(2, 2)));
        assertEquals("<Figure size 640x480 with 1 Axes>", Plt.gcf().toString());
        var big = assertThrows(IllegalArgumentException.class, () -> Plt.figure(800, 600));
        assertTrue(big.getMessage().contains("figure(8, 6) is 800x600 pixels"));
    }

    /** A thick red line across the middle: the pixels on it are red, the face is white. */
    @Test void pngDrawsTheLineInItsColour() throws Exception {
        Figure fig = Plt.figure(4, 3);
        Plt.plot(new double[] {0, 1}, new double[] {0.5, 0.5}, "r-").linewidth(4);
        Plt.ylim(0, 1);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(fig.toPng()));
        assertEquals(400, img.getWidth());
        assertEquals(300, img.getHeight());
        assertEquals(Color.WHITE.getRGB(), img.getRGB(5, 5));
        int redRow = -1;
        for (int y = 0; y < 300 && redRow < 0; y++) if (img.getRGB(200, y) == Color.RED.getRGB()) redRow = y;
        assertTrue(redRow > 100 && redRow < 200, "red line near the middle, found at row " + redRow);
        int reds = 0;
        for (int x = 0; x < 400; x++) if (img.getRGB(x, redRow + 1) == Color.RED.getRGB() || img.getRGB(x, redRow) == Color.RED.getRGB()) reds++;
        assertTrue(reds > 250, "the line runs across the plot: " + reds + " red pixels");
    }

    @Test void markersOnlyDrawNoLine() {
        Figure fig = Plt.figure(4, 3);
        Plt.plot(new double[] {0, 10}, new double[] {0, 10}, "bo");
        BufferedImage img = fig.toImage();
        int blue = 0;
        for (int y = 0; y < 300; y++) for (int x = 0; x < 400; x++) if (img.getRGB(x, y) == Color.BLUE.getRGB()) blue++;
        assertTrue(blue > 20 && blue < 400, "two dots, not a line: " + blue + " blue pixels");
    }

    @Test void scatterColoursPerPoint() {
        Scatter s = Plt.scatter(new double[] {1, 2, 3}, new double[] {1, 2, 3}, new long[] {0, 1, 0});
        assertArrayEquals(new Color[] {Colors.TAB10[0], Colors.TAB10[1], Colors.TAB10[0]}, s.colors());
        BufferedImage img = Plt.gcf().toImage();
        boolean orange = false;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) orange |= img.getRGB(x, y) == Colors.TAB10[1].getRGB();
        assertTrue(orange);
        Scatter v = Plt.scatter(new double[] {1, 2, 3}, new double[] {1, 2, 3}, new double[] {0, 0.5, 1});
        assertEquals(Colors.viridis(0), v.colors()[0]);
        assertEquals(Colors.viridis(1), v.colors()[2]);
        Scatter n = Plt.scatter(new double[] {1, 2}, new double[] {1, 2}, new String[] {"r", "k"});
        assertArrayEquals(new Color[] {Color.RED, Color.BLACK}, n.colors());
        assertThrows(IllegalArgumentException.class, () -> Plt.scatter(new double[] {1, 2}, new double[] {1, 2}, new long[] {1}));
    }

    @Test void svgIsXmlWithPathsAndText(@TempDir Path dir) throws Exception {
        Plt.plot(List.of(3, 1, 2), "g--");
        Plt.text(1, 2, "note <&>");
        Path file = Plt.savefig(dir.resolve("fig.svg").toString());
        String svg = Files.readString(file);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new java.io.StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertEquals("0 0 640 480", doc.getDocumentElement().getAttribute("viewBox"));
        assertTrue(doc.getElementsByTagName("path").getLength() > 5);
        assertTrue(svg.contains("rgb(0,128,0)") || svg.contains("#008000"), "the green line");
        assertTrue(doc.getElementsByTagName("text").item(0).getTextContent().contains("note <&>"));
        try (var files = Files.list(dir)) { assertEquals(List.of(file), files.toList()); }   // no temp file left
    }

    /** savefig makes its file as any program would: read/write as the umask allows (not a temp file's 0600). */
    @Test void savefigHonoursTheUmask(@TempDir Path dir) throws Exception {
        var probe = Files.createFile(dir.resolve("probe.txt"));   // 0666 less the umask
        var expected = Files.getPosixFilePermissions(probe);
        Plt.plot(List.of(1, 2));
        assertEquals(expected, Files.getPosixFilePermissions(Plt.savefig(dir.resolve("fig.png").toString())));
        assertEquals(expected, Files.getPosixFilePermissions(Plt.savefig(dir.resolve("fig.svg").toString())));
        Plt.savefig(dir.resolve("fig.png").toString());   // over an existing file too
        assertEquals(expected, Files.getPosixFilePermissions(dir.resolve("fig.png")));
        try (var files = Files.list(dir)) { assertEquals(3, files.count()); }   // no temp file left
    }

    @Test void savefigPngAddsExtensionAndRejectsUnknown(@TempDir Path dir) throws Exception {
        Plt.plot(List.of(1, 2));
        Path p = Plt.savefig(dir.resolve("plain").toString());
        assertTrue(p.toString().endsWith("plain.png"));
        assertNotNull(ImageIO.read(p.toFile()));
        assertThrows(IllegalArgumentException.class, () -> Plt.savefig(dir.resolve("x.jpeg").toString()));
    }

    @Test void imshowGrayAndRgb() {
        Figure fig = Plt.figure(3, 3);
        Plt.imshow(Torch.tensor(new double[][] {{0, 1}, {1, 0}}), "gray");
        BufferedImage img = fig.toImage();
        assertEquals(Color.WHITE.getRGB(), img.getRGB(5, 5));
        // the top-left pixel of the image is black (value 0), so some black block exists left of the centre
        boolean black = false;
        for (int x = 0; x < 150; x++) black |= img.getRGB(x, 100) == Color.BLACK.getRGB();
        assertTrue(black);
        var rgb = Images.fromTensor(Torch.tensor(new double[][][] {{{1, 0}}, {{0, 1}}, {{0, 0}}}), null);   // C×H×W: red, green
        assertEquals(new Color(255, 0, 0).getRGB(), rgb.getRGB(0, 0));
        assertEquals(new Color(0, 255, 0).getRGB(), rgb.getRGB(1, 0));
        var u8 = Images.fromTensor(Torch.tensor(new double[][][] {{{10, 20, 30}}}).toByte(), null);          // H×W×C uint8
        assertEquals(new Color(10, 20, 30).getRGB(), u8.getRGB(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Images.fromTensor(Torch.zeros(2, 2, 2), null));
    }

    /** Data matplotlib accepts must render too: empty, NaN, infinite, constant, a single point, text only. */
    @Test void degenerateDataRenders() {
        List<Runnable> cases = List.of(
                () -> Plt.plot(List.of()), () -> Plt.plot(new double[] {Double.NaN, 1, 2}), () -> Plt.plot(new double[] {1, Double.POSITIVE_INFINITY, 2}),
                () -> Plt.plot(new double[] {5, 5, 5}), () -> Plt.plot(new double[] {5}), () -> Plt.scatter(new double[0], new double[0]),
                () -> Plt.text(0.5, 0.5, "only text"), () -> Plt.subplot(2, 1, 2), () -> Plt.imshow(Torch.ones(1, 1)));
        for (Runnable c : cases) {
            Figure fig = Plt.figure(2, 2);
            c.run();
            assertEquals(200, fig.toImage().getWidth());
            assertTrue(fig.toSvg().contains("<svg"));
        }
    }

    /** numpy.histogram([1, 2, 2, 3, 3, 3, 4], bins=3): edges 1, 2, 3, 4; the last bin closed. */
    @Test void histogramBinsAndBars() {
        Figure fig = Plt.figure(4, 3);
        Axes.Hist h = Plt.hist(List.of(1, 2, 2, 3, 3, 3, 4), 3);
        assertArrayEquals(new double[] {1, 2, 4}, h.counts());
        assertArrayEquals(new double[] {1, 2, 3, 4}, h.edges(), 1e-12);
        assertEquals(Colors.TAB10[0], h.color());
        assertArrayEquals(new double[] {0, 1, 0}, Plt.hist(new double[] {Double.NaN, 5}, 3).counts());   // constant data: range 4.5..5.5, as numpy
        BufferedImage img = fig.toImage();
        int bar = 0;
        for (int x = 0; x < 400; x++) if (img.getRGB(x, 200) == Colors.TAB10[0].getRGB()) bar++;
        assertTrue(bar > 100, "bars fill the lower part of the plot: " + bar);
    }

    @Test void gridAndAxisOff() {
        Figure fig = Plt.figure(3, 3);
        Plt.plot(new double[] {0, 1}, new double[] {0, 1}, "r");
        Plt.grid();
        BufferedImage img = fig.toImage();
        int gridPixels = 0;
        for (int y = 0; y < 300; y++) {
            Color c = new Color(img.getRGB(150, y));
            if (c.getRed() == c.getGreen() && c.getGreen() == c.getBlue() && c.getRed() > 0xa0 && c.getRed() < 0xf0) gridPixels++;
        }
        assertTrue(gridPixels > 0, "light gray grid lines cross the middle column");
        Figure digits = Plt.figure(1, 1);
        Plt.imshow(Torch.zeros(4, 4), "gray");
        Plt.axis("off");
        BufferedImage d = digits.toImage();
        assertEquals(Color.BLACK.getRGB(), d.getRGB(50, 50));
        assertEquals(Color.BLACK.getRGB(), d.getRGB(12, 50), "the image fills the room of the ticks");
        assertThrows(IllegalArgumentException.class, () -> Plt.axis("sideways"));
    }

    @Test void subplotsGrid() {
        Figure fig = Plt.figure();
        Axes a = Plt.subplot(1, 2, 1);
        Plt.plot(List.of(1, 2));
        Axes b = Plt.subplot(1, 2, 2);
        assertNotSame(a, b);
        assertSame(a, Plt.subplot(1, 2, 1));
        assertEquals(2, fig.axes().size());
        assertThrows(IllegalArgumentException.class, () -> Plt.subplot(1, 2, 3));
        assertNotNull(fig.toImage());
    }

    @Test void showHandsTheFigureOverAndLiveIdsUpdate() {
        List<String> calls = new ArrayList<>();
        Plt.setShowHandler((fig, id, update) -> calls.add(fig + " " + id.equals(fig.displayId()) + " " + update));
        Plt.show();                                    // nothing drawn: nothing shown
        Plt.plot(List.of(1, 2));
        Figure first = Plt.gcf();
        Plt.show();
        assertNotSame(first, Plt.gcf());               // show closed it
        Plt.close();
        Plt.plot(List.of(1));
        Plt.show("loss");
        Plt.clf();
        Plt.plot(List.of(1, 2));
        Plt.show("loss");
        assertEquals(List.of("<Figure size 640x480 with 1 Axes> true false", "<Figure size 640x480 with 1 Axes> false false",
                "<Figure size 640x480 with 1 Axes> false true"), calls);
        assertNull(Plt.takeUnshown());
        calls.clear();
        Plt.plot(List.of(5));
        Plt.show(first.displayId());                   // the display show() made for the first figure
        assertEquals(List.of("<Figure size 640x480 with 1 Axes> false true"), calls);
        Plt.close();
        Plt.plot(List.of(3));
        assertNotNull(Plt.takeUnshown());
        assertNull(Plt.takeUnshown());
    }

    /** The plain-program handler: a PNG in the temp directory, its path printed; one file per live display id. */
    @Test void defaultHandlerPrintsThePathOfAPng() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var old = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Plt.plot(List.of(1, 2));
            Plt.show();
            Plt.plot(List.of(3, 4));
            Plt.show("live");
            Plt.show("live");
        } finally {
            System.setOut(old);
        }
        List<String> paths = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, paths.size());
        assertNotEquals(paths.get(0), paths.get(1));
        assertEquals(paths.get(1), paths.get(2));
        for (String p : new java.util.LinkedHashSet<>(paths)) {
            assertNotNull(ImageIO.read(new java.io.File(p)));
            Files.deleteIfExists(Path.of(p));
        }
    }
}
