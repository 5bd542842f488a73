package torch4j;

import java.util.function.Supplier;

/**
 * The ops of {@code torch.nn} with their own ATen node that the margin losses and normalisations
 * need: {@code soft_margin_loss}, {@code multi_margin_loss}, {@code multilabel_margin_loss},
 * {@code norm} over one dim ({@code NormBackward1}) and {@code native_group_norm}. Forwards and
 * backwards are tensor ops (so they run on every backend and the backward has its own graph);
 * checks that read values (target ranges) are skipped on meta, which has none. Reductions are
 * ATen's enum: 0 none, 1 mean, 2 sum.
 */
final class NnMarginLosses {
    private NnMarginLosses() {}

    private static Tensor op(String name, Recording.Formula formula, Supplier<Tensor> forward, Tensor[] inputs, Tensor... save) {
        return Recording.recordIfNeeded(name, formula, forward, inputs, save);
    }

    private static Tensor reduce(Tensor loss, int reduction) {
        return reduction == 1 ? loss.mean() : reduction == 2 ? loss.sum() : loss;
    }

    /** The gradient of a reduced loss spread back over the unreduced elements (shape {@code like}). */
    private static Tensor spread(Tensor g, int reduction, Tensor like) {
        return reduction == 1 ? g.div((double) like.numel()).expand(like.shape().toLongArray())
                : reduction == 2 ? g.expand(like.shape().toLongArray()) : g;
    }

    // ---------------------------------------------------------------- soft margin

    /** log(1 + e^(−input·target)), reduced ({@code SoftMarginLossBackward0}). */
    static Tensor softMarginLoss(Tensor input, Tensor target, int reduction) {
        return op("SoftMarginLossBackward0", (n, g) -> {
            Tensor x = n.saved(0), t = n.saved(1);
            Tensor z = x.neg().mul(t).exp();
            Tensor common = spread(g, reduction, z).mul(z.div(z.add(1L))).neg();
            return new Tensor[]{n.needs(0) ? Recording.sumTo(common.mul(t), x.shape().toLongArray()) : null,
                    n.needs(1) ? Recording.sumTo(common.mul(x), t.shape().toLongArray()) : null};
        }, () -> reduce(input.neg().mul(target).exp().log1p(), reduction), new Tensor[]{input, target}, input, target);
    }

    // ---------------------------------------------------------------- multi margin

    /** (frames, classes) of ATen's multi_margin / multilabel_margin shape check. */
    private static long[] frames(Tensor input) {
        int nd = input.dim();
        if (!((nd == 2 && input.size(1) != 0) || (nd == 1 && input.size(0) != 0) || nd == 0))
            throw new IllegalArgumentException("Expected non-empty vector or matrix with optional 0-dim batch size, but got: " + Shapes.list(input));
        return new long[]{nd <= 1 ? 1 : input.size(0), nd == 0 ? 1 : input.size(nd - 1)};
    }

