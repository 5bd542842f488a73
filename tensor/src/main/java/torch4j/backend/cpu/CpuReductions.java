package torch4j.backend.cpu;

import torch4j.backend.Operand;
import torch4j.backend.ReductionKind;
import torch4j.backend.ReductionPrimitives;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * The CPU's reductions: the kept dims index the outputs, the reduced dims are walked per output
 * in runs of {@link StridedLoop#CHUNK} ({@link ReductionWalk}) and fed to a {@link Reducer}.
 * Work is split over outputs, or, for a single output over a long run, over the run itself;
 * reductions over outer dims accumulate whole rows ({@link OuterAccumulation}). Element counts and
 * positions are longs throughout, so a broadcast view of any size reduces correctly.
 * Sorting and selection live in {@link CpuSorting}.
 */
final class CpuReductions implements ReductionPrimitives {
    @Override
    public void reduce(ReductionKind kind, long[] shape, boolean[] reduced, Operand x, Operand values, Operand indices, Operand centers) {
        int nd = shape.length;
        int nKept = 0;
        for (int d = 0; d < nd; d++) if (!reduced[d]) nKept++;
        long[] keptShape = new long[nKept], keptStrides = new long[nKept];
        long[] redShape = new long[nd - nKept], redStrides = new long[nd - nKept];
        long[] xs = x.strides();
        for (int d = 0, k = 0, r = 0; d < nd; d++) {
            if (reduced[d]) { redShape[r] = shape[d]; redStrides[r++] = xs[d]; }
            else { keptShape[k] = shape[d]; keptStrides[k++] = xs[d]; }
        }
        long outputs = Shapes.numel(keptShape), perOutput = Shapes.numel(redShape);
        boolean dbl = x.storage().dtype().isFloatingPoint();
        // the accumulators are the outputs' own arrays when they start at 0 (the op layer's fresh outputs)
        double[] dv = dbl ? doubles(values, outputs) : new double[0];
        long[] lv = dbl ? new long[0] : longs(values, outputs);
        long[] idx = indices == null ? null : longs(indices, outputs);
        double[] cs = centers == null ? null : doubles(centers, outputs);
        long base = x.offset();
        ReductionWalk walk = new ReductionWalk(x.storage(), redShape, redStrides, dbl, kind.idempotent());
        if (outputs > 1 && (kind == ReductionKind.SUM || kind == ReductionKind.PROD || kind == ReductionKind.SQDEV)
                && innermostKept(shape, xs, reduced)) {
            OuterAccumulation.run(x.storage(), shape, xs, base, reduced, kind, dbl, dv, lv, cs);
        } else if (outputs == 1 && perOutput >= 2 * Parallel.GRAIN && walk.isSingleRun()) {
            Reducer r = walk.splitRun(kind, base, cs == null ? 0 : cs[0]);
            if (dbl) dv[0] = r.d; else lv[0] = r.l;
            if (idx != null) idx[0] = r.index;
        } else {
            long grain = Math.max(1, Parallel.GRAIN / Math.max(perOutput, 1));
            Parallel.forRange(outputs, grain, (start, end) -> {
                Reducer r = new Reducer(kind);
                long[] pos = new long[keptShape.length];
                for (long o = start; o < end; o++) {
                    long off = base, rem = o;
                    for (int d = keptShape.length - 1; d >= 0; d--) { pos[d] = rem % keptShape[d]; rem /= keptShape[d]; }
                    for (int d = 0; d < keptShape.length; d++) off += pos[d] * keptStrides[d];
                    r.reset();
                    if (cs != null) r.center = cs[(int) o];
                    walk.feed(r, off);
                    if (dbl) dv[(int) o] = r.d; else lv[(int) o] = r.l;
                    if (idx != null) idx[(int) o] = r.index;
                }
            });
        }
        if (dbl) writeBack(values, dv); else writeBack(values, lv);
        if (idx != null) writeBack(indices, idx);
    }

    /** Whether the dim with the smallest stride is kept: then accumulating whole rows into the output vectorises. */
    private static boolean innermostKept(long[] shape, long[] strides, boolean[] reduced) {
        int best = -1;
        for (int d = 0; d < shape.length; d++)
            if (shape[d] != 1 && (best < 0 || Math.abs(strides[d]) < Math.abs(strides[best]))) best = d;
        return best >= 0 && !reduced[best];
    }

    /** The dense float64 elements of {@code o} from its offset: its array itself at offset 0, else a copy. */
    private static double[] doubles(Operand o, long n) {
        double[] a = (double[]) o.storage().array();
        if (o.offset() == 0) return a;
        double[] copy = new double[(int) n];
        System.arraycopy(a, (int) o.offset(), copy, 0, (int) n);
        return copy;
    }

    private static long[] longs(Operand o, long n) {
        long[] a = (long[]) o.storage().array();
        if (o.offset() == 0) return a;
        long[] copy = new long[(int) n];
        System.arraycopy(a, (int) o.offset(), copy, 0, (int) n);
        return copy;
    }

    private static void writeBack(Operand o, Object acc) {
        Object a = o.storage().array();
        if (a != acc) System.arraycopy(acc, 0, a, (int) o.offset(), java.lang.reflect.Array.getLength(acc));
    }

    @Override
    public void scan(boolean prod, long[] shape, Operand out, Operand x) {
        Elementwise.copy(shape, new Operand(out.storage(), out.offset(), Shapes.contiguousStrides(shape)), x);
        long len = shape.length == 0 ? 1 : shape[shape.length - 1], n = Shapes.numel(shape);
        long rows = len == 0 ? 0 : n / len;
        int off = (int) out.offset();
        if (out.storage().array() instanceof double[] v) {
            for (long r = 0; r < rows; r++) {
                int b = off + (int) (r * len);
                for (int i = 1; i < len; i++) v[b + i] = prod ? v[b + i - 1] * v[b + i] : v[b + i - 1] + v[b + i];
            }
        } else {
            long[] v = (long[]) out.storage().array();
            for (long r = 0; r < rows; r++) {
                int b = off + (int) (r * len);
                for (int i = 1; i < len; i++) v[b + i] = prod ? v[b + i - 1] * v[b + i] : v[b + i - 1] + v[b + i];
            }
        }
    }

    @Override
    public void cumulativeExtreme(boolean max, long[] shape, Operand out, Operand indices, Operand x) {
        CpuScans.cumulativeExtreme(max, shape, out, indices, x);
    }

    @Override
    public void logcumsumexp(long[] shape, Operand out, Operand x) {
        CpuScans.logcumsumexp(shape, out, x);
    }

    @Override
    public void sort(long[] shape, int dim, boolean descending, boolean stable, Operand values, Operand indices, Operand x) {
        CpuSorting.sort(shape, dim, descending, stable, values, indices, x);
    }

    @Override
    public void topk(long[] shape, int dim, int k, boolean largest, boolean sorted, Operand values, Operand indices, Operand x) {
        CpuSorting.topk(shape, dim, k, largest, sorted, values, indices, x);
    }

    @Override
    public void kthvalue(long[] shape, int dim, int k, Operand values, Operand indices, Operand x) {
        CpuSorting.kthvalue(shape, dim, k, values, indices, x);
    }

    @Override
    public void softmax(boolean log, long outer, long size, long inner, Operand out, Operand x) {
        CpuSoftmax.forward(log, outer, size, inner, out, x);
    }

    @Override
    public void softmaxBackward(boolean log, long outer, long size, long inner, Operand out, Operand g, Operand y) {
        CpuSoftmax.backward(log, outer, size, inner, out, g, y);
    }

    @Override
    public void nllLoss(int reduction, long ignoreIndex, long rows, long classes, Operand out, Operand totalWeight, Operand x,
                        Operand target, Operand weight) {
        CpuLosses.nll(reduction, ignoreIndex, rows, classes, out, totalWeight, x, target, weight);
    }

    @Override
    public void nllLossBackward(int reduction, long ignoreIndex, long rows, long classes, Operand out, Operand g, Operand target,
                                Operand weight, Operand totalWeight) {
        CpuLosses.nllBackward(reduction, ignoreIndex, rows, classes, out, g, target, weight, totalWeight);
    }

    @Override
    public void mseLoss(long n, boolean mean, Operand out, Operand a, Operand b) { CpuLosses.mse(n, mean, out, a, b); }

    @Override
    public void mseLossBackward(long n, boolean mean, Operand out, Operand a, Operand b, Operand g) {
        CpuLosses.mseBackward(n, mean, out, a, b, g);
    }
}
