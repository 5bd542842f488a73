package torch4j;

import torch4j.backend.ReductionKind;
import torch4j.storage.Shapes;

/**
 * Backward formulas of the reductions, next to which ReductionOps records them: each spreads the
 * gradient of the reduced result back over the reduced dims.
 */
final class ReductionGrad {
    private ReductionGrad() {}

    /** {@code g} (reduced over {@code mask}) broadcast back to {@code shape}. */
    static Tensor expandBack(Tensor g, long[] shape, boolean[] mask, boolean keepdim) {
        if (!keepdim)
            for (int d = 0; d < shape.length; d++) if (mask[d]) g = g.unsqueeze(d);
        return g.expand(shape);
    }

    private static long count(long[] shape, boolean[] mask) {
        long n = 1;
        for (int d = 0; d < shape.length; d++) if (mask[d]) n *= shape[d];
        return n;
    }

    static Tensor sum(Tensor x, long[] dims, boolean keepdim) {
        long[] in = x.shape.clone();
        boolean[] mask = Reductions.dimMask(x, dims);
        return Recording.record(dims == null ? "SumBackward0" : "SumBackward1",
                (n, g) -> new Tensor[]{expandBack(g, in, mask, keepdim)}, () -> ReductionOps.sum(x, dims, keepdim), new Tensor[]{x});
    }

    static Tensor mean(Tensor x, long[] dims, boolean keepdim) {
        long[] in = x.shape.clone();
        boolean[] mask = Reductions.dimMask(x, dims);
        double count = count(in, mask);
        return Recording.record(dims == null ? "MeanBackward0" : "MeanBackward1",
                (n, g) -> new Tensor[]{expandBack(g, in, mask, keepdim).div(count)}, () -> ReductionOps.mean(x, dims, keepdim), new Tensor[]{x});
    }

    /** var: {@code 2 (x - mean) / (N - correction)}; std divides that by {@code 2 std}. */
    static Tensor var(Tensor x, long[] dims, long correction, boolean keepdim, boolean std) {
        long[] in = x.shape.clone();
        boolean[] mask = Reductions.dimMask(x, dims);
        double denom = Math.max(0, count(in, mask) - correction);
        long[] all = dims == null ? null : dims;
        return Recording.record(std ? "StdBackward0" : "VarBackward0", (n, g) -> {
            Tensor xs = n.saved(0);
            Tensor centered = xs.sub(xs.mean(all == null ? allDims(in.length) : all, true));
            Tensor ge = expandBack(g, in, mask, keepdim);
            if (!std) return new Tensor[]{ge.mul(centered).mul(2.0 / denom)};
            Tensor result = expandBack(n.saved(1), in, mask, keepdim);
            return new Tensor[]{ge.mul(centered).div(result.mul(denom))};
        }, () -> std ? ReductionOps.std(x, dims, correction, keepdim) : ReductionOps.var(x, dims, correction, keepdim),
                new Tensor[]{x}, x, Recording.OUTPUT);
    }

    static long[] allDims(int n) {
        long[] d = new long[n];
        for (int i = 0; i < n; i++) d[i] = i;
        return d;
    }

    /**
     * prod: the product of the other elements, exact with zeros (one zero: only its position gets
     * the product of the rest; two or more: all zero).
     */
    static Tensor prod(Tensor x, long[] dims, boolean keepdim) {
        long[] in = x.shape.clone();
        boolean[] mask = Reductions.dimMask(x, dims);
        long[] rd = dims == null ? allDims(in.length) : dims;
        return Recording.record(dims == null ? "ProdBackward0" : "ProdBackward1", (n, g) -> {
            Tensor xs = n.saved(0);
            Tensor zero = xs.eq(0.0), nonzero = zero.logicalNot();
            // no zero: ATen's grad · (result / input) with the forward's own product (a product
            // recomputed dim by dim rounds differently: -0.30374999999999996 for -0.30375)
            // (a meta tensor has no values to test: the general path, as ATen's prod_backward does for meta)
            if (!xs.isMeta() && zero.any().item() == 0) return new Tensor[]{expandBack(g, in, mask, keepdim).mul(expandBack(n.saved(1), in, mask, keepdim).div(xs))};
            Tensor x1 = xs.where(nonzero, 1.0), others = x1;
            for (long d : rd) others = others.prod(d, true);
            Tensor zeros = zero.sum(rd, true);
            Tensor local = Pointwise.where(zero, others.where(zeros.eq(1L), 0.0), others.div(x1).where(zeros.eq(0L), 0.0));
            return new Tensor[]{expandBack(g, in, mask, keepdim).mul(local)};
        }, () -> ReductionOps.prod(x, dims, keepdim), new Tensor[]{x}, x, Recording.OUTPUT);
    }