    /**
     * multi_margin_loss: per frame Σ_{d ≠ y} max(0, margin − x[y] + x[d])^p · w[y] / classes
     * ({@code MultiMarginLossBackward0}); p is 1 or 2, weight may be null.
     */
    static Tensor multiMarginLoss(Tensor input, Tensor target, int p, double margin, Tensor weight, int reduction) {
        long[] nf = frames(input);
        long nframe = nf[0], dim = nf[1];
        if (!(target.dim() <= 1 && target.numel() == nframe))
            throw new IllegalArgumentException("inconsistent target size, got: " + Shapes.list(target));
        if (!target.isMeta() && target.numel() > 0
                && ((long) target.min().item() < 0 || (long) target.max().item() >= dim))
            throw new IllegalArgumentException("target out of range");
        boolean perFrame = reduction == 0 && target.dim() > 0;
        return op("MultiMarginLossBackward0", (n, g) -> {
            Tensor x2 = n.saved(0).reshape(nframe, dim), t2 = target.reshape(nframe, 1);
            Tensor[] zp = marginTerms(x2, t2, margin, dim);
            Tensor z = zp[0], pos = zp[1];
            Tensor dz = Pointwise.where(pos, p == 1 ? Torch.onesLike(z) : z.mul(2L), Torch.zerosLike(z));
            if (weight != null) dz = dz.mul(weight.gather(0, target.reshape(nframe)).reshape(nframe, 1));
            dz = dz.div((double) dim);
            Tensor gx = dz.scatterAdd(1, t2, dz.sum(new long[]{1}, true).neg());
            Tensor coef = perFrame ? g.reshape(nframe, 1) : reduction == 1 ? g.div((double) nframe) : g;
            return new Tensor[]{gx.mul(coef).reshape(n.saved(0).shape().toLongArray())};
        }, () -> {
            Tensor x2 = input.reshape(nframe, dim), t2 = target.reshape(nframe, 1);
            Tensor[] zp = marginTerms(x2, t2, margin, dim);
            Tensor h = Pointwise.where(zp[1], p == 1 ? zp[0] : zp[0].mul(zp[0]), Torch.zerosLike(zp[0]));
            if (weight != null) h = h.mul(weight.gather(0, target.reshape(nframe)).reshape(nframe, 1));
            Tensor loss = h.sum(new long[]{1}, false).div((double) dim);
            return perFrame ? loss : reduce(loss, reduction).reshape();
        }, new Tensor[]{input}, input);
    }

    /** z = (margin − x[y]) + x[d] and where it counts (d ≠ y, z > 0), for (frames, classes) x and (frames, 1) y. */
    private static Tensor[] marginTerms(Tensor x2, Tensor t2, double margin, long dim) {
        Tensor z = x2.gather(1, t2).neg().add(margin).add(x2);
        Tensor notTarget = Torch.arange(dim).to(x2.device()).reshape(1, dim).ne(t2);
        return new Tensor[]{z, z.gt(0.0).logicalAnd(notTarget)};
    }

    // ---------------------------------------------------------------- multilabel margin

    /**
     * multilabel_margin_loss: per frame the target classes are the entries of y before the first
     * −1; Σ over them and over the other classes d of max(0, 1 − x[t] + x[d]) / classes
     * ({@code MultilabelMarginLossBackward0}).
     */
    static Tensor multilabelMarginLoss(Tensor input, Tensor target, int reduction) {
        long[] nf = frames(input);
        long nframe = nf[0], dim = nf[1];
        boolean ok = input.dim() <= 1 ? target.dim() <= 1 && target.numel() == dim
                : target.dim() == 2 && target.size(0) == nframe && target.size(1) == dim;
        if (!ok) throw new IllegalArgumentException("inconsistent size " + Shapes.list(target) + " for argument #2 'target'");
        if (!target.isMeta() && target.numel() > 0 && ((long) target.min().item() < -1 || (long) target.max().item() >= dim))
            throw new IllegalArgumentException("argument #2 'target' is out of range");
        boolean perFrame = reduction == 0 && target.dim() > 1;
        return op("MultilabelMarginLossBackward0", (n, g) -> {
            Tensor x2 = n.saved(0).reshape(nframe, dim);
            Tensor[] terms = labelTerms(x2, target.reshape(nframe, dim), dim);
            Tensor d = terms[1].to(x2.dtype()).div((double) dim);
            Tensor gx = d.sum(new long[]{1}, false).scatterAdd(1, terms[2], d.sum(new long[]{2}, false).neg());
            Tensor coef = perFrame ? g.reshape(nframe, 1) : reduction == 1 ? g.div((double) nframe) : g;
            return new Tensor[]{gx.mul(coef).reshape(n.saved(0).shape().toLongArray())};
        }, () -> {
            Tensor x2 = input.reshape(nframe, dim);
            Tensor[] terms = labelTerms(x2, target.reshape(nframe, dim), dim);
            Tensor loss = Pointwise.where(terms[1], terms[0], Torch.zerosLike(terms[0])).sum(new long[]{1, 2}, false).div((double) dim);
            return perFrame ? loss : reduce(loss, reduction).reshape();
        }, new Tensor[]{input}, input);
    }

