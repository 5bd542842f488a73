package torch4j;

import torch4j.backend.cpu.Kernels;
import torch4j.backend.cpu.Parallel;
import torch4j.backend.cpu.StridedLoop;

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

    /** {@code centers}: var's mean per output element, for {@link Reducer.Kind#SQDEV} (else null). */
    static void run(Tensor x, boolean[] reduced, Reducer.Kind kind, boolean dbl, double[] dacc, long[] lacc, double[] centers) {
        boolean prod = kind == Reducer.Kind.PROD;
        int nd = x.dim();
        // output strides: contiguous over kept dims (row-major, as the output is laid out), 0 on reduced dims
        long[] outStrides = new long[nd];
        long s = 1;
        int split = -1;   // the kept dim with the smallest input stride: the one the runs go along
        for (int d = nd - 1; d >= 0; d--) {
            if (reduced[d]) continue;
            outStrides[d] = s;
            s *= x.shape[d];
            if (x.shape[d] > 1 && (split < 0 || Math.abs(x.strides[d]) < Math.abs(x.strides[split]))) split = d;
        }
        if (prod) { java.util.Arrays.fill(dacc, 1); java.util.Arrays.fill(lacc, 1); }
        long extent = split < 0 ? 1 : x.shape[split];
        int parts = (int) Math.min(Parallel.threads(), Math.min(extent / 64, x.numel() / Parallel.GRAIN));
        if (parts <= 1) { fold(x, outStrides, 0, kind, dbl, dacc, lacc, centers); return; }
        final int dim = split;
        long step = Math.ceilDiv(extent, parts);   // overflow-free for any extent
        Parallel.forRange(parts, 1, (p0, p1) -> {
            for (long p = p0; p < p1; p++) {
                long start = Math.min(extent, p * step), len = Math.min(step, extent - start);
                if (len > 0) fold(x.narrow(dim, start, len), outStrides, start * outStrides[dim], kind, dbl, dacc, lacc, centers);
            }
        });
    }

    /** Folds all of {@code x} into the accumulators, the first output element at {@code accBase}. */
    private static void fold(Tensor x, long[] outStrides, long accBase, Reducer.Kind kind, boolean dbl, double[] dacc, long[] lacc,
                             double[] centers) {
        boolean prod = kind == Reducer.Kind.PROD, sqdev = kind == Reducer.Kind.SQDEV;
        StridedLoop.runSerial(x.shape, new long[][]{x.strides, outStrides}, new long[]{x.offset, accBase}, (off, st, n) -> {
            int o = off[1], os = st[1];
            if (dbl && !prod && !sqdev && os == 1) { x.storage.accumulateDouble(off[0], st[0], n, dacc, o); return; }
            if (st[0] == 0 && os == 0) {   // one value, n times, into one output: a broadcast dim of any length
                if (dbl) {
                    double v = x.storage.getDouble(off[0]);
                    if (sqdev) { double c = v - centers[o]; dacc[o] += Reducer.repeatedSum(c * c, n); }
                    else if (prod) dacc[o] = Reducer.repeatedProduct(dacc[o], v, n);
                    else dacc[o] += Reducer.repeatedSum(v, n);
                } else {
                    long v = x.storage.getLong(off[0]);
                    lacc[o] = prod ? lacc[o] * Reducer.wrappingPower(v, n) : lacc[o] + v * n;
                }
                return;
            }
            Kernels.Buffers b = Kernels.buffers();
            if (dbl) {
                double[] v = b.d[0];
                x.storage.loadDouble(off[0], st[0], n, v);
                if (sqdev && os == 0) { double t = 0, m = centers[o]; for (int i = 0; i < n; i++) t += (v[i] - m) * (v[i] - m); dacc[o] += t; }
                else if (sqdev) for (int i = 0; i < n; i++) { double c = v[i] - centers[o + i * os]; dacc[o + i * os] += c * c; }
                else if (prod) for (int i = 0; i < n; i++) dacc[o + i * os] *= v[i];
                else if (os == 0) { double t = 0; for (int i = 0; i < n; i++) t += v[i]; dacc[o] += t; }
                else for (int i = 0; i < n; i++) dacc[o + i * os] += v[i];
            } else {
                long[] v = b.l[0];
                x.storage.loadLong(off[0], st[0], n, v);
                if (prod) for (int i = 0; i < n; i++) lacc[o + i * os] *= v[i];
                else for (int i = 0; i < n; i++) lacc[o + i * os] += v[i];
            }
        });
    }
}
