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

    /** A contiguous copy of {@code t}'s values (exact: float32 widens to double without loss). */
    static double[] values(Tensor t) { return t.contiguous().toDoubleArray(); }

    /** A tensor of this precision's dtype over {@code values} (exact: the values are already rounded). */
    Tensor tensor(double[] values, long... shape) { return Torch.from(values).view(shape).to(dtype); }
}
