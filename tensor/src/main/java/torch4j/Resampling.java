package torch4j;

import torch4j.autograd.GradMode;

/**
 * Padding and interpolation. Each is a linear map applied separately along height and width:
 * {@code y = A·x·Bᵀ} over the last two dims, with A (out-rows × rows) and B (out-cols × cols).
 * Reflection, replication and nearest pick one source per output (A and B one-hot, the forward a
 * gather by index); bilinear mixes two. The gradient of every one of them is {@code Aᵀ·g·B} —
 * two matmuls, differentiable again. Constant padding is its own inverse: its gradient is the
 * gradient cropped by the same (negated) pads.
 */
final class Resampling {
    private Resampling() {}

    /** The per-dimension sampling: for each output position, sources and weights (weight 1 for a gather). */
    record Axis(int in, int[] src0, int[] src1, double[] w0, double[] w1) {
        int out() { return src0.length; }

        /** A gather: one source per output. */
        static Axis gather(int in, int[] src) { return new Axis(in, src, null, null, null); }

        boolean isGather() { return src1 == null; }

        /** The (out × in) matrix of this axis in {@code dtype} on {@code device}. */
        Tensor matrix(DType dtype, Device device) {
            double[] m = new double[out() * in];
            for (int o = 0; o < out(); o++) {
                if (isGather()) { m[o * in + src0[o]] += 1; continue; }
                m[o * in + src0[o]] += w0[o];
                m[o * in + src1[o]] += w1[o];
            }
            return Torch.from(m).view(out(), in).to(device, dtype);
        }

        Tensor index(Device device) {
            long[] idx = new long[out()];
            for (int o = 0; o < idx.length; o++) idx[o] = src0[o];
            return Torch.from(idx).to(device);
        }
    }

    /**
     * {@code y = A·x·Bᵀ} over the last two dims ({@code rows} null: only the last dim), recorded
     * as {@code name} with gradient {@code Aᵀ·g·B}.
     */
    static Tensor separable(Tensor x, Axis rows, Axis cols, String name) {
        return separable(x, rows, cols, name, () -> apply(x, rows, cols));
    }

    /** The same with its own forward (the bilinear kernel computes ATen's bits; the gradient stays {@code Aᵀ·g·B}). */
    static Tensor separable(Tensor x, Axis rows, Axis cols, String name, java.util.function.Supplier<Tensor> forward) {
        if (!Recording.needed(x)) return forward.get();
        Tensor a = rows == null ? null : rows.matrix(x.dtype(), x.device()), b = cols.matrix(x.dtype(), x.device());
        return Recording.record(name, (n, g) -> new Tensor[]{a == null ? g.matmul(b) : a.t().matmul(g).matmul(b)},
                forward, new Tensor[]{x});
    }

    private static Tensor apply(Tensor x, Axis rows, Axis cols) {
        try (var _ = GradMode.noGrad()) {
            Tensor y = cols.isGather() ? x.indexSelect(-1, cols.index(x.device())) : x.matmul(cols.matrix(x.dtype(), x.device()).t());
            if (rows == null) return y.contiguous();
            y = rows.isGather() ? y.indexSelect(-2, rows.index(x.device())) : rows.matrix(x.dtype(), x.device()).matmul(y);
            return y.contiguous();
        }
    }

    // ------------------------------------------------------------------ padding

    /** reflect / replicate sources along one dim padded by (before, after). */
    static Axis padAxis(int in, int before, int after, boolean reflect) {
        int out = in + before + after;
        int[] src = new int[out];
        for (int o = 0; o < out; o++) {
            int i = o - before;
            if (reflect) {
                // mirror without repeating the edge: -1 -> 1, in -> in - 2
                if (i < 0) i = -i;
                if (i >= in) i = 2 * (in - 1) - i;
            } else {
                i = Math.max(0, Math.min(in - 1, i));
            }
            src[o] = i;
        }
        return Axis.gather(in, src);
    }

