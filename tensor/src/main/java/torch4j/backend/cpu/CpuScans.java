package torch4j.backend.cpu;

import torch4j.backend.Operand;
import torch4j.storage.Shapes;

/**
 * Sequential scans along the last dim whose step is not a plain sum or product: cummax/cummin
 * with their indices and logcumsumexp, each as ATen 1.13's CPU loop takes its steps. The input
 * is first copied (cast) into the dense output, as {@code scan} does, then each row is walked.
 */
final class CpuScans {
    private CpuScans() {}

    static void cumulativeExtreme(boolean max, long[] shape, Operand out, Operand indices, Operand x) {
        Elementwise.copy(shape, new Operand(out.storage(), out.offset(), Shapes.contiguousStrides(shape)), x);
        long len = shape.length == 0 ? 1 : shape[shape.length - 1], n = Shapes.numel(shape);
        long rows = len == 0 ? 0 : n / len;
        int off = (int) out.offset(), ioff = (int) indices.offset();
        long[] idx = (long[]) indices.storage().array();
        Parallel.forRange(rows, Math.max(1, Parallel.GRAIN / Math.max(len, 1)), (start, end) -> {
            for (long r = start; r < end; r++) {
                int b = off + (int) (r * len), ib = ioff + (int) (r * len);
                if (out.storage().array() instanceof double[] v) {
                    double best = v[b];
                    long at = 0;
                    for (int i = 0; i < len; i++) {
                        double e = v[b + i];
                        // x >= out (cummax) or x <= out (cummin) takes over, and NaN always does
                        if (e != e || (best == best && (max ? e >= best : e <= best))) { best = e; at = i; }
                        v[b + i] = best;
                        idx[ib + i] = at;
                    }
                } else {
                    long[] v = (long[]) out.storage().array();
                    long best = v[b], at = 0;
                    for (int i = 0; i < len; i++) {
                        long e = v[b + i];
                        if (max ? e >= best : e <= best) { best = e; at = i; }
                        v[b + i] = best;
                        idx[ib + i] = at;
                    }
                }
            }
        });
    }

    static void logcumsumexp(long[] shape, Operand out, Operand x) {
        Elementwise.copy(shape, new Operand(out.storage(), out.offset(), Shapes.contiguousStrides(shape)), x);
        long len = shape.length == 0 ? 1 : shape[shape.length - 1], n = Shapes.numel(shape);
        long rows = len == 0 ? 0 : n / len;
        int off = (int) out.offset();
        double[] v = (double[]) out.storage().array();
        Parallel.forRange(rows, Math.max(1, Parallel.GRAIN / Math.max(len, 1)), (start, end) -> {
            for (long r = start; r < end; r++) {
                int b = off + (int) (r * len);
                double cum = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < len; i++) {
                    cum = logAddExp(cum, v[b + i]);
                    v[b + i] = cum;
                }
            }
        });
    }

    /**
     * ATen's log_add_exp_helper: std::min/std::max return their first argument when one is NaN,
     * so a NaN y is both; equal infinities return x.
     */
    private static double logAddExp(double x, double y) {
        double min = y != y ? y : (y < x ? y : x), max = y != y ? y : (x < y ? y : x);
        if (min != max || Double.isFinite(min)) return Math.log1p(Math.exp(min - max)) + max;
        return x;
    }
}
