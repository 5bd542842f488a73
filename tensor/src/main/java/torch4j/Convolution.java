package torch4j;

import torch4j.autograd.GradMode;
import torch4j.backend.SpatialPrimitives;
import torch4j.backend.SpatialPrimitives.Geometry;

/**
 * Convolution as im2col + GEMM: {@link #unfold} copies every kernel window of the input into a
 * column of a (N, C·kh·kw, L) matrix, a batched matmul with the weight gives the output, and
 * {@link #fold} (col2im) scatter-adds columns back into an image — the input gradient of a
 * convolution and the forward of a transposed one. The kernels are the backend's
 * ({@link SpatialPrimitives#im2col}, {@link SpatialPrimitives#col2im},
 * {@link torch4j.backend.LinalgPrimitives#gemm}); shapes, checks and errors are here. The
 * convolution's products run slice by slice on arrays ({@link ConvolutionProducts}); their
 * tensor-op formulation below serves double backward, where they must be recorded. All three are autograd ops
 * ({@code Im2ColBackward0}, {@code Col2ImBackward0}, {@code ConvolutionBackward0}) whose
 * gradients are each other, so second derivatives work. 1-D convolutions run as 2-D ones of
 * height 1; 3-D ones use the same columns over (depth, height, width) (ATen's vol2col).
 */
final class Convolution {
    private Convolution() {}

    // ------------------------------------------------------------------ im2col / col2im

    /**
     * F.unfold on (N, C, H, W) or unbatched (C, H, W): (N, C·kh·kw, OH·OW); also (N, C, D, H, W)
     * for a 3-D convolution's columns (N, C·kd·kh·kw, OD·OH·OW). Gradient {@link #fold}.
     */
    static Tensor unfold(Tensor x, Geometry g) {
        long[] size = x.dim() == 5 ? spatial(x) : new long[]{x.shape[x.dim() - 2], x.shape[x.dim() - 1]};
        if (!Recording.needed(x)) return unbatched(x, 3, t -> im2col(t, g));
        return Recording.record("Im2ColBackward0", (n, grad) -> new Tensor[]{fold(grad, size, g)},
                () -> unbatched(x, 3, t -> im2col(t, g)), new Tensor[]{x});
    }

    /**
     * F.fold: columns (N, C·taps, L) or (C·taps, L) summed into (N, C, *size), {@code size} (h, w)
     * or (d, h, w); gradient {@link #unfold}.
     */
    static Tensor fold(Tensor cols, long[] size, Geometry g) {
        if (!Recording.needed(cols)) return unbatched(cols, 2, t -> col2im(t, size, g));
        return Recording.record("Col2ImBackward0", (n, grad) -> new Tensor[]{unfold(grad, g)},
                () -> unbatched(cols, 2, t -> col2im(t, size, g)), new Tensor[]{cols});
    }

    /** A kernel over a batch applied to an unbatched tensor (of {@code unbatchedDims} dims) as a batch of one. */
    private static Tensor unbatched(Tensor t, int unbatchedDims, java.util.function.UnaryOperator<Tensor> kernel) {
        return t.dim() == unbatchedDims ? kernel.apply(t.unsqueeze(0)).squeeze(0) : kernel.apply(t);
    }

