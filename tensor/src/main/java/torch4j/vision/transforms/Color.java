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
        return numOutputChannels == 3 ? l.expand(img.shape().toArray()) : l;
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
        List<Tensor> hsv = rgbToHsv(img).unbind(-3);
        Tensor h = hsv.get(0).add(factor).remainder(1.0);
        Tensor out = hsvToRgb(Torch.stack(List.of(h, hsv.get(1), hsv.get(2)), -3));
        return orig == DType.UINT8 ? out.mul(255.0).to(orig) : out;
    }

    /** {@code _rgb2hsv} (after Pillow's Convert.c), dividing by 1 where max == min so no NaN appears. */
    static Tensor rgbToHsv(Tensor img) {
        List<Tensor> rgb = img.unbind(-3);
        Tensor r = rgb.get(0), g = rgb.get(1), b = rgb.get(2);
        Tensor maxc = img.max(-3).values(), minc = img.min(-3).values();
        Tensor eqc = maxc.eq(minc);
        Tensor cr = maxc.sub(minc);
        Tensor ones = Torch.onesLike(maxc);
        Tensor s = cr.div(Torch.where(eqc, ones, maxc));
        Tensor crDivisor = Torch.where(eqc, ones, cr);
        Tensor rc = maxc.sub(r).div(crDivisor), gc = maxc.sub(g).div(crDivisor), bc = maxc.sub(b).div(crDivisor);
        Tensor hr = maxc.eq(r).mul(bc.sub(gc));
        Tensor hg = maxc.eq(g).logicalAnd(maxc.ne(r)).mul(rc.add(2.0).sub(bc));
        Tensor hb = maxc.ne(g).logicalAnd(maxc.ne(r)).mul(gc.add(4.0).sub(rc));
        Tensor h = hr.add(hg).add(hb);
        h = h.div(6.0).add(1.0).fmod(1.0);
        return Torch.stack(List.of(h, s, maxc), -3);
    }

    /**
     * {@code _hsv2rgb}. torchvision picks each output channel from six candidates with a one-hot
     * einsum; every product but one is an exact zero, so gathering the chosen candidate gives the
     * same values.
     */
    static Tensor hsvToRgb(Tensor img) {
        List<Tensor> hsv = img.unbind(-3);
        Tensor h = hsv.get(0), s = hsv.get(1), v = hsv.get(2);
        Tensor i = h.mul(6.0).floor();
        Tensor f = h.mul(6.0).sub(i);
        Tensor sector = i.to(DType.INT32).remainder(6L).to(DType.INT64).unsqueeze(-3);
        Tensor p = v.mul(s.neg().add(1.0)).clamp(0.0, 1.0);
        Tensor q = v.mul(s.mul(f).neg().add(1.0)).clamp(0.0, 1.0);
        Tensor t = v.mul(s.mul(f.neg().add(1.0)).neg().add(1.0)).clamp(0.0, 1.0);
        Tensor[][] candidates = {{v, q, p, p, t, v}, {t, v, v, q, p, p}, {p, p, t, v, v, q}};
        Tensor[] channels = new Tensor[3];
        for (int k = 0; k < 3; k++) channels[k] = Torch.stack(List.of(candidates[k]), -3).gather(-3, sector).squeeze(-3);
        return Torch.stack(List.of(channels), -3);
    }
}
