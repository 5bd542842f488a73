package torch4j;

import torch4j.backend.ReductionKind;
import torch4j.storage.Shapes;

/**
 * amax, amin, aminmax, nansum, nanmean and count_nonzero: reductions over a set of dims composed
 * from {@link Reductions} (so every backend that reduces runs them), with PyTorch 1.13's errors,
 * result dtypes and backward formulas.
 */
final class Extrema {
    private Extrema() {}

    /**
     * ATen's zero_numel_check_dims: an empty input reduces only over dims that are not empty,
     * and only when some dim is named.
     */
    static void checkNonEmptyDims(Tensor x, long[] dims, String op) {
        if (x.numel() != 0) return;
        if (dims == null || dims.length == 0)
            throw new IllegalArgumentException(op + "(): Expected reduction dim to be specified for input.numel() == 0."
                    + " Specify the reduction dim with the 'dim' argument.");
        for (long d : dims) {
            int w = Shapes.wrapDim(d, x.dim());
            if (x.dim() > 0 && x.shape[w] == 0)
                throw new IndexOutOfBoundsException(op + "(): Expected reduction dim " + w + " to have non-zero size.");
        }
    }

    /** amax ({@code max} true) or amin over {@code dims} (all when empty), NaN propagating. */
    static Tensor amax(Tensor x, long[] dims, boolean keepdim, boolean max) {
        String op = max ? "amax" : "amin";
        boolean[] mask = Reductions.dimMask(x, dims);
        checkNonEmptyDims(x, dims, op);
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            return Recording.record(max ? "AmaxBackward0" : "AminBackward0", (n, g) -> {
                // the gradient is shared evenly among the elements equal to the result
                Tensor hit = n.saved(0).eq(ReductionGrad.expandBack(n.saved(1), in, mask, keepdim));
                Tensor count = hit.sum(dimsOf(mask), true);
                return new Tensor[]{ReductionGrad.expandBack(g, in, mask, keepdim).div(count).mul(hit)};
            }, () -> amax(x, dims, keepdim, max), new Tensor[]{x}, x, Recording.OUTPUT);
        }
        return Reductions.reduce(x, max ? ReductionKind.MAX : ReductionKind.MIN, mask, keepdim, x.dtype(), false).values();
    }

    /** aminmax over one dim ({@code dim} null: all elements, keepdim then keeps every dim as 1). */
    static MinMax aminmax(Tensor x, Long dim, boolean keepdim) {
        long[] dims = dim == null ? null : new long[]{dim};
        boolean[] mask = Reductions.dimMask(x, dims);
        if (x.numel() == 0 && dim == null)
            throw new IllegalArgumentException("aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.");
        if (x.numel() == 0 && x.dim() > 0 && x.shape[Shapes.wrapDim(dim, x.dim())] == 0)
            throw new IndexOutOfBoundsException("aminmax: Expected reduction dim " + Shapes.wrapDim(dim, x.dim()) + " to have non-zero size.");
        Tensor min, max;
        try (var _ = torch4j.autograd.GradMode.noGrad()) {
            min = Reductions.reduce(x, ReductionKind.MIN, mask, keepdim, x.dtype(), false).values();
            max = Reductions.reduce(x, ReductionKind.MAX, mask, keepdim, x.dtype(), false).values();
            if (x.dim() == 0 && dim != null && keepdim) {   // PyTorch 1.13 resizes a 0-dim input's kept dim to [1]
                min = min.reshape(1);
                max = max.reshape(1);
            }
        }
        // PyTorch 1.13 has no derivative for aminmax: its outputs carry a node that refuses backward
        min = Recording.notDifferentiable(min, "derivative for aten::aminmax is not implemented", x);
        max = Recording.notDifferentiable(max, "derivative for aten::aminmax is not implemented", x);
        return new MinMax(min, max);
    }

    /** Sum treating NaN as zero; integers and bools sum to int64 as {@code sum}. */
    static Tensor nansum(Tensor x, long[] dims, boolean keepdim) {
        if (!x.dtype().isFloatingPoint()) return ReductionOps.sum(x, dims, keepdim);
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            boolean[] mask = Reductions.dimMask(x, dims);
            return Recording.record("NansumBackward0", (n, g) -> {
                Tensor xs = n.saved(0);
                return new Tensor[]{ReductionGrad.expandBack(g, in, mask, keepdim).mul(xs.isnan().logicalNot())};
            }, () -> nansum(x, dims, keepdim), new Tensor[]{x}, x);
        }
        return ReductionOps.sum(x.where(x.isnan().logicalNot(), 0.0), dims, keepdim);
    }

    /** ATen's composite: {@code nansum(x) / (number of non-NaN)}, so its grad_fn is DivBackward0. */
    static Tensor nanmean(Tensor x, long[] dims, boolean keepdim) {
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("nanmean(): expected input to have floating point dtype but got "
                    + TypePromotion.scalarTypeName(x.dtype()));
        Tensor count = ReductionOps.sum(x.isnan().logicalNot(), dims, keepdim);
        return nansum(x, dims, keepdim).div(count);
    }

    /** Number of nonzero elements (NaN counts) over {@code dims}, as int64. */
    static Tensor countNonzero(Tensor x, long[] dims) {
        return ReductionOps.sum(x.ne(0L), dims, false);
    }

    static long[] dimsOf(boolean[] mask) {
        int n = 0;
        for (boolean m : mask) if (m) n++;
        long[] d = new long[n];
        for (int i = 0, k = 0; i < mask.length; i++) if (mask[i]) d[k++] = i;
        return d;
    }
}
