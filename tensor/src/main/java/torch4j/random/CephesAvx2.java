package torch4j.random;

/**
 * Internal: the single-precision {@code log256_ps} and {@code sincos256_ps} of
 * {@code avx_mathfun.h} (Cephes polynomials) exactly as PyTorch's AVX2 {@code normal_stub} build
 * evaluates them, lane by lane (notes §4.4). Every multiply whose only use is an add or subtract
 * was compiled to one fused instruction, so those steps are {@link Math#fma}; every other
 * operation is rounded to float on its own. Verified in the notes for all 2^24 inputs of each.
 */
final class CephesAvx2 {
    static final float SQRTHF = Float.intBitsToFloat(0x3F3504F3);
    static final float LOG_P0 = Float.intBitsToFloat(0x3D9021BB);
    static final float LOG_P1 = Float.intBitsToFloat(0xBDEBD1B8);
    static final float LOG_P2 = Float.intBitsToFloat(0x3DEF251A);
    static final float LOG_P3 = Float.intBitsToFloat(0xBDFE5D4F);
    static final float LOG_P4 = Float.intBitsToFloat(0x3E11E9BF);
    static final float LOG_P5 = Float.intBitsToFloat(0xBE2AAE50);
    static final float LOG_P6 = Float.intBitsToFloat(0x3E4CCEAC);
    static final float LOG_P7 = Float.intBitsToFloat(0xBE7FFFFC);
    static final float LOG_P8 = Float.intBitsToFloat(0x3EAAAAAA);
    static final float LOG_Q1 = Float.intBitsToFloat(0xB95E8083);
    static final float LOG_Q2 = Float.intBitsToFloat(0x3F318000);
    static final float DP1 = Float.intBitsToFloat(0xBF490000);
    static final float DP2 = Float.intBitsToFloat(0xB97DA000);
    static final float DP3 = Float.intBitsToFloat(0xB3222169);
    static final float SIN_S0 = Float.intBitsToFloat(0xB94CA1F9);
    static final float SIN_S1 = Float.intBitsToFloat(0x3C08839E);
    static final float SIN_S2 = Float.intBitsToFloat(0xBE2AAAA3);
    static final float COS_C0 = Float.intBitsToFloat(0x37CCF5CE);
    static final float COS_C1 = Float.intBitsToFloat(0xBAB6061A);
    static final float COS_C2 = Float.intBitsToFloat(0x3D2AAAA5);
    static final float FOPI = Float.intBitsToFloat(0x3FA2F983);
    /** f32(2π), the angle scale of the float32 vectorised normal (§4.3). */
    static final float TWO_PI = Float.intBitsToFloat(0x40C90FDB);

    private CephesAvx2() {}

    /** {@code log256_ps} for positive normal x (the only inputs: 1 − U24 ∈ [2^-24, 1]). */
    static float log(float x) {
        int bits = Float.floatToRawIntBits(x);
        float e = (float) ((bits >>> 23) - 127) + 1f;
        float m = Float.intBitsToFloat((bits & 0x807FFFFF) | 0x3F000000); // mantissa in [0.5, 1)
        // The kernel adds either m or +0 after subtracting 1: two rounded operations both ways.
        if (m < SQRTHF) {
            e = e - 1f;
            m = (m - 1f) + m;
        } else {
            m = (m - 1f) + 0f;
        }
        float z = m * m;
        float y = LOG_P0;
        y = Math.fma(y, m, LOG_P1);
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
        return Math.fma(e, LOG_Q2, m + y);
    }

    /**
     * {@code sincos256_ps}: returns sin in the high 32 bits and cos in the low 32 bits of a long
     * (float bit patterns), so the caller gets both without allocating.
     */
    static long sincos(float x) {
        int xBits = Float.floatToRawIntBits(x);
        int signSin = xBits & 0x80000000;
        x = Float.intBitsToFloat(xBits & 0x7FFFFFFF);
        int j = (int) (x * FOPI);            // truncation, as cvttps2dq
        j = (j + 1) & ~1;
        float y = (float) j;
        x = Math.fma(y, DP1, x);
        x = Math.fma(y, DP2, x);
        x = Math.fma(y, DP3, x);
        signSin ^= (j & 4) << 29;
        int signCos = (~(j - 2) & 4) << 29;
        float z = x * x;
        float yc = Math.fma(Math.fma(COS_C0, z, COS_C1), z, COS_C2);
        yc = yc * z;
        yc = Math.fma(yc, z, -(z * 0.5f));
        yc = yc + 1f;
        float ys = Math.fma(Math.fma(SIN_S0, z, SIN_S1), z, SIN_S2);
        ys = ys * z;
        ys = Math.fma(ys, x, x);
        // The kernel selects with masks and then adds and subtracts zeros; written out literally
        // because the result differs for signed zeros (§4.4 step 8).
        boolean sinFromSinPoly = (j & 2) == 0;
        float ysin2 = sinFromSinPoly ? ys : 0f;
        float ysin1 = sinFromSinPoly ? 0f : yc;
        float sin = ysin1 + ysin2;
        float cos = (yc - ysin1) + (ys - ysin2);
        int sinBits = Float.floatToRawIntBits(sin) ^ signSin;
        int cosBits = Float.floatToRawIntBits(cos) ^ signCos;
        return ((long) sinBits << 32) | (cosBits & 0xFFFFFFFFL);
    }
}
