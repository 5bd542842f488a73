package torch4j.random;

import static torch4j.random.CephesAvx2.COS_C0;
import static torch4j.random.CephesAvx2.COS_C1;
import static torch4j.random.CephesAvx2.COS_C2;
import static torch4j.random.CephesAvx2.DP1;
import static torch4j.random.CephesAvx2.DP2;
import static torch4j.random.CephesAvx2.DP3;
import static torch4j.random.CephesAvx2.FOPI;
import static torch4j.random.CephesAvx2.LOG_P0;
import static torch4j.random.CephesAvx2.LOG_P1;
import static torch4j.random.CephesAvx2.LOG_P2;
import static torch4j.random.CephesAvx2.LOG_P3;
import static torch4j.random.CephesAvx2.LOG_P4;
import static torch4j.random.CephesAvx2.LOG_P5;
import static torch4j.random.CephesAvx2.LOG_P6;
import static torch4j.random.CephesAvx2.LOG_P7;
import static torch4j.random.CephesAvx2.LOG_P8;
import static torch4j.random.CephesAvx2.LOG_Q1;
import static torch4j.random.CephesAvx2.LOG_Q2;
import static torch4j.random.CephesAvx2.SIN_S0;
import static torch4j.random.CephesAvx2.SIN_S1;
import static torch4j.random.CephesAvx2.SIN_S2;
import static torch4j.random.CephesAvx2.TWO_PI;

/**
 * Internal: the float32 block transform of notes §4.3/§4.4 for many blocks at once, written as
 * a few simple loops over de-interleaved lanes so that the JIT's auto-vectoriser (SuperWord)
 * turns most of them into SIMD code without the Vector API. Bit-identical to the lane-by-lane
 * {@link CephesAvx2}; the one liberty it takes is selecting and negating with multiplications
 * by 0 and ±1 instead of bit masks, which gives the same bits because the angle is never
 * negative and the cosine polynomial never zero (checked on all 2^24 inputs by the tests).
 */
final class NormalStaged {
    /** Lanes per pass: 64 blocks of 8 radius/angle pairs, small enough to stay in L1. */
    private static final int LANES = 512;

    private NormalStaged() {}

    static void transformBlocks(float[] d, int o, int blocks, float mean, float std) {
        Workspace w = new Workspace();
        final int blocksPerPass = LANES / 8;
        for (int b0 = 0; b0 < blocks; b0 += blocksPerPass) {
            int nb = Math.min(blocksPerPass, blocks - b0);
            pass(d, o + b0 * NormalPaths.BLOCK, nb * 8, mean, std, w);
        }
    }

    /** Per-pass lane buffers, allocated once per fill. */
    private static final class Workspace {
        final float[] radius = new float[LANES];
        final float[] mant = new float[LANES];
        final float[] expo = new float[LANES];
        final float[] angle = new float[LANES];
        final int[] octant = new int[LANES];
        final float[] sin = new float[LANES];
        final float[] cos = new float[LANES];
    }

    /** One pass over {@code lanes / 8} blocks starting at {@code d[base]} (a separate method so it compiles on its own). */
    private static void pass(float[] d, int base, int lanes, float mean, float std, Workspace w) {
        float[] radius = w.radius;
        float[] angle = w.angle;
        // de-interleave: lane k is lane k % 8 of block k / 8, at base + 16·(k / 8) + k % 8
        for (int k = 0; k < lanes; k++) {
            int at = base + k + (k & ~7);
            radius[k] = d[at];
            angle[k] = d[at + 8];
        }
        splitForLog(radius, w.mant, w.expo, lanes);
        logSqrt(w.mant, w.expo, radius, lanes);
        reduceAngle(angle, w.octant, lanes);
        sinCos(angle, w.octant, w.sin, w.cos, lanes);
        float[] sin = w.sin;
        float[] cos = w.cos;
        for (int k = 0; k < lanes; k++) {
            int at = base + k + (k & ~7);
            d[at] = Math.fma(radius[k] * cos[k], std, mean);
            d[at + 8] = Math.fma(radius[k] * sin[k], std, mean);
        }
    }

