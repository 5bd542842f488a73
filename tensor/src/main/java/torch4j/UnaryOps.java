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
 * The unary elementwise ops: one line per domain. Float ops compute in double and round once to
 * the output dtype, which for sqrt and the basic arithmetic is exactly float arithmetic.
 */
final class UnaryOps {
    private UnaryOps() {}

    static final Unary NEG = new Unary("neg", PROMOTED, "-x",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = -x[i]; },
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = -x[i]; })
            .withFloat((x, o, from, to) -> { for (int i = from; i < to; i++) o[i] = -x[i]; })
            .withGrad("NegBackward0", NONE, (g, x, y) -> g.neg());
    static final Unary ABS = new Unary("abs", PROMOTED, "t4j_abs(x)",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.abs(x[i]); },
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.abs(x[i]); })
            .withGrad("AbsBackward0", INPUT, (g, x, y) -> g.mul(x.sign()));
    static final Unary SQUARE = new Unary("square", PROMOTED, "x * x",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] * x[i]; },
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] * x[i]; })
            .withGrad("PowBackward0", INPUT, (g, x, y) -> g.mul(x.mul(2.0)));
    /** {@code (0 < x) - (x < 0)}, as ATen: sign(NaN) and sign(-0.0) are 0. */
    static final Unary SIGN = new Unary("sign", PROMOTED, "(0 < x) - (x < 0)",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = (0 < x[i] ? 1 : 0) - (x[i] < 0 ? 1 : 0); },
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Long.signum(x[i]); })
            .withGrad("SignBackward0", NONE, (g, x, y) -> PointwiseGrad.zeros(g));
    static final Unary RELU = new Unary("relu", PROMOTED, "x < 0 ? 0 : x",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] < 0 ? 0 : x[i]; },   // keeps -0.0 and NaN
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.max(x[i], 0); })
            .withFloat(UnaryOps::reluFloat)
            .withGrad("ReluBackward0", OUTPUT, (g, x, y) -> NnActivations.thresholdBackward(g, y, 0));
    /** Rounding ops are identities on integers, as in PyTorch. */
    static final Unary FLOOR = new Unary("floor", PROMOTED, "t4j_floor(x)",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.floor(x[i]); }, UnaryOps::identity)
            .withGrad("FloorBackward0", NONE, (g, x, y) -> PointwiseGrad.zeros(g));
    static final Unary CEIL = new Unary("ceil", PROMOTED, "t4j_ceil(x)",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.ceil(x[i]); }, UnaryOps::identity)
            .withGrad("CeilBackward0", NONE, (g, x, y) -> PointwiseGrad.zeros(g));
    /** Half to even, as std::nearbyint. */
    static final Unary ROUND = new Unary("round", PROMOTED, "t4j_rint(x)",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.rint(x[i]); }, UnaryOps::identity)
            .withGrad("RoundBackward0", NONE, (g, x, y) -> PointwiseGrad.zeros(g));
    static final Unary TRUNC = new Unary("trunc", PROMOTED, "t4j_trunc(x)",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] < 0 ? Math.ceil(x[i]) : Math.floor(x[i]); },
            UnaryOps::identity)
            .withGrad("TruncBackward0", NONE, (g, x, y) -> PointwiseGrad.zeros(g));

    static final Unary SQRT = floatOp("sqrt", "sqrt(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.sqrt(x[i]); })
            .withGrad("SqrtBackward0", OUTPUT, (g, x, y) -> g.div(y.mul(2.0)));
    /** float32: 1 / sqrt(x) rounded twice, as ATen's vector kernel divides by the float square root. */
    static final Unary RSQRT = new Unary("rsqrt", FLOAT, "rsqrt(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = 1 / Math.sqrt(x[i]); }, null,
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = 1f / (float) Math.sqrt(x[i]); })
            .withGrad("RsqrtBackward0", OUTPUT, (g, x, y) -> g.mul(y.pow(3.0)).mul(-0.5));
    static final Unary RECIPROCAL = floatOp("reciprocal", "1 / x", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = 1 / x[i]; })
            .withGrad("ReciprocalBackward0", OUTPUT, (g, x, y) -> g.mul(y.mul(y)).neg());
    /** For float32 the float kernel gives the double kernel's result rounded (see {@link FloatTranscendentals}). */
    static final Unary EXP = floatOp("exp", "exp(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.exp(x[i]); })
            .withFloat(FloatTranscendentals::exp)
            .withGrad("ExpBackward0", OUTPUT, (g, x, y) -> g.mul(y));
    static final Unary EXPM1 = floatOp("expm1", "expm1(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.expm1(x[i]); })
            .withGrad("Expm1Backward0", OUTPUT, (g, x, y) -> g.mul(y.add(1.0)));
    static final Unary LOG = floatOp("log", "log(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.log(x[i]); })
            .withGrad("LogBackward0", INPUT, (g, x, y) -> g.div(x));
    static final Unary LOG2 = floatOp("log2", "log2(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.log(x[i]) / Math.log(2); })
            .withGrad("Log2Backward0", INPUT, (g, x, y) -> g.div(x.mul(Math.log(2))));
    static final Unary LOG10 = floatOp("log10", "log10(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.log10(x[i]); })
            .withGrad("Log10Backward0", INPUT, (g, x, y) -> g.div(x.mul(Math.log(10))));
    static final Unary LOG1P = floatOp("log1p", "log1p(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.log1p(x[i]); })
            .withGrad("Log1PBackward0", INPUT, (g, x, y) -> g.div(x.add(1.0)));
    // float32: SLEEF's kernels, as ATen calls them (SleefFloat)
    static final Unary SIN = new Unary("sin", FLOAT, "sin(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.sin(x[i]); }, null,
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SleefFloat.sin((float) x[i]); })
            .withGrad("SinBackward0", INPUT, (g, x, y) -> g.mul(x.cos()));
    static final Unary COS = new Unary("cos", FLOAT, "cos(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.cos(x[i]); }, null,
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = SleefFloat.cos((float) x[i]); })
            .withGrad("CosBackward0", INPUT, (g, x, y) -> g.mul(x.sin().neg()));
    static final Unary TAN = floatOp("tan", "tan(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.tan(x[i]); })
            .withGrad("TanBackward0", OUTPUT, (g, x, y) -> g.mul(y.mul(y).add(1.0)));
    static final Unary ASIN = floatOp("asin", "asin(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.asin(x[i]); })
            .withGrad("AsinBackward0", INPUT, (g, x, y) -> g.div(x.mul(x).neg().add(1.0).sqrt()));
    static final Unary ACOS = floatOp("acos", "acos(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.acos(x[i]); })
            .withGrad("AcosBackward0", INPUT, (g, x, y) -> g.div(x.mul(x).neg().add(1.0).sqrt()).neg());
    static final Unary ATAN = floatOp("atan", "atan(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.atan(x[i]); })
            .withGrad("AtanBackward0", INPUT, (g, x, y) -> g.div(x.mul(x).add(1.0)));
    static final Unary SINH = floatOp("sinh", "sinh(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.sinh(x[i]); })
            .withGrad("SinhBackward0", INPUT, (g, x, y) -> g.mul(x.cosh()));
    static final Unary COSH = floatOp("cosh", "cosh(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.cosh(x[i]); })
            .withGrad("CoshBackward0", INPUT, (g, x, y) -> g.mul(x.sinh()));
    /** For float32 the float kernel gives the double kernel's result rounded (see {@link FloatTranscendentals}). */
    static final Unary TANH = floatOp("tanh", "tanh(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Math.tanh(x[i]); })
            .withFloat(FloatTranscendentals::tanh)
            .withGrad("TanhBackward0", OUTPUT, (g, x, y) -> NnActivations.tanhBackward(g, y));
    /** For float32, 1 / (1 + exp(-x)) in float as ATen: exp overflows to inf and the result to 0 where double would not. */
    static final Unary SIGMOID = new Unary("sigmoid", FLOAT, "1 / (1 + exp(-x))",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = 1 / (1 + Math.exp(-x[i])); }, null,
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = 1f / (1f + (float) Math.exp(-x[i])); })
            .withFloat(FloatTranscendentals::sigmoid)
            .withGrad("SigmoidBackward0", OUTPUT, (g, x, y) -> NnActivations.sigmoidBackward(g, y));

    static final Unary LOGICAL_NOT = new Unary("logical_not", BOOL, "x == 0",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] == 0 ? 1 : 0; },
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] == 0 ? 1 : 0; });
    static final Unary ISNAN = new Unary("isnan", BOOL, "x != x",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Double.isNaN(x[i]) ? 1 : 0; },
            (x, o, n) -> java.util.Arrays.fill(o, 0, n, 0));
    static final Unary ISINF = new Unary("isinf", BOOL, "x == INFINITY || x == -INFINITY",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Double.isInfinite(x[i]) ? 1 : 0; },
            (x, o, n) -> java.util.Arrays.fill(o, 0, n, 0));
    static final Unary ISFINITE = new Unary("isfinite", BOOL, "x == x && x != INFINITY && x != -INFINITY",
            (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = Double.isFinite(x[i]) ? 1 : 0; },
            (x, o, n) -> java.util.Arrays.fill(o, 0, n, 1));

    private static Unary floatOp(String name, String expression, ChunkKernels.D1 k) { return new Unary(name, FLOAT, expression, k, null); }

    private static void identity(long[] x, long[] o, int n) { System.arraycopy(x, 0, o, 0, n); }

    /**
     * {@code std::min(std::max(x, lo), hi)} as ATen's clamp kernel: a NaN input stays NaN, -0.0
     * stays -0.0 against a bound of 0; a NaN bound fills NaN (ATen's clamp checks that first).
     */
    /** clamp's expression: a NaN bound (never one of an integer clamp) gives NaN, as ATen's clamp checks first. */
    private static final String CLAMP = "lo != lo || hi != hi ? lo + hi : (hi < (x < lo ? lo : x) ? hi : (x < lo ? lo : x))";

    static Unary clamp(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi))
            return withClampGrad(new Unary("clamp", PROMOTED, CLAMP, (x, o, n) -> java.util.Arrays.fill(o, 0, n, Double.NaN), null)
                    .withScalars("lo", lo, "hi", hi), lo, hi);
        return withClampGrad(new Unary("clamp", PROMOTED, CLAMP,
                (x, o, n) -> { for (int i = 0; i < n; i++) { double r = x[i] < lo ? lo : x[i]; o[i] = hi < r ? hi : r; } }, null)
                .withScalars("lo", lo, "hi", hi), lo, hi);
    }

    /** The gradient passes where {@code lo <= x <= hi}: ClampBackward1, or ClampMin/ClampMax with one bound. */
    private static Unary withClampGrad(Unary op, double lo, double hi) {
        String node = lo == Double.NEGATIVE_INFINITY ? "ClampMaxBackward0" : hi == Double.POSITIVE_INFINITY ? "ClampMinBackward0" : "ClampBackward1";
        return op.withGrad(node, INPUT, (g, x, y) -> g.mul(x.ge(lo).logicalAnd(x.le(hi))));
    }

    /** The same for integral tensors, bounds already cast to the tensor's type. */
    static Unary clamp(long lo, long hi) {
        return new Unary("clamp", PROMOTED, CLAMP,
                (x, o, n) -> { for (int i = 0; i < n; i++) { double r = x[i] < lo ? lo : x[i]; o[i] = hi < r ? hi : r; } },
                (x, o, n) -> { for (int i = 0; i < n; i++) { long r = x[i] < lo ? lo : x[i]; o[i] = hi < r ? hi : r; } })
                .withScalars("lo", lo, "hi", hi);
    }

    /** {@code x ** exponent} for a scalar exponent; ATen special-cases 2, 0.5, -0.5 (rsqrt) and -1 (reciprocal). */
    static Unary powScalar(double e) {
        return powKernel(e).withGrad("PowBackward0", INPUT,
                (g, x, y) -> e == 0 ? PointwiseGrad.zeros(g) : g.mul(x.pow(e - 1).mul(e)));
    }

    private static Unary powKernel(double e) {
        if (e == 2) return new Unary("pow", PROMOTED, "x * x", SQUARE.dbl(), SQUARE.lng());
        if (e == 0.5) return new Unary("pow", PROMOTED, "sqrt(x)", SQRT.dbl(), null);
        if (e == -0.5) return new Unary("pow", PROMOTED, "rsqrt(x)", RSQRT.dbl(), null);
        // an integral tensor never gets here with a negative exponent (refused in Arithmetic)
        if (e == -1) return new Unary("pow", PROMOTED, "1 / x", RECIPROCAL.dbl(), (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = BinaryOps.ipow(x[i], -1); });
        return new Unary("pow", PROMOTED, "t4j_pow(x, exponent)",
                (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = BinaryOps.pow(x[i], e); },
                (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = BinaryOps.ipow(x[i], (long) e); })
                .withScalars("exponent", e);
    }

    /** {@code x * scale + shift} (used by linspace-like fills and affine composites). */
    static Unary affine(double scale, double shift) {
        return new Unary("affine", PROMOTED, "x * scale + shift",
                (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] * scale + shift; }, null)
                .withScalars("scale", scale, "shift", shift);
    }

    /**
     * relu on floats, bit for bit the double kernel's result: {@code Math.max(x, 0)}, which C2
     * vectorises, where no input is ±0 or NaN (Math.max turns −0.0 into +0.0; ATen keeps −0.0),
     * else the branchy loop. A branch on the sign of random data mispredicts half the time
     * (~4 ns per element); the vectorised pass is ~0.25 ns.
     */
    static void reluFloat(float[] x, float[] o, int from, int to) {
        float minAbs = Float.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) minAbs = Math.min(minAbs, Math.abs(x[i]));
        if (minAbs > 0f) {
            for (int i = from; i < to; i++) o[i] = Math.max(x[i], 0f);
        } else {
            for (int i = from; i < to; i++) o[i] = x[i] < 0 ? 0 : x[i];
        }
    }
}
