package torch4j.nn.init;

import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The error function and PyTorch's {@code erfinv_} ({@code calc_erfinv} in ATen's Math.h: a
 * rational first guess refined by two Newton steps), for {@link Init#truncNormal_}. The float32
 * version runs in float arithmetic as the C++ template does for {@code float}; the polynomials
 * are fused multiply-adds, as GCC contracts them in PyTorch's AVX2 kernels.
 */
final class Erf {
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

    private Erf() {}

    /**
     * erf(x) in double: {@code 2/sqrt(pi) · exp(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1))}, a series
     * of positive terms (no cancellation); ±1 beyond |x| = 6.
     */
    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax >= 6) return Math.copySign(1.0, x);
        if (ax < 1e-8) return TWO_OVER_SQRT_PI * x;
        double x2 = ax * ax;
        double term = ax, sum = ax;
        for (int n = 1; n < 500; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-18) break;
        }
        return Math.copySign(Math.min(1.0, TWO_OVER_SQRT_PI * Math.exp(-x2) * sum), x);
    }

    /** {@code tensor.erfinv_()} for float32 and float64 tensors. */
    static void erfinv_(Tensor tensor) {
        if (tensor.dtype() == DType.FLOAT32) {
            float[] v = tensor.toFloatArray();
            for (int i = 0; i < v.length; i++) v[i] = erfinv(v[i]);
            tensor.copy_(Torch.from(v).reshape(tensor.shape().toLongArray()));
        } else if (tensor.dtype() == DType.FLOAT64) {
            double[] v = tensor.toDoubleArray();
            for (int i = 0; i < v.length; i++) v[i] = erfinv(v[i]);
            tensor.copy_(Torch.from(v).reshape(tensor.shape().toLongArray()));
        } else {
            throw new IllegalArgumentException("\"erfinv_cpu\" not implemented for '" + tensor.dtype() + "'");
        }
    }

    private static final float[] A = {0.886226899f, -1.645349621f, 0.914624893f, -0.140543331f};
    private static final float[] B = {-2.118377725f, 1.442710462f, -0.329097515f, 0.012229801f};
    private static final float[] C = {-1.970840454f, -1.624906493f, 3.429567803f, 1.641345311f};
    private static final float[] D = {3.543889200f, 1.637067800f};

    /** {@code calc_erfinv<float>}. */
    static float erfinv(float y) {
        float yAbs = Math.abs(y);
        if (yAbs > 1.0f) return Float.NaN;
        if (yAbs == 1.0f) return Math.copySign(Float.POSITIVE_INFINITY, y);
        float x;
        if (yAbs <= 0.7f) {
            float z = y * y;
            float num = Math.fma(Math.fma(Math.fma(A[3], z, A[2]), z, A[1]), z, A[0]);
            float dem = Math.fma(Math.fma(Math.fma(Math.fma(B[3], z, B[2]), z, B[1]), z, B[0]), z, 1.0f);
            x = y * num / dem;
        } else {
            float z = (float) Math.sqrt(-logf((1.0f - yAbs) / 2.0f));
            float num = Math.fma(Math.fma(Math.fma(C[3], z, C[2]), z, C[1]), z, C[0]);
            float dem = Math.fma(Math.fma(D[1], z, D[0]), z, 1.0f);
            x = Math.copySign(num, y) / dem;
        }
        float k = 2.0f / (float) Math.sqrt(Math.PI);
        x = x - (erff(x) - y) / (k * expf(-x * x));
        x = x - (erff(x) - y) / (k * expf(-x * x));
        return x;
    }

    private static final double[] AD = {0.886226899, -1.645349621, 0.914624893, -0.140543331};
    private static final double[] BD = {-2.118377725, 1.442710462, -0.329097515, 0.012229801};
    private static final double[] CD = {-1.970840454, -1.624906493, 3.429567803, 1.641345311};
    private static final double[] DD = {3.543889200, 1.637067800};

    /** {@code calc_erfinv<double>}. */
    static double erfinv(double y) {
        double yAbs = Math.abs(y);
        if (yAbs > 1.0) return Double.NaN;
        if (yAbs == 1.0) return Math.copySign(Double.POSITIVE_INFINITY, y);
        double x;
        if (yAbs <= 0.7) {
            double z = y * y;
            double num = Math.fma(Math.fma(Math.fma(AD[3], z, AD[2]), z, AD[1]), z, AD[0]);
            double dem = Math.fma(Math.fma(Math.fma(Math.fma(BD[3], z, BD[2]), z, BD[1]), z, BD[0]), z, 1.0);
            x = y * num / dem;
        } else {
            double z = Math.sqrt(-Math.log((1.0 - yAbs) / 2.0));
            double num = Math.fma(Math.fma(Math.fma(CD[3], z, CD[2]), z, CD[1]), z, CD[0]);
            double dem = Math.fma(Math.fma(DD[1], z, DD[0]), z, 1.0);
            x = Math.copySign(num, y) / dem;
        }
        double k = 2.0 / Math.sqrt(Math.PI);
        x = x - (erf(x) - y) / (k * Math.exp(-x * x));
        x = x - (erf(x) - y) / (k * Math.exp(-x * x));
        return x;
    }

    private static float erff(float x) {
        return Erff.erff(x);
    }

    private static float expf(float x) {
        return (float) Math.exp(x);
    }

    private static float logf(float x) {
        return (float) Math.log(x);
    }
}
