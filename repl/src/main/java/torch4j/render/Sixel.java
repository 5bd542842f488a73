package torch4j.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DEC sixel graphics: an image as the escape sequence that xterm ({@code -ti vt340}), foot,
 * mlterm, WezTerm and others draw inline. Colours are quantised to at most 256 by median cut
 * (exact when the image has no more), pixels mapped to the nearest palette entry.
 *
 * <pre>{@code
 * jshell> System.out.print(Sixel.encode(gcf().toImage()))
 * }</pre>
 */
public final class Sixel {
    private Sixel() {}

    /** The most palette entries a sixel image gets (VT340 terminals allow 256 registers). */
    public static final int MAX_COLORS = 256;

    /** The image as a complete sixel sequence: {@code ESC P q}, raster size, palette, bands, {@code ESC \}. */
    public static String encode(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) rgb[i] = flatten(rgb[i]);
        int[] palette = palette(rgb, MAX_COLORS);
        int[] index = mapToPalette(rgb, palette);
        StringBuilder sb = new StringBuilder(w * h / 2);
        sb.append("\033P0;1;0q\"1;1;").append(w).append(';').append(h);
        for (int c = 0; c < palette.length; c++) {
            int p = palette[c];
            sb.append('#').append(c).append(";2;").append(percent(p >> 16)).append(';').append(percent(p >> 8)).append(';').append(percent(p));
        }
        int[] bits = new int[w];
        for (int band = 0; band < h; band += 6) {
            boolean[] used = new boolean[palette.length];
            for (int y = band; y < Math.min(band + 6, h); y++) for (int x = 0; x < w; x++) used[index[y * w + x]] = true;
            boolean firstColor = true;
            for (int c = 0; c < palette.length; c++) {
                if (!used[c]) continue;
                Arrays.fill(bits, 0);
                for (int y = band; y < Math.min(band + 6, h); y++)
                    for (int x = 0; x < w; x++) if (index[y * w + x] == c) bits[x] |= 1 << (y - band);
                if (!firstColor) sb.append('$');
                firstColor = false;
                sb.append('#').append(c);
                runLength(sb, bits);
            }
            sb.append('-');
        }
        return sb.append("\033\\").toString();
    }

    /** Sixel characters ({@code ?} + 6 bits) with {@code !n} repeats for runs of 4 or more. */
    private static void runLength(StringBuilder sb, int[] bits) {
        int end = bits.length;
        while (end > 0 && bits[end - 1] == 0) end--;   // trailing blanks need not be sent
        for (int x = 0; x < end; ) {
            int run = 1;
            while (x + run < end && bits[x + run] == bits[x]) run++;
            char ch = (char) ('?' + bits[x]);
            if (run >= 4) sb.append('!').append(run).append(ch);
            else sb.repeat(ch, run);
            x += run;
        }
    }

    private static int percent(int channel) { return Math.round((channel & 0xff) * 100 / 255f); }

    /** Transparent pixels over white (the figure face), alpha dropped. */
    private static int flatten(int argb) {
        int a = argb >>> 24;
        if (a == 255) return argb & 0xffffff;
        int r = ((argb >> 16 & 0xff) * a + 255 * (255 - a)) / 255, g = ((argb >> 8 & 0xff) * a + 255 * (255 - a)) / 255,
                b = ((argb & 0xff) * a + 255 * (255 - a)) / 255;
        return r << 16 | g << 8 | b;
    }

    /** The distinct colours if there are at most {@code max}, else a median-cut palette of {@code max}. */
    static int[] palette(int[] rgb, int max) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p : rgb) counts.merge(p, 1, Integer::sum);
        if (counts.size() <= max) return counts.keySet().stream().sorted().mapToInt(Integer::intValue).toArray();
        List<int[]> boxes = new ArrayList<>();
        boxes.add(counts.keySet().stream().mapToInt(Integer::intValue).toArray());
        while (boxes.size() < max) {
            int[] widest = boxes.stream().filter(b -> b.length > 1).max(Comparator.comparingInt(Sixel::range)).orElse(null);
            if (widest == null) break;
            int ch = channelOfWidestRange(widest);
            int[] sorted = Arrays.stream(widest).boxed().sorted(Comparator.comparingInt(p -> p >> ch & 0xff)).mapToInt(Integer::intValue).toArray();
            boxes.remove(widest);
            boxes.add(Arrays.copyOfRange(sorted, 0, sorted.length / 2));
            boxes.add(Arrays.copyOfRange(sorted, sorted.length / 2, sorted.length));
        }
        int[] pal = new int[boxes.size()];
        for (int i = 0; i < pal.length; i++) {
            long r = 0, g = 0, b = 0, n = 0;
            for (int p : boxes.get(i)) {
                int c = counts.get(p);
                r += (long) (p >> 16 & 0xff) * c;
                g += (long) (p >> 8 & 0xff) * c;
                b += (long) (p & 0xff) * c;
                n += c;
            }
            pal[i] = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
        }
        return pal;
    }

    private static int range(int[] box) {
        int ch = channelOfWidestRange(box);
        int lo = 255, hi = 0;
        for (int p : box) { lo = Math.min(lo, p >> ch & 0xff); hi = Math.max(hi, p >> ch & 0xff); }
        return hi - lo;
    }

    private static int channelOfWidestRange(int[] box) {
        int best = 0, bestRange = -1;
        for (int ch : new int[] {16, 8, 0}) {
            int lo = 255, hi = 0;
            for (int p : box) { lo = Math.min(lo, p >> ch & 0xff); hi = Math.max(hi, p >> ch & 0xff); }
            if (hi - lo > bestRange) { bestRange = hi - lo; best = ch; }
        }
        return best;
    }

    /** Each pixel's nearest palette entry (squared RGB distance), cached per colour. */
    static int[] mapToPalette(int[] rgb, int[] palette) {
        Map<Integer, Integer> cache = new HashMap<>();
        int[] out = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            out[i] = cache.computeIfAbsent(rgb[i], p -> {
                int best = 0;
                long bestD = Long.MAX_VALUE;
                for (int c = 0; c < palette.length; c++) {
                    int q = palette[c];
                    long dr = (p >> 16 & 0xff) - (q >> 16 & 0xff), dg = (p >> 8 & 0xff) - (q >> 8 & 0xff), db = (p & 0xff) - (q & 0xff);
                    long d = dr * dr + dg * dg + db * db;
                    if (d < bestD) { bestD = d; best = c; }
                }
                return best;
            });
        }
        return out;
    }
}
