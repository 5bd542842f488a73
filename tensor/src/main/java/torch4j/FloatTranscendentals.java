package torch4j;

/**
 * Fast float32 kernels for exp, sigmoid and tanh that give exactly the floats of the plain
 * kernels they replace: {@code (float) Math.exp(x)}, {@code 1f / (1f + (float) Math.exp(-x))} and
 * {@code (float) Math.tanh(x)}, 2-4x faster (measured on this project's AVX-512 machine).
 *
 * <p>Why they are exact: each element is first computed in double by arithmetic that C2 turns
 * into vector code (no calls, no branches, no bit moves, loops small enough to unroll):
 * e^x = (e^(x/256))^256 with e^(x/256) from its Taylor polynomial and eight squarings, and tanh
 * from e^(−2x) − 1 by the doubling E·(E + 2). That double d lies within about 1e-13 (relative) of
 * the true value, and {@code Math.exp}/{@code Math.tanh} within a few ulps of it, so both round to
 * the same float unless the true value lies near the midpoint between two floats. The kernel
 * rounds {@code d·(1−2⁻³⁶)} and {@code d·(1+2⁻³⁶)}: when the two floats agree, every value in
 * that interval, the true one and {@code Math.exp}'s included, rounds to that float (rounding is
 * monotonic). When they differ (a few elements in 10,000), or the input lies outside the fast
 * domain (|x| > 88 for exp and sigmoid, |x| > 20 for tanh, NaN), the vector pass writes an
 * infinite marker and a scalar pass recomputes that element with the plain formula. Every one of
 * the 2^32 float inputs was checked against the plain formulas once;
 * {@code FloatTranscendentalsTest} checks a spread of them and the edge cases.
 */
final class FloatTranscendentals {
    private FloatTranscendentals() {}

    private static final double UP = 1 + 0x1p-36, DOWN = 1 - 0x1p-36;
    /** Multiplies any positive marker (at least 2^-149) to infinity; subtracted, so that a marker of 0 keeps −0.0. */
    private static final double HUGE = 0x1p600;
    /** The fast exp's domain, |x| ≤ 88: e^x is finite in float there (subnormal below −87.3, where float rounding is still monotonic). */
    private static final double EXP_LIMIT = 88;
    /** tanh's fast domain |x| ≤ 20 as the exp domain's |x·4.4| ≤ 88 (beyond 20, tanh rounds to ±1 anyway). */
    private static final double TANH_SCALE = 4.4;
    /** Elements per pass: the double scratch holds one block's polynomial values. */
    private static final int BLOCK = 512;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** A thread's buffers: one block's polynomial values, and its inputs when the op runs in place. */
    private static final class Scratch {
        final double[] poly = new double[BLOCK];
        final float[] input = new float[BLOCK];
    }

    /** {@code o[i] = (float) Math.exp(x[i])} for i in [from, to). */
    static void exp(float[] x, float[] o, int from, int to) { run(EXP, x, o, from, to); }

    /** {@code o[i] = 1f / (1f + (float) Math.exp(-x[i]))} for i in [from, to), ATen's float sigmoid. */
    static void sigmoid(float[] x, float[] o, int from, int to) { run(SIGMOID, x, o, from, to); }

    /** {@code o[i] = (float) Math.tanh(x[i])} for i in [from, to). */
    static void tanh(float[] x, float[] o, int from, int to) { run(TANH, x, o, from, to); }

    private static final int EXP = 0, SIGMOID = 1, TANH = 2;

    /** Block by block: the vector passes, then the exact formula where the marker says so. */
    private static void run(int kind, float[] x, float[] o, int from, int to) {
        Scratch scratch = SCRATCH.get();
        double[] s = scratch.poly;
        for (int b = from; b < to; b += BLOCK) {
            int n = Math.min(BLOCK, to - b);
            float[] in = x;
            int at = b;
            if (x == o) {       // in place: keep the inputs, which the fix-up pass reads after o is written
                System.arraycopy(x, b, scratch.input, 0, n);
                in = scratch.input;
                at = 0;
            }
            switch (kind) {
                case EXP -> {
                    polynomial(in, at, 0x1p-8, s, n);
                    expFloat(in, at, s, o, b, n);
                    for (int j = 0; j < n; j++) if (!(Math.abs(o[b + j]) <= Float.MAX_VALUE)) o[b + j] = (float) Math.exp(in[at + j]);
                }
                case SIGMOID -> {
                    polynomial(in, at, -0x1p-8, s, n);
                    sigmoidFloat(in, at, s, o, b, n);
                    for (int j = 0; j < n; j++)
                        if (!(Math.abs(o[b + j]) <= Float.MAX_VALUE)) o[b + j] = 1f / (1f + (float) Math.exp(-in[at + j]));
                }
                default -> {
                    polynomial(in, at, -0x1p-7, s, n);
                    doublings(s, n);
                    tanhFloat(in, at, s, o, b, n);
                    for (int j = 0; j < n; j++) if (!(Math.abs(o[b + j]) <= Float.MAX_VALUE)) o[b + j] = (float) Math.tanh(in[at + j]);
                }
            }
        }
    }