    /**
     * For (frames, classes) x and y: z[i, k, d] = (1 − x[i, y[i, k]]) + x[i, d], where it counts
     * (k before the first −1, d not a target, z > 0), and the targets with −1 and after read as 0.
     */
    private static Tensor[] labelTerms(Tensor x2, Tensor y2, long dim) {
        Tensor valid = y2.eq(-1L).cumsum(1).eq(0L);
        Tensor idx = Pointwise.where(valid, y2, Torch.zerosLike(y2));
        Tensor isTarget = Torch.zerosLike(x2).scatterAdd(1, idx, valid.to(x2.dtype())).gt(0.0);
        Tensor z = x2.gather(1, idx).neg().add(1.0).unsqueeze(2).add(x2.unsqueeze(1));
        Tensor counts = valid.unsqueeze(2).logicalAnd(isTarget.logicalNot().unsqueeze(1)).logicalAnd(z.gt(0.0));
        return new Tensor[]{z, counts, idx};
    }

    // ---------------------------------------------------------------- norm over one dim

    // ---------------------------------------------------------------- group norm

    /**
     * native_group_norm: (N, C, *) normalised per sample and group of C/G channels by its mean
     * and biased variance, then scaled and shifted per channel ({@code NativeGroupNormBackward0}).
     * Computed in double and rounded once, as the layer norm beside it.
     */
    static Tensor groupNorm(Tensor x, long groups, Tensor weight, Tensor bias, double eps) {
        long batch = x.size(0), channels = x.size(1);
        long[] shape = x.shape().toLongArray();
        long[] affine = new long[x.dim()];
        java.util.Arrays.fill(affine, 1);
        affine[1] = channels;
        long[] last = {2}, sumDims = new long[x.dim() - 1];
        sumDims[0] = 0;
        for (int i = 2; i < x.dim(); i++) sumDims[i - 1] = i;
        Supplier<Tensor> forward = () -> {
            Tensor y = normalized(x.toDouble(), batch, groups, eps).reshape(shape);
            if (weight != null) y = y.mul(weight.toDouble().reshape(affine));
            if (bias != null) y = y.add(bias.toDouble().reshape(affine));
            return y.to(x.dtype());
        };
        return op("NativeGroupNormBackward0", (n, g) -> {
            Tensor sx = n.saved(0), w = weight == null ? null : n.saved(1);
            Tensor xg = sx.reshape(batch, groups, -1);
            Tensor m = xg.mean(last, true);
            Tensor rstd = xg.sub(m).square().mean(last, true).add(eps).rsqrt();
            Tensor xhat = xg.sub(m).mul(rstd);
            Tensor gxhat = (w == null ? g : g.mul(w.reshape(affine))).reshape(batch, groups, -1);
            Tensor gx = !n.needs(0) ? null : gxhat.sub(gxhat.mean(last, true)).sub(xhat.mul(gxhat.mul(xhat).mean(last, true))).mul(rstd).reshape(shape);
            Tensor gw = n.needs(1) ? g.mul(xhat.reshape(shape)).sum(sumDims, false) : null;
            Tensor gb = n.needs(2) ? g.sum(sumDims, false) : null;
            return new Tensor[]{gx, gw, gb};
        }, forward, new Tensor[]{x, weight, bias}, weight == null ? new Tensor[]{x} : new Tensor[]{x, weight});
    }

    private static Tensor normalized(Tensor x, long batch, long groups, double eps) {
        Tensor xg = x.reshape(batch, groups, -1);
        long[] last = {2};
        Tensor m = xg.mean(last, true);
        return xg.sub(m).mul(xg.sub(m).square().mean(last, true).add(eps).rsqrt());
    }

    /** For messages: a size as ATen prints it, {@code [2, 3]}. */
    private static final class Shapes {
        static String list(Tensor t) { return java.util.Arrays.toString(t.shape().toLongArray()); }
    }
}
