package torch4j;

/**
 * {@code upsample_bilinear2d}'s forward as ATen 1.13's CPU kernels compute it, bit for bit in
 * float32 and float64: the scale in the tensor's type, the source index in double (float32
 * weights match PyTorch's only so), each weight rounded to the type, then either the generic
 * kernel ({@code Interpolate<2>}: each row mixed along the width, then the two rows) or, for an
 * input that is channels-last contiguous (one channel, say), the channels-last kernel (the four
 * weight products first). The two round differently, so both are here. F.interpolate and
 * torchvision's resize both use it. The gradient stays {@link Resampling}'s matrix form.
 */
final class BilinearKernel {
    private BilinearKernel() {}

    /** One axis: two sources and two weights per output index, rounded to the tensor's type. */
    private record Axis(int[] i0, int[] i1, double[] l0, double[] l1) {
        static Axis of(int in, int out, boolean alignCorners, double scaleFactor, boolean single) {
            int[] i0 = new int[out], i1 = new int[out];
            double[] l0 = new double[out], l1 = new double[out];
            // area_pixel_compute_scale in the tensor's type (1/scale_factor computed in double first)
            double scale = alignCorners ? (out > 1 ? round((double) (in - 1) / (out - 1), single) : 0)
                    : scaleFactor > 0 ? round(1.0 / scaleFactor, single) : round((double) in / out, single);
            for (int o = 0; o < out; o++) {
                if (in == out) {   // the copy case: weights 1 and 0
                    i0[o] = o;
                    i1[o] = o;
                    l0[o] = 1;
                    continue;
                }
                // the source index stays a double even for float32 (the scale is rounded to the type, the
                // index is not: PyTorch's float32 weights are only matched this way, e.g. 13 -> 26 with
                // align_corners puts output 25 at 11.99999976, between inputs 11 and 12, not at 12)
                double src = alignCorners ? scale * o : Math.fma(scale, o + 0.5, -0.5);
                if (src < 0) src = 0;
                int h0 = (int) Math.min(src, in - 1);
                i0[o] = h0;
                i1[o] = h0 + (h0 < in - 1 ? 1 : 0);
                l1[o] = Math.min(Math.max(round(src - h0, single), 0), 1);
                l0[o] = round(1.0 - l1[o], single);
            }
            return new Axis(i0, i1, l0, l1);
        }
    }

    /** The forward of {@code F.interpolate(x, (oh, ow), mode="bilinear")}; {@code scales[i]} ≤ 0 when not given. */
    static Tensor forward(Tensor x, int oh, int ow, boolean alignCorners, double sh, double sw) {
        boolean single = x.dtype() == DType.FLOAT32;
        int n = (int) x.shape[0], c = (int) x.shape[1], h = (int) x.shape[2], w = (int) x.shape[3];
        Axis rows = Axis.of(h, oh, alignCorners, sh, single), cols = Axis.of(w, ow, alignCorners, sw, single);
        boolean channelsLast = isChannelsLastContiguous(x);
        double[] in = x.contiguous().toDoubleArray();
        double[] y = new double[n * c * oh * ow];
        for (int plane = 0, k = 0; plane < n * c; plane++) {
            int base = plane * h * w;
            for (int a = 0; a < oh; a++) {
                int r0 = base + rows.i0[a] * w, r1 = base + rows.i1[a] * w;
                double h0 = rows.l0[a], h1 = rows.l1[a];
                for (int b = 0; b < ow; b++, k++) {
                    int c0 = cols.i0[b], c1 = cols.i1[b];
                    double w0 = cols.l0[b], w1 = cols.l1[b];
                    double v00 = in[r0 + c0], v01 = in[r0 + c1], v10 = in[r1 + c0], v11 = in[r1 + c1];
                    if (channelsLast) {
                        double w00 = round(h0 * w0, single), w01 = round(h0 * w1, single), w10 = round(h1 * w0, single), w11 = round(h1 * w1, single);
                        y[k] = round(Math.fma(v11, w11, Math.fma(v10, w10, Math.fma(v00, w00, v01 * w01))), single);
                    } else {
                        double t0 = fma(v00, w0, round(v01 * w1, single), single), t1 = fma(v10, w0, round(v11 * w1, single), single);
                        y[k] = fma(t0, h0, round(t1 * h1, single), single);
                    }
                }
            }
        }
        return Torch.from(y).view(n, c, oh, ow).to(x.device(), x.dtype());
    }

    /** {@code x.is_contiguous(memory_format=torch.channels_last)} of a 4-D tensor. */
    static boolean isChannelsLastContiguous(Tensor x) {
        long expected = 1;
        for (int d : new int[]{1, 3, 2, 0}) {
            if (x.shape[d] == 1) continue;
            if (x.strides[d] != expected) return false;
            expected *= x.shape[d];
        }
        return true;
    }

    private static double round(double v, boolean single) { return single ? (float) v : v; }

    private static double fma(double a, double b, double c, boolean single) {
        return single ? Math.fma((float) a, (float) b, (float) c) : Math.fma(a, b, c);
    }
}
