package torch4j;

import torch4j.backend.LinalgPrimitives.Matrix;
import torch4j.backend.SpatialPrimitives.Geometry;

/**
 * The three products of a convolution on plain arrays, for its forward and (outside
 * {@code create_graph}) its backward; a transposed convolution uses the same three with the roles
 * swapped. The batch runs in slices of samples through <em>one</em> column buffer per call, sized
 * to stay in cache ({@link Convolution#columnLimit}), where building the columns as a tensor
 * allocated (and zeroed) the whole batch's columns, 58 MB for a 3×3 64-channel layer at 56² and
 * batch 8, and wrote and read them through memory. Three shapes skip the columns:
 * <ul>
 *   <li>a 1×1 kernel with stride 1 and no padding: the columns are the input itself;</li>
 *   <li>a depthwise kernel (one input and one output channel per group): the backend's direct loops
 *       ({@code SpatialPrimitives.depthwise}, {@code depthwiseInputGrad}).</li>
 * </ul>
 * Every product is the one the tensor-op formulation ran (the same GEMM per sample and group, the
 * same operands, the weight gradient summed over the batch by {@code sum(0)}), so the bits are
 * unchanged; {@code Convolution} keeps that formulation for double backward, where the products
 * must be recorded.
 */
final class ConvolutionProducts {
    private ConvolutionProducts() {}

    /**
     * Depthwise kernels of at most this many taps run directly. OpenBLAS's sgemm sums a product
     * of k ≤ 27 in order with fused multiply-adds, as the direct loop does; at 7×7 = 49 taps it
     * sums in another order, so larger kernels keep the GEMM over columns. The direct forward is
     * float32 only: OpenBLAS's dgemm sums the last columns of a row in another order (1 ulp apart
     * in 1 of 1,680 outputs of a 3×3×3 depthwise kernel). {@code DepthwiseBitsTest} checks both.
     */
    private static final int DIRECT_MAX_TAPS = 27;

    /** True when the columns of {@code x} for {@code g} are {@code x} itself (one tap, stride 1, no padding). */
    static boolean pointwise(Geometry g) {
        return g.taps() == 1 && g.sd() == 1 && g.sh() == 1 && g.sw() == 1 && g.pd() == 0 && g.ph() == 0 && g.pw() == 0;
    }

    /**
     * out[b, group] = w[group] · cols(x[b], group): x (N, C, *in), w (R, C/groups, *kernel)
     * contiguous, out (N, R, *outSize) fresh. When {@code keep} is given and the whole batch's
     * columns fit in one buffer, the buffer is left in {@code keep[0]} for {@link #weightGrad}.
     */
    static Tensor forward(Tensor x0, Tensor w, int groups, Geometry g, long[] outSize, Tensor[] keep) {
        Tensor x = x0.contiguous();
        long n = x.shape[0], inC = x.shape[1], rows = w.shape[0];
        int taps = g.taps(), l = (int) Convolution.product(outSize), m = (int) (rows / groups), k = (int) (inC / groups * taps);
        int[] in = dims(x);
        Tensor out = Tensor.allocate(x.dtype(), Convolution.shape(n, rows, outSize), Devices.common(x, w));
        floatOnly(x, "im2col");
        if (inC == groups && m == 1 && taps <= DIRECT_MAX_TAPS && x.dtype() == DType.FLOAT32) {
            x.backend().spatial().depthwise((int) n, (int) inC, m, in[0], in[1], in[2], g, x.storage, x.offset, w.storage, w.offset, out.storage);
            return out;
        }
        long inPlane = (long) in[0] * in[1] * in[2];
        if (pointwise(g)) {
            for (int gi = 0; gi < groups; gi++)
                gemm(n, m, l, k, rowMajor(w, w.offset + (long) gi * m * k, k, 0), rowMajor(x, x.offset + (long) gi * k * l, l, inC * l),
                        rowMajor(out, (long) gi * m * l, l, rows * l));
            return out;
        }
        Tensor cols = columns(x, n, inC * taps * l, l);
        if (keep != null && cols.shape[0] == n) keep[0] = cols;
        for (long b0 = 0; b0 < n; b0 += cols.shape[0]) {
            long bn = Math.min(cols.shape[0], n - b0);
            x.backend().spatial().im2col((int) (bn * inC), in[0], in[1], in[2], g, x.storage, x.offset + b0 * inC * inPlane, cols.storage, 0);
            for (int gi = 0; gi < groups; gi++)   // out[b, group] = w[group] · cols[b, group], the weight shared
                gemm(bn, m, l, k, rowMajor(w, w.offset + (long) gi * m * k, k, 0), rowMajor(cols, (long) gi * k * l, l, inC * taps * l),
                        rowMajor(out, (b0 * rows + (long) gi * m) * l, l, rows * l));
        }
        return out;
    }

