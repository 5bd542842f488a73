package torch4j.vision.transforms;

import java.util.Arrays;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * Pixel-moving ops on (..., C, H, W) tensors as torchvision 0.14's {@code functional_tensor}:
 * crop, center crop, pad (constant, edge, reflect, symmetric) and flips, plus the batching and
 * casting steps its resampling ops share ({@code _cast_squeeze_in/out}).
 */
final class Geometry {
    private Geometry() {}

    // ---------------------------------------------------------------- shapes and checks

    /** {@code _assert_image_tensor}: at least (H, W). */
    static void assertImage(Tensor img) {
        if (img.dim() < 2) throw new IllegalArgumentException("Tensor is not a torch image.");
    }

    /** {@code get_dimensions}: [channels, height, width]; a 2-D tensor has one channel. */
    static int[] dims(Tensor img) {
        assertImage(img);
        int c = img.dim() == 2 ? 1 : (int) img.size(-3);
        return new int[]{c, (int) img.size(-2), (int) img.size(-1)};
    }

    /** {@code _assert_channels}. */
    static void assertChannels(Tensor img, int... permitted) {
        int c = dims(img)[0];
        for (int p : permitted) if (p == c) return;
        throw new IllegalArgumentException("Input image tensor permitted channel values are " + Arrays.toString(permitted) + ", but found " + c);
    }

    /** An image made 4-D and cast for a resampling kernel ({@code _cast_squeeze_in}), and the way back. */
    record Batched(Tensor img, boolean squeeze, DType outDtype) {
        /** {@code _cast_squeeze_in(img, req_dtypes)}: the first of {@code dtypes} unless img already has one of them. */
        static Batched of(Tensor img, DType... dtypes) {
            boolean squeeze = img.dim() < 4;
            Tensor x = squeeze ? img.unsqueeze(0) : img;
            DType out = x.dtype();
            if (!Arrays.asList(dtypes).contains(out)) x = x.to(dtypes[0]);
            return new Batched(x, squeeze, out);
        }

        /** {@code _cast_squeeze_out}: integer images are rounded (half to even) before the cast back. */
        Tensor restore(Tensor result) {
            Tensor y = squeeze ? result.squeeze(0) : result;
            if (y.dtype() != outDtype) {
                if (outDtype.isIntegral()) y = y.round();
                y = y.to(outDtype);
            }
            return y;
        }
    }

    // ---------------------------------------------------------------- crops

    /** Python's {@code x[start:stop]} bounds for a non-negative start: {lo, length}. */
    private static long[] pySlice(long size, long start, long stop) {
        long lo = Math.min(start, size);
        long hi = stop < 0 ? Math.max(size + stop, 0) : Math.min(stop, size);
        return new long[]{lo, Math.max(hi - lo, 0)};
    }

    /** {@code crop}: the box at (top, left); where it leaves the image, zeros fill it. */
    static Tensor crop(Tensor img, int top, int left, int height, int width) {
        int[] d = dims(img);
        int h = d[1], w = d[2];
        int right = left + width, bottom = top + height;
        if (left < 0 || top < 0 || right > w || bottom > h) {
            int[] ltrb = {Math.max(-left + Math.min(0, right), 0), Math.max(-top + Math.min(0, bottom), 0),
                    Math.max(right - Math.max(w, left), 0), Math.max(bottom - Math.max(h, top), 0)};
            long[] rows = pySlice(h, Math.max(top, 0), bottom), cols = pySlice(w, Math.max(left, 0), right);
            return pad(img.narrow(-2, rows[0], rows[1]).narrow(-1, cols[0], cols[1]), ltrb, 0, "constant");
        }
        return img.narrow(-2, top, height).narrow(-1, left, width);
    }

    /** {@code center_crop}: pads with zeros first when the crop is larger than the image. */
    static Tensor centerCrop(Tensor img, int[] outputSize) {
        int cropH = outputSize[0], cropW = outputSize.length > 1 ? outputSize[1] : outputSize[0];
        int[] d = dims(img);
        int h = d[1], w = d[2];
        if (cropW > w || cropH > h) {
            int[] ltrb = {cropW > w ? (cropW - w) / 2 : 0, cropH > h ? (cropH - h) / 2 : 0,
                    cropW > w ? (cropW - w + 1) / 2 : 0, cropH > h ? (cropH - h + 1) / 2 : 0};
            img = pad(img, ltrb, 0, "constant");
            d = dims(img);
            h = d[1];
            w = d[2];
            if (cropW == w && cropH == h) return img;
        }
        // Python's round(): halves go to the even neighbour
        int top = (int) Math.rint((h - cropH) / 2.0), left = (int) Math.rint((w - cropW) / 2.0);
        return crop(img, top, left, cropH, cropW);
    }

    // ---------------------------------------------------------------- padding

    /** {@code _parse_pad_padding}: 1, 2 or 4 values (all / left-right, top-bottom / l, t, r, b) as [left, right, top, bottom]. */
    static int[] parsePadding(int[] padding) {
        return switch (padding.length) {
            case 1 -> new int[]{padding[0], padding[0], padding[0], padding[0]};
            case 2 -> new int[]{padding[0], padding[0], padding[1], padding[1]};
            case 4 -> new int[]{padding[0], padding[2], padding[1], padding[3]};
            default -> throw new IllegalArgumentException("Padding must be an int or a 1, 2, or 4 element tuple, not a " + padding.length + " element tuple");
        };
    }

    static void checkPaddingMode(String mode) {
        if (!Arrays.asList("constant", "edge", "reflect", "symmetric").contains(mode))
            throw new IllegalArgumentException("Padding mode should be either constant, edge, reflect or symmetric");
    }

