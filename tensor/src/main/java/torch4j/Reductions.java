package torch4j;

import java.util.Arrays;
import torch4j.backend.Operand;
import torch4j.backend.ReductionKind;
import torch4j.storage.Shapes;
import torch4j.storage.StorageSize;

/**
 * Reductions over all elements or a set of dims, above the seam: the reduced-dim mask, PyTorch's
 * errors, the output's shape and dtype; the backend's {@code reduce} primitive fills a float64
 * (floating input) or int64 result per output, which is then cast to the result dtype; a float32
 * sum wanted in float32 (sum, mean) is accumulated in float32, in PyTorch's order.
 */
final class Reductions {
    private Reductions() {}

    /** Values and (for max/min) the indices of a reduction. */
    record Result(Tensor values, Tensor indices) {}

    /** Reduced dims as a sorted boolean mask; null or empty {@code dims} means all. */
    static boolean[] dimMask(Tensor x, long[] dims) {
        boolean[] mask = new boolean[x.dim()];
        if (dims == null || dims.length == 0) { Arrays.fill(mask, true); return mask; }
        boolean scalarSeen = false;   // a 0-dim tensor has no dims to mark, but dim 0 may still repeat
        for (long d : dims) {
            int w = Shapes.wrapDim(d, x.dim());
            if (x.dim() == 0 ? scalarSeen : mask[w])
                throw new IllegalArgumentException("dim " + w + " appears multiple times in the list of dims");
            if (x.dim() == 0) scalarSeen = true;
            else mask[w] = true;
        }
        return mask;
    }

    static Result reduce(Tensor x, ReductionKind kind, boolean[] reduced, boolean keepdim, DType outType, boolean wantIndex) {
        return reduce(x, kind, reduced, keepdim, outType, wantIndex, null);
    }

    /**
     * The reduction of {@code x} over the {@code reduced} dims; {@code centers} (float64, one per
     * output, row-major) are {@link ReductionKind#SQDEV}'s means. Counts are longs throughout, so
     * a view of any size (up to 2^63 - 1 elements, along broadcast dims) reduces; only the output
     * has to fit in memory.
     */
    static Result reduce(Tensor x, ReductionKind kind, boolean[] reduced, boolean keepdim, DType outType, boolean wantIndex,
                         Tensor centers) {
        int nd = x.dim();
        long outputs = 1, perOutput = 1;
        for (int d = 0; d < nd; d++) {
            if (reduced[d]) perOutput *= x.shape[d];
            else outputs *= x.shape[d];
        }
        if (perOutput == 0 && (kind == ReductionKind.MAX || kind == ReductionKind.MIN) && outputs > 0)
            throw new IllegalArgumentException((wantIndex ? "max(): " : "") + "Expected reduction dim to be specified for input.numel() == 0."
                    + " Specify the reduction dim with the 'dim' argument.");
        long[] outShape = keepdim ? keepShape(x.shape, reduced) : keptShape(x.shape, reduced);
        // the output as PyTorch allocates it decides the error for a huge one; the work arrays are below
        StorageSize.checkAllocatable(outShape, outType.itemSize());
        DType work = !x.dtype().isFloatingPoint() ? DType.INT64
                : kind == ReductionKind.SUM && x.dtype() == DType.FLOAT32 && outType == DType.FLOAT32 ? DType.FLOAT32   // PyTorch's float accumulation
                : DType.FLOAT64;
        Tensor raw = x.allocateLike(work, outShape);
        Tensor indices = wantIndex ? x.allocateLike(DType.INT64, outShape.clone()) : null;
        x.backend().reductions().reduce(kind, x.shape, reduced, operand(x), operand(raw),
                indices == null ? null : operand(indices), centers == null ? null : operand(centers));
        Tensor values = raw.dtype() == outType ? raw : Conversions.convert(raw, outType);
        return new Result(values, indices);
    }

    /** A tensor as a primitive's operand over its own shape. */
    static Operand operand(Tensor t) { return new Operand(t.storage, t.offset, t.strides); }

    static long[] keptShape(long[] shape, boolean[] reduced) {
        int n = 0;
        for (boolean r : reduced) if (!r) n++;
        long[] out = new long[n];
        for (int d = 0, k = 0; d < shape.length; d++) if (!reduced[d]) out[k++] = shape[d];
        return out;
    }

    static long[] keepShape(long[] shape, boolean[] reduced) {
        long[] out = shape.clone();
        for (int d = 0; d < out.length; d++) if (reduced[d]) out[d] = 1;
        return out;
    }
}
