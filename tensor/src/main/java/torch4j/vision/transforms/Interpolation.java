package torch4j.vision.transforms;

import torch4j.DType;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * {@code resize} on tensors as torchvision 0.14 does it: the output size rule, then ATen 1.13's
 * CPU kernels for {@code upsample_bilinear2d}: without {@code antialias} through
 * {@code F.interpolate} (as torchvision does), with it reproduced here operation by operation, so
 * float32 and float64 results are bit-identical to PyTorch's.
 *
 * <p>What "operation by operation" means here was measured against Debian's PyTorch 1.13 (GCC 12,
 * AVX2 kernels): the compiler fuses some multiply-adds into FMA instructions and not others, and
 * the fused ones are written as {@code fma} below; elsewhere each operation rounds.
 */
final class Interpolation {
    private Interpolation() {}

    /** {@code _compute_resized_output_size}: one value sets the smaller edge (aspect kept, capped by maxSize). */
    static int[] outputSize(int h, int w, int[] size, Integer maxSize) {
        if (size.length != 1) return new int[]{size[0], size[1]};
        int shortEdge = Math.min(h, w), longEdge = Math.max(h, w);
        int newShort = size[0];
        int newLong = (int) ((double) ((long) newShort * longEdge) / shortEdge);
        if (maxSize != null) {
            if (maxSize <= newShort)
                throw new IllegalArgumentException("max_size = " + maxSize + " must be strictly greater than the requested size for the smaller edge size = [" + newShort + "]");
            if (newLong > maxSize) {
                newShort = (int) ((double) ((long) maxSize * newShort) / newLong);
                newLong = maxSize;
            }
        }
        return w <= h ? new int[]{newLong, newShort} : new int[]{newShort, newLong};
    }

    /** {@code F.resize(img, size, interpolation, max_size, antialias)}. */
    static Tensor resize(Tensor img, int[] size, InterpolationMode interpolation, Integer maxSize, Boolean antialias) {
        if (size.length != 1 && size.length != 2)
            throw new IllegalArgumentException("Size must be an int or a 1 or 2 element tuple/list, not a " + size.length + " element tuple/list");
        if (maxSize != null && size.length != 1)
            throw new IllegalArgumentException("max_size should only be passed if size specifies the length of the smaller edge, "
                    + "i.e. size should be an int or a sequence of length 1 in torchscript mode.");
        int[] d = Geometry.dims(img);
        int[] out = outputSize(d[1], d[2], size, maxSize);
        if (out[0] == d[1] && out[1] == d[2]) return img;
        boolean aa = antialias != null && antialias;
        if (aa && interpolation != InterpolationMode.BILINEAR)
            throw new IllegalArgumentException("Antialias option is supported for bilinear and bicubic interpolation modes only");
        Geometry.Batched b = Geometry.Batched.of(img, DType.FLOAT32, DType.FLOAT64);
        Tensor x = b.img();
        if (x.dim() != 4) throw new IllegalArgumentException("Got " + x.dim() + "D input, but " + interpolation.value() + " mode needs 4D input");
        Tensor y;
        if (interpolation == InterpolationMode.NEAREST) y = F.interpolate(x, new long[]{out[0], out[1]}, "nearest");
        else if (aa) y = antialiased(x, out[0], out[1]);
        // torchvision calls F.interpolate: the one kernel that reproduces ATen's (BilinearKernel)
        else y = F.interpolate(x, new long[]{out[0], out[1]}, "bilinear", false);
        return b.restore(y);
    }

    // ---------------------------------------------------------------- bilinear with antialias

    /** One axis of {@code _compute_indices_weights_aa}: PIL's triangle filter stretched by the scale. */
    private record Antialias(int[] start, int[] count, double[][] weights) {
        static Antialias of(int in, int out, Precision p) {
            double scale = p.round((double) in / out);
            double support = scale >= 1.0 ? p.round(scale) : 1.0;   // (interp_size 2 * 0.5) * scale
            double invscale = scale >= 1.0 ? p.round(1.0 / scale) : 1.0;
            int size = (int) Math.ceil(support) * 2 + 1;
            int[] start = new int[out], count = new int[out];
            double[][] weights = new double[out][size];
            for (int i = 0; i < out; i++) {
                double center = p.round(scale * (i + 0.5));
                int xmin = (int) Math.max((long) (p.round(center - support) + 0.5), 0);
                int xsize = (int) (Math.min((long) (p.round(center + support) + 0.5), in) - xmin);
                double total = 0;
                for (int j = 0; j < xsize; j++) {
                    double x = Math.abs(p.round((p.round(j + xmin - center) + 0.5) * invscale));
                    double wt = x < 1.0 ? p.round(1.0 - x) : 0;
                    weights[i][j] = wt;
                    total = p.round(total + wt);
                }
                if (total != 0) for (int j = 0; j < xsize; j++) weights[i][j] = p.round(weights[i][j] / total);
                start[i] = xmin;
                count[i] = xsize;
            }
            return new Antialias(start, count, weights);
        }
    }

    /**
     * {@code _upsample_bilinear2d_aa}: separable, the width first into a temporary, then the height.
     * Each output sums {@code t * w} over its taps in order; GCC unrolled that loop by four (two for
     * double), leaving the unrolled part as separate multiplies and adds and fusing the remainder.
     */
    static Tensor antialiased(Tensor x, int oh, int ow) {
        Precision p = Precision.of(x.dtype());
        int n = (int) x.size(0), c = (int) x.size(1), h = (int) x.size(2), w = (int) x.size(3);
        double[] tmp = pass(Precision.source(x), n * c * h, w, 1, Antialias.of(w, ow, p), p);
        double[] y = pass(i -> tmp[i], n * c, h, ow, Antialias.of(h, oh, p), p);
        return p.tensor(y, n, c, oh, ow);
    }

    /** Resamples the middle axis of an [outer][len][inner] array. */
    private static double[] pass(Precision.Source x, int outer, int len, int inner, Antialias axis, Precision p) {
        int out = axis.start.length, unroll = p.single ? 4 : 2;
        double[] y = new double[outer * out * inner];
        for (int a = 0; a < outer; a++) {
            for (int o = 0; o < out; o++) {
                double[] wt = axis.weights[o];
                int taps = axis.count[o], fused = (taps - 1) % unroll, separate = taps - 1 - fused;
                int src0 = (a * len + axis.start[o]) * inner, dst = (a * out + o) * inner;
                for (int i = 0; i < inner; i++) {
                    double acc = p.round(x.get(src0 + i) * wt[0]);
                    int j = 1;
                    for (; j <= separate; j++) acc = p.round(acc + p.round(x.get(src0 + j * inner + i) * wt[j]));
                    for (; j < taps; j++) acc = p.fma(x.get(src0 + j * inner + i), wt[j], acc);
                    y[dst + i] = acc;
                }
            }
        }
        return y;
    }
}