    /**
     * log256 steps 1–3 on u1 = 1 − d[j]: exponent and mantissa, adjusted below √½. The inputs
     * are U24 values (w · 2^-24, as {@link NormalPaths#vectorizedFill} draws them), so
     * u1 = v · 2^-24 with the integer v = 2^24 − w, and the exponent and mantissa follow from v's
     * leading zeros with integer and exact float arithmetic only — no float/int bit moves, which
     * the auto-vectoriser does not handle. Same bits as the kernel's bit manipulation.
     */
    static void splitForLog(float[] u, float[] mant, float[] expo, int lanes) {
        for (int k = 0; k < lanes; k++) {
            int v = (1 << 24) - (int) (u[k] * 0x1p24f);     // 1 ≤ v ≤ 2^24, exact
            int lz = Integer.numberOfLeadingZeros(v);       // 7 … 31
            // 2^lz as a product of exact powers of two chosen by lz's bits
            float pow = Math.fma((float) (lz & 1), 1f, 1f) * Math.fma((float) ((lz >> 1) & 1), 3f, 1f)
                    * Math.fma((float) ((lz >> 2) & 1), 15f, 1f) * Math.fma((float) ((lz >> 3) & 1), 255f, 1f)
                    * Math.fma((float) ((lz >> 4) & 1), 65535f, 1f);
            float m = ((float) v * pow) * 0x1p-32f;          // u1's mantissa in [0.5, 1), exact
            // all ones where m < √½: compare the 24-bit mantissa integers (√½ = 0xB504F3 · 2^-24)
            int below = ((int) (m * 0x1p24f) - 0xB504F3) >> 31;
            float one = (float) (-below);                    // 1 where below, else +0
            expo[k] = (float) (8 - lz) - one;                // (exponent + 1), less one below √½
            mant[k] = (m - 1f) + m * one;                    // (m − 1) + m, or (m − 1) + 0
        }
    }

    /** log256 steps 4–7, then radius = sqrtf(−2 · log). */
    static void logSqrt(float[] mant, float[] expo, float[] radius, int lanes) {
        for (int k = 0; k < lanes; k++) {
            float m = mant[k];
            float e = expo[k];
            float z = m * m;
            float y = Math.fma(LOG_P0, m, LOG_P1);
            y = Math.fma(y, m, LOG_P2);
            y = Math.fma(y, m, LOG_P3);
            y = Math.fma(y, m, LOG_P4);
            y = Math.fma(y, m, LOG_P5);
            y = Math.fma(y, m, LOG_P6);
            y = Math.fma(y, m, LOG_P7);
            y = Math.fma(y, m, LOG_P8);
            y = y * m;
            y = Math.fma(y, z, e * LOG_Q1);
            y = Math.fma(-z, 0.5f, y);
            float log = Math.fma(e, LOG_Q2, m + y);
            radius[k] = (float) Math.sqrt(-2f * log);
        }
    }

    /** sincos256 steps 2–3 on θ = 2π·u2 ≥ 0: octant j and the reduced angle. */
    static void reduceAngle(float[] angle, int[] octant, int lanes) {
        for (int k = 0; k < lanes; k++) {
            float x = TWO_PI * angle[k];
            int j = ((int) (x * FOPI) + 1) & ~1;
            float y = (float) j;
            x = Math.fma(y, DP1, x);
            x = Math.fma(y, DP2, x);
            x = Math.fma(y, DP3, x);
            angle[k] = x;
            octant[k] = j;
        }
    }

    /** sincos256 steps 4–9 with arithmetic selection and signs. */
    static void sinCos(float[] reduced, int[] octant, float[] sin, float[] cos, int lanes) {
        for (int k = 0; k < lanes; k++) {
            float x = reduced[k];
            int j = octant[k];
            float z = x * x;
            float yc = Math.fma(Math.fma(COS_C0, z, COS_C1), z, COS_C2);
            yc = yc * z;
            yc = Math.fma(yc, z, -(z * 0.5f));
            yc = yc + 1f;
            float ys = Math.fma(Math.fma(SIN_S0, z, SIN_S1), z, SIN_S2);
            ys = ys * z;
            ys = Math.fma(ys, x, x);
            float useSinPoly = (float) (1 - ((j >> 1) & 1)); // 1 when bit 1 of j is 0
            float ysin2 = ys * useSinPoly;                   // ys, or ±0
            float ysin1 = yc * (1f - useSinPoly);            // +0 (yc > 0), or yc
            float s = ysin1 + ysin2;
            float c = (yc - ysin1) + (ys - ysin2);
            float sinSign = (float) (1 - 2 * ((j >> 2) & 1));       // negate when bit 2 of j is set
            float cosSign = (float) (2 * (((j - 2) >> 2) & 1) - 1); // negate when bit 2 of j − 2 is 0
            sin[k] = s * sinSign;
            cos[k] = c * cosSign;
        }
    }
}
