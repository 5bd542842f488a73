package torch4j.backend.cpu;

import torch4j.DType;
import torch4j.backend.Operand;
import torch4j.storage.Storage;

/**
 * arange and linspace as ATen's CPU kernels compute them. Those fill the output in a vector loop
 * (AVX2: 32-byte vectors, two per step, the remainder element by element), and the vector path
 * rounds differently: values match PyTorch bit for bit only if the same split is reproduced, and
 * the fused multiply-adds its compiler forms (checked against PyTorch 1.13 in the golden tests).
 */
final class CpuRanges {
    private CpuRanges() {}

    private static final int VECTOR_BYTES = 32;

    /** {@code start + i*step} computed in double, then cast to out's dtype. */
    static void arange(Operand out, long n, double start, double step) {
        DType dtype = out.storage().dtype();
        double[] v = new double[(int) n];
        // ATen computes start + i*step in double (its build contracts that to one fma); its vector
        // loop starts each vector at a base rounded to the output type and adds k*step
        long lanes = VECTOR_BYTES / dtype.itemSize(), vectorEnd = n - n % (2 * lanes);
        for (int i = 0; i < n; i++) {
            if (i < vectorEnd) {
                long b = i - i % lanes;
                double base = Math.fma(step, (double) b, start);
                if (dtype == DType.FLOAT32) base = (float) base;
                v[i] = Math.fma((double) (i - b), step, base);
            } else v[i] = Math.fma(step, (double) i, start);
        }
        store(out, v);
    }

    /** {@code start + i*step}, exact in int64. */
    static void arange(Operand out, long n, long start, long step) {
        long[] v = new long[(int) n];
        for (int i = 0; i < n; i++) v[i] = start + i * step;
        store(out, v);
    }

    /**
     * ATen computes in the output type, from the start for the first half and back from the end
     * for the second, so both endpoints are exact. Its vector loop computes one base per vector the
     * same way and adds k*step to it, in the output type too; integer types truncate start and end
     * first and step in double.
     */
    static void linspace(Operand out, long steps, double start, double end) {
        if (steps == 0) return;
        DType dtype = out.storage().dtype();
        double[] v = new double[(int) steps];
        long half = steps / 2, lanes = VECTOR_BYTES / dtype.itemSize(), vectorEnd = steps - steps % (2 * lanes);
        // start + step*i and end - step*(steps-1-i) are one fma each; a vector adds k*step to its base unfused
        if (steps == 1) v[0] = start;
        else if (dtype == DType.FLOAT32) {
            float s = (float) start, e = (float) end, step = (e - s) / (float) (steps - 1);
            for (long i = 0; i < steps; i++) {
                long b = i < vectorEnd ? i - i % lanes : i;   // the element, or its vector's first
                float base = b < half ? Math.fma(step, (float) b, s) : Math.fma(-step, (float) (steps - b - 1), e);
                v[(int) i] = b == i ? base : base + (i - b) * step;
            }
        } else if (dtype == DType.FLOAT64) {
            double step = (end - start) / (steps - 1);
            for (long i = 0; i < steps; i++) {
                long b = i < vectorEnd ? i - i % lanes : i;
                double base = b < half ? Math.fma(step, (double) b, start) : Math.fma(-step, (double) (steps - b - 1), end);
                v[(int) i] = b == i ? base : base + (i - b) * step;
            }
        } else {
            double s = (long) start, e = (long) end, step = (e - s) / (steps - 1);
            for (long i = 0; i < steps; i++) {
                long b = i < vectorEnd ? i - i % lanes : i;
                double base = b < half ? Math.fma(step, (double) b, s) : Math.fma(-step, (double) (steps - b - 1), e);
                v[(int) i] = b == i ? base : (long) base + (i - b) * step;   // a vector's base is truncated first
            }
        }
        store(out, v);
    }

    /** Copies the computed values into out, converting to its dtype. */
    private static void store(Operand out, Object values) {
        int n = java.lang.reflect.Array.getLength(values);
        Elementwise.copy(new long[]{n}, new Operand(out.storage(), out.offset(), new long[]{out.strides()[0]}),
                new Operand(Storage.wrap(values), 0, new long[]{1}));
    }
}
