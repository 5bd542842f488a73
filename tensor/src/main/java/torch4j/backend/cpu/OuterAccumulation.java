package torch4j.backend.cpu;

import torch4j.backend.ReductionKind;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * Sum, product or sum of squared deviations (var) over dims that are not the innermost, done as
 * ATen's TensorIterator does it: walk the input in layout order with an output operand whose
 * strides are 0 on reduced dims, and fold each run into the output accumulators
 * ({@code acc[j] += x[j]}, one pass straight from the typed array, a loop the JIT vectorises).
 * Work is split over the cores along the innermost kept dim, so each thread owns a disjoint set of
 * output elements. A run along a broadcast dim folds as one repeated value (see
 * {@link Reducer#acceptRepeated(double, long, long)}), however long.
 */
final class OuterAccumulation {
    private OuterAccumulation() {}

    /** {@code centers}: var's mean per output element, for {@link ReductionKind#SQDEV} (else null). */
    static void run(Storage x, long[] shape, long[] strides, long offset, boolean[] reduced, ReductionKind kind, boolean dbl,
                    double[] dacc, long[] lacc, double[] centers) {
        boolean prod = kind == ReductionKind.PROD;
        int nd = shape.length;
        // output strides: contiguous over kept dims (row-major, as the output is laid out), 0 on reduced dims
        long[] outStrides = new long[nd];
        long s = 1;
        int split = -1;   // the kept dim with the smallest input stride: the one the runs go along
        for (int d = nd - 1; d >= 0; d--) {
            if (reduced[d]) continue;
            outStrides[d] = s;
            s *= shape[d];
            if (shape[d] > 1 && (split < 0 || Math.abs(strides[d]) < Math.abs(strides[split]))) split = d;
        }
        if (prod) { java.util.Arrays.fill(dacc, 1); java.util.Arrays.fill(lacc, 1); }
        long extent = split < 0 ? 1 : shape[split];
        int parts = (int) Math.min(Parallel.threads(), Math.min(extent / 64, Shapes.numel(shape) / Parallel.GRAIN));
        if (parts <= 1) { fold(x, shape, strides, offset, outStrides, 0, kind, dbl, dacc, lacc, centers); return; }
        final int dim = split;
        long step = Math.ceilDiv(extent, parts);   // overflow-free for any extent
        Parallel.forRange(parts, 1, (p0, p1) -> {
            for (long p = p0; p < p1; p++) {
                long start = Math.min(extent, p * step), len = Math.min(step, extent - start);
                if (len <= 0) continue;
                long[] part = shape.clone();   // the slice [start, start + len) along dim
                part[dim] = len;
                fold(x, part, strides, offset + start * strides[dim], outStrides, start * outStrides[dim], kind, dbl, dacc, lacc, centers);
            }
        });
    }

    /** Folds all of {@code x} into the accumulators, the first output element at {@code accBase}. */
    private static void fold(Storage x, long[] shape, long[] strides, long offset, long[] outStrides, long accBase, ReductionKind kind,
                             boolean dbl, double[] dacc, long[] lacc, double[] centers) {
        boolean prod = kind == ReductionKind.PROD, sqdev = kind == ReductionKind.SQDEV;
        StridedLoop.runSerial(shape, new long[][]{strides, outStrides}, new long[]{offset, accBase}, (off, st, n) -> {
            int o = off[1], os = st[1];
            if (dbl && !prod && !sqdev && os == 1) { x.accumulateDouble(off[0], st[0], n, dacc, o); return; }
            if (st[0] == 0 && os == 0) {   // one value, n times, into one output: a broadcast dim of any length
                if (dbl) {
                    double v = x.getDouble(off[0]);
                    if (sqdev) { double c = v - centers[o]; dacc[o] += Reducer.repeatedSum(c * c, n); }
                    else if (prod) dacc[o] = Reducer.repeatedProduct(dacc[o], v, n);
                    else dacc[o] += Reducer.repeatedSum(v, n);
                } else {
                    long v = x.getLong(off[0]);
                    lacc[o] = prod ? lacc[o] * Reducer.wrappingPower(v, n) : lacc[o] + v * n;
                }
                return;
            }
            Kernels.Buffers b = Kernels.buffers();
            if (dbl) {
                double[] v = b.d[0];
                x.loadDouble(off[0], st[0], n, v);
                if (sqdev && os == 0) { double t = 0, m = centers[o]; for (int i = 0; i < n; i++) t += (v[i] - m) * (v[i] - m); dacc[o] += t; }
                else if (sqdev) for (int i = 0; i < n; i++) { double c = v[i] - centers[o + i * os]; dacc[o + i * os] += c * c; }
                else if (prod) for (int i = 0; i < n; i++) dacc[o + i * os] *= v[i];
                else if (os == 0) { double t = 0; for (int i = 0; i < n; i++) t += v[i]; dacc[o] += t; }
                else for (int i = 0; i < n; i++) dacc[o + i * os] += v[i];
            } else {
                long[] v = b.l[0];
                x.loadLong(off[0], st[0], n, v);
                if (prod) for (int i = 0; i < n; i++) lacc[o + i * os] *= v[i];
                else for (int i = 0; i < n; i++) lacc[o + i * os] += v[i];
            }
        });
    }
}
