package torch4j;

import torch4j.storage.Shapes;
import torch4j.storage.StorageSize;

/**
 * cummax, cummin, logcumsumexp and diff along one dim, above the seam: PyTorch's checks and
 * result dtypes, the dim moved last for the backend's scan primitives, and the backward formulas.
 */
final class Cumulative {
    private Cumulative() {}

    /** cummax ({@code max} true) or cummin: running extremes and where they were, latest among ties. */
    static ValuesIndices cumExtreme(Tensor x, long dim, boolean max) {
        String op = max ? "cummax" : "cummin";
        int d = Shapes.wrapDim(dim, x.dim());
        if (Recording.needed(x)) {
            ValuesIndices r;
            try (var _ = torch4j.autograd.GradMode.noGrad()) { r = cumExtreme(x, dim, max); }
            Tensor idx = r.indices();
            Tensor values = Recording.attach(r.values(), max ? "CummaxBackward0" : "CumminBackward0", (n, g) -> {
                if (g.dim() == 0) return new Tensor[]{g};
                Tensor z = g.allocateLike(g.dtype(), g.shape().toLongArray());
                return new Tensor[]{ScatterGather.scatter_(z, d, n.saved(0), g.contiguous(), null, true)};
            }, new Tensor[]{x}, idx);
            return new ValuesIndices(op, values, idx);
        }
        if (x.dim() == 0) return new ValuesIndices(op, x.clone(), x.allocateLike(DType.INT64, new long[0]));
        StorageSize.checkAllocatable(x.shape, x.dtype().itemSize());
        Tensor moved = x.transpose(d, x.dim() - 1);
        Tensor work = x.allocateLike(x.dtype().isFloatingPoint() ? DType.FLOAT64 : DType.INT64, moved.shape.clone());
        Tensor idx = x.allocateLike(DType.INT64, moved.shape.clone());
        x.backend().reductions().cumulativeExtreme(max, moved.shape, Reductions.operand(work), Reductions.operand(idx),
                Reductions.operand(moved));
        return new ValuesIndices(op, work.transpose(d, x.dim() - 1).to(x.dtype()).contiguous(),
                idx.transpose(d, x.dim() - 1).contiguous());
    }

    /** log Σ_{j <= i} exp(x_j) along dim, floating dtypes only (ATen has no integer kernel). */
    static Tensor logcumsumexp(Tensor x, long dim) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"logcumsumexp_out_cpu\" not implemented for '" + TypePromotion.scalarTypeName(x.dtype()) + "'");
        if (Recording.needed(x))
            return Recording.record("LogcumsumexpBackward0", (n, g) -> new Tensor[]{logcumsumexpBackward(g, n.saved(0), n.saved(1), d)},
                    () -> logcumsumexp(x, dim), new Tensor[]{x}, x, Recording.OUTPUT);
        if (x.dim() == 0) return x.clone();
        Tensor moved = x.transpose(d, x.dim() - 1);
        Tensor work = x.allocateLike(DType.FLOAT64, moved.shape.clone());
        x.backend().reductions().logcumsumexp(moved.shape, Reductions.operand(work), Reductions.operand(moved));
        return work.transpose(d, x.dim() - 1).to(x.dtype()).contiguous();
    }

    /**
     * ATen's logcumsumexp_backward, in log space so nothing overflows: the positive and negative
     * parts of the gradient each go through a reversed logcumsumexp.
     */
    private static Tensor logcumsumexpBackward(Tensor g, Tensor x, Tensor result, int d) {
        if (g.dim() == 0 || g.numel() == 0) return g;
        double lowest = g.dtype() == DType.FLOAT32 ? -Float.MAX_VALUE : -Double.MAX_VALUE;
        Tensor logPos = g.log().where(g.gt(0L), lowest);
        Tensor logNeg = g.neg().log().where(g.lt(0L), lowest);
        Tensor pos = reverse(logcumsumexp(reverse(logPos.sub(result), d), d), d).add(x).exp();
        Tensor neg = reverse(logcumsumexp(reverse(logNeg.sub(result), d), d), d).add(x).exp();
        return pos.sub(neg);
    }

    /** x reversed along dim d (torch.flip for one dim), by index_select. */
    static Tensor reverse(Tensor x, int d) {
        long n = x.size(d);
        Tensor idx = Creation.arange(n - 1, -1, -1, DType.INT64, x.device());
        return x.indexSelect(d, idx);
    }

    /**
     * The n-th forward difference along dim, with optional tensors joined before and after
     * (ATen's diff: repeated narrow-and-subtract, logical_xor for bool).
     */
    static Tensor diff(Tensor x, long n, long dim, Tensor prepend, Tensor append) {
        if (x.dim() < 1) throw new IllegalArgumentException("diff expects input to be at least one-dimensional");
        if ((prepend != null && prepend.dim() != x.dim()) || (append != null && append.dim() != x.dim()))
            throw new IllegalArgumentException("diff expects prepend or append to be the same dimension as input");
        int d = Shapes.wrapDim(dim, x.dim());
        if (n == 0) return Torch.zerosLike(x).copy_(x);   // ATen's zeros_like + copy_ of the input alone: CopyBackwards
        Tensor a = x;
        if (prepend != null || append != null) {
            java.util.List<Tensor> parts = new java.util.ArrayList<>();
            if (prepend != null) parts.add(prepend);
            parts.add(x);
            if (append != null) parts.add(append);
            a = Torch.cat(parts, d);
        }
        long outLen = a.size(d) - 1;
        n = Math.min(n, a.size(d));   // a negative n runs no step: ATen returns the input itself
        boolean bool = a.dtype() == DType.BOOL;
        for (long i = 0; i < n; i++) {
            Tensor hi = a.narrow(d, 1, outLen), lo = a.narrow(d, 0, outLen);
            a = bool ? hi.logicalXor(lo) : hi.sub(lo);
            outLen--;
        }
        return a;
    }
}
