package torch4j.backend.cpu;

import torch4j.backend.Operand;

/**
 * softmax and log_softmax rows on the CPU: one pass per row in double (max-shifted, so large
 * inputs do not overflow), stored back in the tensor's dtype; and their gradients.
 */
final class CpuSoftmax {
    private CpuSoftmax() {}

    static void forward(boolean log, long outer, long size, long inner, Operand out, Operand x) {
        int n = (int) (outer * size * inner);
        double[] v = new double[n];
        x.storage().loadDouble((int) x.offset(), 1, n, v);
        for (long o = 0; o < outer; o++)
            for (long i = 0; i < inner; i++) normalise(v, (int) (o * size * inner + i), (int) inner, (int) size, log);
        out.storage().storeDouble((int) out.offset(), 1, n, v);
    }

    static void backward(boolean log, long outer, long size, long inner, Operand out, Operand g, Operand y) {
        int n = (int) (outer * size * inner);
        double[] gv = new double[n], yv = new double[n];
        g.storage().loadDouble((int) g.offset(), 1, n, gv);
        y.storage().loadDouble((int) y.offset(), 1, n, yv);
        for (long o = 0; o < outer; o++)
            for (long i = 0; i < inner; i++) {
                int start = (int) (o * size * inner + i), stride = (int) inner, end = start + (int) size * stride;
                double sum = 0;
                for (int j = start; j < end; j += stride) sum += log ? gv[j] : gv[j] * yv[j];
                for (int j = start; j < end; j += stride) gv[j] = log ? gv[j] - Math.exp(yv[j]) * sum : yv[j] * (gv[j] - sum);
            }
        out.storage().storeDouble((int) out.offset(), 1, n, gv);
    }

    /** One row of {@code size} values {@code stride} apart: softmax or log-softmax in place. */
    private static void normalise(double[] v, int start, int stride, int size, boolean log) {
        int end = start + size * stride;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = start; j < end; j += stride) max = Math.max(max, v[j]);
        if (Double.isInfinite(max) && max < 0) max = 0;   // all −inf: e^(−inf − 0) = 0 keeps NaN out
        double sum = 0;
        for (int j = start; j < end; j += stride) sum += Math.exp(v[j] - max);
        if (log) {
            double lse = Math.log(sum) + max;
            for (int j = start; j < end; j += stride) v[j] -= lse;
        } else {
            for (int j = start; j < end; j += stride) v[j] = Math.exp(v[j] - max) / sum;
        }
    }
}
