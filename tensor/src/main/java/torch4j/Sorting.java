package torch4j;

import torch4j.backend.cpu.Parallel;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;
import torch4j.storage.StorageSize;

/**
 * sort, argsort, topk and kthvalue along one dim, with PyTorch 1.13's CPU results to the index:
 * the same algorithms ({@link StdSort}) over the same comparators, so ties and NaN land where
 * PyTorch puts them. NaN counts as the largest value (last ascending, first descending), and
 * -0.0 ties with 0.0.
 *
 * <p>Each row along the dim is moved into a per-thread buffer in its compute domain (double for
 * floating dtypes, long otherwise), turned into long keys whose {@code <} is PyTorch's
 * comparator, sorted together with the positions, and the values gathered back by position, so
 * the values written are exactly the input's (sign of zero, NaN payload). Rows are split over the
 * cores as ATen does (grain: 32768 elements).
 */
final class Sorting {
    private Sorting() {}

    // ---------------------------------------------------------------- public ops

    static ValuesIndices sort(Tensor x, long dim, boolean descending, boolean stable) {
        if (Recording.needed(x)) return IndexingGrad.picked("SortBackward0", x, dim, true, () -> sort(x, dim, descending, stable));
        int d = Shapes.wrapDim(dim, x.dim());
        long[] strides = denseStrides(x.shape, x.strides);
        Tensor values = new Tensor(Storage.allocate(x.dtype(), x.shape, strides), x.shape.clone(), strides, 0);
        Tensor indices = new Tensor(Storage.allocate(DType.INT64, x.shape, strides), x.shape.clone(), strides.clone(), 0);
        if (x.dim() == 0) {
            Conversions.copyInto(values, x);
            return new ValuesIndices("sort", values, indices);
        }
        int n = Math.toIntExact(x.shape[d]);
        forEachRow(x, values, indices, d, n, (w, src, vOff, iOff) -> {
            w.load(x.storage, src, (int) x.strides[d], n);
            w.encode(n, descending);
            if (stable) StdSort.stableSort(w.key, w.idx, n, w.scratchKeys(), w.scratchIdx());
            else StdSort.sort(w.key, w.idx, 0, n);
            w.store(values.storage, vOff, (int) values.strides[d], indices.storage, iOff, (int) indices.strides[d], n);
        });
        return new ValuesIndices("sort", values, indices);
    }

    static ValuesIndices topk(Tensor x, long k, long dim, boolean largest, boolean sorted) {
        if (Recording.needed(x)) return IndexingGrad.picked("TopkBackward0", x, dim, true, () -> topk(x, k, dim, largest, sorted));
        int d = Shapes.wrapDim(dim, x.dim());
        if (k < 0 || k > (x.dim() > 0 ? x.shape[d] : 1))
            throw new IllegalArgumentException("selected index k out of range");
        long[] shape = x.shape.clone();
        if (x.dim() > 0) shape[d] = k;
        Tensor values = Tensor.allocate(x.dtype(), shape);
        Tensor indices = Tensor.allocate(DType.INT64, shape.clone());
        if (x.dim() == 0) {
            Conversions.copyInto(values, x);
            return new ValuesIndices("topk", values, indices);
        }
        requireNotBool(x, "topk_cpu");
        if (k == 0) return new ValuesIndices("topk", values, indices);
        // a row is sorted in buffers, as ATen's topk sorts it in a vector of (value, int64 index)
        // pairs: a row longer than an array fails as that allocation would
        if (x.shape[d] > StorageSize.MAX_ELEMENTS) throw StorageSize.cannotAllocate(Math.multiplyExact(x.shape[d], 16));
        int n = (int) x.shape[d], kk = (int) k;
        forEachRow(x, values, indices, d, n, (w, src, vOff, iOff) -> {
            w.load(x.storage, src, (int) x.strides[d], n);
            w.encode(n, largest);
            if ((long) kk * 64 <= n) StdSort.partialSort(w.key, w.idx, 0, kk, n);
            else {
                StdSort.nthElement(w.key, w.idx, 0, kk - 1, n);
                if (sorted) StdSort.sort(w.key, w.idx, 0, kk - 1);
            }
            w.store(values.storage, vOff, (int) values.strides[d], indices.storage, iOff, (int) indices.strides[d], kk);
        });
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
        Tensor values = Tensor.allocate(x.dtype(), kept);
        Tensor indices = Tensor.allocate(DType.INT64, kept.clone());
        if (x.dim() == 0) {
            Conversions.copyInto(values, x);
            return new ValuesIndices("kthvalue", values, indices);
        }
        requireNotBool(x, "kthvalue_cpu");
        int n = (int) size, kth = (int) k - 1;
        forEachRow(x, values, indices, d, n, (w, src, vOff, iOff) -> {
            w.load(x.storage, src, (int) x.strides[d], n);
            w.encode(n, false);
            StdSort.quickSelect(w.key, w.idx, n, kth);
            w.idx[0] = w.idx[kth];
            w.store(values.storage, vOff, 1, indices.storage, iOff, 1, 1);
        });
        if (keepdim) return new ValuesIndices("kthvalue", values, indices);
        return new ValuesIndices("kthvalue", Views.squeeze(values, d), Views.squeeze(indices, d));
    }

