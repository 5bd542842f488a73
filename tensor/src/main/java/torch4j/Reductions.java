package torch4j;

import java.util.Arrays;
import torch4j.backend.cpu.Parallel;
import torch4j.backend.cpu.StridedLoop;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * Reductions over all elements or a set of dims: the kept dims index the output, the reduced
 * dims are walked per output in runs of {@link StridedLoop#CHUNK}, fed to a {@link Reducer}.
 * Work is split over outputs, or — for a single output over a long run — over the run itself.
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

    static Result reduce(Tensor x, Reducer.Kind kind, boolean[] reduced, boolean keepdim, DType outType, boolean wantIndex) {
        int nd = x.dim();
        int nKept = 0;
        for (int d = 0; d < nd; d++) if (!reduced[d]) nKept++;
        long[] keptShape = new long[nKept], keptStrides = new long[nKept];
        long[] redShape = new long[nd - nKept], redStrides = new long[nd - nKept];
        for (int d = 0, k = 0, r = 0; d < nd; d++) {
            if (reduced[d]) { redShape[r] = x.shape[d]; redStrides[r++] = x.strides[d]; }
            else { keptShape[k] = x.shape[d]; keptStrides[k++] = x.strides[d]; }
        }
        long outputs = Shapes.numel(keptShape), perOutput = Shapes.numel(redShape);
        if (perOutput == 0 && (kind == Reducer.Kind.MAX || kind == Reducer.Kind.MIN) && outputs > 0)
            throw new IllegalArgumentException((wantIndex ? "max(): " : "") + "Expected reduction dim to be specified for input.numel() == 0."
                    + " Specify the reduction dim with the 'dim' argument.");
        boolean dbl = x.dtype().isFloatingPoint();
        double[] dv = new double[(int) outputs];
        long[] lv = new long[(int) outputs];
        long[] idx = wantIndex ? new long[(int) outputs] : null;
        Walk walk = new Walk(x.storage, redShape, redStrides, dbl);
        if (outputs > 1 && (kind == Reducer.Kind.SUM || kind == Reducer.Kind.PROD) && innermostKept(x, reduced)) {
            OuterAccumulation.run(x, reduced, kind == Reducer.Kind.PROD, dbl, dv, lv);
        } else if (outputs == 1 && perOutput >= 2 * Parallel.GRAIN && walk.isSingleRun()) {
            Reducer r = walk.splitRun(kind, x.offset, perOutput);
            dv[0] = r.d; lv[0] = r.l;
            if (idx != null) idx[0] = r.index;
        } else {
            long grain = Math.max(1, Parallel.GRAIN / Math.max(perOutput, 1));
            Parallel.forRange(outputs, grain, (start, end) -> {
                Reducer r = new Reducer(kind);
                long[] pos = new long[keptShape.length];
                for (long o = start; o < end; o++) {
                    long off = x.offset, rem = o;
                    for (int d = keptShape.length - 1; d >= 0; d--) { pos[d] = rem % keptShape[d]; rem /= keptShape[d]; }
                    for (int d = 0; d < keptShape.length; d++) off += pos[d] * keptStrides[d];
                    r.reset();
                    walk.feed(r, off);
                    dv[(int) o] = r.d; lv[(int) o] = r.l;
                    if (idx != null) idx[(int) o] = r.index;
                }
            });
        }
        long[] outShape = keepdim ? keepShape(x.shape, reduced) : keptShape;
        long[] outStrides = Shapes.contiguousStrides(outShape);
        Tensor raw = dbl ? new Tensor(Storage.wrap(dv), outShape, outStrides, 0) : new Tensor(Storage.wrap(lv), outShape, outStrides, 0);
        Tensor values = raw.dtype() == outType ? raw : Conversions.convert(raw, outType);
        Tensor indices = idx == null ? null : new Tensor(Storage.wrap(idx), outShape.clone(), outStrides.clone(), 0);
        return new Result(values, indices);
    }

    /** Whether the dim with the smallest stride is kept: then accumulating whole rows into the output vectorises. */
    private static boolean innermostKept(Tensor x, boolean[] reduced) {
        int best = -1;
        for (int d = 0; d < x.dim(); d++)
            if (x.shape[d] != 1 && (best < 0 || Math.abs(x.strides[d]) < Math.abs(x.strides[best]))) best = d;
        return best >= 0 && !reduced[best];
    }

    static long[] keepShape(long[] shape, boolean[] reduced) {
        long[] out = shape.clone();
        for (int d = 0; d < out.length; d++) if (reduced[d]) out[d] = 1;
        return out;
    }

    /** Walks the reduced sub-space of one output: an odometer over the outer dims, runs along the last. */
    private static final class Walk {
        final Storage storage;
        final long[] shape, strides;
        final boolean dbl;

        Walk(Storage storage, long[] redShape, long[] redStrides, boolean dbl) {
            this.storage = storage;
            this.dbl = dbl;
            // coalesce back-to-back dims so a contiguous block is a single run
            long[] sh = new long[Math.max(redShape.length, 1)], st = new long[sh.length];
            int n = 0;
            for (int i = 0; i < redShape.length; i++) {
                if (redShape[i] == 1) continue;
                if (n > 0 && st[n - 1] == redStrides[i] * redShape[i]) { sh[n - 1] *= redShape[i]; st[n - 1] = redStrides[i]; continue; }
                sh[n] = redShape[i]; st[n++] = redStrides[i];
            }
            if (n == 0) { sh[0] = Shapes.numel(redShape) == 0 ? 0 : 1; st[0] = 1; n = 1; }
            this.shape = Arrays.copyOf(sh, n);
            this.strides = Arrays.copyOf(st, n);
        }

        boolean isSingleRun() { return shape.length == 1; }

        void feed(Reducer r, long base) {
            int nd = shape.length;
            long total = Shapes.numel(shape);
            if (total == 0) return;
            long inner = shape[nd - 1];
            int innerStride = (int) strides[nd - 1];
            long[] pos = new long[nd];
            long count = 0;
            while (true) {
                long off = base;
                for (int d = 0; d < nd - 1; d++) off += pos[d] * strides[d];
                run(r, off, innerStride, inner, count);
                count += inner;
                int d = nd - 2;
                while (d >= 0 && ++pos[d] == shape[d]) pos[d--] = 0;
                if (d < 0) return;
            }
        }

        /** Feeds {@code len} elements from {@code off} with {@code stride}; {@code first} is the index of the first. */
        void run(Reducer r, long off, int stride, long len, long first) {
            if (dbl && r.kind == Reducer.Kind.SUM) { r.d += storage.sumDouble((int) off, stride, (int) len); return; }
            torch4j.backend.cpu.Kernels.Buffers buffers = torch4j.backend.cpu.Kernels.buffers();
            double[] db = buffers.d[3];
            long[] lb = buffers.l[3];
            for (long i = 0; i < len; i += StridedLoop.CHUNK) {
                int n = (int) Math.min(StridedLoop.CHUNK, len - i);
                int o = (int) (off + i * stride);
                if (dbl) { storage.loadDouble(o, stride, n, db); r.accept(db, n, first + i); }
                else { storage.loadLong(o, stride, n, lb); r.accept(lb, n, first + i); }
            }
        }

        /** One long run split over the cores; partial results are combined in order (deterministic). */
        Reducer splitRun(Reducer.Kind kind, long base, long len) {
            int parts = Parallel.threads();
            Reducer[] partial = new Reducer[parts];
            long step = (len + parts - 1) / parts;
            Parallel.forRange(parts, 1, (s, e) -> {
                for (long p = s; p < e; p++) {
                    Reducer r = new Reducer(kind);
                    long from = p * step, n = Math.max(0, Math.min(len, from + step) - from);
                    run(r, base + from * strides[0], (int) strides[0], n, from);
                    partial[(int) p] = r;
                }
            });
            Reducer total = partial[0];
            for (int p = 1; p < parts; p++) total.combine(partial[p], dbl);
            return total;
        }
    }
}