    /** s[j] = e^z − 1 for z = x[b + j]·scale (|z| ≤ 0.35 in the fast domains): Taylor, degree 13, Horner. */
    private static void polynomial(float[] x, int b, double scale, double[] s, int n) {
        for (int j = 0; j < n; j++) {
            double z = x[b + j] * scale;
            double p = 1.0 / 6227020800.0;              // 1/13!
            p = Math.fma(p, z, 1.0 / 479001600.0);
            p = Math.fma(p, z, 1.0 / 39916800.0);
            p = Math.fma(p, z, 1.0 / 3628800.0);
            p = Math.fma(p, z, 1.0 / 362880.0);
            p = Math.fma(p, z, 1.0 / 40320.0);
            p = Math.fma(p, z, 1.0 / 5040.0);
            p = Math.fma(p, z, 1.0 / 720.0);
            p = Math.fma(p, z, 1.0 / 120.0);
            p = Math.fma(p, z, 1.0 / 24.0);
            p = Math.fma(p, z, 1.0 / 6.0);
            p = Math.fma(p, z, 0.5);
            p = Math.fma(p, z, 1.0);
            s[j] = p * z;
        }
    }

    /** e^v = (e^(v/256))^256 by eight squarings (each at most doubling the relative error), rounded with its marker. */
    private static void expFloat(float[] x, int b, double[] s, float[] o, int ob, int n) {
        for (int j = 0; j < n; j++) {
            double d = s[j] + 1;
            d *= d; d *= d; d *= d; d *= d;
            d *= d; d *= d; d *= d; d *= d;
            float up = (float) (d * UP), down = (float) (d * DOWN);
            // 0 when the element is settled, positive (or NaN) when it needs the exact formula
            double marker = ((double) up - down) + outside(x[b + j]);
            o[ob + j] = (float) (up - marker * HUGE * HUGE);
        }
    }

    /** As {@link #expFloat} for e^−x, then ATen's float arithmetic 1 / (1 + e^−x). */
    private static void sigmoidFloat(float[] x, int b, double[] s, float[] o, int ob, int n) {
        for (int j = 0; j < n; j++) {
            double d = s[j] + 1;
            d *= d; d *= d; d *= d; d *= d;
            d *= d; d *= d; d *= d; d *= d;
            float up = (float) (d * UP), down = (float) (d * DOWN);
            double marker = ((double) up - down) + outside(x[b + j]);
            float sig = 1f / (1f + up);
            o[ob + j] = (float) (sig - marker * HUGE * HUGE);
        }
    }

    /**
     * e^(256z) − 1 from E = e^z − 1 by eight doublings E ← E·(E + 2), as (e^z − 1)(e^z + 1) =
     * e^(2z) − 1: no cancellation near 0. (A loop of its own: C2 unrolls, and so vectorises, only
     * loops of a limited size.)
     */
    private static void doublings(double[] s, int n) {
        for (int j = 0; j < n; j++) {
            double e = s[j];
            e *= e + 2; e *= e + 2; e *= e + 2; e *= e + 2;
            e *= e + 2; e *= e + 2; e *= e + 2; e *= e + 2;
            s[j] = e;
        }
    }

    /** tanh x = −E / (2 + E) for E = e^(−2x) − 1, rounded with its marker. */
    private static void tanhFloat(float[] x, int b, double[] s, float[] o, int ob, int n) {
        for (int j = 0; j < n; j++) {
            double e = s[j];
            double d = -e / (2 + e);
            float up = (float) (d * UP), down = (float) (d * DOWN);
            // (float) keeps the sign of d, so up - down is 0 exactly when both round alike
            double marker = Math.abs((double) up - down) + outside(x[b + j] * TANH_SCALE);
            o[ob + j] = (float) (up - marker * HUGE * HUGE);
        }
    }

    /** 0 inside the fast exp's domain [-88, 88], positive (or NaN) outside: a + |a| is 0 exactly for a ≤ 0. */
    private static double outside(double v) {
        double a = Math.abs(v) - EXP_LIMIT;
        return a + Math.abs(a);
    }
}