    /**
     * dx[b] = col2im(w[group]ᵀ · grad[b, group]): grad (N, R, *gradSize), w (R, C/groups, *kernel)
     * contiguous, dx (N, C, *inSize) fresh.
     */
    static Tensor inputGrad(Tensor grad0, Tensor w, int groups, Geometry g, long[] inSize) {
        Tensor grad = grad0.contiguous();
        long n = grad.shape[0], rows = grad.shape[1], inC = w.shape[1] * groups;
        int taps = g.taps(), m = (int) (rows / groups), k = (int) (inC / groups * taps), l = (int) Convolution.product(Convolution.spatial(grad));
        Tensor dx = Tensor.allocate(grad.dtype(), Convolution.shape(n, inC, inSize), Devices.common(grad, w));
        floatOnly(grad, "col2im");
        int[] in = dims(dx);
        if (inC == groups && m == 1 && taps <= DIRECT_MAX_TAPS) {
            grad.backend().spatial().depthwiseInputGrad((int) (n * inC), (int) inC, in[0], in[1], in[2], g, grad.storage, grad.offset,
                    w.storage, w.offset, dx.storage);
            return dx;
        }
        if (pointwise(g)) {   // col2im would copy the product into zeros: write it in place
            for (int gi = 0; gi < groups; gi++)
                gemm(n, k, l, m, transposed(w, w.offset + (long) gi * m * k, k), rowMajor(grad, grad.offset + (long) gi * m * l, l, rows * l),
                        rowMajor(dx, (long) gi * k * l, l, inC * l));
            return dx;
        }
        long inPlane = (long) in[0] * in[1] * in[2];
        Tensor cols = columns(grad, n, inC * taps * l, l);
        for (long b0 = 0; b0 < n; b0 += cols.shape[0]) {
            long bn = Math.min(cols.shape[0], n - b0);
            for (int gi = 0; gi < groups; gi++)
                gemm(bn, k, l, m, transposed(w, w.offset + (long) gi * m * k, k),
                        rowMajor(grad, grad.offset + (b0 * rows + (long) gi * m) * l, l, rows * l), rowMajor(cols, (long) gi * k * l, l, inC * taps * l));
            grad.backend().spatial().col2im((int) (bn * inC), in[0], in[1], in[2], g, cols.storage, 0, dx.storage, b0 * inC * inPlane);
        }
        return dx;
    }

    /**
     * dw = Σ_b grad[b, group] · cols(x[b], group)ᵀ: grad (N, R, *gradSize), x (N, C, *in); the
     * per-sample products into one (N, groups, R/groups, C/groups·taps) tensor summed by
     * {@code sum(0)}, then viewed as {@code wShape}. {@code xCols}, if not null, are the whole
     * batch's columns of x (the forward's, see {@link #forward}).
     */
    static Tensor weightGrad(Tensor grad0, Tensor x0, int groups, Geometry g, long[] wShape, Tensor xCols) {
        Tensor grad = grad0.contiguous(), x = x0.contiguous();
        long n = grad.shape[0], rows = grad.shape[1], inC = x.shape[1];
        int taps = g.taps(), m = (int) (rows / groups), k = (int) (inC / groups * taps), l = (int) Convolution.product(Convolution.spatial(grad));
        Tensor perSample = Tensor.allocate(grad.dtype(), new long[]{n, groups, m, k}, Devices.common(grad, x));
        floatOnly(grad, "im2col");
        long item = (long) groups * m * k;
        if (pointwise(g)) {
            for (int gi = 0; gi < groups; gi++)
                gemm(n, m, k, l, rowMajor(grad, grad.offset + (long) gi * m * l, l, rows * l), transposed(x, x.offset + (long) gi * k * l, l, inC * l),
                        rowMajor(perSample, (long) gi * m * k, k, item));
        } else {
            int[] in = dims(x);
            long inPlane = (long) in[0] * in[1] * in[2];
            Tensor cols = xCols != null ? xCols : columns(x, n, inC * taps * l, l);
            for (long b0 = 0; b0 < n; b0 += cols.shape[0]) {
                long bn = Math.min(cols.shape[0], n - b0);
                if (xCols == null) x.backend().spatial().im2col((int) (bn * inC), in[0], in[1], in[2], g, x.storage, x.offset + b0 * inC * inPlane, cols.storage, 0);
                for (int gi = 0; gi < groups; gi++)
                    gemm(bn, m, k, l, rowMajor(grad, grad.offset + (b0 * rows + (long) gi * m) * l, l, rows * l),
                            transposed(cols, (long) gi * k * l, l, inC * taps * l), rowMajor(perSample, b0 * item + (long) gi * m * k, k, item));
            }
        }
        return perSample.sum(0).view(wShape);
    }

    // ------------------------------------------------------------------ helpers

    /** The reused column buffer: (samples per slice, C·taps, L), at most the batch. */
    private static Tensor columns(Tensor like, long n, long perSample, int l) {
        long slice = Math.min(n, Math.max(1, Convolution.columnLimit / Math.max(1, perSample)));
        return like.allocateLike(like.dtype(), new long[]{slice, perSample / Math.max(1, l), l});
    }

    private static void floatOnly(Tensor t, String kernel) {
        if (!t.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '" + t.dtype() + "'");
    }

    /** C_b = op(A_b)·op(B_b) for b < batch (m × n by k) on the backend's gemm. */
    private static void gemm(long batch, int m, int n, int k, Matrix a, Matrix b, Matrix c) {
        if (batch > 0) torch4j.backend.Backends.of(c.storage()).linalg().gemm((int) batch, m, n, k, 1, a, b, 0, c);
    }

    private static Matrix rowMajor(Tensor t, long offset, int ld, long batchStride) {
        return new Matrix(t.storage, offset, ld, false, batchStride);
    }

    /** The transpose of the row-major matrix at {@code offset} with leading dimension {@code ld}, shared by the batch. */
    private static Matrix transposed(Tensor t, long offset, int ld) { return transposed(t, offset, ld, 0); }

    private static Matrix transposed(Tensor t, long offset, int ld, long batchStride) {
        return new Matrix(t.storage, offset, ld, true, batchStride);
    }

    /** (d, h, w) of an (N, C, h, w) or (N, C, d, h, w) tensor. */
    private static int[] dims(Tensor t) {
        int r = t.dim();
        return new int[]{r == 5 ? (int) t.shape[2] : 1, (int) t.shape[r - 2], (int) t.shape[r - 1]};
    }
}
