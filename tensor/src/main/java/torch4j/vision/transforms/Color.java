package torch4j.vision.transforms;

import java.util.List;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * Colour adjustments on (..., 1 or 3, H, W) tensors, written with the same tensor ops in the same
 * order as torchvision 0.14's {@code functional_tensor}, so float results match bit for bit and
 * uint8 images are rounded (truncated) where torchvision truncates.
 */
final class Color {
    private Color() {}

    /** {@code rgb_to_grayscale}: ITU-R 601-2 luma (0.2989, 0.587, 0.114), in the image's dtype. */
    static Tensor rgbToGrayscale(Tensor img, int numOutputChannels) {
        if (img.dim() < 3) throw new IllegalArgumentException("Input image tensor should have at least 3 dimensions, but found " + img.dim());
        Geometry.assertChannels(img, 1, 3);
        if (numOutputChannels != 1 && numOutputChannels != 3) throw new IllegalArgumentException("num_output_channels should be either 1 or 3");
        Tensor l;
        if (img.size(-3) == 3) {
            List<Tensor> rgb = img.unbind(-3);
            l = rgb.get(0).mul(0.2989).add(rgb.get(1).mul(0.587)).add(rgb.get(2).mul(0.114)).to(img.dtype()).unsqueeze(-3);
        } else {
            l = img.clone();
        }
        return numOutputChannels == 3 ? l.expand(img.shape().toLongArray()) : l;
    }

    /** {@code _blend}: ratio * img1 + (1 - ratio) * img2, clamped to the dtype's range. */
    static Tensor blend(Tensor img1, Tensor img2, double ratio) {
        double bound = img1.isFloatingPoint() ? 1.0 : 255.0;
        return img1.mul(ratio).add(img2.mul(1.0 - ratio)).clamp(0, bound).to(img1.dtype());
    }

    static Tensor adjustBrightness(Tensor img, double factor) {
        if (factor < 0) throw new IllegalArgumentException("brightness_factor (" + PyRepr.ofFloat(factor) + ") is not non-negative.");
        Geometry.assertImage(img);
        Geometry.assertChannels(img, 1, 3);
        return blend(img, Torch.zerosLike(img), factor);
    }

    static Tensor adjustContrast(Tensor img, double factor) {
        if (factor < 0) throw new IllegalArgumentException("contrast_factor (" + PyRepr.ofFloat(factor) + ") is not non-negative.");
        Geometry.assertImage(img);
        Geometry.assertChannels(img, 3, 1);
        DType dtype = img.isFloatingPoint() ? img.dtype() : DType.FLOAT32;
        Tensor grey = Geometry.dims(img)[0] == 3 ? rgbToGrayscale(img, 1) : img;
        // torch.mean on CPU is sum(...).div_(n) in the tensor's dtype (ATen's mean_out); torch4j's
        // mean() sums in float64, which rounds differently, so spell out ATen's steps
        Tensor g = grey.to(dtype);
        long n = g.size(-3) * g.size(-2) * g.size(-1);
        Tensor mean = g.sum(new long[]{-3, -2, -1}, true).div(n);
        return blend(img, mean, factor);
    }

    static Tensor adjustSaturation(Tensor img, double factor) {
        if (factor < 0) throw new IllegalArgumentException("saturation_factor (" + PyRepr.ofFloat(factor) + ") is not non-negative.");
        Geometry.assertImage(img);
        Geometry.assertChannels(img, 1, 3);
        if (Geometry.dims(img)[0] == 1) return img;   // as PIL: nothing to saturate
        return blend(img, rgbToGrayscale(img, 1), factor);
    }

    /** {@code adjust_hue}: rotates the hue in HSV space by {@code factor} turns, -0.5 ≤ factor ≤ 0.5. */
    static Tensor adjustHue(Tensor img, double factor) {
        if (!(-0.5 <= factor && factor <= 0.5)) throw new IllegalArgumentException("hue_factor (" + PyRepr.ofFloat(factor) + ") is not in [-0.5, 0.5].");
        Geometry.assertImage(img);
        Geometry.assertChannels(img, 1, 3);
        if (Geometry.dims(img)[0] == 1) return img;
        DType orig = img.dtype();
        if (orig == DType.UINT8) img = img.to(DType.FLOAT32).div(255.0);
        Tensor out = hueShift(img, factor);
        return orig == DType.UINT8 ? out.mul(255.0).to(orig) : out;
    }

