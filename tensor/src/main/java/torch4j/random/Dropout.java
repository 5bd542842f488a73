package torch4j.random;

import torch4j.Generator;

/**
 * Internal (called by the tensor core): {@code F.dropout} / {@code nn.Dropout} and the feature
 * dropouts {@code Dropout1d/2d/3d} on contiguous float arrays, as PyTorch 1.13 computes them on
 * the CPU (notes §6): a noise buffer from {@link Bernoulli#dropoutNoise}, then {@code x × noise}
 * (one rounding). No draws for p = 0, outside training or for an empty input; p = 1 multiplies
 * by zero (keeping the sign of zero) without drawing.
 *
 * <pre>{@code
 * jshell> var g = new Generator().manualSeed(0); var x = new float[8]; Arrays.fill(x, 1f);
 * jshell> Dropout.dropout(g, x, 0, x, 0, 8, 0.5, true); x
 * x ==> float[8] { 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 2.0, 2.0 }
 * }</pre>
 */
public final class Dropout {
    private Dropout() {}

    /** {@code out[outOff + i] = dropout(x)[xOff + i]} for i in [0, n); {@code out} may be {@code x}. */
    public static void dropout(Generator g, float[] x, int xOff, float[] out, int outOff, int n,
                               double p, boolean training) {
        Bernoulli.checkDropoutP(p);
        if (p == 0 || !training || n == 0) {
            System.arraycopy(x, xOff, out, outOff, n);
            return;
        }
        if (p == 1) {
            for (int i = 0; i < n; i++) out[outOff + i] = x[xOff + i] * 0f;
            return;
        }
        float[] noise = new float[n];
        Bernoulli.dropoutNoise(g, noise, 0, n, p);
        for (int i = 0; i < n; i++) out[outOff + i] = x[xOff + i] * noise[i];
    }

    /** float64 {@link #dropout(Generator, float[], int, float[], int, int, double, boolean)}. */
    public static void dropout(Generator g, double[] x, int xOff, double[] out, int outOff, int n,
                               double p, boolean training) {
        Bernoulli.checkDropoutP(p);
        if (p == 0 || !training || n == 0) {
            System.arraycopy(x, xOff, out, outOff, n);
            return;
        }
        if (p == 1) {
            for (int i = 0; i < n; i++) out[outOff + i] = x[xOff + i] * 0.0;
            return;
        }
        double[] noise = new double[n];
        Bernoulli.dropoutNoise(g, noise, 0, n, p);
        for (int i = 0; i < n; i++) out[outOff + i] = x[xOff + i] * noise[i];
    }

    /**
     * Feature dropout on a contiguous (N, C, *) input: one Bernoulli per (sample, channel), drawn
     * row-major, broadcast over the {@code inner} trailing elements of each plane.
     *
     * @param planes N × C
     * @param inner  the product of the remaining dimensions
     */
    public static void featureDropout(Generator g, float[] x, int xOff, float[] out, int outOff,
                                      int planes, int inner, double p, boolean training) {
        Bernoulli.checkDropoutP(p);
        int n = planes * inner;
        if (p == 0 || !training || n == 0) {
            System.arraycopy(x, xOff, out, outOff, n);
            return;
        }
        if (p == 1) {
            for (int i = 0; i < n; i++) out[outOff + i] = x[xOff + i] * 0f;
            return;
        }
        float[] noise = new float[planes];
        Bernoulli.dropoutNoise(g, noise, 0, planes, p);
        for (int plane = 0; plane < planes; plane++) {
            float keep = noise[plane];
            int base = plane * inner;
            for (int i = 0; i < inner; i++) out[outOff + base + i] = x[xOff + base + i] * keep;
        }
    }
}