    /**
     * ATen's constant_pad_nd: {@code pad} lists (before, after) pairs from the last dim backwards;
     * negative pads crop. Gradient: the same op with the pads negated.
     */
    static Tensor constantPad(Tensor x, long[] pad, double value) {
        if (!Recording.needed(x)) return constantPadKernel(x, pad, value);
        long[] negated = new long[pad.length];
        for (int i = 0; i < pad.length; i++) negated[i] = -pad[i];
        return Recording.record("ConstantPadNdBackward0", (n, g) -> new Tensor[]{constantPad(g, negated, 0)},
                () -> constantPadKernel(x, pad, value), new Tensor[]{x});
    }

    private static Tensor constantPadKernel(Tensor x, long[] pad, double value) {
        int dims = x.dim();
        if (pad.length % 2 != 0) throw new IllegalArgumentException("Length of pad must be even but instead it equals " + pad.length);
        if (pad.length / 2 > dims)
            throw new IllegalArgumentException("Length of pad should be no more than twice the number of dimensions of the input. Pad length is "
                    + pad.length + " while the input has " + dims + " dimensions.");
        long[] outShape = x.shape.clone();
        Tensor src = x;
        for (int i = 0; i < pad.length / 2; i++) {
            int d = dims - 1 - i;
            long before = pad[2 * i], after = pad[2 * i + 1];
            outShape[d] = x.shape[d] + before + after;
            if (outShape[d] < 0)
                throw new IllegalArgumentException("The input size " + x.shape[d] + ", plus negative padding " + before + " and " + after
                        + " resulted in a negative output size, which is invalid. Check dimension " + d + " of your input.");
            // negative pads crop the source
            long lo = Math.max(0, -before), hi = x.shape[d] - Math.max(0, -after);
            src = src.narrow(d, lo, Math.max(0, hi - lo));
        }
        Tensor out = x.allocateLike(x.dtype(), outShape);   // zeros, on x's device
        if (Double.doubleToRawLongBits(value) != 0) try (var _ = GradMode.noGrad()) { out.fill_(value); }   // -0.0 too
        Tensor window = out;
        for (int i = 0; i < pad.length / 2; i++) {
            int d = dims - 1 - i;
            window = window.narrow(d, Math.max(0, pad[2 * i]), src.shape[d]);
        }
        try (var _ = GradMode.noGrad()) { window.copy_(src); }
        return out;
    }

    // ------------------------------------------------------------------ interpolation

    /** ATen's nearest_idx: the source of each output along one dim; {@code scale} ≤ 0 when not given. */
    static Axis nearestAxis(int in, int out, double scale) {
        int[] src = new int[out];
        float s = scale > 0 ? (float) (1.0 / scale) : (float) in / out;
        for (int o = 0; o < out; o++) {
            if (out == in) src[o] = o;
            else if (out == 2 * in) src[o] = o >> 1;
            else src[o] = (int) Math.min((long) Math.floor((float) (o * s)), in - 1);
        }
        return Axis.gather(in, src);
    }

    /** ATen's linear weights along one dim, in the input's precision (float math for float32). */
    static Axis linearAxis(int in, int out, boolean alignCorners, double scale, DType dtype) {
        boolean single = dtype == DType.FLOAT32;
        double s = alignCorners ? (out > 1 ? round((double) (in - 1) / (out - 1), single) : 0)
                : scale > 0 ? round(1.0 / scale, single) : round((double) in / out, single);
        int[] i0 = new int[out], i1 = new int[out];
        double[] l0 = new double[out], l1 = new double[out];
        for (int o = 0; o < out; o++) {
            double src = alignCorners ? round(s * o, single) : round(round(s * round(o + 0.5, single), single) - 0.5, single);
            if (src < 0) src = 0;
            int h0 = (int) src;
            i0[o] = h0;
            i1[o] = h0 + (h0 < in - 1 ? 1 : 0);
            l1[o] = round(src - h0, single);
            l0[o] = round(1.0 - l1[o], single);
        }
        return new Axis(in, i0, i1, l0, l1);
    }

    private static double round(double v, boolean single) { return single ? (float) v : v; }
}
