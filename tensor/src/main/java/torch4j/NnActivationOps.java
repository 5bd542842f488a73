package torch4j;

import static torch4j.Pointwise.Result.FLOAT;
import static torch4j.Pointwise.Result.PROMOTED;
import static torch4j.PointwiseGrad.Saves.INPUT;
import static torch4j.PointwiseGrad.Saves.OUTPUT;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import torch4j.Pointwise.Binary;
import torch4j.Pointwise.Unary;
import torch4j.backend.ChunkKernels;

/**
 * The pointwise activations of {@code torch.nn} beyond {@link NnActivations} (SiLU, Mish,
 * Hardswish, Hardsigmoid, SELU/CELU, LogSigmoid, Softshrink, Hardshrink, Threshold): each forward
 * and each ATen {@code *_backward} declared once, with its C expression, so the same op runs on
 * the CPU, on meta and in generated kernels. A backward op's own derivative (for double backward)
 * is a tensor formula: in its gradient operand it is the backward op itself, in the input the
 * second derivative. Node names are PyTorch 1.13's. Parameters are baked into an op made per call.
 */
final class NnActivationOps {
    private NnActivationOps() {}

    /** A double-domain kernel from a scalar function. */
    private static ChunkKernels.D1 k1(DoubleUnaryOperator f) {
        return (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = f.applyAsDouble(x[i]); };
    }

    /** A double-domain kernel of two operands from a scalar function. */
    private static ChunkKernels.D2 k2(DoubleBinaryOperator f) {
        return (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = f.applyAsDouble(a[i], b[i]); };
    }

    private static double sigmoid(double x) { return 1 / (1 + Math.exp(-x)); }

    // ---------------------------------------------------------------- SiLU, Mish

    static final Unary SILU = new Unary("silu", FLOAT, "x / (1 + exp(-x))", k1(x -> x / (1 + Math.exp(-x))), null);

    /** silu_backward(grad a, self b): a·σ(b)·(1 + b·(1 − σ(b))). */
    static final Binary SILU_BACKWARD = new Binary("silu_backward", FLOAT,
            "a * (1 / (1 + exp(-b))) * (1 + b * (1 - 1 / (1 + exp(-b))))",
            k2((a, b) -> a * sigmoid(b) * (1 + b * (1 - sigmoid(b)))), null);

    static Tensor silu(Tensor x, boolean inplace) {
        Unary op = SILU.withGrad("SiluBackward0", INPUT, (g, v, y) -> siluBackward(g, v));
        return inplace ? Pointwise.applyInPlace(op, x) : Pointwise.apply(op, x);
    }

    /** σ(x)·(1 − σ(x))·(2 + x·(1 − 2σ(x))): SiLU's second derivative. */
    private static Tensor siluBackward(Tensor g, Tensor x) {
        return Pointwise.apply(SILU_BACKWARD.withGrad("SiluBackwardBackward0", null, INPUT, (gg, a, b, y) -> siluBackward(gg, b), (gg, a, b, y) -> {
            Tensor s = b.sigmoid();
            return gg.mul(a).mul(s.mul(s.neg().add(1.0)).mul(b.mul(s.mul(-2.0).add(1.0)).add(2.0)));
        }), g, x);
    }

    static final Unary MISH = new Unary("mish", FLOAT, "x * tanh(log1p(exp(x)))", k1(x -> x * Math.tanh(Math.log1p(Math.exp(x)))), null);

    /** mish_backward(grad a, self b): a·(t + b·σ(b)·(1 − t²)), t = tanh(softplus(b)). */
    static final Binary MISH_BACKWARD = new Binary("mish_backward", FLOAT,
            "a * (tanh(log1p(exp(b))) + b * (1 / (1 + exp(-b))) * (1 - tanh(log1p(exp(b))) * tanh(log1p(exp(b)))))",
            k2((a, b) -> { double t = Math.tanh(Math.log1p(Math.exp(b))); return a * (t + b * sigmoid(b) * (1 - t * t)); }), null);

    static Tensor mish(Tensor x, boolean inplace) {
        Unary op = MISH.withGrad("MishBackward0", INPUT, (g, v, y) -> mishBackward(g, v));
        return inplace ? Pointwise.applyInPlace(op, x) : Pointwise.apply(op, x);
    }

