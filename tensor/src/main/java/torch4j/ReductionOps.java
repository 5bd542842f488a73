package torch4j;

import torch4j.autograd.GradMode;
import torch4j.backend.ReductionKind;
import torch4j.storage.Shapes;
import torch4j.storage.StorageSize;

/** The public reductions, composed from {@link Reductions} with PyTorch's dtype rules. */
final class ReductionOps {
    private ReductionOps() {}

    /** Sum and prod of integers and bools accumulate in int64, as PyTorch. */
    private static DType accumulateType(Tensor x) {
        return x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64;
    }

    static Tensor sum(Tensor x, long[] dims, boolean keepdim) {
        if (Recording.needed(x)) return ReductionGrad.sum(x, dims, keepdim);
        return Reductions.reduce(x, ReductionKind.SUM, Reductions.dimMask(x, dims), keepdim, accumulateType(x), false).values();
    }

    /**
     * {@code op(x, dtype=dtype)} as ATen runs a reduction's {@code dtype} argument: x is cast to
     * dtype inside the op's own node, so the graph shows {@code SumBackward0} over x's node with no
     * {@code ToCopyBackward0} between (the engine casts the gradient back to x's dtype). While a
     * graph is recorded, {@code op} runs on a detached copy in dtype and its node is then connected
     * to x in the copy's place; {@code op} must record one node whose only input is its argument.
     */
    static Tensor castInside(Tensor x, DType dtype, java.util.function.UnaryOperator<Tensor> op) {
        if (dtype == x.dtype()) return op.apply(x);
        if (!Recording.needed(x)) return op.apply(x.to(dtype));
        if (!dtype.isFloatingPoint())
            throw new IllegalArgumentException("isDifferentiableType(variable.scalar_type()) INTERNAL ASSERT FAILED: a "
                    + dtype + " result of a tensor that requires grad can not require grad (only floating point results can); cast it under no_grad");
        Tensor cast;
        try (var _ = GradMode.noGrad()) { cast = x.to(dtype).detach(); }
        Tensor out = op.apply(cast.requiresGrad_(true));
        out.gradFn.connectFrom(x, out.gradFn);
        return out;
    }

    static Tensor prod(Tensor x, long[] dims, boolean keepdim) {
        if (Recording.needed(x)) return ReductionGrad.prod(x, dims, keepdim);
        return Reductions.reduce(x, ReductionKind.PROD, Reductions.dimMask(x, dims), keepdim, accumulateType(x), false).values();
    }

    static Tensor mean(Tensor x, long[] dims, boolean keepdim) {
        if (Recording.needed(x)) return ReductionGrad.mean(x, dims, keepdim);
        requireFloat(x, "mean");
        boolean[] mask = Reductions.dimMask(x, dims);
        long n = count(x, mask);
        if (x.dtype() == DType.FLOAT32) {
            // PyTorch: the float32 sum, then one float32 division by (float) n
            Tensor s = Reductions.reduce(x, ReductionKind.SUM, mask, keepdim, DType.FLOAT32, false).values();
            return s.div((double) (float) n);
        }
        Tensor s = Reductions.reduce(x, ReductionKind.SUM, mask, keepdim, DType.FLOAT64, false).values();
        return s.div(n == 0 ? Double.NaN : n).to(x.dtype());
    }

    /**
     * Variance by two passes in float64 over the input as it lies (no copy, so a broadcast view of
     * any size works): the mean per output, then Σ (x - mean)², divided by N - correction.
     */
    static Tensor var(Tensor x, long[] dims, long correction, boolean keepdim) {
        if (Recording.needed(x)) return ReductionGrad.var(x, dims, correction, keepdim, false);
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("std and var only support floating point and complex dtypes");
        boolean[] mask = Reductions.dimMask(x, dims);
        long n = count(x, mask);
        Tensor sums = Reductions.reduce(x, ReductionKind.SUM, mask, false, DType.FLOAT64, false).values();
        Tensor centers = sums.div(n == 0 ? Double.NaN : n);
        Tensor ss = Reductions.reduce(x, ReductionKind.SQDEV, mask, keepdim, DType.FLOAT64, false, centers).values();
        return ss.div((double) Math.max(0, n - correction)).to(x.dtype());
    }

    static Tensor std(Tensor x, long[] dims, long correction, boolean keepdim) {
        if (Recording.needed(x)) return ReductionGrad.var(x, dims, correction, keepdim, true);
        return var(x, dims, correction, keepdim).sqrt();
    }

