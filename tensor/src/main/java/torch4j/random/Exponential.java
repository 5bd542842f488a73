package torch4j.random;

import torch4j.Generator;

/**
 * Internal (called by the tensor core): {@code exponential_(lambd)} as PyTorch 1.13's CPU kernel
 * without MKL draws it ({@code templates::cpu::exponential_kernel}): whatever the dtype, each
 * element is computed in double from one 53-bit uniform ({@code random64()}, two engine words),
 * {@code -1 / lambd * log(1 - u)}, then rounded to the dtype. The log is the C library's (see
 * {@link Libm}), as PyTorch's is. Elements are drawn in fill order.
 *
 * <pre>{@code
 * jshell> var g = new Generator().manualSeed(0); var a = new double[2];
 * jshell> Exponential.fill(g, a, 0, 2, 1.0); a
 * a ==> double[2] { 3.508326186707642, 1.2303847641796768 }
 * }</pre>
 */
public final class Exponential {
    private Exponential() {}

    /** float64 {@code exponential_(lambd)}; 2n engine words. */
    public static void fill(Generator g, double[] dst, int off, int n, double lambd) {
        checkLambda(lambd);
        Libm libm = Libm.active();
        Mt19937 e = g.engine();
        synchronized (e) {
            for (int i = 0; i < n; i++) dst[off + i] = sample(e, lambd, libm);
        }
    }

    /** float32 {@code exponential_(lambd)}: the double sample rounded to float; 2n engine words. */
    public static void fill(Generator g, float[] dst, int off, int n, double lambd) {
        checkLambda(lambd);
        Libm libm = Libm.active();
        Mt19937 e = g.engine();
        synchronized (e) {
            for (int i = 0; i < n; i++) dst[off + i] = (float) sample(e, lambd, libm);
        }
    }

    /** {@code exponential_} refuses a negative (or NaN) rate with PyTorch's message. */
    public static void checkLambda(double lambd) {
        if (!(lambd >= 0.0)) {
            throw new IllegalArgumentException("exponential_ expects lambda >= 0.0, but found lambda=" + Messages.cpp(lambd));
        }
    }

    private static double sample(Mt19937 e, double lambd, Libm libm) {
        double u = Draws.u53(e);
        return -1.0 / lambd * libm.log(1.0 - u);
    }
}