    /** {@code pad(img, padding, fill, padding_mode)}; "edge" is F.pad's "replicate". */
    static Tensor pad(Tensor img, int[] padding, double fill, String mode) {
        assertImage(img);
        checkPaddingMode(mode);
        int[] p = parsePadding(padding);
        if (mode.equals("symmetric")) return padSymmetric(img, p);
        boolean squeeze = img.dim() < 4;
        Tensor x = squeeze ? img.unsqueeze(0) : img;
        DType outDtype = x.dtype();
        // F.pad's reflect and replicate take floats only (pytorch/pytorch#40763): cast there and back
        boolean cast = !mode.equals("constant") && outDtype != DType.FLOAT32 && outDtype != DType.FLOAT64;
        if (cast) x = x.to(DType.FLOAT32);
        long[] pads = {p[0], p[1], p[2], p[3]};
        x = mode.equals("constant") ? F.pad(x, pads, "constant", fill) : F.pad(x, pads, mode.equals("edge") ? "replicate" : "reflect");
        if (squeeze) x = x.squeeze(0);
        return cast ? x.to(outDtype) : x;
    }

    /** {@code _pad_symmetric}: mirrors including the edge pixel; negative pads crop first. */
    private static Tensor padSymmetric(Tensor img, int[] p) {
        if (p[0] < 0 || p[1] < 0 || p[2] < 0 || p[3] < 0) {
            int cl = -Math.min(p[0], 0), cr = -Math.min(p[1], 0), ct = -Math.min(p[2], 0), cb = -Math.min(p[3], 0);
            long[] rows = pySlice(img.size(-2), ct, img.size(-2) - cb), cols = pySlice(img.size(-1), cl, img.size(-1) - cr);
            img = img.narrow(-2, rows[0], rows[1]).narrow(-1, cols[0], cols[1]);
            p = new int[]{Math.max(p[0], 0), Math.max(p[1], 0), Math.max(p[2], 0), Math.max(p[3], 0)};
        }
        if (img.dim() != 3 && img.dim() != 4) throw new IllegalArgumentException("Symmetric padding of N-D tensors are not supported yet");
        Tensor cols = Torch.from(mirrorIndices(img.size(-1), p[0], p[1], img.dim() - 1));
        Tensor rows = Torch.from(mirrorIndices(img.size(-2), p[2], p[3], img.dim() - 2));
        return img.indexSelect(-2, rows).indexSelect(-1, cols);
    }

    /** left.. 1, 0 | 0 .. n-1 | n-1, n-2 .. right, as torchvision's index lists (negative ones counted from the end). */
    private static long[] mirrorIndices(long n, int before, int after, int dim) {
        long[] idx = new long[(int) (before + n + after)];
        int k = 0;
        for (int i = before - 1; i >= 0; i--) idx[k++] = i;
        for (int i = 0; i < n; i++) idx[k++] = i;
        for (int i = 0; i < after; i++) idx[k++] = n - 1 - i;
        for (long i : idx) {
            if (i < 0 || i >= n) throw new IndexOutOfBoundsException("index " + (i < 0 ? i - n : i) + " is out of bounds for dimension " + dim + " with size " + n);
        }
        return idx;
    }

    // ---------------------------------------------------------------- flips

    /**
     * {@code x.flip(dim)} (a copy, as torch.flip). A flip moves values without looking at them:
     * rows are block copies when the flipped dim is not the last, and the last dim is reversed by
     * a plain loop over the storage array (one line per Java array type, the only way to index a
     * primitive array without boxing).
     */
    static Tensor flip(Tensor img, int dim) {
        assertImage(img);
        Tensor src = img.contiguous();
        int d = dim < 0 ? dim + src.dim() : dim;
        int n = (int) src.size(d), inner = 1;
        for (int k = d + 1; k < src.dim(); k++) inner *= (int) src.size(k);
        int outer = n * inner == 0 ? 0 : (int) (src.numel() / ((long) n * inner));
        Object from = src.storage().array();
        if (from instanceof boolean[]) {
            long[] idx = new long[n];
            for (int i = 0; i < n; i++) idx[i] = n - 1 - i;
            return src.indexSelect(d, Torch.from(idx));
        }
        Tensor out = Torch.zeros(src.shape().toLongArray(), src.dtype());
        Object to = out.storage().array();
        int base = (int) src.storageOffset();
        for (int o = 0; o < outer; o++) {
            int row = o * n * inner;
            if (inner > 1) {
                for (int i = 0; i < n; i++) System.arraycopy(from, base + row + i * inner, to, row + (n - 1 - i) * inner, inner);
                continue;
            }
            int a = base + row, b = row + n - 1;
            switch (from) {
                case float[] f -> { float[] t = (float[]) to; for (int i = 0; i < n; i++) t[b - i] = f[a + i]; }
                case double[] f -> { double[] t = (double[]) to; for (int i = 0; i < n; i++) t[b - i] = f[a + i]; }
                case byte[] f -> { byte[] t = (byte[]) to; for (int i = 0; i < n; i++) t[b - i] = f[a + i]; }
                case long[] f -> { long[] t = (long[]) to; for (int i = 0; i < n; i++) t[b - i] = f[a + i]; }
                case int[] f -> { int[] t = (int[]) to; for (int i = 0; i < n; i++) t[b - i] = f[a + i]; }
                case short[] f -> { short[] t = (short[]) to; for (int i = 0; i < n; i++) t[b - i] = f[a + i]; }
                default -> throw new IllegalArgumentException("unexpected storage " + from.getClass().getSimpleName());
            }
        }
        return out;
    }
}