    /** Mish's second derivative: (1 − t²)·σ·(2 + x·(1 − σ − 2tσ)). */
    private static Tensor mishBackward(Tensor g, Tensor x) {
        return Pointwise.apply(MISH_BACKWARD.withGrad("MishBackwardBackward0", null, INPUT, (gg, a, b, y) -> mishBackward(gg, b), (gg, a, b, y) -> {
            Tensor s = b.sigmoid(), t = b.exp().log1p().tanh();
            Tensor sech2 = t.square().neg().add(1.0);
            return gg.mul(a).mul(sech2.mul(s).mul(b.mul(s.neg().add(1.0).sub(t.mul(s).mul(2.0))).add(2.0)));
        }), g, x);
    }

    // ---------------------------------------------------------------- Hardswish, Hardsigmoid

    /** std::min(std::max(x + 3, 0), 6) as ATen compares (NaN passes through). */
    private static double relu6Of(double v) { return v < 0 ? 0 : v > 6 ? 6 : v; }

    static final Unary HARDSWISH = new Unary("hardswish", FLOAT, "x * (x + 3 < 0 ? 0 : (x + 3 > 6 ? 6 : x + 3)) / 6",
            k1(x -> x * relu6Of(x + 3) / 6), null);

    /**
     * hardswish_backward(grad a, self b): 0 below −3, a·(b/3 + ½) below 3, a from 3 on. At exactly 3
     * ATen's vectorised loop (the bulk of a tensor: all but a tail of fewer than 16 floats or 8
     * doubles) gives a, its scalar tail a·1.5; this follows the vectorised loop.
     */
    static final Binary HARDSWISH_BACKWARD = new Binary("hardswish_backward", FLOAT, "b < -3 ? 0 : (b < 3 ? a * (b / 3 + 0.5) : a)",
            k2((a, b) -> b < -3 ? 0 : b < 3 ? a * (b / 3 + 0.5) : a), null);

    static Tensor hardswish(Tensor x, boolean inplace) {
        Unary op = HARDSWISH.withGrad("HardswishBackward0", INPUT, (g, v, y) -> hardswishBackward(g, v));
        return inplace ? Pointwise.applyInPlace(op, x) : Pointwise.apply(op, x);
    }

    private static Tensor hardswishBackward(Tensor g, Tensor x) {
        // as derivatives.yaml: grad·grad_output/3 strictly inside (−3, 3), else 0
        return Pointwise.apply(HARDSWISH_BACKWARD.withGrad("HardswishBackwardBackward0", null, INPUT, (gg, a, b, y) -> hardswishBackward(gg, b),
                (gg, a, b, y) -> Pointwise.where(b.gt(-3.0).logicalAnd(b.lt(3.0)), gg.mul(a).div(3.0), Torch.zerosLike(b))), g, x);
    }

    static final Unary HARDSIGMOID = new Unary("hardsigmoid", FLOAT, "(x + 3 < 0 ? 0 : (x + 3 > 6 ? 6 : x + 3)) / 6",
            k1(x -> relu6Of(x + 3) / 6), null);

    /** ATen's {@code one_sixth}, a float constant (1.0f / 6.0f) also for double tensors. */
    private static final double ONE_SIXTH_F = 1.0f / 6.0f;

    /** hardsigmoid_backward(grad a, self b): a·(1/6 as a float) strictly inside (−3, 3), else 0. */
    static final Binary HARDSIGMOID_BACKWARD = new Binary("hardsigmoid_backward", FLOAT, "b > -3 && b < 3 ? a * 0.1666666716337204 : 0",
            k2((a, b) -> b > -3 && b < 3 ? a * ONE_SIXTH_F : 0), null);

    static Tensor hardsigmoid(Tensor x, boolean inplace) {
        Unary op = HARDSIGMOID.withGrad("HardsigmoidBackward0", INPUT, (g, v, y) -> hardsigmoidBackward(g, v));
        return inplace ? Pointwise.applyInPlace(op, x) : Pointwise.apply(op, x);
    }

    private static Tensor hardsigmoidBackward(Tensor g, Tensor x) {
        return Pointwise.apply(HARDSIGMOID_BACKWARD.withGrad("HardsigmoidBackwardBackward0", null, INPUT,
                (gg, a, b, y) -> hardsigmoidBackward(gg, b), (gg, a, b, y) -> Torch.zerosLike(b)), g, x);
    }

    // ---------------------------------------------------------------- SELU, CELU: ATen's elu(x, alpha, scale, input_scale)

