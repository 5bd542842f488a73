package torch4j.backend.cpu;

import torch4j.backend.Operand;

/**
 * softmax and log_softmax rows on the CPU: one pass per row in double (max-shifted, so large
 * inputs do not overflow), stored back in the tensor's dtype; and their gradients. Rows are
 * loaded one at a time into a row buffer (no whole-tensor double copies), and run on the worker
 * pool by ranges of rows as ATen's {@code parallel_for} over the outer size does; each row's
 * arithmetic is the same whatever the split.
 */
final class CpuSoftmax {
    private CpuSoftmax() {}

    static void forward(boolean log, long outer, long size, long inner, Operand out, Operand x) {
        int len = (int) size, stride = (int) inner;
        long rows = outer * inner;
        Parallel.forRange(rows, Math.max(1, Parallel.GRAIN / Math.max(1, size)), (from, to) -> {
            double[] v = new double[len];
            for (long r = from; r < to; r++) {
                int at = rowStart(r, size, inner);
                x.storage().loadDouble((int) x.offset() + at, stride, len, v);
                normalise(v, len, log);
                out.storage().storeDouble((int) out.offset() + at, stride, len, v);
            }
        });
    }

    static void backward(boolean log, long outer, long size, long inner, Operand out, Operand g, Operand y) {
        int len = (int) size, stride = (int) inner;
        long rows = outer * inner;
        Parallel.forRange(rows, Math.max(1, Parallel.GRAIN / Math.max(1, size)), (from, to) -> {
            double[] gv = new double[len], yv = new double[len];
            for (long r = from; r < to; r++) {
                int at = rowStart(r, size, inner);
                g.storage().loadDouble((int) g.offset() + at, stride, len, gv);
                y.storage().loadDouble((int) y.offset() + at, stride, len, yv);
                double sum = 0;
                for (int j = 0; j < len; j++) sum += log ? gv[j] : gv[j] * yv[j];
                for (int j = 0; j < len; j++) gv[j] = log ? gv[j] - Math.exp(yv[j]) * sum : yv[j] * (gv[j] - sum);
                out.storage().storeDouble((int) out.offset() + at, stride, len, gv);
            }
        });
    }

    /** The linear index of row r's first element: rows are (outer, inner) pairs, inner fastest. */
    private static int rowStart(long r, long size, long inner) {
        return (int) ((r / inner) * size * inner + r % inner);
    }

    /** One row in place: softmax keeps each e^(v − max) and divides it by the row's sum (one exp per element). */
    private static void normalise(double[] v, int len, boolean log) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < len; j++) max = Math.max(max, v[j]);
        if (Double.isInfinite(max) && max < 0) max = 0;   // all −inf: e^(−inf − 0) = 0 keeps NaN out
        double sum = 0;
        if (log) {
            for (int j = 0; j < len; j++) sum += Math.exp(v[j] - max);
            double lse = Math.log(sum) + max;
            for (int j = 0; j < len; j++) v[j] -= lse;
        } else {
            for (int j = 0; j < len; j++) {
                double e = Math.exp(v[j] - max);
                v[j] = e;
                sum += e;
            }
            for (int j = 0; j < len; j++) v[j] = v[j] / sum;
        }
    }
}
