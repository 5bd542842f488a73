package torch4j.backend.cpu;

import torch4j.backend.Operand;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * sort, topk and kthvalue rows on the CPU, with PyTorch 1.13's CPU results to the index: the same
 * algorithms ({@link StdSort}) over the same comparators, so ties and NaN land where PyTorch puts
 * them. NaN counts as the largest value (last ascending, first descending), and -0.0 ties with 0.0.
 *
 * <p>Each row along the dim is moved into a per-thread buffer in its compute domain (double for
 * floating dtypes, long otherwise), turned into long keys whose {@code <} is PyTorch's
 * comparator, sorted together with the positions, and the values gathered back by position, so
 * the values written are exactly the input's (sign of zero, NaN payload). Rows are split over the
 * cores as ATen does (grain: 32768 elements).
 */
final class CpuSorting {
    private CpuSorting() {}

    static void sort(long[] shape, int d, boolean descending, boolean stable, Operand values, Operand indices, Operand x) {
        int n = Math.toIntExact(shape[d]);
        int sx = (int) x.strides()[d], sv = (int) values.strides()[d], si = (int) indices.strides()[d];
        forEachRow(shape, d, n, values, indices, x, (w, src, vOff, iOff) -> {
            w.load(x.storage(), src, sx, n);
            w.encode(n, descending);
            if (stable) StdSort.stableSort(w.key, w.idx, n, w.scratchKeys(), w.scratchIdx());
            else StdSort.sort(w.key, w.idx, 0, n);
            w.store(values.storage(), vOff, sv, indices.storage(), iOff, si, n);
        });
    }

    static void topk(long[] shape, int d, int kk, boolean largest, boolean sorted, Operand values, Operand indices, Operand x) {
        int n = (int) shape[d];
        int sx = (int) x.strides()[d], sv = (int) values.strides()[d], si = (int) indices.strides()[d];
        forEachRow(shape, d, n, values, indices, x, (w, src, vOff, iOff) -> {
            w.load(x.storage(), src, sx, n);
            w.encode(n, largest);
            if ((long) kk * 64 <= n) StdSort.partialSort(w.key, w.idx, 0, kk, n);
            else {
                StdSort.nthElement(w.key, w.idx, 0, kk - 1, n);
                if (sorted) StdSort.sort(w.key, w.idx, 0, kk - 1);
            }
            w.store(values.storage(), vOff, sv, indices.storage(), iOff, si, kk);
        });
    }

    static void kthvalue(long[] shape, int d, int k, Operand values, Operand indices, Operand x) {
        int n = (int) shape[d], kth = k - 1, sx = (int) x.strides()[d];
        forEachRow(shape, d, n, values, indices, x, (w, src, vOff, iOff) -> {
            w.load(x.storage(), src, sx, n);
            w.encode(n, false);
            StdSort.quickSelect(w.key, w.idx, n, kth);
            w.idx[0] = w.idx[kth];
            w.store(values.storage(), vOff, 1, indices.storage(), iOff, 1, 1);
        });
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
    private static void forEachRow(long[] xShape, int d, int n, Operand values, Operand indices, Operand x, RowOp op) {
        int outer = xShape.length - 1;
        long[] shape = remove(xShape, d);
        long[] sx = remove(x.strides(), d), sv = remove(values.strides(), d), si = remove(indices.strides(), d);
        long rows = Shapes.numel(shape);
        if (rows == 0 || n == 0) return;
        boolean dbl = x.storage().dtype().isFloatingPoint();
        long x0 = x.offset(), v0 = values.offset(), i0 = indices.offset();
        Parallel.forRange(rows, Math.max(1, Parallel.GRAIN / Math.max(n, 1)), (start, end) -> {
            Work w = new Work(n, dbl);
            for (long r = start; r < end; r++) {
                long ox = x0, ov = v0, oi = i0, rem = r;
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

    private static long[] remove(long[] a, int d) {
        long[] out = new long[a.length - 1];
        for (int i = 0, j = 0; i < a.length; i++) if (i != d) out[j++] = a[i];
        return out;
    }
}