    /**
     * {@code _rgb2hsv}, {@code (h + factor) % 1.0}, {@code _hsv2rgb}, fused into one pass over the
     * pixels. torchvision runs some forty elementwise tensor ops here; each rounds once per element
     * in the image's dtype, so doing the same operations in the same order per pixel gives the same
     * bits in a fraction of the time. The comments quote torchvision's lines.
     */
    private static Tensor hueShift(Tensor img, double factor) {
        Precision p = Precision.of(img.dtype());
        int h = (int) img.size(-2), w = (int) img.size(-1), plane = h * w;
        double[] x = Precision.values(img), y = new double[x.length];
        double hueFactor = p.round(factor);
        for (int base = 0; base < x.length; base += 3 * plane) {
            for (int q = base; q < base + plane; q++) {
                double r = x[q], g = x[q + plane], b = x[q + 2 * plane];
                // _rgb2hsv (after Pillow's Convert.c): divide by 1 where max == min, so no NaN appears
                double maxc = Math.max(Math.max(r, g), b), minc = Math.min(Math.min(r, g), b);
                boolean eqc = maxc == minc;
                double cr = p.round(maxc - minc);
                double s = p.round(cr / (eqc ? 1.0 : maxc));
                double crDivisor = eqc ? 1.0 : cr;
                double rc = p.round(p.round(maxc - r) / crDivisor), gc = p.round(p.round(maxc - g) / crDivisor), bc = p.round(p.round(maxc - b) / crDivisor);
                double hr = p.round((maxc == r ? 1.0 : 0.0) * p.round(bc - gc));                               // (maxc == r) * (bc - gc)
                double hg = p.round((maxc == g && maxc != r ? 1.0 : 0.0) * p.round(p.round(2.0 + rc) - bc));   // ((maxc == g) & (maxc != r)) * (2.0 + rc - bc)
                double hb = p.round((maxc != g && maxc != r ? 1.0 : 0.0) * p.round(p.round(4.0 + gc) - rc));   // ((maxc != g) & (maxc != r)) * (4.0 + gc - rc)
                double hue = p.round(p.round(hr + hg) + hb);
                hue = p.round(p.round(hue / 6.0) + 1.0) % 1.0;                                                 // torch.fmod(h / 6.0 + 1.0, 1.0)
                // adjust_hue: (h + hue_factor) % 1.0, torch.remainder: fmod, moved to the divisor's sign
                hue = p.round(hue + hueFactor) % 1.0;
                if (hue != 0 && hue < 0) hue = p.round(hue + 1.0);
                // _hsv2rgb
                double h6 = p.round(hue * 6.0);
                double i = Math.floor(h6);
                double f = p.round(h6 - i);
                int sector = Math.floorMod((int) i, 6);
                double v = maxc;
                double pp = clamp01(p.round(v * p.round(1.0 - s)));
                double qq = clamp01(p.round(v * p.round(1.0 - p.round(s * f))));
                double tt = clamp01(p.round(v * p.round(1.0 - p.round(s * p.round(1.0 - f)))));
                // the einsum over the one-hot sector picks (v, q, p, p, t, v), (t, v, v, q, p, p), (p, p, t, v, v, q)
                y[q] = switch (sector) { case 0, 5 -> v; case 1 -> qq; case 2, 3 -> pp; default -> tt; };
                y[q + plane] = switch (sector) { case 0 -> tt; case 1, 2 -> v; case 3 -> qq; default -> pp; };
                y[q + 2 * plane] = switch (sector) { case 0, 1 -> pp; case 2 -> tt; case 3, 4 -> v; default -> qq; };
            }
        }
        return p.tensor(y, img.shape().toLongArray());
    }

    private static double clamp01(double v) { return v < 0 ? 0.0 : v > 1 ? 1.0 : v; }
}
