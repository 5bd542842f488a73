package torch4j;

import torch4j.autograd.GradMode;
import torch4j.backend.cpu.Gemm;
import torch4j.backend.cpu.Parallel;

/**
 * Convolution as im2col + GEMM: {@link #unfold} copies every kernel window of the input into a
 * column of a (N, C·kh·kw, L) matrix, a batched matmul with the weight gives the output, and
 * {@link #fold} (col2im) scatter-adds columns back into an image — the input gradient of a
 * convolution and the forward of a transposed one. All three are autograd ops
 * ({@code Im2ColBackward0}, {@code Col2ImBackward0}, {@code ConvolutionBackward0}) whose
 * gradients are each other, so second derivatives work. 1-D convolutions run as 2-D ones of
 * height 1.
 */
final class Convolution {
    private Convolution() {}

    /** Kernel size, stride, padding and dilation along height and width. */
    record Geometry(int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw) {
        long outH(long h) { return (h + 2L * ph - (long) dh * (kh - 1) - 1) / sh + 1; }

        long outW(long w) { return (w + 2L * pw - (long) dw * (kw - 1) - 1) / sw + 1; }
    }

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

    /**
     * For one channel plane of size h × w, the columns as runs: run i copies {@code len[i]}
     * plane elements, from {@code src[i]} every {@code stride} (the width stride), to
     * {@code dst[i]} onwards in the plane's block of columns (tap-major, then output row). One
     * run per kernel tap and output row, clipped to the plane: padding is never read and its
     * columns stay zero. Shared by every channel and sample, so im2col is a copy per run and
     * col2im an add per run, in the columns' order (ATen's: kernel tap, then output position).
     */
    private record Runs(int[] dst, int[] src, int[] len, int stride, int perPlane) {
        static Runs of(int h, int w, Geometry g) {
            int oh = (int) g.outH(h), ow = (int) g.outW(w), l = oh * ow, sw = g.sw();
            int max = g.kh() * g.kw() * oh, n = 0;
            int[] dst = new int[max], src = new int[max], len = new int[max];
            for (int ki = 0; ki < g.kh(); ki++)
                for (int kj = 0; kj < g.kw(); kj++) {
                    int ix0 = kj * g.dw() - g.pw();   // input column of output column 0
                    int xlo = ix0 < 0 ? Math.ceilDiv(-ix0, sw) : 0, xhi = w - ix0 <= 0 ? 0 : Math.min(ow, Math.ceilDiv(w - ix0, sw));
                    if (xlo >= xhi) continue;
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy * g.sh() - g.ph() + ki * g.dh();
                        if (iy < 0 || iy >= h) continue;
                        dst[n] = (ki * g.kw() + kj) * l + oy * ow + xlo;
                        src[n] = iy * w + ix0 + xlo * sw;
                        len[n++] = xhi - xlo;
                    }
                }
            return new Runs(java.util.Arrays.copyOf(dst, n), java.util.Arrays.copyOf(src, n), java.util.Arrays.copyOf(len, n), sw,
                    g.kh() * g.kw() * l);
        }
    }

    private static Tensor im2col(Tensor input, Geometry g) {
        Tensor x = input.contiguous();
        int n = (int) x.shape[0], c = (int) x.shape[1], h = (int) x.shape[2], w = (int) x.shape[3];
        Runs runs = Runs.of(h, w, g);
        int rows = runs.perPlane();   // kh·kw·L per channel
        Tensor cols = Tensor.allocate(x.dtype(), new long[]{n, (long) c * g.kh() * g.kw(), g.outH(h) * g.outW(w)});
        int xOff = (int) x.offset, hw = h * w;
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"im2col\" not implemented for '" + x.dtype() + "'");
        Parallel.forRange((long) n * c, Math.max(1, Parallel.GRAIN / Math.max(1, rows)), (s, e) -> {
            for (int p = (int) s; p < e; p++) {   // p = one (sample, channel) plane
                int from = xOff + p * hw, to = p * rows;
                copyRuns(x.storage, from, cols.storage, to, runs);
            }
        });
        return cols;
    }

    /** One plane's runs from {@code in} (the plane at {@code from}) into its block of columns in {@code out} (at {@code to}). */
    private static void copyRuns(torch4j.storage.Storage in, int from, torch4j.storage.Storage out, int to, Runs runs) {
        int[] dst = runs.dst(), src = runs.src(), len = runs.len();
        for (int r = 0; r < dst.length; r++) in.copyRaw(from + src[r], runs.stride(), out, to + dst[r], 1, len[r]);
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
        Tensor out = Tensor.allocate(cols.dtype(), new long[]{n, c, h, w});
        Runs runs = Runs.of(h, w, g);
        int rows = runs.perPlane(), cOff = (int) cols.offset, hw = h * w, sw = runs.stride();
        int[] dst = runs.dst(), src = runs.src(), len = runs.len();
        Object in = cols.storage.array(), res = out.storage.array();
        if (!(in instanceof float[]) && !(in instanceof double[]))
            throw new IllegalArgumentException("\"col2im\" not implemented for '" + cols.dtype() + "'");
        // summed in ATen's order (kernel tap, then output position) into each plane
        Parallel.forRange((long) n * c, Math.max(1, Parallel.GRAIN / Math.max(1, rows)), (s, e) -> {
            for (int p = (int) s; p < e; p++) {
                int from = cOff + p * rows, to = p * hw;
                for (int r = 0; r < dst.length; r++) {
                    int i = from + dst[r], o = to + src[r], m = len[r];
                    if (in instanceof float[] a) addRun(a, i, (float[]) res, o, m, sw);
                    else { double[] a = (double[]) in, b = (double[]) res; for (int k = 0; k < m; k++) b[o + k * sw] += a[i + k]; }
                }
            }
        });
        return out;
    }

    /** {@code b[o + k·stride] += a[i + k]} for k < n; the unit-stride loop on its own, so C2 vectorises it. */
    private static void addRun(float[] a, int i, float[] b, int o, int n, int stride) {
        if (stride == 1) for (int k = 0; k < n; k++) b[o + k] += a[i + k];
        else for (int k = 0; k < n; k++) b[o + k * stride] += a[i + k];
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
            out = Tensor.allocate(x.dtype(), new long[]{n, outC, oh, ow});
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
     * with leading dims n. The typed GEMM is picked once per call.
     */
    private static void gemmBatched(int m, int n, int k, Tensor a, int aOff, int sA, Tensor b, int bOff, int sB,
                                    Tensor c, int cOff, int sC, int batch) {
        bOff += (int) b.offset;
        switch (c.dtype()) {
            case FLOAT32 -> Gemm.sgemmBatched(false, false, m, n, k, 1f, (float[]) a.storage.array(), aOff, k, sA,
                    (float[]) b.storage.array(), bOff, n, sB, 0f, (float[]) c.storage.array(), cOff, n, sC, batch);
            case FLOAT64 -> Gemm.dgemmBatched(false, false, m, n, k, 1.0, (double[]) a.storage.array(), aOff, k, sA,
                    (double[]) b.storage.array(), bOff, n, sB, 0.0, (double[]) c.storage.array(), cOff, n, sC, batch);
            default -> throw new IllegalArgumentException("\"slow_conv2d_cpu\" not implemented for '" + SpatialFunctions.scalarName(c.dtype()) + "'");
        }
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
