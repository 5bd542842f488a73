package torch4j;

import torch4j.autograd.GradMode;
import torch4j.backend.LinalgPrimitives;
import torch4j.backend.SpatialPrimitives;
import torch4j.backend.SpatialPrimitives.Geometry;

/**
 * Convolution as im2col + GEMM: {@link #unfold} copies every kernel window of the input into a
 * column of a (N, C·kh·kw, L) matrix, a batched matmul with the weight gives the output, and
 * {@link #fold} (col2im) scatter-adds columns back into an image — the input gradient of a
 * convolution and the forward of a transposed one. The kernels are the backend's
 * ({@link SpatialPrimitives#im2col}, {@link SpatialPrimitives#col2im}, {@link LinalgPrimitives#gemm});
 * shapes, checks and errors are here. All three are autograd ops
 * ({@code Im2ColBackward0}, {@code Col2ImBackward0}, {@code ConvolutionBackward0}) whose
 * gradients are each other, so second derivatives work. 1-D convolutions run as 2-D ones of
 * height 1.
 */
final class Convolution {
    private Convolution() {}

    // ------------------------------------------------------------------ im2col / col2im

    /** F.unfold on (N, C, H, W) or unbatched (C, H, W): (N, C·kh·kw, OH·OW); gradient {@link #fold}. */
    static Tensor unfold(Tensor x, Geometry g) {
        long h = x.shape[x.dim() - 2], w = x.shape[x.dim() - 1];
        if (!Recording.needed(x)) return unbatched(x, 3, t -> im2col(t, g));
        return Recording.record("Im2ColBackward0", (n, grad) -> new Tensor[]{fold(grad, h, w, g)},
                () -> unbatched(x, 3, t -> im2col(t, g)), new Tensor[]{x});
    }

    /** F.fold: columns (N, C·kh·kw, L) or (C·kh·kw, L) summed into (N, C, h, w); gradient {@link #unfold}. */
    static Tensor fold(Tensor cols, long h, long w, Geometry g) {
        if (!Recording.needed(cols)) return unbatched(cols, 2, t -> col2im(t, h, w, g));
        return Recording.record("Col2ImBackward0", (n, grad) -> new Tensor[]{unfold(grad, g)},
                () -> unbatched(cols, 2, t -> col2im(t, h, w, g)), new Tensor[]{cols});
    }

    /** A kernel over a batch applied to an unbatched tensor (of {@code unbatchedDims} dims) as a batch of one. */
    private static Tensor unbatched(Tensor t, int unbatchedDims, java.util.function.UnaryOperator<Tensor> kernel) {
        return t.dim() == unbatchedDims ? kernel.apply(t.unsqueeze(0)).squeeze(0) : kernel.apply(t);
    }