    /** max()/min() of all elements: the gradient is shared evenly among the elements equal to the result. */
    static Tensor extreme(Tensor x, ReductionKind kind) {
        long[] in = x.shape.clone();
        return Recording.record(kind == ReductionKind.MAX ? "MaxBackward1" : "MinBackward1", (n, g) -> {
            Tensor hit = n.saved(0).eq(n.saved(1));
            return new Tensor[]{g.expand(in).mul(hit).div(hit.sum())};
        }, () -> ReductionOps.extreme(x, kind), new Tensor[]{x}, x, Recording.OUTPUT);
    }

    /** max(dim)/min(dim): the gradient goes to the index that was picked. */
    static ValuesIndices extreme(Tensor x, ReductionKind kind, long dim, boolean keepdim) {
        ValuesIndices r;
        try (var _ = torch4j.autograd.GradMode.noGrad()) { r = ReductionOps.extreme(x, kind, dim, keepdim); }
        long[] in = x.shape.clone();
        int d = Shapes.wrapDim(dim, Math.max(1, x.dim()));
        boolean[] mask = new boolean[in.length];
        if (in.length > 0) mask[d] = true;
        Tensor idx = in.length == 0 || keepdim ? r.indices() : r.indices().unsqueeze(d);
        Tensor values = Recording.attach(r.values(), kind == ReductionKind.MAX ? "MaxBackward0" : "MinBackward0", (n, g) -> {
            Tensor onehot = g.allocateLike(g.dtype(), in.clone());
            if (in.length > 0) ScatterGather.scatter_(onehot, d, n.saved(0), null, Conversions.convert(Conversions.scalar(1.0), g.dtype()), false);
            else onehot.fill_(1.0);
            return new Tensor[]{expandBack(g, in, mask, keepdim).mul(onehot)};
        }, new Tensor[]{x}, idx);
        return new ValuesIndices(r.op(), values, r.indices());
    }

    /** cumsum: the reversed running sum of the gradient. */
    static Tensor cumsum(Tensor x, long dim) {
        return Recording.record("CumsumBackward0", (n, g) -> new Tensor[]{g.sum(dim, true).sub(g.cumsum(dim)).add(g)},
                () -> ReductionOps.scan(x, dim, false), new Tensor[]{x});
    }

    /**
     * cumprod: {@code grad_k = sum_{j >= k} g_j prod_{i <= j, i != k} x_i}, built from an (n, n)
     * table per row so zeros need no special case (no division).
     */
    static Tensor cumprod(Tensor x, long dim) {
        return Recording.record("CumprodBackward0", (n, g) -> {
            Tensor xs = n.saved(0);
            if (xs.dim() == 0) return new Tensor[]{g};
            int d = Shapes.wrapDim(dim, xs.dim());
            Tensor xt = xs.transpose(d, -1), gt = g.transpose(d, -1);
            long len = xt.size(-1);
            long[] square = java.util.Arrays.copyOf(xt.shape().toLongArray(), xt.dim() + 1);
            square[xt.dim() - 1] = len;
            square[xt.dim()] = len;
            Tensor idx = Torch.arange(len).to(xs.device());
            Tensor diagonal = idx.unsqueeze(1).eq(idx.unsqueeze(0));                 // [k, i]: i == k
            Tensor later = idx.unsqueeze(0).ge(idx.unsqueeze(1));                    // [k, j]: j >= k
            Tensor rows = xt.unsqueeze(-2).expand(square);
            Tensor table = Pointwise.where(diagonal, Conversions.scalar(1.0), rows).to(rows.dtype());
            Tensor products = table.cumprod(-1);                                      // [k, j]: prod_{i <= j, i != k} x_i
            Tensor grad = products.mul(gt.unsqueeze(-2)).mul(later).sum(-1);
            return new Tensor[]{grad.transpose(d, -1)};
        }, () -> ReductionOps.scan(x, dim, true), new Tensor[]{x}, x);
    }
}
