package torch4j.vision.transforms;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * Images and arrays to tensors and back ({@code to_tensor}, {@code pil_to_tensor},
 * {@code to_pil_image}, {@code convert_image_dtype}). A {@link BufferedImage} plays PIL's image:
 * its raster samples are read as stored (no colour management), so an 8-bit grey image is PIL's
 * "L", grey with alpha "LA", colour "RGB" and colour with alpha "RGBA". Palette and other
 * packed images are read through their colour model as RGB(A), which is what
 * {@code convert("RGB")} gives in PIL; a 16-bit grey image reads as int32 values, not scaled.
 */
final class ImageConversion {
    private ImageConversion() {}

    // ---------------------------------------------------------------- image -> tensor

    /** {@code pil_to_tensor}: a (C, H, W) copy of the pixels, uint8 (int32 for 16-bit grey). */
    static Tensor pilToTensor(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        ColorModel cm = img.getColorModel();
        Raster raster = img.getRaster();
        if (isPlain(cm, 16) && cm.getNumComponents() == 1) {
            int[] v = raster.getSamples(0, 0, w, h, 0, (int[]) null);
            return Torch.from(v).view(1, h, w);
        }
        if (!isPlain(cm, 8)) return argb(img);
        int bands = cm.getNumComponents();
        byte[] out = new byte[bands * w * h];
        if (!copyInterleavedBytes(raster, bands, w, h, out)) {
            int[] samples = new int[w * h];
            for (int b = 0; b < bands; b++) {
                raster.getSamples(0, 0, w, h, b, samples);
                for (int i = 0; i < samples.length; i++) out[b * w * h + i] = (byte) samples[i];
            }
        }
        return Torch.fromUnsigned(out).view(bands, h, w);
    }

    /** Component or packed sRGB/grey pixels of {@code bits} bits, not premultiplied: read as stored. */
    private static boolean isPlain(ColorModel cm, int bits) {
        if (!(cm instanceof ComponentColorModel) && !(cm instanceof DirectColorModel)) return false;
        if (cm.isAlphaPremultiplied()) return false;
        int type = cm.getColorSpace().getType();
        if (type != ColorSpace.TYPE_RGB && type != ColorSpace.TYPE_GRAY) return false;
        for (int s : cm.getComponentSize()) if (s != bits) return false;
        return true;
    }

    /** The fast path for byte-interleaved rasters (3BYTE_BGR, 4BYTE_ABGR, BYTE_GRAY, PNG's layouts). */
    private static boolean copyInterleavedBytes(Raster raster, int bands, int w, int h, byte[] out) {
        if (!(raster.getDataBuffer() instanceof DataBufferByte db) || !(raster.getSampleModel() instanceof ComponentSampleModel sm)
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0 || db.getNumBanks() != 1) {
            return false;
        }
        byte[] data = db.getData();
        int pixelStride = sm.getPixelStride(), rowStride = sm.getScanlineStride();
        int[] offsets = sm.getBandOffsets();
        int base = db.getOffset();
        for (int b = 0; b < bands; b++) {
            int dst = b * w * h;
            for (int y = 0; y < h; y++) {
                int src = base + y * rowStride + offsets[b];
                for (int x = 0; x < w; x++, src += pixelStride) out[dst++] = data[src];
            }
        }
        return true;
    }

    /** Through the colour model: RGB, or RGBA when the image has alpha. */
    private static Tensor argb(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight(), n = w * h;
        boolean alpha = img.getColorModel().hasAlpha();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        byte[] out = new byte[(alpha ? 4 : 3) * n];
        for (int i = 0; i < n; i++) {
            int p = argb[i];
            out[i] = (byte) (p >> 16);
            out[n + i] = (byte) (p >> 8);
            out[2 * n + i] = (byte) p;
            if (alpha) out[3 * n + i] = (byte) (p >>> 24);
        }
        return Torch.fromUnsigned(out).view(alpha ? 4 : 3, h, w);
    }

