package torch4j;

import java.util.Arrays;
import torch4j.backend.cpu.Parallel;
import torch4j.storage.Storage;

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

    private static Tensor im2col(Tensor input, Geometry g) {
        Tensor x = input.contiguous();
        int n = (int) x.shape[0], c = (int) x.shape[1], h = (int) x.shape[2], w = (int) x.shape[3];
        int oh = (int) g.outH(h), ow = (int) g.outW(w), l = oh * ow, kk = g.kh() * g.kw();
        Tensor cols = Tensor.allocate(x.dtype(), new long[]{n, (long) c * kk, l});
        Storage src = x.storage, dst = cols.storage;
        int xOff = (int) x.offset;
        long perSample = (long) c * kk * l;
        Parallel.forRange(n, Math.max(1, Parallel.GRAIN / Math.max(1, perSample)), (s, e) -> {
            for (int b = (int) s; b < e; b++)
                for (int ch = 0; ch < c; ch++)
                    for (int ki = 0; ki < g.kh(); ki++)
                        for (int kj = 0; kj < g.kw(); kj++) {
                            int row = (ch * g.kh() + ki) * g.kw() + kj;
                            int colBase = (int) (b * perSample) + row * l;
                            int planeBase = xOff + (b * c + ch) * h * w;
                            int[] cr = validRange(ow, w, g.sw(), kj * g.dw() - g.pw());
                            if (cr[0] >= cr[1]) continue;
                            for (int y = 0; y < oh; y++) {
                                int iy = y * g.sh() - g.ph() + ki * g.dh();
                                if (iy < 0 || iy >= h) continue;   // the padding rows stay zero
                                int ix = cr[0] * g.sw() + kj * g.dw() - g.pw();
                                src.copyRaw(planeBase + iy * w + ix, g.sw(), dst, colBase + y * ow + cr[0], 1, cr[1] - cr[0]);
                            }
                        }
        });
        return cols;
    }

    /** The outputs [lo, hi) of a row whose input column {@code o·stride + shift} lies inside [0, size). */
    private static int[] validRange(int outSize, int size, int stride, int shift) {
        int lo = shift >= 0 ? 0 : (-shift + stride - 1) / stride;
        int hi = size - shift <= 0 ? 0 : Math.min(outSize, (size - shift - 1) / stride + 1);
        return new int[]{lo, hi};
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
        Storage src = cols.storage, dst = out.storage;
        int cOff = (int) cols.offset;
        long perSample = (long) c * kk * l;
        // accumulated per sample in double, rounded once into the result's dtype
        Parallel.forRange(n, Math.max(1, Parallel.GRAIN / Math.max(1, perSample)), (s, e) -> {
            double[] img = new double[c * h * w];
            double[] seg = new double[ow];
            for (int b = (int) s; b < e; b++) {
                Arrays.fill(img, 0);
                for (int ch = 0; ch < c; ch++)
                    for (int ki = 0; ki < g.kh(); ki++)
                        for (int kj = 0; kj < g.kw(); kj++) {
                            int row = (ch * g.kh() + ki) * g.kw() + kj;
                            int colBase = cOff + (int) (b * perSample) + row * l;
                            int[] cr = validRange(ow, w, g.sw(), kj * g.dw() - g.pw());
                            int len = cr[1] - cr[0];
                            if (len <= 0) continue;
                            for (int y = 0; y < oh; y++) {
                                int iy = y * g.sh() - g.ph() + ki * g.dh();
                                if (iy < 0 || iy >= h) continue;
                                src.loadDouble(colBase + y * ow + cr[0], 1, len, seg);
                                int at = ch * h * w + iy * w + cr[0] * g.sw() + kj * g.dw() - g.pw();
                                for (int i = 0; i < len; i++, at += g.sw()) img[at] += seg[i];
                            }
                        }
                dst.storeDouble(b * c * h * w, 1, c * h * w, img);
            }
        });
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
        if (!needed) return forward(x, weight, bias, o);
        return Recording.record("ConvolutionBackward0", (n, g) -> {
            Tensor sx = n.saved(0), sw = n.saved(1);
            return new Tensor[]{
                n.needs(0) ? as(o.transposed() ? transposedInputGrad(g, sw, o) : inputGrad(g, sw, sx, o), sx) : null,
                n.needs(1) ? as(o.transposed() ? transposedWeightGrad(g, sx, sw, o) : weightGrad(g, sx, sw, o), sw) : null,
                n.needs(2) ? g.sum(sumDims(g), false) : null};
        }, () -> forward(x, weight, bias, o), inputs, x, weight);
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

    private static Tensor forward(Tensor x0, Tensor w0, Tensor bias, Options o) {
        Tensor x = as4d(x0), w = as4d(w0);
        Geometry g = o.g();
        long n = x.shape[0], groups = o.groups();
        Tensor out;
        if (!o.transposed()) {
            long outC = w.shape[0], ckk = w.shape[1] * g.kh() * g.kw();
            long oh = g.outH(x.shape[2]), ow = g.outW(x.shape[3]);
            Tensor cols = unfold(x, g).view(n, groups, ckk, oh * ow);
            out = w.reshape(groups, outC / groups, ckk).matmul(cols).view(n, outC, oh, ow);
        } else {
            long inC = w.shape[0], outC = w.shape[1] * groups, kk = (long) g.kh() * g.kw();
            long h = x.shape[2], wd = x.shape[3];
            long oh = (h - 1) * g.sh() - 2L * g.ph() + (long) g.dh() * (g.kh() - 1) + o.outPadH() + 1;
            long ow = (wd - 1) * g.sw() - 2L * g.pw() + (long) g.dw() * (g.kw() - 1) + o.outPadW() + 1;
            Tensor wt = w.reshape(groups, inC / groups, outC / groups * kk).transpose(1, 2);
            Tensor cols = wt.matmul(x.reshape(n, groups, inC / groups, h * wd)).view(n, outC * kk, h * wd);
            out = fold(cols, oh, ow, g);
        }
        if (bias != null) out = out.add_(bias.view(1, bias.shape[0], 1, 1));
        return o.spatialDims() == 1 ? out.squeeze(2) : out;
    }

    /** d/dx of x ⋆ w: the weight's columns times the gradient, folded back (col2im). */
    private static Tensor inputGrad(Tensor grad, Tensor w0, Tensor x0, Options o) {
        Tensor g = as4d(grad), w = as4d(w0), x = as4d(x0);
        long n = g.shape[0], groups = o.groups(), outC = w.shape[0], ckk = w.shape[1] * o.g().kh() * o.g().kw();
        Tensor wt = w.reshape(groups, outC / groups, ckk).transpose(1, 2);
        Tensor cols = wt.matmul(g.reshape(n, groups, outC / groups, g.shape[2] * g.shape[3]));
        return fold(cols.reshape(n, groups * ckk, g.shape[2] * g.shape[3]), x.shape[2], x.shape[3], o.g());
    }

    /** d/dw of x ⋆ w: the gradient times the input's columns, summed over the batch. */
    private static Tensor weightGrad(Tensor grad, Tensor x0, Tensor w0, Options o) {
        Tensor g = as4d(grad), x = as4d(x0), w = as4d(w0);
        long n = g.shape[0], groups = o.groups(), outC = w.shape[0], ckk = w.shape[1] * o.g().kh() * o.g().kw();
        long l = g.shape[2] * g.shape[3];
        Tensor cols = unfold(x, o.g()).view(n, groups, ckk, l);
        return g.reshape(n, groups, outC / groups, l).matmul(cols.transpose(2, 3)).sum(0).view(w.shape);
    }

    /** d/dx of a transposed convolution: a plain convolution of the gradient (its columns times the weight). */
    private static Tensor transposedInputGrad(Tensor grad, Tensor w0, Options o) {
        Tensor g = as4d(grad), w = as4d(w0);
        long n = g.shape[0], groups = o.groups(), inC = w.shape[0], kk = (long) o.g().kh() * o.g().kw();
        long outC = w.shape[1] * groups, h = o.g().outH(g.shape[2]), wd = o.g().outW(g.shape[3]);
        Tensor cols = unfold(g, o.g()).view(n, groups, outC / groups * kk, h * wd);
        return w.reshape(groups, inC / groups, outC / groups * kk).matmul(cols).view(n, inC, h, wd);
    }

    /** d/dw of a transposed convolution: the input times the gradient's columns, summed over the batch. */
    private static Tensor transposedWeightGrad(Tensor grad, Tensor x0, Tensor w0, Options o) {
        Tensor g = as4d(grad), x = as4d(x0), w = as4d(w0);
        long n = g.shape[0], groups = o.groups(), inC = w.shape[0], kk = (long) o.g().kh() * o.g().kw();
        long outC = w.shape[1] * groups, l = x.shape[2] * x.shape[3];
        Tensor cols = unfold(g, o.g()).view(n, groups, outC / groups * kk, l);
        return x.reshape(n, groups, inC / groups, l).matmul(cols.transpose(2, 3)).sum(0).view(w.shape);
    }
}
