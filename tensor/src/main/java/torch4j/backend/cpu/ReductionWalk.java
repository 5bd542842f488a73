package torch4j.backend.cpu;

import java.util.Arrays;
import torch4j.backend.ReductionKind;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * Walks the reduced sub-space of one output: an odometer over the outer dims, runs along the
 * last. Each walk dim carries its storage stride and its index stride (its row-major stride
 * in the reduced sub-space, for argmax/argmin). For an idempotent reduction, broadcast
 * (stride-0) dims are left out: their first element decides, so {@code expand(2^40).max()}
 * reads one element. Positions and counts are longs; only a run along a broadcast dim can be
 * longer than an array, and it is fed as one repeated value.
 */
final class ReductionWalk {
    final Storage storage;
    final long[] shape, strides, indexStrides;
    final boolean dbl;

    ReductionWalk(Storage storage, long[] redShape, long[] redStrides, boolean dbl, boolean skipBroadcast) {
        this.storage = storage;
        this.dbl = dbl;
        long[] rowMajor = Shapes.contiguousStrides(redShape);
        boolean empty = Shapes.numel(redShape) == 0;
        // coalesce back-to-back dims so a contiguous block is a single run
        long[] sh = new long[Math.max(redShape.length, 1)], st = new long[sh.length], is = new long[sh.length];
        int n = 0;
        for (int i = 0; i < redShape.length && !empty; i++) {
            if (redShape[i] == 1 || (skipBroadcast && redStrides[i] == 0)) continue;
            if (n > 0 && st[n - 1] == redStrides[i] * redShape[i] && is[n - 1] == rowMajor[i] * redShape[i]) {
                sh[n - 1] *= redShape[i]; st[n - 1] = redStrides[i]; is[n - 1] = rowMajor[i];
                continue;
            }
            sh[n] = redShape[i]; st[n] = redStrides[i]; is[n++] = rowMajor[i];
        }
        if (n == 0) { sh[0] = empty ? 0 : 1; st[0] = 1; is[0] = 1; n = 1; }
        this.shape = Arrays.copyOf(sh, n);
        this.strides = Arrays.copyOf(st, n);
        this.indexStrides = Arrays.copyOf(is, n);
    }

    boolean isSingleRun() { return shape.length == 1; }

    void feed(Reducer r, long base) {
        int nd = shape.length;
        long inner = shape[nd - 1];
        if (nd == 1) {   // one run per output: the common case, without the odometer
            if (inner != 0) run(r, base, strides[0], inner, 0, indexStrides[0]);
            return;
        }
        if (Shapes.numel(shape) == 0) return;
        long[] pos = new long[nd];
        while (true) {
            long off = base, first = 0;
            for (int d = 0; d < nd - 1; d++) { off += pos[d] * strides[d]; first += pos[d] * indexStrides[d]; }
            run(r, off, strides[nd - 1], inner, first, indexStrides[nd - 1]);
            int d = nd - 2;
            while (d >= 0 && ++pos[d] == shape[d]) pos[d--] = 0;
            if (d < 0) return;
        }
    }

    /**
     * Feeds {@code len} elements from {@code off} with {@code stride}; element i has index
     * {@code first + i * step}. A nonzero stride keeps a run inside an array, so {@code len}
     * then fits in an int; a zero stride is one value repeated, of any length.
     */
    void run(Reducer r, long off, long stride, long len, long first, long step) {
        // kept small: this and the sum below are the hot path of sum(dim) over many short rows
        if (stride == 0 && len > 1) { repeated(r, off, len, first); return; }
        if (dbl && r.kind == ReductionKind.SUM) { r.d += storage.sumDouble((int) off, (int) stride, (int) len); return; }
        chunked(r, (int) off, (int) stride, (int) len, first, step);
    }

    /** A run along a broadcast dim: one value, {@code len} times (len may pass any array's length). */
    private void repeated(Reducer r, long off, long len, long first) {
        if (dbl) r.acceptRepeated(storage.getDouble((int) off), len, first);
        else r.acceptRepeated(storage.getLong((int) off), len, first);
    }

    /** Any other run: through the chunk buffers (it lies inside one array, so ints suffice). */
    private void chunked(Reducer r, int off, int st, int n, long first, long step) {
        if (dbl && r.kind == ReductionKind.SQDEV) { r.d += squaredDeviations(off, st, n, r.center); return; }
        Kernels.Buffers buffers = Kernels.buffers();
        double[] db = buffers.d[3];
        long[] lb = buffers.l[3];
        for (int i = 0; i < n; i += StridedLoop.CHUNK) {
            int c = Math.min(StridedLoop.CHUNK, n - i);
            int o = off + i * st;
            if (dbl) { storage.loadDouble(o, st, c, db); r.accept(db, c, first + i * step, step); }
            else { storage.loadLong(o, st, c, lb); r.accept(lb, c, first + i * step, step); }
        }
    }

    /**
     * Σ (x - c)² over a run, in the order {@code Storage.sumDouble} sums a run: eight
     * accumulators over blocks of eight when contiguous, else one, the tail into the first;
     * so var gives the bits it gave when it summed a materialised (x - mean)² tensor.
     */
    private double squaredDeviations(int off, int stride, int n, double c) {
        double[] buf = Kernels.buffers().d[3];
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        for (int i = 0; i < n; i += StridedLoop.CHUNK) {   // CHUNK is a multiple of 8: blocks stay aligned
            int m = Math.min(StridedLoop.CHUNK, n - i);
            storage.loadDouble(off + i * stride, stride, m, buf);
            int j = 0;
            if (stride == 1) {
                for (; j + 7 < m; j += 8) {
                    double d0 = buf[j] - c, d1 = buf[j + 1] - c, d2 = buf[j + 2] - c, d3 = buf[j + 3] - c;
                    double d4 = buf[j + 4] - c, d5 = buf[j + 5] - c, d6 = buf[j + 6] - c, d7 = buf[j + 7] - c;
                    s0 += d0 * d0; s1 += d1 * d1; s2 += d2 * d2; s3 += d3 * d3;
                    s4 += d4 * d4; s5 += d5 * d5; s6 += d6 * d6; s7 += d7 * d7;
                }
            }
            for (; j < m; j++) { double d = buf[j] - c; s0 += d * d; }
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** One long run split over the cores; partial results are combined in order (deterministic). */
    Reducer splitRun(ReductionKind kind, long base, double center) {
        long len = shape[0];
        int parts = Parallel.threads();
        Reducer[] partial = new Reducer[parts];
        long step = Math.ceilDiv(len, parts);   // no len + parts - 1: len may be 2^63 - 1
        Parallel.forRange(parts, 1, (s, e) -> {
            for (long p = s; p < e; p++) {
                Reducer r = new Reducer(kind);
                r.center = center;
                long from = Math.min(len, p * step), n = Math.min(step, len - from);
                run(r, base + from * strides[0], strides[0], n, from * indexStrides[0], indexStrides[0]);
                partial[(int) p] = r;
            }
        });
        Reducer total = partial[0];
        for (int p = 1; p < parts; p++) total.combine(partial[p], dbl);
        return total;
    }
}