    /**
     * {@code to_tensor}: a BufferedImage becomes (C, H, W) float32 in [0, 1] (uint8 / 255); an
     * array, (H, W) or (H, W, C) as numpy lays out images, becomes (C, H, W) in its own type, and
     * only 8-bit data is scaled. Java's {@code byte} arrays are pixels, read as unsigned.
     */
    static Tensor toTensor(Object pic) {
        Tensor t;
        if (pic instanceof BufferedImage img) {
            t = pilToTensor(img);
            if (t.dtype() == DType.UINT8 && DType.defaultFloat() == DType.FLOAT32) return scaled(t);
        } else if (pic != null && pic.getClass().isArray()) {
            t = arrayToTensor(pic);
            if (t.dim() != 2 && t.dim() != 3) throw new IllegalArgumentException("pic should be 2/3 dimensional. Got " + t.dim() + " dimensions.");
            if (t.dim() == 2) t = t.unsqueeze(2);
            t = t.permute(2, 0, 1).contiguous();
        } else {
            throw new IllegalArgumentException("pic should be a BufferedImage or an array. Got " + (pic == null ? "null" : pic.getClass().getName()));
        }
        return t.dtype() == DType.UINT8 ? t.to(DType.defaultFloat()).div(255) : t;
    }

    /** {@code img.to(float32).div(255)} in one pass: the same IEEE float division per pixel, without two intermediate tensors. */
    private static Tensor scaled(Tensor u8) {
        byte[] src = (byte[]) u8.storage().array();
        int off = (int) u8.storageOffset(), n = (int) u8.numel();
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = (src[off + i] & 0xFF) / 255f;
        return Torch.from(out).view(u8.shape().toLongArray());
    }

    /** A (nested) primitive array as a tensor of its element type; byte arrays as uint8. */
    static Tensor arrayToTensor(Object array) {
        Tensor t = Torch.from(array);
        if (t.dtype() != DType.INT8) return t;
        byte[] flat = (byte[]) t.contiguous().storage().array();
        return Torch.fromUnsigned(flat).view(t.shape().toLongArray());
    }

    // ---------------------------------------------------------------- tensor -> image

    /**
     * {@code to_pil_image(pic, mode)}: a (C, H, W) or (H, W) tensor, or an (H, W, C) / (H, W)
     * array, as an 8-bit image: 1 channel "L", 2 "LA", 3 "RGB", 4 "RGBA". Floating values are
     * scaled by 255 and cast as PyTorch's {@code byte()} casts (truncation, wrapping out of range).
     */
    static BufferedImage toPILImage(Object pic, String mode) {
        Tensor t;
        if (pic instanceof Tensor tensor) {
            if (tensor.dim() != 2 && tensor.dim() != 3)
                throw new IllegalArgumentException("pic should be 2/3 dimensional. Got " + tensor.dim() + " dimensions.");
            t = tensor.dim() == 2 ? tensor.unsqueeze(0) : tensor;
            if (t.size(-3) > 4) throw new IllegalArgumentException("pic should not have > 4 channels. Got " + t.size(-3) + " channels.");
        } else if (pic != null && pic.getClass().isArray()) {
            Tensor a = arrayToTensor(pic);
            if (a.dim() != 2 && a.dim() != 3) throw new IllegalArgumentException("pic should be 2/3 dimensional. Got " + a.dim() + " dimensions.");
            if (a.dim() == 2) a = a.unsqueeze(2);
            if (a.size(-1) > 4) throw new IllegalArgumentException("pic should not have > 4 channels. Got " + a.size(-1) + " channels.");
            t = a.permute(2, 0, 1);
        } else {
            throw new IllegalArgumentException("pic should be Tensor or an array. Got " + (pic == null ? "null" : pic.getClass().getName()) + ".");
        }
        if (t.isFloatingPoint() && !"F".equals(mode)) t = byteCast(t.mul(255));
        int c = (int) t.size(0);
        String expected = switch (c) {
            case 1 -> t.dtype() == DType.UINT8 ? "L" : t.dtype() == DType.INT16 ? "I;16" : t.dtype() == DType.INT32 ? "I" : t.dtype() == DType.FLOAT32 ? "F" : null;
            case 2 -> t.dtype() == DType.UINT8 ? "LA" : null;
            case 4 -> t.dtype() == DType.UINT8 ? "RGBA" : null;
            default -> t.dtype() == DType.UINT8 ? "RGB" : null;
        };
        if (c == 1 && mode != null && !mode.equals(expected))
            throw new IllegalArgumentException("Incorrect mode (" + mode + ") supplied for input type " + t.dtype().pyName() + ". Should be " + expected);
        if (c == 2 && mode != null && !mode.equals("LA")) throw new IllegalArgumentException("Only modes ['LA'] are supported for 2D inputs");
        if (c == 4 && mode != null && !java.util.List.of("RGBA", "CMYK", "RGBX").contains(mode))
            throw new IllegalArgumentException("Only modes ['RGBA', 'CMYK', 'RGBX'] are supported for 4D inputs");
        if (c == 3 && mode != null && !java.util.List.of("RGB", "YCbCr", "HSV").contains(mode))
            throw new IllegalArgumentException("Only modes ['RGB', 'YCbCr', 'HSV'] are supported for 3D inputs");
        String m = mode != null ? mode : expected;
        if (m == null) throw new IllegalArgumentException("Input type " + t.dtype().pyName() + " is not supported");
        if (!java.util.List.of("L", "LA", "RGB", "RGBA").contains(m) || t.dtype() != DType.UINT8)
            throw new IllegalArgumentException("torch4j makes 8-bit L, LA, RGB and RGBA images; mode " + m + " (" + t.dtype().pyName() + " data) is not available");
        return fromChannels(t);
    }

