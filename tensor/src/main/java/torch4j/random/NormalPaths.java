package torch4j.random;

/**
 * Internal: the three algorithms behind {@code normal_} (notes §4.1). Callers hold the engine's
 * monitor and have chosen the path; {@link Normal} does both.
 */
final class NormalPaths {
    /** {@code 2.0 * c10::pi<double>}: the double angle scale of both double paths. */
    static final double TWO_PI_DOUBLE = 6.283185307179586;
    /** Block length of the vectorised fills: 8 radii lanes followed by 8 angle lanes. */
    static final int BLOCK = 16;

    private NormalPaths() {}

    /**
     * §4.2: one scalar Box-Muller sample in double. Takes the cached sine sample when there is
     * one (applying this call's mean/std); otherwise draws U53 for the angle, then U53 for the
     * radius, caches the sine value and returns the cosine one.
     */
    static double scalarSample(Mt19937 e, double mean, double std, Libm m) {
        if (e.hasCachedDouble) {
            e.hasCachedDouble = false;
            return Math.fma(e.cachedDoubleNormal, std, mean);
        }
        double u1 = Draws.u53(e);
        double u2 = Draws.u53(e);
        double r = Math.sqrt(-2.0 * m.log(1.0 - u2));
        double theta = TWO_PI_DOUBLE * u1;
        e.cachedDoubleNormal = r * m.sin(theta);
        e.hasCachedDouble = true;
        return Math.fma(r * m.cos(theta), std, mean);
    }

    /** §4.2 for a float32 destination: each double sample rounded to float. */
    static void scalarFill(Mt19937 e, float[] dst, int off, int n, double mean, double std, Libm m) {
        for (int i = 0; i < n; i++) {
            dst[off + i] = (float) scalarSample(e, mean, std, m);
        }
    }

    /** §4.2 for a float64 destination. */
    static void scalarFill(Mt19937 e, double[] dst, int off, int n, double mean, double std, Libm m) {
        for (int i = 0; i < n; i++) {
            dst[off + i] = scalarSample(e, mean, std, m);
        }
    }

    /**
     * §4.3: the float32 vectorised fill (n ≥ 16, contiguous): n uniforms, full blocks of 16
     * transformed in place, then — if n is not a multiple of 16 — 16 fresh uniforms over the last
     * 16 positions (overwriting finished values) and one more block.
     */
    static void vectorizedFill(Mt19937 e, float[] dst, int off, int n, float mean, float std) {
        Draws.fillU24(e, dst, off, n);
        transformBlocks(dst, off, n / BLOCK, mean, std);
        if (n % BLOCK != 0) {
            int last = off + n - BLOCK;
            Draws.fillU24(e, dst, last, BLOCK);
            transformBlocks(dst, last, 1, mean, std);
        }
    }

    /** The implementations of the §4.3 block transform; all give the same bits. */
    enum Kernel {
        /** 8-lane Vector API code (needs {@code --add-modules jdk.incubator.vector}). */
        VECTOR,
        /** Loops over de-interleaved lanes that the JIT auto-vectorises ({@link NormalStaged}). */
        STAGED,
        /** One lane at a time, the reference ({@link CephesAvx2}). */
        LANES
    }

    /** Test hook: forces one kernel; null picks the fastest available. */
    static volatile Kernel forcedKernel;

    /** Transforms consecutive blocks with the fastest kernel available. */
    static void transformBlocks(float[] d, int o, int blocks, float mean, float std) {
        Kernel forced = forcedKernel;
        Kernel k = forced != null ? forced
                : VectorSupport.ENABLED ? Kernel.VECTOR
                : blocks >= 8 ? Kernel.STAGED : Kernel.LANES;
        switch (k) {
            case VECTOR -> NormalVector256.transformBlocks(d, o, blocks, mean, std);
            case STAGED -> NormalStaged.transformBlocks(d, o, blocks, mean, std);
            case LANES -> {
                for (int b = 0; b < blocks; b++) transformBlock(d, o + b * BLOCK, mean, std);
            }
        }
    }

    /** §4.3 step 4: lane j pairs radius input d[j] with angle input d[j+8]. */
    static void transformBlock(float[] d, int o, float mean, float std) {
        for (int j = 0; j < 8; j++) {
            float u1 = 1f - d[o + j];
            float u2 = d[o + j + 8];
            float radius = (float) Math.sqrt(-2f * CephesAvx2.log(u1));
            float theta = CephesAvx2.TWO_PI * u2;
            long sinCos = CephesAvx2.sincos(theta);
            float sin = Float.intBitsToFloat((int) (sinCos >>> 32));
            float cos = Float.intBitsToFloat((int) sinCos);
            d[o + j] = Math.fma(radius * cos, std, mean);
            d[o + j + 8] = Math.fma(radius * sin, std, mean);
        }
    }

    /** §4.5: the float64 fill of the same shape as §4.3, with U53 and the C library's functions. */
    static void vectorizedFill(Mt19937 e, double[] dst, int off, int n, double mean, double std, Libm m) {
        Draws.fillU53(e, dst, off, n);
        for (int i = 0; i + BLOCK <= n; i += BLOCK) {
            transformBlock(dst, off + i, mean, std, m);
        }
        if (n % BLOCK != 0) {
            int last = off + n - BLOCK;
            Draws.fillU53(e, dst, last, BLOCK);
            transformBlock(dst, last, mean, std, m);
        }
    }

    static void transformBlock(double[] d, int o, double mean, double std, Libm m) {
        for (int j = 0; j < 8; j++) {
            double u1 = 1.0 - d[o + j];
            double u2 = d[o + j + 8];
            double radius = Math.sqrt(-2.0 * m.log(u1));
            double theta = TWO_PI_DOUBLE * u2;
            d[o + j] = Math.fma(radius * m.cos(theta), std, mean);
            d[o + j + 8] = Math.fma(radius * m.sin(theta), std, mean);
        }
    }
}
