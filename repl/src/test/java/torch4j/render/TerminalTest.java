package torch4j.render;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import torch4j.plot.Figure;
import torch4j.plot.Plt;

class TerminalTest {
    /** A minimal sixel decoder: palette (percent) and the palette index of every pixel. */
    private static int[][] decodeSixel(String s, int w, int h, Map<Integer, int[]> palette) {
        assertTrue(s.startsWith("\033P0;1;0q\"1;1;" + w + ";" + h));
        assertTrue(s.endsWith("\033\\"));
        String body = s.substring(s.indexOf('q') + 1, s.length() - 2);
        body = body.substring(body.indexOf('#'));
        int[][] px = new int[h][w];
        for (int[] row : px) java.util.Arrays.fill(row, -1);
        int x = 0, band = 0, color = 0;
        Matcher m = Pattern.compile("#(\\d+);2;(\\d+);(\\d+);(\\d+)|#(\\d+)|!(\\d+)(.)|([?-~])|\\$|-").matcher(body);
        int pos = 0;
        while (pos < body.length()) {
            assertTrue(m.find(pos) && m.start() == pos, "unexpected sixel text at " + pos);
            String t = m.group();
            if (m.group(1) != null) palette.put(Integer.parseInt(m.group(1)), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))});
            else if (m.group(5) != null) color = Integer.parseInt(m.group(5));
            else if (t.equals("$")) x = 0;
            else if (t.equals("-")) { x = 0; band += 6; }
            else {
                int n = m.group(6) != null ? Integer.parseInt(m.group(6)) : 1;
                int bits = (m.group(6) != null ? m.group(7) : t).charAt(0) - '?';
                for (int k = 0; k < n; k++, x++)
                    for (int b = 0; b < 6; b++) if ((bits >> b & 1) != 0) px[band + b][x] = color;
            }
            pos = m.end();
        }
        return px;
    }

    @Test void sixelRoundTripsATinyImage() {
        int w = 7, h = 9;
        int[] colors = {0xff0000, 0x00ff00, 0x0000ff, 0xffffff};
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, colors[(x / 2 + y) % 4]);
        Map<Integer, int[]> palette = new HashMap<>();
        int[][] px = decodeSixel(Sixel.encode(img), w, h, palette);
        assertEquals(4, palette.size());
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                int[] pct = palette.get(px[y][x]);
                assertArrayEquals(new int[] {(rgb >> 16 & 0xff) * 100 / 255, (rgb >> 8 & 0xff) * 100 / 255, (rgb & 0xff) * 100 / 255}, pct, x + "," + y);
            }
    }

    @Test void sixelRunLengthAndQuantisation() {
        BufferedImage flat = new BufferedImage(10, 6, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 6; y++) for (int x = 0; x < 10; x++) flat.setRGB(x, y, 0xffffff);
        assertEquals("\033P0;1;0q\"1;1;10;6#0;2;100;100;100#0!10~-\033\\", Sixel.encode(flat));
        BufferedImage many = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) for (int x = 0; x < 40; x++) many.setRGB(x, y, x * 6 << 16 | y * 6 << 8 | (x + y) * 3);
        int[] rgb = many.getRGB(0, 0, 40, 40, null, 0, 40);
        for (int i = 0; i < rgb.length; i++) rgb[i] &= 0xffffff;
        int[] pal = Sixel.palette(rgb, 256);
        assertEquals(256, pal.length);
        int[] idx = Sixel.mapToPalette(rgb, pal);
        double err = 0;
        for (int i = 0; i < rgb.length; i++) err += Math.abs((rgb[i] >> 16 & 0xff) - (pal[idx[i]] >> 16 & 0xff));
        assertTrue(err / rgb.length < 6, "mean red error " + err / rgb.length);
        Map<Integer, int[]> palette = new HashMap<>();
        int[][] px = decodeSixel(Sixel.encode(many), 40, 40, palette);
        for (int[] row : px) for (int p : row) assertTrue(p >= 0 && p < 256);
    }

    @Test void kittyChunksDecodeToThePng() throws Exception {
        Plt.figure(2, 2);
        Plt.plot(List.of(1, 3, 2));
        Figure fig = Plt.gcf();
        byte[] png = fig.toPng();
        String s = Kitty.encode(png);
        Matcher m = Pattern.compile("\033_G([^;]*);([^\033]*)\033\\\\").matcher(s);
        var all = new StringBuilder();
        int chunks = 0, end = 0;
        while (m.find()) {
            assertEquals(end, m.start());
            end = m.end();
            String keys = m.group(1);
            assertEquals(chunks == 0 ? "f=100,a=T,m=" : "m=", keys.substring(0, keys.length() - 1));
            assertTrue(m.group(2).length() <= Kitty.CHUNK);
            all.append(m.group(2));
            chunks++;
            if (keys.endsWith("m=0")) assertEquals(s.length(), m.end());
        }
        assertTrue(chunks > 1);
        assertArrayEquals(png, Base64.getDecoder().decode(all.toString()));
        assertNotNull(ImageIO.read(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(all.toString()))));
        assertEquals("\033_Gf=100,a=T,m=0;AAEC\033\\", Kitty.encode(new byte[] {0, 1, 2}));
        Plt.reset();
    }

    @Test void brailleChartOfKnownData() {
        assertEquals("""
                1 ┤  ⡰⢣   ⢀⠎
                  │ ⡰⠁ ⢣ ⢀⠎
                0 ┤⡰⠁   ⢣⠎
                  └─────────
                   0       3""", BrailleChart.plot(new double[] {0, 1, 0, 1}, 12, 3));
        // two dots: (1, 10) top right (right column, top dot), (0, -2.5) bottom left (left column, bottom dot)
        assertEquals("  10 ┤     ⠈\n-2.5 ┤⡀\n     └──────\n      0    1",
                BrailleChart.render(List.of(new BrailleChart.Series(new double[] {0, 1}, new double[] {-2.5, 10}, false)), 12, 2));
    }

    /** hist(...); show() in a plain terminal: the bars, from 0 up to each count (numpy's bins: 1, 2, 4 values). */
    @Test void brailleHistogramDrawsTheBars() {
        Plt.figure();
        Plt.hist(List.of(1, 2, 2, 3, 3, 3, 4), 3);
        String chart = TerminalGraphics.encode(Plt.gcf(), TerminalGraphics.Protocol.NONE, 11, 2);
        // 16 dots across: bins of 5, 5 and 6 dots, each with its last column left empty; heights 2, 4, 8 of 8 dots
        assertEquals("""
                4 ┤  ⢀⣀⡀⣿⣿⡇
                0 ┤⣶⣶⢸⣿⡇⣿⣿⡇
                  └────────
                   1      4""", chart);
        Plt.reset();
    }

    @Test void brailleInColour() {
        String s = BrailleChart.render(List.of(new BrailleChart.Series(new double[] {0, 1}, new double[] {0, 1}, false, java.awt.Color.RED),
                new BrailleChart.Series(new double[] {0}, new double[] {1}, false, new java.awt.Color(0, 0, 255))), 8, 1);
        // red dots bottom left and top right, then a blue dot top left: the cell drawn last in blue, blanks keep the colour
        assertEquals("1 ┤\033[38;2;0;0;255m⡁   \033[38;2;255;0;0m⠈\033[0m\n  └─────\n   0   1", s);
        Plt.figure();
        Plt.plot(List.of(0, 1), "g");
        assertTrue(TerminalGraphics.encode(Plt.gcf(), TerminalGraphics.Protocol.NONE, 20, 3, true).contains("\033[38;2;0;128;0m"));
        Plt.reset();
    }

    @Test void brailleOfAFigureHasItsTitle() {
        Plt.figure();
        Plt.plot(List.of(0, 1));
        Plt.title("up");
        String s = BrailleChart.of(Plt.gcf(), 10, 2);
        assertTrue(s.startsWith("    up\n"), s);
        Plt.reset();
    }

    @Test void detection() {
        assertEquals(TerminalGraphics.Protocol.KITTY, TerminalGraphics.fromEnv(Map.of("KITTY_WINDOW_ID", "1", "TERM", "xterm-256color")));
        assertEquals(TerminalGraphics.Protocol.KITTY, TerminalGraphics.fromEnv(Map.of("TERM", "xterm-kitty")));
        assertEquals(TerminalGraphics.Protocol.KITTY, TerminalGraphics.fromEnv(Map.of("TERM_PROGRAM", "WezTerm")));
        assertEquals(TerminalGraphics.Protocol.SIXEL, TerminalGraphics.fromEnv(Map.of("TERM", "foot")));
        assertEquals(TerminalGraphics.Protocol.NONE, TerminalGraphics.fromEnv(Map.of("TERM", "xterm-256color")));
        assertEquals(TerminalGraphics.Protocol.NONE, TerminalGraphics.fromEnv(Map.of()));
        assertTrue(TerminalGraphics.da1SupportsSixel("\033[?62;4;6;22c"));
        assertTrue(TerminalGraphics.da1SupportsSixel("\033[?64;1;2;4c"));
        assertFalse(TerminalGraphics.da1SupportsSixel("\033[?62;22c"));
        assertFalse(TerminalGraphics.da1SupportsSixel("\033[?1;2c"));
        assertFalse(TerminalGraphics.da1SupportsSixel("\033[?62;44c"));
        assertFalse(TerminalGraphics.da1SupportsSixel("garbage"));
        assertFalse(TerminalGraphics.da1SupportsSixel(null));
    }
}
