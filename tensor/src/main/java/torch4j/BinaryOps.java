package torch4j;

import static torch4j.Pointwise.Result.BOOL;
import static torch4j.Pointwise.Result.FLOAT;
import static torch4j.Pointwise.Result.PROMOTED;
import static torch4j.PointwiseGrad.Saves.BOTH;
import static torch4j.PointwiseGrad.Saves.INPUT;
import static torch4j.PointwiseGrad.Saves.NONE;
import static torch4j.PointwiseGrad.Saves.OUTPUT;

import torch4j.Pointwise.Binary;

/** The binary elementwise ops: one kernel per compute domain, side by side. */
final class BinaryOps {
    private BinaryOps() {}

    static final Binary ADD = new Binary("add", PROMOTED, "a + b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] + b[i]; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] + b[i]; })
            .withFloat((a, b, o, from, to) -> { for (int i = from; i < to; i++) o[i] = a[i] + b[i]; })
            .withGrad("AddBackward0", null, NONE, (g, a, b, y) -> g, (g, a, b, y) -> g);
    static final Binary SUB = new Binary("sub", PROMOTED, "a - b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] - b[i]; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] - b[i]; })
            .withFloat((a, b, o, from, to) -> { for (int i = from; i < to; i++) o[i] = a[i] - b[i]; })
            .withGrad("SubBackward0", null, NONE, (g, a, b, y) -> g, (g, a, b, y) -> g.neg());
    static final Binary MUL = new Binary("mul", PROMOTED, "a * b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] * b[i]; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] * b[i]; })
            .withFloat((a, b, o, from, to) -> { for (int i = from; i < to; i++) o[i] = a[i] * b[i]; })
            .withGrad("MulBackward0", null, INPUT, (g, a, b, y) -> g.mul(b), (g, a, b, y) -> g.mul(a));
    /** True division: integers divide as floats. */
    static final Binary DIV = new Binary("div", FLOAT, "a / b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] / b[i]; }, null)
            .withFloat((a, b, o, from, to) -> { for (int i = from; i < to; i++) o[i] = a[i] / b[i]; })
            .withGrad("DivBackward0", null, INPUT, (g, a, b, y) -> g.div(b), (g, a, b, y) -> g.neg().mul(a).div(b.mul(b)));
    /** trunc(a / b); for float32 the quotient is rounded to float first, as ATen's float loop does (1f/0.1f is 10). */
    static final Binary DIV_TRUNC = new Binary("div", PROMOTED, "t4j_trunc(a / b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) { double q = a[i] / b[i]; o[i] = q < 0 ? Math.ceil(q) : Math.floor(q); } },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] / nonZero(b[i]); },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) { float q = (float) (a[i] / b[i]); o[i] = q < 0 ? Math.ceil(q) : Math.floor(q); } })
            .dividing()
            .withGrad("DivBackward2", null, NONE, (g, a, b, y) -> PointwiseGrad.zeros(g), (g, a, b, y) -> PointwiseGrad.zeros(g));
    /** Python's //, by ATen's div_floor algorithm (so 1.0 // 0.1 is 9.0, as in Python), in the output's precision. */
    static final Binary DIV_FLOOR = new Binary("floor_divide", PROMOTED, "t4j_floordiv(a, b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = floorDivide(a[i], b[i]); },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.floorDiv(a[i], nonZero(b[i])); },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = floorDivide((float) a[i], (float) b[i]); })
            .dividing()
            .withGrad("DivBackward2", null, NONE, (g, a, b, y) -> PointwiseGrad.zeros(g), (g, a, b, y) -> PointwiseGrad.zeros(g));
    /** Python's %: the result takes the divisor's sign. */
    static final Binary REMAINDER = new Binary("remainder", PROMOTED, "t4j_mod(a, b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) { double r = a[i] % b[i]; o[i] = r != 0 && (r < 0) != (b[i] < 0) ? r + b[i] : r; } },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.floorMod(a[i], nonZero(b[i])); })
            .dividing()
            .withGrad("RemainderBackward1", "RemainderBackward0", INPUT, (g, a, b, y) -> g, (g, a, b, y) -> g.neg().mul(a.div(b, "floor")));
    /** C's fmod: the result takes the dividend's sign. */
    static final Binary FMOD = new Binary("fmod", PROMOTED, "t4j_fmod(a, b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] % b[i]; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] % nonZero(b[i]); })
            .dividing()
            .withGrad("FmodBackward1", "FmodBackward0", INPUT, (g, a, b, y) -> g, (g, a, b, y) -> g.neg().mul(a.div(b, "trunc")));
    static final Binary POW = new Binary("pow", PROMOTED, "t4j_pow(a, b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = pow(a[i], b[i]); },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = ipow(a[i], b[i]); })
            .withGrad("PowBackward1", null, BOTH,
                    // as ATen: no gradient to the base where the exponent is 0, nor to the exponent where the base is 0 and exponent >= 0
                    (g, a, b, y) -> Pointwise.where(b.eq(0.0), PointwiseGrad.zeros(g), g.mul(b).mul(a.pow(b.sub(1.0)))),
                    (g, a, b, y) -> Pointwise.where(a.eq(0.0).logicalAnd(b.ge(0.0)), PointwiseGrad.zeros(g), g.mul(y).mul(a.log())));
    static final Binary ATAN2 = new Binary("atan2", FLOAT, "atan2(a, b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.atan2(a[i], b[i]); }, null)
            .withGrad("Atan2Backward0", null, INPUT, (g, a, b, y) -> g.mul(b).div(a.mul(a).add(b.mul(b))), (g, a, b, y) -> g.mul(a.neg()).div(a.mul(a).add(b.mul(b))));
    /** NaN-propagating, as torch.maximum. */
    static final Binary MAXIMUM = new Binary("maximum", PROMOTED, "t4j_maximum(a, b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.max(a[i], b[i]); },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.max(a[i], b[i]); })
            .withGrad("MaximumBackward0", null, INPUT, (g, a, b, y) -> PointwiseGrad.selectMax(g, a, b, true), (g, a, b, y) -> PointwiseGrad.selectMax(g, a, b, false));
    static final Binary MINIMUM = new Binary("minimum", PROMOTED, "t4j_minimum(a, b)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.min(a[i], b[i]); },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.min(a[i], b[i]); })
            .withGrad("MinimumBackward0", null, INPUT, (g, a, b, y) -> PointwiseGrad.selectMax(g, b, a, true), (g, a, b, y) -> PointwiseGrad.selectMax(g, b, a, false));

    static final Binary EQ = new Binary("eq", BOOL, "a == b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] == b[i] ? 1 : 0; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] == b[i] ? 1 : 0; });
    static final Binary NE = new Binary("ne", BOOL, "a != b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] != b[i] ? 1 : 0; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] != b[i] ? 1 : 0; });
    static final Binary LT = new Binary("lt", BOOL, "a < b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] < b[i] ? 1 : 0; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] < b[i] ? 1 : 0; });
    static final Binary LE = new Binary("le", BOOL, "a <= b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] <= b[i] ? 1 : 0; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] <= b[i] ? 1 : 0; });
    static final Binary GT = new Binary("gt", BOOL, "a > b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] > b[i] ? 1 : 0; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] > b[i] ? 1 : 0; });
    static final Binary GE = new Binary("ge", BOOL, "a >= b",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] >= b[i] ? 1 : 0; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] >= b[i] ? 1 : 0; });
    static final Binary LOGICAL_AND = new Binary("logical_and", BOOL, "a != 0 && b != 0",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] != 0 && b[i] != 0 ? 1 : 0; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] != 0 && b[i] != 0 ? 1 : 0; });
    static final Binary LOGICAL_OR = new Binary("logical_or", BOOL, "a != 0 || b != 0",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] != 0 || b[i] != 0 ? 1 : 0; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] != 0 || b[i] != 0 ? 1 : 0; });
    static final Binary LOGICAL_XOR = new Binary("logical_xor", BOOL, "(a != 0) != (b != 0)",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = (a[i] != 0) != (b[i] != 0) ? 1 : 0; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = (a[i] != 0) != (b[i] != 0) ? 1 : 0; });

    /**
     * {@code a + alpha * b} (add's alpha; sub is alpha negated): one fused multiply-add in the
     * output's type with alpha cast to it, as ATen's kernels compute it (its vector loop is
     * {@code fmadd}, the scalar tail contracted to the same instruction), so SGD's
     * {@code p.add_(grad, alpha=-lr)} gives PyTorch's bits.
     */
    static Binary addScaled(double alpha) {
        if (alpha == 1) return ADD;
        long la = (long) alpha;
        float fa = (float) alpha;
        return new Binary("add", PROMOTED, "a + alpha * b",
                (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.fma(alpha, b[i], a[i]); },
                (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = a[i] + la * b[i]; },
                (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.fma(fa, (float) b[i], (float) a[i]); })
            .withFloat((a, b, o, from, to) -> { for (int i = from; i < to; i++) o[i] = Math.fma(fa, b[i], a[i]); })
            .withScalars("alpha", alpha)
            .withGrad("AddBackward0", null, NONE, (g, a, b, y) -> g, (g, a, b, y) -> g.mul(alpha));
    }

    /** {@code a - alpha * b}: sub with alpha, named sub for sub's bool check. */
    static Binary subScaled(double alpha) {
        Binary add = addScaled(-alpha);
        return new Binary("sub", PROMOTED, "a - alpha * b", add.dbl(), add.lng(), add.f32()).withFloat(add.flt())
            .withScalars("alpha", alpha)
            .withGrad("SubBackward0", null, NONE, (g, a, b, y) -> g, (g, a, b, y) -> g.mul(-alpha));
    }

    /** C's pow, which differs from Math.pow in pow(1, y) = 1 for any y and pow(-1, ±inf) = 1. */
    static double pow(double a, double b) {
        return a == 1 || (a == -1 && Double.isInfinite(b)) ? 1 : Math.pow(a, b);
    }

    /** ATen's div_floor_floating: fmod-based, so the quotient is exact where floor(a / b) would round. */
    static double floorDivide(double a, double b) {
        if (b == 0) return a / b;
        double mod = a % b;   // Java's % on doubles is C's fmod
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) div -= 1;
        if (div == 0) return Math.copySign(0.0, a / b);
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1 : floor;
    }

    /** The same in float arithmetic, for float32 results. */
    static float floorDivide(float a, float b) {
        if (b == 0) return a / b;
        float mod = a % b;
        float div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) div -= 1;
        if (div == 0) return Math.copySign(0.0f, a / b);
        float floor = (float) Math.floor(div);
        return div - floor > 0.5f ? floor + 1 : floor;
    }

    /**
     * Integer power by squaring. A negative exponent gives 0 except for bases 1 and -1, as ATen's
     * powi (a negative scalar exponent is rejected before, in Arithmetic).
     */
    static long ipow(long base, long exp) {
        if (exp < 0) {
            if (base == 1) return 1;
            if (base == -1) return (exp & 1) == 0 ? 1 : -1;
            return 0;
        }
        long result = 1;
        while (exp > 0) {
            if ((exp & 1) != 0) result *= base;
            base *= base;
            exp >>= 1;
        }
        return result;
    }

    private static long nonZero(long d) {
        if (d == 0) throw new ArithmeticException("ZeroDivisionError");
        return d;
    }
}