    private static void requireNotBool(Tensor x, String kernel) {
        if (x.dtype() == DType.BOOL)
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for 'Bool'");
    }

    // ---------------------------------------------------------------- rows

    /** Per-thread rows: the values in their compute domain, the keys, and the positions. */
    private static final class Work {
        final boolean dbl;
        final double[] d, dOut;
        final long[] l, lOut, key, idx;
        private long[] tk, tv;

        Work(int n, boolean dbl) {
            this.dbl = dbl;
            d = dbl ? new double[n] : null;
            dOut = dbl ? new double[n] : null;
            l = dbl ? null : new long[n];
            lOut = dbl ? null : new long[n];
            key = new long[n];
            idx = new long[n];
        }

        long[] scratchKeys() { return tk == null ? tk = new long[key.length] : tk; }
        long[] scratchIdx() { return tv == null ? tv = new long[key.length] : tv; }

        void load(Storage s, int off, int stride, int n) {
            if (dbl) s.loadDouble(off, stride, n, d);
            else s.loadLong(off, stride, n, l);
        }

        /**
         * Keys whose signed order is PyTorch's: ascending with NaN last (all NaNs equal, -0.0
         * equal to 0.0); {@code reverse} complements them, which is the descending comparator.
         * Positions restart at 0.
         */
        void encode(int n, boolean reverse) {
            long flip = reverse ? -1L : 0L;
            if (dbl) {
                for (int i = 0; i < n; i++) {
                    double v = d[i];
                    long bits = Double.doubleToRawLongBits(v + 0.0);
                    long ordered = v != v ? Long.MAX_VALUE : bits ^ ((bits >> 63) & Long.MAX_VALUE);
                    key[i] = ordered ^ flip;
                }
            } else {
                for (int i = 0; i < n; i++) key[i] = l[i] ^ flip;
            }
            for (int i = 0; i < n; i++) idx[i] = i;
        }

        /** Writes the first {@code m} values (gathered from the row by position) and positions. */
        void store(Storage vs, int vOff, int vStride, Storage is, int iOff, int iStride, int m) {
            if (dbl) {
                for (int j = 0; j < m; j++) dOut[j] = d[(int) idx[j]];
                vs.storeDouble(vOff, vStride, m, dOut);
            } else {
                for (int j = 0; j < m; j++) lOut[j] = l[(int) idx[j]];
                vs.storeLong(vOff, vStride, m, lOut);
            }
            is.storeLong(iOff, iStride, m, idx);
        }
    }

    @FunctionalInterface
    private interface RowOp { void apply(Work w, int srcOffset, int valuesOffset, int indicesOffset); }

    /** Runs {@code op} on every row of {@code x} along {@code d} (length {@code n}), in parallel over rows. */
    private static void forEachRow(Tensor x, Tensor values, Tensor indices, int d, int n, RowOp op) {
        int outer = x.dim() - 1;
        long[] shape = Views.remove(x.shape, d);
        long[] sx = Views.remove(x.strides, d), sv = Views.remove(values.strides, d), si = Views.remove(indices.strides, d);
        long rows = Shapes.numel(shape);
        if (rows == 0 || (n == 0 && values.numel() == 0)) return;
        boolean dbl = x.dtype().isFloatingPoint();
        Parallel.forRange(rows, Math.max(1, Parallel.GRAIN / Math.max(n, 1)), (start, end) -> {
            Work w = new Work(n, dbl);
            for (long r = start; r < end; r++) {
                long ox = x.offset, ov = values.offset, oi = indices.offset, rem = r;
                for (int i = outer - 1; i >= 0; i--) {
                    long p = rem % shape[i];
                    rem /= shape[i];
                    ox += p * sx[i];
                    ov += p * sv[i];
                    oi += p * si[i];
                }
                op.apply(w, (int) ox, (int) ov, (int) oi);
            }
        });
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
