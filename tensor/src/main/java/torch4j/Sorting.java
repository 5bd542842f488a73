package torch4j;

import torch4j.storage.Shapes;
import torch4j.storage.StorageSize;

/**
 * sort, argsort, topk and kthvalue along one dim, above the seam: PyTorch's argument checks and
 * errors, the outputs' shapes and layout, autograd; the backend's sort/topk/kthvalue primitives
 * order the rows (on the CPU with PyTorch 1.13's tie order: NaN largest, -0.0 equal to 0.0).
 */
final class Sorting {
    private Sorting() {}

    // ---------------------------------------------------------------- public ops

    static ValuesIndices sort(Tensor x, long dim, boolean descending, boolean stable) {
        if (Recording.needed(x)) return IndexingGrad.picked("SortBackward0", x, dim, true, () -> sort(x, dim, descending, stable));
        int d = Shapes.wrapDim(dim, x.dim());
        long[] strides = denseStrides(x.shape, x.strides);
        Tensor values = allocateStrided(x, x.dtype(), strides);
        Tensor indices = allocateStrided(x, DType.INT64, strides.clone());
        if (x.dim() == 0) {
            Conversions.copyInto(values, x);
            return new ValuesIndices("sort", values, indices);
        }
        Math.toIntExact(x.shape[d]);   // a row is sorted in arrays
        x.backend().reductions().sort(x.shape, d, descending, stable, Reductions.operand(values), Reductions.operand(indices),
                Reductions.operand(x));
        return new ValuesIndices("sort", values, indices);
    }

    static ValuesIndices topk(Tensor x, long k, long dim, boolean largest, boolean sorted) {
        if (Recording.needed(x)) return IndexingGrad.picked("TopkBackward0", x, dim, true, () -> topk(x, k, dim, largest, sorted));
        int d = Shapes.wrapDim(dim, x.dim());
        if (k < 0 || k > (x.dim() > 0 ? x.shape[d] : 1))
            throw new IllegalArgumentException("selected index k out of range");
        long[] shape = x.shape.clone();
        if (x.dim() > 0) shape[d] = k;
        Tensor values = x.allocateLike(x.dtype(), shape);
        Tensor indices = x.allocateLike(DType.INT64, shape.clone());
        if (x.dim() == 0) {
            Conversions.copyInto(values, x);
            return new ValuesIndices("topk", values, indices);
        }
        requireNotBool(x, "topk_cpu");
        if (k == 0) return new ValuesIndices("topk", values, indices);
        // a row is sorted in buffers, as ATen's topk sorts it in a vector of (value, int64 index)
        // pairs: a row longer than an array fails as that allocation would
        if (x.shape[d] > StorageSize.MAX_ELEMENTS) throw StorageSize.cannotAllocate(Math.multiplyExact(x.shape[d], 16));
        x.backend().reductions().topk(x.shape, d, (int) k, largest, sorted, Reductions.operand(values), Reductions.operand(indices),
                Reductions.operand(x));
        return new ValuesIndices("topk", values, indices);
    }

    static ValuesIndices kthvalue(Tensor x, long k, long dim, boolean keepdim) {
        if (Recording.needed(x)) return IndexingGrad.picked("KthvalueBackward0", x, dim, keepdim, () -> kthvalue(x, k, dim, keepdim));
        int d = Shapes.wrapDim(dim, x.dim());
        long size = x.dim() == 0 ? 1 : x.shape[d];
        if (x.dim() > 0 && size == 0)
            throw new IndexOutOfBoundsException("kthvalue(): Expected reduction dim " + d + " to have non-zero size.");
        if (k < 1 || k > size)
            throw new IllegalArgumentException("kthvalue(): selected number k out of range for dimension " + d);
        StorageSize.checkAllocatable(x.shape, x.dtype().itemSize());   // ATen's kthvalue selects in a contiguous clone of x
        long[] kept = x.shape.clone();
        if (x.dim() > 0) kept[d] = 1;
        Tensor values = x.allocateLike(x.dtype(), kept);
        Tensor indices = x.allocateLike(DType.INT64, kept.clone());
        if (x.dim() == 0) {
            Conversions.copyInto(values, x);
            return new ValuesIndices("kthvalue", values, indices);
        }
        requireNotBool(x, "kthvalue_cpu");
        x.backend().reductions().kthvalue(x.shape, d, (int) k, Reductions.operand(values), Reductions.operand(indices),
                Reductions.operand(x));
        if (keepdim) return new ValuesIndices("kthvalue", values, indices);
        return new ValuesIndices("kthvalue", Views.squeeze(values, d), Views.squeeze(indices, d));
    }

    private static void requireNotBool(Tensor x, String kernel) {
        if (x.dtype() == DType.BOOL)
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for 'Bool'");
    }

    /** A zero-filled tensor of x's shape with {@code strides} (dense, in any order: empty_strided) on x's device. */
    static Tensor allocateStrided(Tensor x, DType dtype, long[] strides) {
        long[] shape = x.shape.clone();
        Tensor flat = x.allocateLike(dtype, new long[]{StorageSize.stridedBytes(shape, strides, dtype.itemSize()) / dtype.itemSize()});
        return new Tensor(flat.storage, shape, strides, 0);
    }

    // ---------------------------------------------------------------- output layout

    /**
     * Strides of an output laid out like the input, as PyTorch's empty_like (preserve format):
     * the input's own strides when they are non-overlapping and dense, else dense strides in the
     * input's memory order (stride-0 dims keep their place), as at::infer_dense_strides.
     */
    static long[] denseStrides(long[] shape, long[] strides) {
        int nd = shape.length;
        if (isNonOverlappingAndDense(shape, strides)) return strides.clone();
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++) perm[i] = nd - 1 - i;
        for (int i = 1; i < nd; i++) {
            int dim1 = i;
            for (int j = 1; j <= i; j++) {
                int dim0 = i - j;
                int cmp = shouldSwap(shape, strides, perm[dim0], perm[dim1]);
                if (cmp > 0) {
                    int t = perm[dim0]; perm[dim0] = perm[dim1]; perm[dim1] = t;
                    dim1 = dim0;
                } else if (cmp < 0) break;
            }
        }
        long[] out = new long[nd];
        long stride = 1;
        for (int i = 0; i < nd; i++) {
            int dim = perm[i];
            out[dim] = stride;
            if (shape[dim] > 1) stride *= shape[dim];
        }
        return out;
    }

    private static int shouldSwap(long[] shape, long[] strides, int dim0, int dim1) {
        long s0 = strides[dim0], s1 = strides[dim1];
        if (s0 == 0 || s1 == 0) return 0;
        if (s0 < s1) return -1;
        if (s0 > s1) return 1;
        return shape[dim0] > shape[dim1] ? 1 : 0;
    }

    private static boolean isNonOverlappingAndDense(long[] shape, long[] strides) {
        int nd = shape.length;
        if (nd == 1) return shape[0] < 2 || strides[0] == 1;
        Integer[] perm = new Integer[nd];
        for (int i = 0; i < nd; i++) perm[i] = i;
        java.util.Arrays.sort(perm, (a, b) -> {
            boolean smallA = shape[a] < 2, smallB = shape[b] < 2;
            if (smallA != smallB) return smallA ? 1 : -1;
            return smallA ? 0 : Long.compare(strides[a], strides[b]);
        });
        long required = 1;
        for (int dim : perm) {
            if (shape[dim] < 2) return true;
            if (strides[dim] != required) return false;
            required *= shape[dim];
        }
        return true;
    }
}
