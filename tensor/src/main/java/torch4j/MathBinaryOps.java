package torch4j;

import static torch4j.Pointwise.Result.FLOAT;
import static torch4j.Pointwise.Result.PROMOTED;
import static torch4j.PointwiseGrad.Saves.BOTH;
import static torch4j.PointwiseGrad.Saves.INPUT;
import static torch4j.PointwiseGrad.Saves.OUTPUT;

import torch4j.Pointwise.Binary;
import torch4j.Pointwise.Unary;

/**
 * The binary elementwise ops of PyTorch's math namespace beyond {@link BinaryOps}: copysign,
 * fmax/fmin, hypot, logaddexp(2), nextafter, heaviside, xlogy, and the integer ops (bitwise
 * logic and shifts, gcd, lcm). Integer-only ops keep a double kernel for the declaration's sake
 * (floats are refused before they run, with PyTorch's message, in {@link PointwiseExtras}).
 */
final class MathBinaryOps {
    private MathBinaryOps() {}

    static final Binary COPYSIGN = new Binary("copysign", FLOAT, "copysign(a, b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.copySign(a[i], b[i]); }, null)
            .withGrad("CopysignBackward0", "CopysignBackward1", BOTH,
                    (g, a, b, y) -> Pointwise.where(a.eq(0.0), PointwiseGrad.zeros(g), g.mul(y.div(a))),
                    (g, a, b, y) -> PointwiseGrad.zeros(g));
    /** max ignoring NaN (NaN only where both are). */
    static final Binary FMAX = new Binary("fmax", PROMOTED, "a != a ? b : (b != b ? a : (a < b ? b : a))",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] != a[i] ? b[i] : b[i] != b[i] ? a[i] : a[i] < b[i] ? b[i] : a[i]; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.max(a[i], b[i]); })
            .withGrad("FmaxBackward0", null, INPUT,
                    (g, a, b, y) -> g.mul(a.ge(b).logicalOr(b.isnan())),
                    (g, a, b, y) -> g.mul(a.ge(b).logicalAnd(a.isnan().logicalNot()).logicalNot()));
    static final Binary FMIN = new Binary("fmin", PROMOTED, "a != a ? b : (b != b ? a : (b < a ? b : a))",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] != a[i] ? b[i] : b[i] != b[i] ? a[i] : b[i] < a[i] ? b[i] : a[i]; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.min(a[i], b[i]); })
            .withGrad("FminBackward0", null, INPUT,
                    (g, a, b, y) -> g.mul(a.le(b).logicalOr(b.isnan())),
                    (g, a, b, y) -> g.mul(a.le(b).logicalAnd(a.isnan().logicalNot()).logicalNot()));
    static final Binary HYPOT = new Binary("hypot", PROMOTED, "hypot(a, b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.hypot(a[i], b[i]); }, null)
            .withGrad("HypotBackward0", null, BOTH, (g, a, b, y) -> g.mul(a.div(y)), (g, a, b, y) -> g.mul(b.div(y)));
    /** ATen's logaddexp: max + log1p(exp(−|a − b|)), each step rounded to float for float32. */
    static final Binary LOGADDEXP = new Binary("logaddexp", PROMOTED,
            "(a == INFINITY || a == -INFINITY) && a == b ? a : (a < b ? b : a) + log1p(exp(-t4j_abs(a - b)))",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = logaddexp(a[i], b[i]); }, null,
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = logaddexpFloat((float) a[i], (float) b[i]); })
            .withGrad("LogaddexpBackward0", null, INPUT,
                    (g, a, b, y) -> g.div(b.sub(a).exp().add(1.0)), (g, a, b, y) -> g.div(a.sub(b).exp().add(1.0)));
    /** ATen's logaddexp2: max + log1p(2^(−|a − b|)) / ln 2. */
    static final Binary LOGADDEXP2 = new Binary("logaddexp2", PROMOTED,
            "(a == INFINITY || a == -INFINITY) && a == b ? a : (a < b ? b : a) + log1p(exp2(-t4j_abs(a - b))) * 1.4426950408889634",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = logaddexp2(a[i], b[i]); }, null,
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = logaddexp2Float((float) a[i], (float) b[i]); })
            .withGrad("Logaddexp2Backward0", null, INPUT,
                    (g, a, b, y) -> g.div(b.sub(a).exp2().add(1.0)), (g, a, b, y) -> g.div(a.sub(b).exp2().add(1.0)));
    /** The next representable value from a towards b, in the result's own format (float32 steps by a float ulp). */
    static final Binary NEXTAFTER = new Binary("nextafter", PROMOTED, "nextafter(a, b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.nextAfter(a[i], b[i]); }, null,
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.nextAfter((float) a[i], b[i]); });
    /** 0 below zero, 1 above, {@code values} at zero (NaN compares false: 0). */
    static final Binary HEAVISIDE = new Binary("heaviside", PROMOTED, "a == 0 ? b : (a > 0 ? 1 : 0)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] == 0 ? b[i] : a[i] > 0 ? 1 : 0; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] == 0 ? b[i] : a[i] > 0 ? 1 : 0; });
    /** x · log(y), 0 where x is 0 (unless y is NaN); float32 multiplies the float log in float. */
    static final Binary XLOGY = new Binary("xlogy", FLOAT, "b != b ? NAN : (a == 0 ? 0 : a * log(b))",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = b[i] != b[i] ? Double.NaN : a[i] == 0 ? 0 : a[i] * Math.log(b[i]); }, null,
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = b[i] != b[i] ? Double.NaN : a[i] == 0 ? 0 : (float) a[i] * (float) Math.log(b[i]); })
            .withGrad("XlogyBackward0", "XlogyBackward2", INPUT,
                    (g, a, b, y) -> Pointwise.where(a.eq(0.0).logicalAnd(b.le(0.0)), PointwiseGrad.zeros(g), Pointwise.apply(MathBinaryOps.XLOGY, g, b)),
                    (g, a, b, y) -> g.mul(a).div(b));

    static final Binary BITWISE_AND = new Binary("bitwise_and", PROMOTED, "a & b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = (long) a[i] & (long) b[i]; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] & b[i]; });
    static final Binary BITWISE_OR = new Binary("bitwise_or", PROMOTED, "a | b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = (long) a[i] | (long) b[i]; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] | b[i]; });
    static final Binary BITWISE_XOR = new Binary("bitwise_xor", PROMOTED, "a ^ b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = (long) a[i] ^ (long) b[i]; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] ^ b[i]; });
    /** ~x on integers (bool tensors use logical_not: ~True is False). */
    static final Unary BITWISE_NOT = new Unary("bitwise_not", PROMOTED, "~x",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = ~(long) x[i]; },
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = ~x[i]; });
    /** Euclid's algorithm on magnitudes, as ATen's calc_gcd. */
    static final Binary GCD = new Binary("gcd", PROMOTED, "t4j_gcd(a, b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = gcd((long) a[i], (long) b[i]); },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = gcd(a[i], b[i]); });
    /**
     * |a / gcd · b|, 0 where the gcd is 0, in the width C computes it ({@code bits} 64 for int64,
     * else 32: an int32 product wraps before its absolute value is taken).
     */
    static Binary lcm(long bits) {
        return new Binary("lcm", PROMOTED, "t4j_lcm(a, b, bits)",
                (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = lcm((long) a[i], (long) b[i], bits); },
                (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = lcm(a[i], b[i], bits); })
                .withScalars("bits", bits);
    }

    /**
     * a << b as ATen computes it on x86: the shift count is taken modulo the width of the C type
     * the shift runs in ({@code mask} 63 for int64, 31 for the narrower types, which C promotes to
     * int); the result is then wrapped to the tensor's dtype.
     */
    static Binary shiftLeft(long mask) {
        return new Binary("bitwise_left_shift", PROMOTED, "a << (b & mask)",
                (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = (long) a[i] << ((long) b[i] & mask); },
                (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] << (b[i] & mask); })
                .withScalars("mask", mask);
    }

    /** a >> b, arithmetic, with the shift count taken as {@link #shiftLeft} takes it. */
    static Binary shiftRight(long mask) {
        return new Binary("bitwise_right_shift", PROMOTED, "a >> (b & mask)",
                (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = (long) a[i] >> ((long) b[i] & mask); },
                (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] >> (b[i] & mask); })
                .withScalars("mask", mask);
    }

    static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (a != 0) { long c = a; a = b % a; b = c; }
        return b;
    }

    static long lcm(long a, long b, long bits) {
        long g = gcd(a, b);
        if (g == 0) return 0;
        long p = a / g * b;
        return Math.abs(bits == 32 ? (int) p : p);
    }

    static double logaddexp(double a, double b) {
        if (Double.isInfinite(a) && a == b) return a;
        double m = Math.max(a, b);
        return m + Math.log1p(Math.exp(-Math.abs(a - b)));
    }

    static double logaddexpFloat(float a, float b) {
        if (Float.isInfinite(a) && a == b) return a;
        float m = Math.max(a, b);
        return m + (float) Math.log1p((float) Math.exp(-Math.abs(a - b)));
    }

    static double logaddexp2(double a, double b) {
        if (Double.isInfinite(a) && a == b) return a;
        double m = Math.max(a, b);
        return m + Math.log1p(Math.pow(2, -Math.abs(a - b))) * (1 / Math.log(2));
    }

    static double logaddexp2Float(float a, float b) {
        if (Float.isInfinite(a) && a == b) return a;
        float m = Math.max(a, b);
        return m + (float) Math.log1p((float) Math.pow(2, -Math.abs(a - b))) * (float) (1 / Math.log(2));
    }
}
