package torch4j.random;

import torch4j.Generator;

/**
 * Internal (called by the tensor core): {@code randn}, {@code randn_like}, {@code normal_},
 * every {@code torch.normal} overload and the normal inits (notes §4). Fills write {@code n}
 * values to {@code dst[off..off+n)} in fill order.
 *
 * <p>The path depends on the destination (§4.1): pass {@code contiguous = true} only when the
 * tensor being filled is contiguous ({@code is_contiguous()}); then float32 and float64 with
 * {@code n >= 16} take the vectorised fills, everything else the scalar Box-Muller path with
 * the generator's cached sample. For a non-contiguous tensor, fill a buffer in
 * {@link FillOrder} order with {@code contiguous = false} and scatter it.
 *
 * <p>The {@code Tensor} overloads take arrays already broadcast to the output's row-major order
 * and of the output's dtype; the output of {@code torch.normal} is always a new contiguous tensor.
 *
 * <pre>{@code
 * jshell> var g = new Generator().manualSeed(42); var a = new float[4];
 * jshell> Normal.fill(g, a, 0, 4, 0, 1, true); a
 * a ==> float[4] { 0.33669037, 0.1288094, 0.23446237, 0.23033303 }
 * }</pre>
 */
public final class Normal {
    private Normal() {}

    /** float32 {@code normal_(mean, std)}; the path follows §4.1. */
    public static void fill(Generator g, float[] dst, int off, int n, double mean, double std, boolean contiguous) {
        checkStd(std);
        Mt19937 e = g.engine();
        synchronized (e) {
            if (contiguous && n >= NormalPaths.BLOCK) {
                // no libm here: the float32 vectorised path has its own polynomials (§4.4)
                NormalPaths.vectorizedFill(e, dst, off, n, (float) mean, (float) std);
            } else {
                NormalPaths.scalarFill(e, dst, off, n, mean, std, Libm.active());
            }
        }
    }

    /** float64 {@code normal_(mean, std)}; the path follows §4.1. */
    public static void fill(Generator g, double[] dst, int off, int n, double mean, double std, boolean contiguous) {
        fill(g, dst, off, n, mean, std, contiguous, Libm.active());
    }

    static void fill(Generator g, double[] dst, int off, int n, double mean, double std, boolean contiguous, Libm m) {
        checkStd(std);
        Mt19937 e = g.engine();
        synchronized (e) {
            if (contiguous && n >= NormalPaths.BLOCK) {
                NormalPaths.vectorizedFill(e, dst, off, n, mean, std, m);
            } else {
                NormalPaths.scalarFill(e, dst, off, n, mean, std, m);
            }
        }
    }

    /** {@code CHECK_NORMAL_STD}: "normal expects std >= 0.0, but found std -1" (NaN fails too). */
    public static void checkStd(double std) {
        if (!(std >= 0.0)) {
            throw new IllegalArgumentException("normal expects std >= 0.0, but found std " + Messages.cpp(std));
        }
    }

    /** {@code CHECK_NORMAL_TENSOR_STD}: every element ≥ 0 (a NaN fails, as {@code min().ge(0)}). */
    public static void checkStd(float[] std, int off, int n) {
        for (int i = 0; i < n; i++) {
            if (!(std[off + i] >= 0f)) throw negativeStdTensor();
        }
    }

    /** {@code CHECK_NORMAL_TENSOR_STD} for float64 std. */
    public static void checkStd(double[] std, int off, int n) {
        for (int i = 0; i < n; i++) {
            if (!(std[off + i] >= 0.0)) throw negativeStdTensor();
        }
    }

    private static IllegalArgumentException negativeStdTensor() {
        return new IllegalArgumentException("normal expects all elements of std >= 0.0");
    }

    /** {@code torch.normal(mean: Tensor, std: float)}: {@code normal_(0, std)}, then {@code + mean} (§4.6). */
    public static void fillMeanTensor(Generator g, float[] out, int off, int n, float[] mean, int meanOff, double std) {
        fill(g, out, off, n, 0.0, std, true);
        for (int i = 0; i < n; i++) out[off + i] = out[off + i] + mean[meanOff + i];
    }

    /** float64 {@code torch.normal(mean: Tensor, std: float)}. */
    public static void fillMeanTensor(Generator g, double[] out, int off, int n, double[] mean, int meanOff, double std) {
        fill(g, out, off, n, 0.0, std, true);
        for (int i = 0; i < n; i++) out[off + i] = out[off + i] + mean[meanOff + i];
    }

    /** {@code torch.normal(mean: float, std: Tensor)}: {@code normal_(0, 1)}, {@code × std}, {@code + f32(mean)}. */
    public static void fillStdTensor(Generator g, float[] out, int off, int n, double mean, float[] std, int stdOff) {
        checkStd(std, stdOff, n);
        fill(g, out, off, n, 0.0, 1.0, true);
        float meanF = (float) mean; // at::full({}, mean, output.options())
        for (int i = 0; i < n; i++) out[off + i] = out[off + i] * std[stdOff + i];
        for (int i = 0; i < n; i++) out[off + i] = out[off + i] + meanF;
    }

    /** float64 {@code torch.normal(mean: float, std: Tensor)}. */
    public static void fillStdTensor(Generator g, double[] out, int off, int n, double mean, double[] std, int stdOff) {
        checkStd(std, stdOff, n);
        fill(g, out, off, n, 0.0, 1.0, true);
        for (int i = 0; i < n; i++) out[off + i] = out[off + i] * std[stdOff + i];
        for (int i = 0; i < n; i++) out[off + i] = out[off + i] + mean;
    }

    /** {@code torch.normal(mean: Tensor, std: Tensor)}: {@code normal_(0, 1)}, {@code × std}, {@code + mean}. */
    public static void fillMeanStdTensors(Generator g, float[] out, int off, int n,
                                          float[] mean, int meanOff, float[] std, int stdOff) {
        checkStd(std, stdOff, n);
        fill(g, out, off, n, 0.0, 1.0, true);
        for (int i = 0; i < n; i++) out[off + i] = out[off + i] * std[stdOff + i];
        for (int i = 0; i < n; i++) out[off + i] = out[off + i] + mean[meanOff + i];
    }

    /** float64 {@code torch.normal(mean: Tensor, std: Tensor)}. */
    public static void fillMeanStdTensors(Generator g, double[] out, int off, int n,
                                          double[] mean, int meanOff, double[] std, int stdOff) {
        checkStd(std, stdOff, n);
        fill(g, out, off, n, 0.0, 1.0, true);
        for (int i = 0; i < n; i++) out[off + i] = out[off + i] * std[stdOff + i];
        for (int i = 0; i < n; i++) out[off + i] = out[off + i] + mean[meanOff + i];
    }
}
