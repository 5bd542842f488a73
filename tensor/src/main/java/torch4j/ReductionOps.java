package torch4j;

import torch4j.storage.Shapes;
import torch4j.storage.Storage;
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
        return Reductions.reduce(x, Reducer.Kind.SUM, Reductions.dimMask(x, dims), keepdim, accumulateType(x), false).values();
    }

    static Tensor prod(Tensor x, long[] dims, boolean keepdim) {
        if (Recording.needed(x)) return ReductionGrad.prod(x, dims, keepdim);
        return Reductions.reduce(x, Reducer.Kind.PROD, Reductions.dimMask(x, dims), keepdim, accumulateType(x), false).values();
    }

    static Tensor mean(Tensor x, long[] dims, boolean keepdim) {
        if (Recording.needed(x)) return ReductionGrad.mean(x, dims, keepdim);
        requireFloat(x, "mean");
        boolean[] mask = Reductions.dimMask(x, dims);
        long n = count(x, mask);
        Tensor s = Reductions.reduce(x, Reducer.Kind.SUM, mask, keepdim, DType.FLOAT64, false).values();
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
        Tensor sums = Reductions.reduce(x, Reducer.Kind.SUM, mask, false, DType.FLOAT64, false).values();
        double[] centers = (double[]) sums.div(n == 0 ? Double.NaN : n).storage.array();
        Tensor ss = Reductions.reduce(x, Reducer.Kind.SQDEV, mask, keepdim, DType.FLOAT64, false, centers).values();
        return ss.div((double) Math.max(0, n - correction)).to(x.dtype());
    }

    static Tensor std(Tensor x, long[] dims, long correction, boolean keepdim) {
        if (Recording.needed(x)) return ReductionGrad.var(x, dims, correction, keepdim, true);
        return var(x, dims, correction, keepdim).sqrt();
    }

    static Tensor extreme(Tensor x, Reducer.Kind kind) {
        if (Recording.needed(x)) return ReductionGrad.extreme(x, kind);
        if (x.numel() == 0)
            throw new IllegalArgumentException(kind.name().toLowerCase() + "(): Expected reduction dim to be specified for input.numel() == 0."
                    + " Specify the reduction dim with the 'dim' argument.");
        return Reductions.reduce(x, kind, Reductions.dimMask(x, null), false, x.dtype(), false).values();
    }

    static ValuesIndices extreme(Tensor x, Reducer.Kind kind, long dim, boolean keepdim) {
        if (Recording.needed(x)) return ReductionGrad.extreme(x, kind, dim, keepdim);
        boolean[] mask = singleDim(x, dim, kind.name().toLowerCase());
        Reductions.Result r = Reductions.reduce(x, kind, mask, keepdim, x.dtype(), true);
        return new ValuesIndices(kind.name().toLowerCase(), r.values(), r.indices());
    }

    static Tensor argExtreme(Tensor x, Reducer.Kind kind) {
        String name = kind == Reducer.Kind.MAX ? "argmax" : "argmin";
        if (x.numel() == 0)
            throw new IndexOutOfBoundsException(name + "(): Expected reduction dim to be specified for input.numel() == 0.");
        requireNotBool(x, name);
        return Reductions.reduce(x, kind, Reductions.dimMask(x, null), false, x.dtype(), true).indices();
    }

    static Tensor argExtreme(Tensor x, Reducer.Kind kind, long dim, boolean keepdim) {
        boolean[] mask = singleDim(x, dim, kind == Reducer.Kind.MAX ? "argmax" : "argmin");
        if (x.numel() > 0) requireNotBool(x, kind == Reducer.Kind.MAX ? "argmax" : "argmin");   // checked where a kernel runs
        // argmax allocates only its int64 indices: a huge output fails with their size
        StorageSize.checkAllocatable(keepdim ? Reductions.keepShape(x.shape, mask) : keptShape(x.shape, mask), DType.INT64.itemSize());
        return Reductions.reduce(x, kind, mask, keepdim, x.dtype(), true).indices();
    }

    /** all/any give bool (uint8 for uint8 input, as PyTorch 1.13). */
    static Tensor logical(Tensor x, Reducer.Kind kind, long[] dims, boolean keepdim) {
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
        long len = moved.shape[moved.dim() - 1], rows = len == 0 ? 0 : moved.numel() / len;
        Tensor work;
        if (outType.isFloatingPoint()) {
            double[] v = moved.toDoubleArray();
            for (long r = 0; r < rows; r++) {
                int base = (int) (r * len);
                for (int i = 1; i < len; i++) v[base + i] = prod ? v[base + i - 1] * v[base + i] : v[base + i - 1] + v[base + i];
            }
            work = new Tensor(Storage.wrap(v), moved.shape.clone(), Shapes.contiguousStrides(moved.shape), 0);
        } else {
            long[] v = moved.toLongArray();
            for (long r = 0; r < rows; r++) {
                int base = (int) (r * len);
                for (int i = 1; i < len; i++) v[base + i] = prod ? v[base + i - 1] * v[base + i] : v[base + i - 1] + v[base + i];
            }
            work = new Tensor(Storage.wrap(v), moved.shape.clone(), Shapes.contiguousStrides(moved.shape), 0);
        }
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

    private static long[] keptShape(long[] shape, boolean[] reduced) {
        int n = 0;
        for (boolean r : reduced) if (!r) n++;
        long[] out = new long[n];
        for (int d = 0, k = 0; d < shape.length; d++) if (!reduced[d]) out[k++] = shape[d];
        return out;
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