    /** x·scale where x > 0, else alpha·scale·(e^(x·input_scale) − 1). */
    static Unary eluScaledOp(double alpha, double scale, double inputScale) {
        return new Unary("elu", FLOAT, "x > 0 ? x * scale : expm1(x * input_scale) * alpha * scale",
                k1(x -> x > 0 ? x * scale : Math.expm1(x * inputScale) * alpha * scale), null)
                .withScalars("alpha", alpha, "scale", scale, "input_scale", inputScale);
    }

    /** elu_backward of the input (a the gradient, b the input). */
    static Binary eluScaledBackwardOp(double alpha, double scale, double inputScale) {
        return new Binary("elu_backward", FLOAT, "b > 0 ? a * scale : a * input_scale * alpha * scale * exp(b * input_scale)",
                k2((a, b) -> b > 0 ? a * scale : a * inputScale * alpha * scale * Math.exp(b * inputScale)), null)
                .withScalars("alpha", alpha, "scale", scale, "input_scale", inputScale);
    }

    /** elu_backward of the result (in place: b is the output, e^(x·s) = b/(alpha·scale) + 1). */
    static Binary eluScaledResultBackwardOp(double alpha, double scale, double inputScale) {
        return new Binary("elu_backward", FLOAT, "b > 0 ? a * scale : a * input_scale * (b + alpha * scale)",
                k2((a, b) -> b > 0 ? a * scale : a * inputScale * (b + alpha * scale)), null)
                .withScalars("alpha", alpha, "scale", scale, "input_scale", inputScale);
    }

    /**
     * ATen's elu with scale and input scale; {@code node} is "Elu" (SELU) or "Celu", the in-place
     * node saving the result ({@code …Backward1}). {@code backwardInputScale} is the input scale
     * of the backward formula: CELU's derivative is written with {@code 1.0 / alpha.toFloat()}.
     */
    static Tensor eluScaled(Tensor x, double alpha, double scale, double inputScale, double backwardInputScale, boolean inplace, String node) {
        Unary op = eluScaledOp(alpha, scale, inputScale);
        if (inplace) return Pointwise.applyInPlace(op.withGrad(node + "Backward1", OUTPUT,
                (g, v, y) -> eluResultBackward(g, y, alpha, scale, backwardInputScale)), x);
        return Pointwise.apply(op.withGrad(node + "Backward0", INPUT, (g, v, y) -> eluBackward(g, v, alpha, scale, backwardInputScale)), x);
    }

    private static Tensor eluBackward(Tensor g, Tensor x, double alpha, double scale, double inputScale) {
        return Pointwise.apply(eluScaledBackwardOp(alpha, scale, inputScale).withGrad("EluBackwardBackward0", null, INPUT,
                (gg, a, b, y) -> eluBackward(gg, b, alpha, scale, inputScale),
                (gg, a, b, y) -> Pointwise.where(b.gt(0.0), Torch.zerosLike(b),
                        gg.mul(a).mul(b.mul(inputScale).exp().mul(inputScale * inputScale * alpha * scale)))), g, x);
    }

    private static Tensor eluResultBackward(Tensor g, Tensor y, double alpha, double scale, double inputScale) {
        return Pointwise.apply(eluScaledResultBackwardOp(alpha, scale, inputScale).withGrad("EluBackwardBackward0", null, INPUT,
                (gg, a, b, r) -> eluResultBackward(gg, b, alpha, scale, inputScale),
                (gg, a, b, r) -> Pointwise.where(b.gt(0.0), Torch.zerosLike(b), gg.mul(a).mul(inputScale))), g, y);
    }

    // ---------------------------------------------------------------- LogSigmoid

    /** log σ(x) = min(x, 0) − log1p(e^(−|x|)), stable on both sides. */
    static final Unary LOG_SIGMOID = new Unary("log_sigmoid", FLOAT, "x < 0 ? x - log1p(exp(x)) : -log1p(exp(-x))",
            k1(x -> x < 0 ? x - Math.log1p(Math.exp(x)) : -Math.log1p(Math.exp(-x))), null);

    /** log_sigmoid_backward(grad a, self b): a·σ(−b), each side written without overflow. */
    static final Binary LOG_SIGMOID_BACKWARD = new Binary("log_sigmoid_backward", FLOAT, "b < 0 ? a / (1 + exp(b)) : a * exp(-b) / (1 + exp(-b))",
            k2((a, b) -> b < 0 ? a / (1 + Math.exp(b)) : a * Math.exp(-b) / (1 + Math.exp(-b))), null);

    static Tensor logSigmoid(Tensor x) {
        return Pointwise.apply(LOG_SIGMOID.withGrad("LogSigmoidBackward0", INPUT, (g, v, y) -> logSigmoidBackward(g, v)), x);
    }

