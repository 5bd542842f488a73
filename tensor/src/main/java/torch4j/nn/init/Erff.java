package torch4j.nn.init;

/**
 * Single-precision erf as glibc 2.36 computes it ({@code sysdeps/ieee754/flt-32/s_erff.c}, the
 * float conversion of Sun's fdlibm {@code s_erf.c} by Ian Lance Taylor; plain float arithmetic,
 * no fused multiply-adds), so that {@code erfinv_}'s Newton steps see PyTorch's values.
 * Coefficients are given by their IEEE bit patterns.
 *
 * <p>Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at SunPro, a
 * Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice is preserved.
 */
final class Erff {
    private Erff() {}

    private static float f(int bits) {
        return Float.intBitsToFloat(bits);
    }

    private static final float ERX = f(0x3f58560b), EFX = f(0x3e0375d4), EFX8 = f(0x3f8375d4);
    private static final float PP0 = f(0x3e0375d4), PP1 = f(0xbea66beb), PP2 = f(0xbce9528f),
            PP3 = f(0xbbbd1489), PP4 = f(0xb7c756b1);
    private static final float QQ1 = f(0x3ecbbbce), QQ2 = f(0x3d852a63), QQ3 = f(0x3ba68116),
            QQ4 = f(0x390aee49), QQ5 = f(0xb684e21a);
    private static final float PA0 = f(0xbb1acdc6), PA1 = f(0x3ed46805), PA2 = f(0xbebe9208),
            PA3 = f(0x3ea2fe54), PA4 = f(0xbde31cc2), PA5 = f(0x3d1151b3), PA6 = f(0xbb0df9c0);
    private static final float QA1 = f(0x3dd9f331), QA2 = f(0x3f0a5785), QA3 = f(0x3d931ae7),
            QA4 = f(0x3e013307), QA5 = f(0x3c5f6e13), QA6 = f(0x3c445aa3);
    private static final float RA0 = f(0xbc21a093), RA1 = f(0xbf31a0b7), RA2 = f(0xc128f022),
            RA3 = f(0xc2798057), RA4 = f(0xc322658c), RA5 = f(0xc3389ae7), RA6 = f(0xc2a2932b),
            RA7 = f(0xc11d077e);
    private static final float SA1 = f(0x419d35ce), SA2 = f(0x4309a863), SA3 = f(0x43d9486f),
            SA4 = f(0x442158c9), SA5 = f(0x43d6810b), SA6 = f(0x42d9451f), SA7 = f(0x40d23f7c),
            SA8 = f(0xbd777f97);
    private static final float RB0 = f(0xbc21a092), RB1 = f(0xbf4c9dd4), RB2 = f(0xc18e104b),
            RB3 = f(0xc320a2ea), RB4 = f(0xc41f6441), RB5 = f(0xc480230b), RB6 = f(0xc3f1c275);
    private static final float SB1 = f(0x41f2b459), SB2 = f(0x43a2e571), SB3 = f(0x44c01759),
            SB4 = f(0x4547fdbb), SB5 = f(0x451f90ce), SB6 = f(0x43ed43a7), SB7 = f(0xc1b38712);
    private static final float TINY = 1e-30f;

    static float erff(float x) {
        int hx = Float.floatToRawIntBits(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7f800000) {
            int i = (hx >>> 31) << 1;
            return (float) (1 - i) + 1.0f / x;
        }
        if (ix < 0x3f580000) { // |x| < 0.84375
            if (ix < 0x31800000) { // |x| < 2^-28
                if (ix < 0x04000000) return 0.125f * (8.0f * x + EFX8 * x);
                return x + EFX * x;
            }
            float z = x * x;
            float r = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
            float s = 1.0f + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
            float y = r / s;
            return x + x * y;
        }
        if (ix < 0x3fa00000) { // 0.84375 <= |x| < 1.25
            float s = Math.abs(x) - 1.0f;
            float p = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
            float q = 1.0f + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
            return hx >= 0 ? ERX + p / q : -ERX - p / q;
        }
        if (ix >= 0x40c00000) return hx >= 0 ? 1.0f - TINY : TINY - 1.0f; // |x| >= 6
        x = Math.abs(x);
        float s = 1.0f / (x * x);
        float r, sd;
        if (ix < 0x4036DB6E) { // |x| < 1/0.35
            r = RA0 + s * (RA1 + s * (RA2 + s * (RA3 + s * (RA4 + s * (RA5 + s * (RA6 + s * RA7))))));
            sd = 1.0f + s * (SA1 + s * (SA2 + s * (SA3 + s * (SA4 + s * (SA5 + s * (SA6 + s * (SA7 + s * SA8)))))));
        } else {
            r = RB0 + s * (RB1 + s * (RB2 + s * (RB3 + s * (RB4 + s * (RB5 + s * RB6)))));
            sd = 1.0f + s * (SB1 + s * (SB2 + s * (SB3 + s * (SB4 + s * (SB5 + s * (SB6 + s * SB7))))));
        }
        float z = Float.intBitsToFloat(Float.floatToRawIntBits(x) & 0xfffff000);
        float e = expf(-z * z - 0.5625f) * expf((z - x) * (z + x) + r / sd);
        return hx >= 0 ? 1.0f - e / x : e / x - 1.0f;
    }

    /** glibc's expf computes in double and rounds once; the correctly rounded exp agrees. */
    static float expf(float x) {
        return (float) Math.exp(x);
    }
}