    private static Tensor im2col(Tensor input, Geometry g) {
        Tensor x = input.contiguous();
        int n = (int) x.shape[0], c = (int) x.shape[1], h = (int) x.shape[2], w = (int) x.shape[3];
        Tensor cols = x.allocateLike(x.dtype(), new long[]{n, (long) c * g.kh() * g.kw(), g.outH(h) * g.outW(w)});
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"im2col\" not implemented for '" + x.dtype() + "'");
        x.backend().spatial().im2col(n * c, h, w, g, x.storage, x.offset, cols.storage);
        return cols;
    }

    private static Tensor col2im(Tensor columns, long h0, long w0, Geometry g) {
        Tensor cols = columns.contiguous();
        int n = (int) cols.shape[0], kk = g.kh() * g.kw();
        if (cols.shape[1] % kk != 0)
            throw new IllegalArgumentException("Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got input.size(1)="
                    + cols.shape[1] + " and kernel_size=(" + g.kh() + ", " + g.kw() + ").");
        int c = (int) (cols.shape[1] / kk), h = (int) h0, w = (int) w0;
        int oh = (int) g.outH(h), ow = (int) g.outW(w), l = oh * ow;
        if (cols.shape[2] != l)
            throw new IllegalArgumentException("Given output_size=(" + h + ", " + w + "), kernel_size=(" + g.kh() + ", " + g.kw()
                    + "), dilation=(" + g.dh() + ", " + g.dw() + "), padding=(" + g.ph() + ", " + g.pw() + "), stride=(" + g.sh() + ", " + g.sw()
                    + "), expected size of input's dimension 2 to match the calculated number of sliding blocks " + oh + " * " + ow + " = " + l
                    + ", but got input.size(2)=" + cols.shape[2] + ".");
        Tensor out = cols.allocateLike(cols.dtype(), new long[]{n, c, h, w});
        if (!cols.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"col2im\" not implemented for '" + cols.dtype() + "'");
        cols.backend().spatial().col2im(n * c, h, w, g, cols.storage, cols.offset, out.storage);
        return out;
    }

    // ------------------------------------------------------------------ convolution

    /** The options of one convolution call, as 2-D values (a 1-D convolution has height 1). */
    record Options(Geometry g, boolean transposed, int outPadH, int outPadW, int groups, int spatialDims) {}

    /**
     * ATen's convolution over (N, C, H, W) or (N, C, L) input; {@code bias} may be null. One node,
     * {@code ConvolutionBackward0}, with the gradients of input, weight and bias.
     */
    static Tensor convolution(Tensor x, Tensor weight, Tensor bias, Options o) {
        Tensor[] inputs = {x, weight, bias};
        boolean needed = bias == null ? Recording.needed(x, weight) : Recording.needed(x, weight, bias);
        if (!needed) return forward(x, weight, bias, o, null);
        // the forward's columns of x, kept for the weight gradient of a plain backward
        Tensor[] cols = new Tensor[1];
        return Recording.record("ConvolutionBackward0", (n, g) -> {
            Tensor sx = n.saved(0), sw = n.saved(1);
            // under createGraph the columns must be recomputed as a function of x
            Tensor xCols = GradMode.isEnabled() ? null : cols[0];
            cols[0] = null;   // once: a retained graph's second backward recomputes them
            return new Tensor[]{
                n.needs(0) ? as(o.transposed() ? transposedInputGrad(g, sw, o) : inputGrad(g, sw, sx, o), sx) : null,
                n.needs(1) ? as(o.transposed() ? transposedWeightGrad(g, sx, sw, o) : weightGrad(g, sx, xCols, sw, o), sw) : null,
                n.needs(2) ? g.sum(sumDims(g), false) : null};
        }, () -> forward(x, weight, bias, o, weight.requiresGrad() ? cols : null), inputs, x, weight);
    }

    /** Column elements above which a batch is processed in slices of samples (bounds the im2col memory); tests lower it. */
    static long columnLimit = 1L << 24;

    /** Samples per slice so that one slice's columns stay under {@link #columnLimit}. */
    private static long slice(long columnsPerSample) { return Math.max(1, columnLimit / Math.max(1, columnsPerSample)); }

    /** A computation over the batch slice [b0, b0 + bn). */
    @FunctionalInterface
    private interface Slice { Tensor apply(long b0, long bn); }

    /** The slices' results concatenated along the batch (a single slice is returned as it is). */
    private static Tensor catSlices(long n, long slice, Slice f) {
        if (slice >= n) return f.apply(0, n);
        java.util.List<Tensor> parts = new java.util.ArrayList<>();
        for (long b0 = 0; b0 < n; b0 += slice) parts.add(f.apply(b0, Math.min(slice, n - b0)));
        return Torch.cat(parts, 0);
    }

    /** The slices' results summed. */
    private static Tensor sumSlices(long n, long slice, Slice f) {
        Tensor sum = null;
        for (long b0 = 0; b0 < n; b0 += slice) {
            Tensor part = f.apply(b0, Math.min(slice, n - b0));
            sum = sum == null ? part : sum.add(part);
        }
        return sum;
    }

    private static long[] sumDims(Tensor g) {
        long[] dims = new long[g.dim() - 1];
        dims[0] = 0;
        for (int d = 2; d < g.dim(); d++) dims[d - 1] = d;
        return dims;
    }

    /** (N, C, L) as (N, C, 1, L); 4-D unchanged. */
    private static Tensor as4d(Tensor t) { return t.dim() == 3 ? t.unsqueeze(2) : t; }

    /** A 4-D result viewed back to the shape of {@code like}. */
    private static Tensor as(Tensor t, Tensor like) { return t.dim() == like.dim() ? t : t.view(like.shape); }

    private static Tensor forward(Tensor x0, Tensor w0, Tensor bias, Options o, Tensor[] keepCols) {
        Tensor x = as4d(x0), w = as4d(w0);
        Geometry g = o.g();
        long n = x.shape[0], groups = o.groups();
        Tensor out;
        if (!o.transposed()) {
            long outC = w.shape[0], ckk = w.shape[1] * g.kh() * g.kw();
            long oh = g.outH(x.shape[2]), ow = g.outW(x.shape[3]);
            out = Tensor.allocate(x.dtype(), new long[]{n, outC, oh, ow}, Devices.common(x, w, bias));
            Tensor wc = w.contiguous();
            int l = (int) (oh * ow), m = (int) (outC / groups), k = (int) ckk;
            long slice = slice(groups * ckk * l);
            for (long b0 = 0; b0 < n; b0 += slice) {
                long bn = Math.min(slice, n - b0);
                Tensor cols = unfold(x.narrow(0, b0, bn), g);
                if (keepCols != null && bn == n) keepCols[0] = cols;
                for (int gi = 0; gi < groups; gi++)   // out[b, group] = w[group] · cols[b, group], one batched GEMM per group
                    gemmBatched(m, l, k, wc, (int) wc.offset + gi * m * k, 0, cols, gi * k * l, (int) (groups * k * l),
                            out, (int) (b0 * outC * l) + gi * m * l, (int) (outC * l), (int) bn);
            }
        } else {
            long inC = w.shape[0], outC = w.shape[1] * groups, kk = (long) g.kh() * g.kw();
            long h = x.shape[2], wd = x.shape[3];
            long oh = (h - 1) * g.sh() - 2L * g.ph() + (long) g.dh() * (g.kh() - 1) + o.outPadH() + 1;
            long ow = (wd - 1) * g.sw() - 2L * g.pw() + (long) g.dw() * (g.kw() - 1) + o.outPadW() + 1;
            Tensor wt = w.reshape(groups, inC / groups, outC / groups * kk).transpose(1, 2);
            out = catSlices(n, slice(outC * kk * h * wd), (b0, bn) ->
                    fold(wt.matmul(x.narrow(0, b0, bn).reshape(bn, groups, inC / groups, h * wd)).view(bn, outC * kk, h * wd), oh, ow, g));
        }
        if (bias != null) out = out.add_(bias.view(1, bias.shape[0], 1, 1));
        return o.spatialDims() == 1 ? out.squeeze(2) : out;
    }

    /**
     * C_b = A·B_b for b in [0, batch) on contiguous float32/float64 tensors: A (m × k) at
     * {@code aOff} (stride {@code sA} between items, 0 to share it), B_b (k × n) and C_b (m × n)
     * with leading dims n: one backend gemm.
     */
    private static void gemmBatched(int m, int n, int k, Tensor a, int aOff, int sA, Tensor b, int bOff, int sB,
                                    Tensor c, int cOff, int sC, int batch) {
        if (!c.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"slow_conv2d_cpu\" not implemented for '" + SpatialFunctions.scalarName(c.dtype()) + "'");
        c.backend().linalg().gemm(batch, m, n, k, 1, LinalgPrimitives.Matrix.of(a.storage, aOff, k, sA),
                LinalgPrimitives.Matrix.of(b.storage, b.offset + bOff, n, sB), 0, LinalgPrimitives.Matrix.of(c.storage, cOff, n, sC));
    }

    /** d/dx of x ⋆ w: the weight's columns times the gradient, folded back (col2im). */
    private static Tensor inputGrad(Tensor grad, Tensor w0, Tensor x0, Options o) {
        Tensor g = as4d(grad), w = as4d(w0), x = as4d(x0);
        long n = g.shape[0], groups = o.groups(), outC = w.shape[0], ckk = w.shape[1] * o.g().kh() * o.g().kw();
        long l = g.shape[2] * g.shape[3];
        Tensor wt = w.reshape(groups, outC / groups, ckk).transpose(1, 2);
        return catSlices(n, slice(groups * ckk * l), (b0, bn) ->
                fold(wt.matmul(g.narrow(0, b0, bn).reshape(bn, groups, outC / groups, l)).reshape(bn, groups * ckk, l), x.shape[2], x.shape[3], o.g()));
    }

    /** d/dw of x ⋆ w: the gradient times the input's columns, summed over the batch. */
    private static Tensor weightGrad(Tensor grad, Tensor x0, Tensor xCols, Tensor w0, Options o) {
        Tensor g = as4d(grad), x = as4d(x0), w = as4d(w0);
        long n = g.shape[0], groups = o.groups(), outC = w.shape[0], ckk = w.shape[1] * o.g().kh() * o.g().kw();
        long l = g.shape[2] * g.shape[3];
        if (xCols != null) return g.reshape(n, groups, outC / groups, l).matmul(xCols.view(n, groups, ckk, l).transpose(2, 3)).sum(0).view(w.shape);
        return sumSlices(n, slice(groups * ckk * l), (b0, bn) -> g.narrow(0, b0, bn).reshape(bn, groups, outC / groups, l)
                .matmul(unfold(x.narrow(0, b0, bn), o.g()).view(bn, groups, ckk, l).transpose(2, 3)).sum(0)).view(w.shape);
    }

    /** d/dx of a transposed convolution: a plain convolution of the gradient (its columns times the weight). */
    private static Tensor transposedInputGrad(Tensor grad, Tensor w0, Options o) {
        Tensor g = as4d(grad), w = as4d(w0);
        long n = g.shape[0], groups = o.groups(), inC = w.shape[0], kk = (long) o.g().kh() * o.g().kw();
        long outC = w.shape[1] * groups, h = o.g().outH(g.shape[2]), wd = o.g().outW(g.shape[3]);
        Tensor wg = w.reshape(groups, inC / groups, outC / groups * kk);
        return catSlices(n, slice(outC * kk * h * wd), (b0, bn) ->
                wg.matmul(unfold(g.narrow(0, b0, bn), o.g()).view(bn, groups, outC / groups * kk, h * wd)).view(bn, inC, h, wd));
    }

    /** d/dw of a transposed convolution: the input times the gradient's columns, summed over the batch. */
    private static Tensor transposedWeightGrad(Tensor grad, Tensor x0, Tensor w0, Options o) {
        Tensor g = as4d(grad), x = as4d(x0), w = as4d(w0);
        long n = g.shape[0], groups = o.groups(), inC = w.shape[0], kk = (long) o.g().kh() * o.g().kw();
        long outC = w.shape[1] * groups, l = x.shape[2] * x.shape[3];
        return sumSlices(n, slice(outC * kk * l), (b0, bn) -> x.narrow(0, b0, bn).reshape(bn, groups, inC / groups, l)
                .matmul(unfold(g.narrow(0, b0, bn), o.g()).view(bn, groups, outC / groups * kk, l).transpose(2, 3)).sum(0)).view(w.shape);
    }
}
