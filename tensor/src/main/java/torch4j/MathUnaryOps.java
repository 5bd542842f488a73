package torch4j;

import static torch4j.Pointwise.Result.BOOL;
import static torch4j.Pointwise.Result.FLOAT;
import static torch4j.Pointwise.Result.PROMOTED;
import static torch4j.PointwiseGrad.Saves.BOTH;
import static torch4j.PointwiseGrad.Saves.INPUT;
import static torch4j.PointwiseGrad.Saves.NONE;
import static torch4j.PointwiseGrad.Saves.OUTPUT;

import torch4j.Pointwise.Unary;
import torch4j.backend.ChunkKernels;

/**
 * The unary elementwise ops of PyTorch's math namespace beyond {@link UnaryOps}: inverse
 * hyperbolics, exp2, frac, erfc/erfinv, the gamma family, i0, sinc, angle conversions, sign
 * predicates, nan_to_num, logit and hardshrink; each declared once with its kernels, C
 * expression and backward (PyTorch 1.13's node names). Ops that only make sense on floats
 * are refused for integers before they get here ({@link PointwiseExtras}).
 */
final class MathUnaryOps {
    private MathUnaryOps() {}

    private static final double DEG = Math.PI / 180, RAD = 180 / Math.PI;

    static final Unary ACOSH = floatOp("acosh", "acosh(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.acosh(x[i]); }, null)
            .withGrad("AcoshBackward0", INPUT, (g, x, y) -> g.div(x.mul(x).sub(1.0).sqrt()));
    static final Unary ASINH = floatOp("asinh", "asinh(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.asinh(x[i]); }, null)
            .withGrad("AsinhBackward0", INPUT, (g, x, y) -> g.div(x.mul(x).add(1.0).sqrt()));
    static final Unary ATANH = floatOp("atanh", "atanh(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.atanh(x[i]); }, null)
            .withGrad("AtanhBackward0", INPUT, (g, x, y) -> g.div(x.mul(x).neg().add(1.0)));
    static final Unary EXP2 = floatOp("exp2", "exp2(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.pow(2, x[i]); }, null)
            .withGrad("Exp2Backward0", OUTPUT, (g, x, y) -> g.mul(y).mul(Math.log(2)));
    static final Unary ERFC = floatOp("erfc", "erfc(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.erfc(x[i]); }, null)
            .withGrad("ErfcBackward0", INPUT, (g, x, y) -> g.mul(x.square().neg().exp().mul(-2 / Math.sqrt(Math.PI))));
    static final Unary ERFINV = floatOp("erfinv", "erfinv(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.erfinv(x[i]); },
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.erfinvFloat((float) x[i]); })
            .withGrad("ErfinvBackward0", OUTPUT, (g, x, y) -> g.mul(y.square().exp().mul(Math.sqrt(Math.PI) / 2)));
    static final Unary LGAMMA = floatOp("lgamma", "lgamma(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.lgamma(x[i]); }, null)
            .withGrad("LgammaBackward0", INPUT, (g, x, y) -> g.mul(Pointwise.apply(MathUnaryOps.DIGAMMA, x)));
    static final Unary DIGAMMA = floatOp("digamma", "t4j_digamma(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.digamma(x[i]); },
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.digammaFloat((float) x[i]); })
            .withGrad("DigammaBackward0", INPUT, (g, x, y) -> g.mul(Pointwise.apply(polygamma(1), x)));
    static final Unary I0 = floatOp("i0", "t4j_i0(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.i0(x[i]); },
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.i0Float((float) x[i]); })
            .withGrad("I0Backward0", INPUT, (g, x, y) -> g.mul(Pointwise.apply(MathUnaryOps.I1, x)));
    /** special_i1, i0's derivative: {@code i1'(x) = i0(x) − i1(x)/x} (1/2 at 0). */
    static final Unary I1 = floatOp("special_i1", "cyl_bessel_i1(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SpecialFunctions.i1(x[i]); }, null)
            .withGrad("SpecialI1Backward0", BOTH, (g, x, y) ->
                    g.mul(Pointwise.where(x.eq(0.0), Conversions.scalar(0.5), Pointwise.apply(MathUnaryOps.I0, x).sub(y.div(x)))));

    /** x − trunc(x), exact in every float format. */
    static final Unary FRAC = new Unary("frac", PROMOTED, "x - t4j_trunc(x)",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] - (x[i] < 0 ? Math.ceil(x[i]) : Math.floor(x[i])); }, null)
            .withGrad("FracBackward0", NONE, (g, x, y) -> g);
    /** x · (π/180) as ATen's mul by a wrapped scalar: float32 multiplies by the float constant, rounding once. */
    static final Unary DEG2RAD = new Unary("deg2rad", FLOAT, "x * " + DEG,
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] * DEG; }, null,
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = (float) (x[i] * (float) DEG); })
            .withGrad("Deg2RadBackward0", NONE, (g, x, y) -> g.mul(DEG));
    static final Unary RAD2DEG = new Unary("rad2deg", FLOAT, "x * " + RAD,
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] * RAD; }, null,
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = (float) (x[i] * (float) RAD); })
            .withGrad("Rad2DegBackward0", NONE, (g, x, y) -> g.mul(RAD));
    /** sin(πx)/(πx), 1 at 0; float32 forms the product and quotient in float as ATen's float loop. */
    static final Unary SINC = new Unary("sinc", FLOAT, "x == 0 ? 1 : sin(3.141592653589793 * x) / (3.141592653589793 * x)",
            (x, o, n) -> { for (int i = 0; i < n; i++) { double p = Math.PI * x[i]; o[i] = x[i] == 0 ? 1 : Math.sin(p) / p; } }, null,
            (x, o, n) -> { for (int i = 0; i < n; i++) { float p = (float) Math.PI * (float) x[i]; o[i] = x[i] == 0 ? 1 : (float) Math.sin(p) / p; } })
            .withGrad("SincBackward0", INPUT, (g, x, y) -> {
                Tensor p = x.mul(Math.PI);
                Tensor d = p.mul(p.cos()).sub(p.sin()).div(p.mul(x));
                return Pointwise.where(x.eq(0.0), PointwiseGrad.zeros(g), d).mul(g);
            });
    /** sign for real tensors, under its own name and node ({@code sgn} is sign extended to complex numbers). */
    static final Unary SGN = new Unary("sgn", PROMOTED, UnaryOps.SIGN.expression(), UnaryOps.SIGN.dbl(), UnaryOps.SIGN.lng())
            .withGrad("SgnBackward0", NONE, (g, x, y) -> PointwiseGrad.zeros(g));

    /** The sign bit: true for −0.0 and negative NaNs too. */
    static final Unary SIGNBIT = new Unary("signbit", BOOL, "t4j_signbit(x)",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Double.doubleToRawLongBits(x[i]) < 0 ? 1 : 0; },
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] < 0 ? 1 : 0; });
    static final Unary ISPOSINF = new Unary("isposinf", BOOL, "x == INFINITY",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] == Double.POSITIVE_INFINITY ? 1 : 0; },
            (x, o, n) -> java.util.Arrays.fill(o, 0, n, 0));
    static final Unary ISNEGINF = new Unary("isneginf", BOOL, "x == -INFINITY",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] == Double.NEGATIVE_INFINITY ? 1 : 0; },
            (x, o, n) -> java.util.Arrays.fill(o, 0, n, 0));

    /** frexp's exponent (as a float, cast to int32 by the caller): x = m · 2^e with |m| in [0.5, 1); 0 for 0, inf and NaN. */
    static final Unary FREXP_EXPONENT = new Unary("frexp", PROMOTED, "t4j_frexp_exponent(x)",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = frexpExponent(x[i]); }, null);
    /** frexp's mantissa: x scaled by 2^−e exactly (0, inf and NaN unchanged). */
    static final Unary FREXP_MANTISSA = new Unary("frexp", PROMOTED, "t4j_frexp_mantissa(x)",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.scalb(x[i], -frexpExponent(x[i])); }, null);

    static int frexpExponent(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return 0;
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) return Math.getExponent(x * 0x1p54) - 54 + 1;   // subnormal
        return e + 1;
    }

    /** The n-th derivative of digamma (PyTorch's polygamma, used here as digamma's and its own derivative). */
    static Unary polygamma(long n) {
        return new Unary("polygamma", FLOAT, "t4j_polygamma(n, x)",
                (x, o, k) -> { for (int i = 0; i < k; i++) o[i] = SpecialFunctions.polygamma(n, x[i]); }, null)
                .withScalars("n", n)
                .withGrad("PolygammaBackward0", INPUT, (g, x, y) -> g.mul(Pointwise.apply(polygamma(n + 1), x)));
    }

    /**
     * nan_to_num with its replacements already in the tensor's dtype (ATen casts them first);
     * integers pass through unchanged.
     */
    static Unary nanToNum(double nan, double posinf, double neginf) {
        return new Unary("nan_to_num", PROMOTED, "x != x ? nan : (x == INFINITY ? posinf : (x == -INFINITY ? neginf : x))",
                (x, o, n) -> { for (int i = 0; i < n; i++) { double v = x[i]; o[i] = v != v ? nan : v == Double.POSITIVE_INFINITY ? posinf : v == Double.NEGATIVE_INFINITY ? neginf : v; } },
                (x, o, n) -> System.arraycopy(x, 0, o, 0, n))
                .withScalars("nan", nan, "posinf", posinf, "neginf", neginf)
                .withGrad("NanToNumBackward0", INPUT, (g, x, y) -> g.mul(x.isfinite()));
    }

    /**
     * logit, with its inputs clamped to [eps, 1 − eps] when eps is given (eps < 0: none): ATen's
     * float loop computes x / (1 − x) and its log in float, which matters where the log is small.
     */
    static Unary logit(double eps) {
        double lo = eps < 0 ? Double.NEGATIVE_INFINITY : eps, hi = eps < 0 ? Double.POSITIVE_INFINITY : 1 - eps;
        float flo = (float) lo, fhi = (float) (1 - (float) eps);
        return new Unary("logit", FLOAT, "log((x < lo ? lo : (x > hi ? hi : x)) / (1 - (x < lo ? lo : (x > hi ? hi : x))))",
                (x, o, n) -> { for (int i = 0; i < n; i++) { double z = x[i] < lo ? lo : x[i] > hi ? hi : x[i]; o[i] = Math.log(z / (1 - z)); } }, null,
                (x, o, n) -> { for (int i = 0; i < n; i++) {
                    float z = eps < 0 ? (float) x[i] : x[i] < flo ? flo : x[i] > fhi ? fhi : (float) x[i];
                    o[i] = (float) Math.log(z / (1f - z)); } })
                .withScalars("lo", lo, "hi", hi)
                .withGrad("LogitBackward0", INPUT, (g, x, y) -> {
                    Tensor d = g.div(x.mul(x.neg().add(1.0)));
                    if (eps < 0) return Pointwise.where(x.lt(0.0).logicalOr(x.gt(1.0)), Conversions.scalar(Double.NaN), d);
                    return Pointwise.where(x.lt(lo).logicalOr(x.gt(hi)), PointwiseGrad.zeros(g), d);
                });
    }

    /** hardshrink with lambda already in the tensor's dtype: 0 on [−λ, λ], x elsewhere. */
    static Unary hardshrink(double lambd) {
        return new Unary("hardshrink", PROMOTED, "x >= -lambd && x <= lambd ? 0 : x",
                (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] >= -lambd && x[i] <= lambd ? 0 : x[i]; }, null)
                .withScalars("lambd", lambd)
                .withGrad("HardshrinkBackward0", INPUT, (g, x, y) -> g.mul(x.ge(-lambd).logicalAnd(x.le(lambd)).logicalNot()));
    }

    /** An op with a float result; {@code f32}, when given, is its float32 kernel as ATen's float loop computes it. */
    private static Unary floatOp(String name, String expression, ChunkKernels.D1 dbl, ChunkKernels.D1 f32) {
        return new Unary(name, FLOAT, expression, dbl, null, f32);
    }
}
