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
import static torch4j.random.CephesAvx2.SQRTHF;
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
        float[] radius = new float[LANES];
        float[] mant = new float[LANES];
        float[] expo = new float[LANES];
        float[] angle = new float[LANES];
        int[] octant = new int[LANES];
        float[] sin = new float[LANES];
        float[] cos = new float[LANES];
        final int blocksPerPass = LANES / 8;
        for (int b0 = 0; b0 < blocks; b0 += blocksPerPass) {
            int nb = Math.min(blocksPerPass, blocks - b0);
            int base = o + b0 * NormalPaths.BLOCK;
            int lanes = nb * 8;
            // de-interleave: the first 8 of each block feed radii, the last 8 angles
            for (int b = 0; b < nb; b++) {
                int src = base + b * NormalPaths.BLOCK;
                System.arraycopy(d, src, radius, 8 * b, 8);
                System.arraycopy(d, src + 8, angle, 8 * b, 8);
            }
            splitForLog(radius, mant, expo, lanes);
            logSqrt(mant, expo, radius, lanes);
            reduceAngle(angle, octant, lanes);
            sinCos(angle, octant, sin, cos, lanes);
            for (int b = 0; b < nb; b++) {
                int dst = base + b * NormalPaths.BLOCK;
                for (int j = 0; j < 8; j++) {
                    int k = 8 * b + j;
                    d[dst + j] = Math.fma(radius[k] * cos[k], std, mean);
                    d[dst + 8 + j] = Math.fma(radius[k] * sin[k], std, mean);
                }
            }
        }
    }

    /** log256 steps 1–3 on u1 = 1 − d[j]: exponent and mantissa, adjusted below √½. */
    static void splitForLog(float[] u, float[] mant, float[] expo, int lanes) {
        for (int k = 0; k < lanes; k++) {
            int bits = Float.floatToRawIntBits(1f - u[k]);
            float e = (float) ((bits >>> 23) - 127) + 1f;
            float m = Float.intBitsToFloat((bits & 0x807FFFFF) | 0x3F000000);
            // branch-free, as the kernel's masks: all ones where m < √½ (m − √½ is exact, never −0)
            int below = Float.floatToRawIntBits(m - SQRTHF) >> 31;
            e = e - Float.intBitsToFloat(0x3F800000 & below);
            m = (m - 1f) + Float.intBitsToFloat(Float.floatToRawIntBits(m) & below);
            mant[k] = m;
            expo[k] = e;
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