    static Tensor extreme(Tensor x, ReductionKind kind) {
        if (Recording.needed(x)) return ReductionGrad.extreme(x, kind);
        if (x.numel() == 0)
            throw new IllegalArgumentException(kind.name().toLowerCase() + "(): Expected reduction dim to be specified for input.numel() == 0."
                    + " Specify the reduction dim with the 'dim' argument.");
        return Reductions.reduce(x, kind, Reductions.dimMask(x, null), false, x.dtype(), false).values();
    }

    static ValuesIndices extreme(Tensor x, ReductionKind kind, long dim, boolean keepdim) {
        if (Recording.needed(x)) return ReductionGrad.extreme(x, kind, dim, keepdim);
        boolean[] mask = singleDim(x, dim, kind.name().toLowerCase());
        Reductions.Result r = Reductions.reduce(x, kind, mask, keepdim, x.dtype(), true);
        return new ValuesIndices(kind.name().toLowerCase(), r.values(), r.indices());
    }

    static Tensor argExtreme(Tensor x, ReductionKind kind) {
        String name = kind == ReductionKind.MAX ? "argmax" : "argmin";
        if (x.numel() == 0)
            throw new IndexOutOfBoundsException(name + "(): Expected reduction dim to be specified for input.numel() == 0.");
        requireNotBool(x, name);
        return Reductions.reduce(x, kind, Reductions.dimMask(x, null), false, x.dtype(), true).indices();
    }

    static Tensor argExtreme(Tensor x, ReductionKind kind, long dim, boolean keepdim) {
        boolean[] mask = singleDim(x, dim, kind == ReductionKind.MAX ? "argmax" : "argmin");
        if (x.numel() > 0) requireNotBool(x, kind == ReductionKind.MAX ? "argmax" : "argmin");   // checked where a kernel runs
        // argmax allocates only its int64 indices: a huge output fails with their size
        StorageSize.checkAllocatable(keepdim ? Reductions.keepShape(x.shape, mask) : Reductions.keptShape(x.shape, mask), DType.INT64.itemSize());
        return Reductions.reduce(x, kind, mask, keepdim, x.dtype(), true).indices();
    }

    /** all/any give bool (uint8 for uint8 input, as PyTorch 1.13). */
    static Tensor logical(Tensor x, ReductionKind kind, long[] dims, boolean keepdim) {
        DType out = x.dtype() == DType.UINT8 ? DType.UINT8 : DType.BOOL;
        return Reductions.reduce(x, kind, Reductions.dimMask(x, dims), keepdim, out, false).values();
    }

    /** Inclusive scan along {@code dim}: cumsum (prod=false) or cumprod; integers accumulate in int64. */
    static Tensor scan(Tensor x, long dim, boolean prod) {
        if (Recording.needed(x)) return prod ? ReductionGrad.cumprod(x, dim) : ReductionGrad.cumsum(x, dim);
        int d = Shapes.wrapDim(dim, x.dim());
        DType outType = accumulateType(x);
        if (x.dim() == 0) return x.to(outType).clone();
        StorageSize.checkAllocatable(x.shape, outType.itemSize());   // the output PyTorch allocates decides a huge one's error
        Tensor moved = x.transpose(d, x.dim() - 1);
        // the running values in double (floating) or int64, then cast, as before the seam
        Tensor work = x.allocateLike(outType.isFloatingPoint() ? DType.FLOAT64 : DType.INT64, moved.shape.clone());
        x.backend().reductions().scan(prod, moved.shape, Reductions.operand(work), Reductions.operand(moved));
        return work.transpose(d, x.dim() - 1).to(outType).contiguous();
    }

    private static boolean[] singleDim(Tensor x, long dim, String op) {
        int d = Shapes.wrapDim(dim, x.dim());
        boolean[] mask = new boolean[x.dim()];
        if (x.dim() > 0) {
            if (x.shape[d] == 0)
                throw new IndexOutOfBoundsException(op + "(): Expected reduction dim " + d + " to have non-zero size.");
            mask[d] = true;
        }
        return mask;
    }

    private static long count(Tensor x, boolean[] mask) {
        long n = 1;
        for (int d = 0; d < x.dim(); d++) if (mask[d]) n *= x.shape[d];
        return n;
    }

    /** PyTorch has no bool kernel for argmax/argmin. */
    private static void requireNotBool(Tensor x, String op) {
        if (x.dtype() == DType.BOOL) throw new IllegalArgumentException("\"" + op + "_cpu\" not implemented for 'Bool'");
    }

    private static void requireFloat(Tensor x, String op) {
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException(op + "(): could not infer output dtype. Input dtype must be either a floating point or"
                    + " complex dtype. Got: " + TypePromotion.scalarTypeName(x.dtype()));
    }
}