    private static Tensor logSigmoidBackward(Tensor g, Tensor x) {
        return Pointwise.apply(LOG_SIGMOID_BACKWARD.withGrad("LogSigmoidBackwardBackward0", null, INPUT, (gg, a, b, y) -> logSigmoidBackward(gg, b),
                (gg, a, b, y) -> { Tensor s = b.sigmoid(); return gg.mul(a).mul(s.mul(s.neg().add(1.0))).neg(); }), g, x);
    }

    // ---------------------------------------------------------------- Softshrink, Hardshrink, Threshold

    static Unary softshrinkOp(double lambd) {
        // x·0 in the middle keeps NaN, as ATen's kernel
        return new Unary("softshrink", FLOAT, "x > lambd ? x - lambd : (x < -lambd ? x + lambd : x * 0)",
                k1(x -> x > lambd ? x - lambd : x < -lambd ? x + lambd : x * 0), null).withScalars("lambd", lambd);
    }

    static Unary hardshrinkOp(double lambd) {
        return new Unary("hardshrink", FLOAT, "x >= -lambd && x <= lambd ? 0 : x",
                k1(x -> x >= -lambd && x <= lambd ? 0 : x), null).withScalars("lambd", lambd);
    }

    /** softshrink_backward and hardshrink_backward (the same formula): 0 on [−lambd, lambd], else the gradient a. */
    static Binary shrinkBackwardOp(double lambd) {
        return new Binary("shrink_backward", FLOAT, "b >= -lambd && b <= lambd ? 0 : a",
                k2((a, b) -> b >= -lambd && b <= lambd ? 0 : a), null).withScalars("lambd", lambd);
    }

    private static Tensor shrinkBackward(Tensor g, Tensor x, double lambd, String node) {
        return Pointwise.apply(shrinkBackwardOp(lambd).withGrad(node, null, INPUT, (gg, a, b, y) -> shrinkBackward(gg, b, lambd, node),
                (gg, a, b, y) -> Torch.zerosLike(b)), g, x);
    }

    /** @throws IllegalArgumentException PyTorch's "lambda must be greater or equal to 0, …" */
    static Tensor softshrink(Tensor x, double lambd) {
        if (!(lambd >= 0)) throw new IllegalArgumentException("lambda must be greater or equal to 0, but found to be " + Creation.cppDouble(lambd) + ".");
        return Pointwise.apply(softshrinkOp(lambd).withGrad("SoftshrinkBackward0", INPUT,
                (g, v, y) -> shrinkBackward(g, v, lambd, "SoftshrinkBackwardBackward0")), x);
    }

    static Tensor hardshrink(Tensor x, double lambd) {
        return Pointwise.apply(hardshrinkOp(lambd).withGrad("HardshrinkBackward0", INPUT,
                (g, v, y) -> shrinkBackward(g, v, lambd, "HardshrinkBackwardBackward0")), x);
    }

    /** {@code value} where x ≤ threshold, else x; an integer tensor compares with the bounds cast to its type. */
    static Unary thresholdOp(double threshold, double value) {
        long lt = (long) threshold, lv = (long) value;
        return new Unary("threshold", PROMOTED, "x <= threshold ? value : x", k1(x -> x <= threshold ? value : x),
                (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = x[i] <= lt ? lv : x[i]; })
                .withScalars("threshold", threshold, "value", value);
    }

    /**
     * ThresholdBackward0; in place ThresholdBackward1, its mask read from the input before the
     * write, as PyTorch's. A float32 tensor compares with the threshold cast to float, as ATen
     * casts the scalars to the tensor's type (0.1f ≤ 0.1 there).
     */
    static Tensor threshold(Tensor x, double threshold, double value, boolean inplace) {
        double t = x.dtype() == DType.FLOAT32 ? (float) threshold : threshold;
        Unary op = thresholdOp(t, value).withGrad(inplace ? "ThresholdBackward1" : "ThresholdBackward0", INPUT,
                (g, v, y) -> NnActivations.thresholdBackward(g, v, t));
        return inplace ? Pointwise.applyInPlace(op, x) : Pointwise.apply(op, x);
    }

    // ---------------------------------------------------------------- PReLU's pointwise part

    /** a where positive, else b·a (b the broadcast weight). */
    static final Binary PRELU = new Binary("prelu", FLOAT, "a > 0 ? a : b * a", k2((a, b) -> a > 0 ? a : b * a), null);
}
