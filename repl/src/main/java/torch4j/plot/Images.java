package torch4j.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import torch4j.Tensor;

/** Image tensors to pixels, with matplotlib's {@code imshow} conventions. */
final class Images {
    private Images() {}

    static BufferedImage fromTensor(Tensor t, String cmap) {
        long[] s = t.shape().toLongArray();
        double[] v = t.detach().toDoubleArray();
        if (s.length == 2) return gray(v, (int) s[0], (int) s[1], cmap);
        if (s.length == 3) {
            boolean hwc = s[2] == 3 || s[2] == 4;
            boolean chw = !hwc && (s[0] == 1 || s[0] == 3 || s[0] == 4);
            if (hwc || chw) {
                int c = (int) (hwc ? s[2] : s[0]), h = (int) (hwc ? s[0] : s[1]), w = (int) (hwc ? s[1] : s[2]);
                if (c == 1) return gray(v, h, w, cmap);
                return rgb(v, c, h, w, hwc, t.isFloatingPoint());
            }
        }
        throw new IllegalArgumentException("Invalid shape " + t.shape() + " for image data: expected H×W, C×H×W or H×W×C with C in {1, 3, 4}");
    }

    private static BufferedImage gray(double[] v, int h, int w, String cmap) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double d : v) if (!Double.isNaN(d)) { lo = Math.min(lo, d); hi = Math.max(hi, d); }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                double d = v[y * w + x];
                double u = hi > lo ? (d - lo) / (hi - lo) : 0;
                img.setRGB(x, y, map(cmap, u).getRGB());
            }
        return img;
    }

    /** A colour map by name: viridis, gray, gray_r (also greys/binary, as matplotlib's inverted gray). */
    static Color map(String cmap, double u) {
        if (Double.isNaN(u)) return new Color(0, 0, 0, 0);
        return switch (cmap == null ? "viridis" : cmap) {
            case "viridis" -> Colors.viridis(u);
            case "gray", "grey" -> level(u);
            case "gray_r", "grey_r", "Greys", "binary" -> level(1 - u);
            default -> throw new IllegalArgumentException("'" + cmap + "' is not a valid value for cmap; supported values are 'viridis', 'gray', 'gray_r', 'Greys', 'binary'");
        };
    }

    private static Color level(double u) {
        int g = (int) Math.round(Math.clamp(u, 0, 1) * 255);
        return new Color(g, g, g);
    }

    private static BufferedImage rgb(double[] v, int c, int h, int w, boolean hwc, boolean floating) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] px = new int[4];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                px[3] = 255;
                for (int k = 0; k < c; k++) {
                    double d = hwc ? v[(y * w + x) * c + k] : v[(k * h + y) * w + x];
                    px[k] = (int) Math.round(Math.clamp(floating ? d * 255 : d, 0, 255));
                }
                img.setRGB(x, y, px[3] << 24 | px[0] << 16 | px[1] << 8 | px[2]);
            }
        return img;
    }
}
