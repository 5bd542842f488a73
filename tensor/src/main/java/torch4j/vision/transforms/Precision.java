package torch4j.vision.transforms;

import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * Arithmetic in a kernel's precision, so one kernel body serves float32 and float64 images.
 * Values travel as doubles; in float32 mode every result is rounded to float, which gives exactly
 * what float arithmetic gives (a double holds more than twice a float's digits, so rounding a
 * double sum, product or quotient of floats to float is the correctly rounded float result).
 * Fused multiply-adds are computed in the mode's own precision, as the C++ kernels' FMA
 * instructions do.
 */
final class Precision {
    final boolean single;
    final DType dtype;

    private Precision(DType dtype) {
        this.dtype = dtype;
        this.single = dtype == DType.FLOAT32;
    }

    static final Precision FLOAT = new Precision(DType.FLOAT32);
    static final Precision DOUBLE = new Precision(DType.FLOAT64);

    /** The precision a kernel runs in for a float32 or float64 tensor. */
    static Precision of(DType dtype) {
        if (dtype == DType.FLOAT32) return FLOAT;
        if (dtype == DType.FLOAT64) return DOUBLE;
        throw new IllegalArgumentException("expected a float32 or float64 tensor, got " + dtype);
    }

    double round(double v) { return single ? (float) v : v; }

    double fma(double a, double b, double c) { return single ? Math.fma((float) a, (float) b, (float) c) : Math.fma(a, b, c); }

    /** Read access to a contiguous float32 or float64 tensor's values in row-major order, without copying them. */
    interface Source {
        double get(int i);
    }

    /** The values of {@code t} (a contiguous copy first if it is a view with gaps). */
    static Source source(Tensor t) {
        Tensor c = t.contiguous();
        int off = (int) c.storageOffset();
        Object a = c.storage().array();
        if (a instanceof float[] f) return i -> f[off + i];
        if (a instanceof double[] d) return i -> d[off + i];
        double[] copy = values(c);
        return i -> copy[i];
    }

    /** A copy of {@code t}'s values in row-major order (exact: float32 widens to double without loss). */
    static double[] values(Tensor t) {
        Tensor c = t.contiguous();
        int n = Math.toIntExact(c.numel()), off = (int) c.storageOffset();
        // straight from the storage array: a plain loop, not a general strided conversion
        if (c.storage().array() instanceof float[] f) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) out[i] = f[off + i];
            return out;
        }
        if (c.storage().array() instanceof double[] d) return java.util.Arrays.copyOfRange(d, off, off + n);
        return c.toDoubleArray();
    }

    /** A tensor of this precision's dtype over {@code values} (exact: the values are already rounded). */
    Tensor tensor(double[] values, long... shape) {
        if (!single) return Torch.from(values).view(shape);
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) f[i] = (float) values[i];
        return Torch.from(f).view(shape);
    }
}