    /** PyTorch's float-to-uint8 cast: truncation toward zero, keeping the low 8 bits. */
    static Tensor byteCast(Tensor t) { return t.toByte(); }

    /** A uint8 (C, H, W) tensor with 1-4 channels as an 8-bit BufferedImage. */
    static BufferedImage fromChannels(Tensor chw) {
        int c = (int) chw.size(0), h = (int) chw.size(1), w = (int) chw.size(2);
        Tensor dense = chw.contiguous();
        byte[] src = (byte[]) dense.storage().array();
        int base = (int) dense.storageOffset();
        BufferedImage img;
        int[] order;   // position of channel k within a pixel's bytes
        switch (c) {
            case 1 -> { img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY); order = new int[]{0}; }
            case 3 -> { img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR); order = new int[]{2, 1, 0}; }
            case 4 -> { img = new BufferedImage(w, h, BufferedImage.TYPE_4BYTE_ABGR); order = new int[]{3, 2, 1, 0}; }
            default -> {
                ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                        Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
                WritableRaster r = cm.createCompatibleWritableRaster(w, h);
                img = new BufferedImage(cm, r, false, null);
                order = ((ComponentSampleModel) r.getSampleModel()).getBandOffsets();
            }
        }
        byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int n = w * h;
        for (int k = 0; k < c; k++) {
            int o = order[k];
            for (int i = 0, s = base + k * n; i < n; i++, s++) dst[i * c + o] = src[s];
        }
        return img;
    }

    /** A copy of the pixels as a new 8-bit RGB image ({@code img.convert("RGB")}): grey repeats, alpha is dropped. */
    static BufferedImage convertRgb(BufferedImage img) {
        Tensor t = pilToTensor(img);
        if (t.dtype() != DType.UINT8) throw new IllegalArgumentException("cannot convert a 16-bit grey image to RGB");
        Tensor rgb = switch ((int) t.size(0)) {
            case 1, 2 -> t.narrow(0, 0, 1).expand(3, t.size(1), t.size(2));
            default -> t.narrow(0, 0, 3);
        };
        return fromChannels(rgb);
    }

    // ---------------------------------------------------------------- dtype

    /** torchvision's {@code _max_value}: the largest value of an integer dtype, 1 for floating ones. */
    static double maxValue(DType dtype) {
        return switch (dtype) {
            case UINT8 -> 255;
            case INT8 -> 127;
            case INT16 -> 32767;
            case INT32 -> 2147483647;
            case INT64 -> 9223372036854775807.0;
            default -> 1;
        };
    }

    /** {@code convert_image_dtype}: rescales between integer ranges and [0, 1] floats. */
    static Tensor convertImageDtype(Tensor image, DType dtype) {
        if (image.dtype() == dtype) return image;
        if (image.isFloatingPoint()) {
            if (dtype.isFloatingPoint()) return image.to(dtype);
            if ((image.dtype() == DType.FLOAT32 && (dtype == DType.INT32 || dtype == DType.INT64))
                    || (image.dtype() == DType.FLOAT64 && dtype == DType.INT64)) {
                throw new IllegalStateException("The cast from " + image.dtype() + " to " + dtype + " cannot be performed safely.");
            }
            // values in [0, 1] spread evenly over the integers: (max + 1 - eps) keeps 1.0 at max
            double eps = 1e-3;
            return image.mul(maxValue(dtype) + 1.0 - eps).to(dtype);
        }
        double inputMax = maxValue(image.dtype());
        if (dtype.isFloatingPoint()) return image.to(dtype).div(inputMax);
        double outputMax = maxValue(dtype);
        if (inputMax > outputMax) {
            long factor = (long) Math.floor((inputMax + 1) / (outputMax + 1));
            return image.floorDivide(factor).to(dtype);
        }
        long factor = (long) Math.floor((outputMax + 1) / (inputMax + 1));
        return image.to(dtype).mul(factor);
    }
}