    private static Tensor im2col(Tensor input, Geometry g) {
        Tensor x = input.contiguous();
        boolean vol = x.dim() == 5;
        int n = (int) x.shape[0], c = (int) x.shape[1], d = vol ? (int) x.shape[2] : 1, h = (int) x.shape[x.dim() - 2], w = (int) x.shape[x.dim() - 1];
        Tensor cols = x.allocateLike(x.dtype(), new long[]{n, (long) c * g.taps(), g.outD(d) * g.outH(h) * g.outW(w)});
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"im2col\" not implemented for '" + x.dtype() + "'");
        x.backend().spatial().im2col(n * c, d, h, w, g, x.storage, x.offset, cols.storage, 0);
        return cols;
    }

    private static Tensor col2im(Tensor columns, long[] size, Geometry g) {
        Tensor cols = columns.contiguous();
        long h0 = size[size.length - 2], w0 = size[size.length - 1];
        int d = size.length == 3 ? (int) size[0] : 1;
        int n = (int) cols.shape[0], kk = g.taps();
        if (cols.shape[1] % kk != 0)
            throw new IllegalArgumentException("Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got input.size(1)="
                    + cols.shape[1] + " and kernel_size=(" + g.kh() + ", " + g.kw() + ").");
        int c = (int) (cols.shape[1] / kk), h = (int) h0, w = (int) w0;
        int oh = (int) g.outH(h), ow = (int) g.outW(w), l = (int) g.outD(d) * oh * ow;
        if (cols.shape[2] != l)
            throw new IllegalArgumentException("Given output_size=(" + h + ", " + w + "), kernel_size=(" + g.kh() + ", " + g.kw()
                    + "), dilation=(" + g.dh() + ", " + g.dw() + "), padding=(" + g.ph() + ", " + g.pw() + "), stride=(" + g.sh() + ", " + g.sw()
                    + "), expected size of input's dimension 2 to match the calculated number of sliding blocks " + oh + " * " + ow + " = " + l
                    + ", but got input.size(2)=" + cols.shape[2] + ".");
        Tensor out = cols.allocateLike(cols.dtype(), size.length == 3 ? new long[]{n, c, d, h, w} : new long[]{n, c, h, w});
        if (!cols.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"col2im\" not implemented for '" + cols.dtype() + "'");
        cols.backend().spatial().col2im(n * c, d, h, w, g, cols.storage, cols.offset, out.storage, 0);
        return out;
    }

    // ------------------------------------------------------------------ convolution

    /** The options of one convolution call, as 3-D values (depth 1 for 2-D; a 1-D convolution also has height 1). */
    record Options(Geometry g, boolean transposed, int outPadD, int outPadH, int outPadW, int groups, int spatialDims) {}

    /**
     * ATen's convolution over (N, C, H, W) or (N, C, L) input; {@code bias} may be null. One node,
     * {@code ConvolutionBackward0}, with the gradients of input, weight and bias.
     */
    static Tensor convolution(Tensor x, Tensor weight, Tensor bias, Options o) {
        Tensor[] inputs = {x, weight, bias};
        boolean needed = bias == null ? Recording.needed(x, weight) : Recording.needed(x, weight, bias);
        if (!needed) return forward(x, weight, bias, o, null);
        // the forward's columns of x when the whole batch's fit one buffer, kept for the weight gradient
        Tensor[] cols = new Tensor[1];
        return Recording.record("ConvolutionBackward0", (n, g) -> {
            Tensor sx = n.saved(0), sw = n.saved(1);
            // under createGraph the gradients must be recorded: tensor ops; else the products on arrays
            boolean graph = GradMode.isEnabled();
            Tensor xCols = cols[0];
            cols[0] = null;   // once: a retained graph's second backward recomputes them
            Tensor dx = null, dw = null;
            if (n.needs(0)) dx = as(o.transposed()
                    ? (graph ? transposedInputGrad(g, sw, o) : ConvolutionProducts.forward(as4d(g), as4d(sw).contiguous(), o.groups(), o.g(), spatial(as4d(sx)), null))
                    : (graph ? inputGrad(g, sw, sx, o) : ConvolutionProducts.inputGrad(as4d(g), as4d(sw).contiguous(), o.groups(), o.g(), spatial(as4d(sx)))), sx);
            if (n.needs(1)) dw = as(o.transposed()
                    ? (graph ? transposedWeightGrad(g, sx, sw, o) : ConvolutionProducts.weightGrad(as4d(sx), as4d(g), o.groups(), o.g(), as4d(sw).shape, null))
                    : (graph ? weightGrad(g, sx, sw, o) : ConvolutionProducts.weightGrad(as4d(g), as4d(sx), o.groups(), o.g(), as4d(sw).shape, xCols)), sw);
            return new Tensor[]{dx, dw, n.needs(2) ? g.sum(sumDims(g), false) : null};
        }, () -> forward(x, weight, bias, o, weight.requiresGrad() ? cols : null), inputs, x, weight);
    }

    /**
     * Column elements above which a batch is processed in slices of samples: the size of the one
     * column buffer a call reuses (4 MB of float32, to stay in cache between im2col and the GEMM); tests lower it.
     */
    static long columnLimit = 1L << 20;

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

    /** (N, C, L) as (N, C, 1, L); 4-D and 5-D unchanged. */
    private static Tensor as4d(Tensor t) { return t.dim() == 3 ? t.unsqueeze(2) : t; }

    /** The spatial sizes of an (N, C, *) tensor. */
    static long[] spatial(Tensor t) { return java.util.Arrays.copyOfRange(t.shape, 2, t.dim()); }

    static long product(long[] v) {
        long p = 1;
        for (long x : v) p *= x;
        return p;
    }

    /** (n, c, *size). */
    static long[] shape(long n, long c, long[] size) {
        long[] s = new long[2 + size.length];
        s[0] = n;
        s[1] = c;
        System.arraycopy(size, 0, s, 2, size.length);
        return s;
    }

    /** A convolution's output sizes for input sizes (h, w) or (d, h, w). */
    private static long[] convOut(Geometry g, long[] in) {
        if (in.length == 3) return new long[]{g.outD(in[0]), g.outH(in[1]), g.outW(in[2])};
        return new long[]{g.outH(in[0]), g.outW(in[1])};
    }

    /** A transposed convolution's output sizes: (in − 1)·stride − 2·padding + dilation·(k − 1) + output_padding + 1. */
    private static long[] transposedOut(Options o, long[] in) {
        Geometry g = o.g();
        long[] out = new long[in.length];
        int off = in.length == 3 ? 0 : 1;   // (h, w) are the last two of (d, h, w)
        int[] k = {g.kd(), g.kh(), g.kw()}, s = {g.sd(), g.sh(), g.sw()}, p = {g.pd(), g.ph(), g.pw()}, d = {g.dd(), g.dh(), g.dw()};
        int[] op = {o.outPadD(), o.outPadH(), o.outPadW()};
        for (int i = 0; i < in.length; i++) {
            int j = i + off;
            out[i] = (in[i] - 1) * s[j] - 2L * p[j] + (long) d[j] * (k[j] - 1) + op[j] + 1;
        }
        return out;
    }

    /** A 4-D result viewed back to the shape of {@code like}. */
    private static Tensor as(Tensor t, Tensor like) { return t.dim() == like.dim() ? t : t.view(like.shape); }

    private static Tensor forward(Tensor x0, Tensor w0, Tensor bias, Options o, Tensor[] keepCols) {
        Tensor x = as4d(x0), w = as4d(w0).contiguous();
        Devices.common(x, w, bias);
        Tensor out = o.transposed()
                ? ConvolutionProducts.inputGrad(x, w, o.groups(), o.g(), transposedOut(o, spatial(x)))
                : ConvolutionProducts.forward(x, w, o.groups(), o.g(), convOut(o.g(), spatial(x)), keepCols);
        if (bias != null) {
            long[] bshape = new long[out.dim()];
            java.util.Arrays.fill(bshape, 1);
            bshape[1] = bias.shape[0];
            out = out.add_(bias.view(bshape));
        }
        return o.spatialDims() == 1 ? out.squeeze(2) : out;
    }

    /** d/dx of x ⋆ w: the weight's columns times the gradient, folded back (col2im). */
    private static Tensor inputGrad(Tensor grad, Tensor w0, Tensor x0, Options o) {
        Tensor g = as4d(grad), w = as4d(w0), x = as4d(x0);
        long n = g.shape[0], groups = o.groups(), outC = w.shape[0], ckk = w.shape[1] * o.g().taps();
        long l = product(spatial(g));
        Tensor wt = w.reshape(groups, outC / groups, ckk).transpose(1, 2);
        return catSlices(n, slice(groups * ckk * l), (b0, bn) ->
                fold(wt.matmul(g.narrow(0, b0, bn).reshape(bn, groups, outC / groups, l)).reshape(bn, groups * ckk, l), spatial(x), o.g()));
    }

    /** d/dw of x ⋆ w: the gradient times the input's columns, summed over the batch. */
    private static Tensor weightGrad(Tensor grad, Tensor x0, Tensor w0, Options o) {
        Tensor g = as4d(grad), x = as4d(x0), w = as4d(w0);
        long n = g.shape[0], groups = o.groups(), outC = w.shape[0], ckk = w.shape[1] * o.g().taps();
        long l = product(spatial(g));
        return sumSlices(n, slice(groups * ckk * l), (b0, bn) -> g.narrow(0, b0, bn).reshape(bn, groups, outC / groups, l)
                .matmul(unfold(x.narrow(0, b0, bn), o.g()).view(bn, groups, ckk, l).transpose(2, 3)).sum(0)).view(w.shape);
    }

    /** d/dx of a transposed convolution: a plain convolution of the gradient (its columns times the weight). */
    private static Tensor transposedInputGrad(Tensor grad, Tensor w0, Options o) {
        Tensor g = as4d(grad), w = as4d(w0);
        long n = g.shape[0], groups = o.groups(), inC = w.shape[0], kk = o.g().taps();
        long outC = w.shape[1] * groups;
        long[] os = convOut(o.g(), spatial(g));
        long l = product(os);
        Tensor wg = w.reshape(groups, inC / groups, outC / groups * kk);
        return catSlices(n, slice(outC * kk * l), (b0, bn) ->
                wg.matmul(unfold(g.narrow(0, b0, bn), o.g()).view(bn, groups, outC / groups * kk, l)).view(shape(bn, inC, os)));
    }

    /** d/dw of a transposed convolution: the input times the gradient's columns, summed over the batch. */
    private static Tensor transposedWeightGrad(Tensor grad, Tensor x0, Tensor w0, Options o) {
        Tensor g = as4d(grad), x = as4d(x0), w = as4d(w0);
        long n = g.shape[0], groups = o.groups(), inC = w.shape[0], kk = o.g().taps();
        long outC = w.shape[1] * groups, l = product(spatial(x));
        return sumSlices(n, slice(outC * kk * l), (b0, bn) -> x.narrow(0, b0, bn).reshape(bn, groups, inC / groups, l)
                .matmul(unfold(g.narrow(0, b0, bn), o.g()).view(bn, groups, outC / groups * kk, l).transpose(2, 3)).sum(0)).view(w.shape);
    }
}
