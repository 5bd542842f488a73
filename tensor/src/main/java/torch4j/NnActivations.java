package torch4j;

import static torch4j.Pointwise.Result.FLOAT;
import static torch4j.Pointwise.Result.PROMOTED;
import static torch4j.PointwiseGrad.Saves.INPUT;
import static torch4j.PointwiseGrad.Saves.OUTPUT;

import torch4j.Pointwise.Binary;
import torch4j.Pointwise.Unary;
import torch4j.backend.ChunkKernels;

/**
 * The activations of {@code torch.nn} that {@link UnaryOps} does not have: each an elementwise
 * kernel with its backward beside it (node names are PyTorch 1.13's; the in-place forms save
 * their result and are {@code …Backward1}, as ATen's). Parameters such as the slope are baked
 * into an op made per call. Backward formulas are tensor ops, so second derivatives work.
 */
final class NnActivations {
    private NnActivations() {}

    private static final double SQRT_HALF = Math.sqrt(0.5), INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI), GELU_K = Math.sqrt(2 / Math.PI), GELU_C = 0.044715;

    static final Unary ERF = new Unary("erf", FLOAT, "erf(x)", (x, o, n) -> { for (int i = 0; i < n; i++) o[i] = erf(x[i]); }, null)
            .withGrad("ErfBackward0", INPUT, (g, x, y) -> g.mul(x.square().neg().exp().mul(TWO_OVER_SQRT_PI)));

    /**
     * ATen's {@code sigmoid_backward(grad, y)}, y the sigmoid's result: {@code grad·(1 − y)·y} in
     * one pass, rounded step by step in the tensors' float arithmetic as ATen's kernel is (so the
     * bits are PyTorch's). SigmoidBackward0's formula; its own backward is SigmoidBackwardBackward0.
     */
    static final Binary SIGMOID_BACKWARD = new Binary("sigmoid_backward", PROMOTED, "a * (1 - b) * b",
            (g, y, o, n) -> { for (int i = 0; i < n; i++) o[i] = g[i] * (1 - y[i]) * y[i]; }, null,
            (g, y, o, n) -> { for (int i = 0; i < n; i++) o[i] = (float) ((float) (g[i] * (float) (1 - y[i])) * y[i]); })
            .withFloat((g, y, o, from, to) -> { for (int i = from; i < to; i++) o[i] = g[i] * (1f - y[i]) * y[i]; })
            .withGrad("SigmoidBackwardBackward0", null, INPUT,
                    (gg, g, y, r) -> sigmoidBackward(gg, y), (gg, g, y, r) -> gg.mul(g).mul(y.mul(-2.0).add(1.0)));

    /**
     * ATen's {@code tanh_backward(grad, y)}, y the tanh's result: {@code grad·(1 − y²)}, where
     * ATen's compiled kernel computes {@code 1 − y²} with one rounding (a fused multiply-add), so
     * this does too. TanhBackward0's formula; its own backward is TanhBackwardBackward0.
     */
    static final Binary TANH_BACKWARD = new Binary("tanh_backward", PROMOTED, "a * (1 - b * b)",
            (g, y, o, n) -> { for (int i = 0; i < n; i++) o[i] = g[i] * Math.fma(-y[i], y[i], 1.0); }, null,
            (g, y, o, n) -> { for (int i = 0; i < n; i++) o[i] = (float) (g[i] * Math.fma((float) -y[i], (float) y[i], 1f)); })
            .withFloat((g, y, o, from, to) -> { for (int i = from; i < to; i++) o[i] = g[i] * Math.fma(-y[i], y[i], 1f); })
            .withGrad("TanhBackwardBackward0", null, INPUT,
                    (gg, g, y, r) -> tanhBackward(gg, y), (gg, g, y, r) -> gg.mul(y.mul(-2.0).mul(g)));

    static Tensor sigmoidBackward(Tensor grad, Tensor y) { return Pointwise.apply(SIGMOID_BACKWARD, grad, y); }

    static Tensor tanhBackward(Tensor grad, Tensor y) { return Pointwise.apply(TANH_BACKWARD, grad, y); }

    /**
     * ATen's {@code threshold_backward(grad, self, threshold)}: the gradient where {@code self}
     * exceeds the threshold, else 0 (NaN passes the gradient). ReLU's backward, with self its result.
     */
    static Tensor thresholdBackward(Tensor grad, Tensor self, double threshold) {
        return Pointwise.apply(thresholdBackwardOp(threshold).withGrad("ThresholdBackwardBackward0", null, INPUT,
                (gg, g, v, y) -> thresholdBackward(gg, v, threshold), (gg, g, v, y) -> Torch.zerosLike(v)), grad, self);
    }

    /** threshold_backward's kernels: a is the gradient, b the input. */
    static Binary thresholdBackwardOp(double threshold) {
        Binary op = new Binary("threshold_backward", PROMOTED, "b <= threshold ? 0 : a",
                (g, v, o, n) -> { for (int i = 0; i < n; i++) o[i] = v[i] <= threshold ? 0 : g[i]; }, null)
                .withScalars("threshold", threshold);
        float t = (float) threshold;
        if (threshold == 0) return op.withFloat(NnActivations::reluBackwardFloat);
        if (t == threshold) return op.withFloat((g, v, o, from, to) -> { for (int i = from; i < to; i++) o[i] = v[i] <= t ? 0 : g[i]; });
        return op;
    }

    /**
     * {@code v <= 0 ? +0 : g} on floats without a branch (a branch on random signs mispredicts
     * half the time): {@code s} is 1 for v > 0 and +0 for v <= 0 (v scaled past 1 even from the
     * smallest subnormal, clamped to [0, 1]); {@code g·s + (0.5 − s)·0} adds −0 where s = 1 (g
     * unchanged, −0 included) and +0 where s = 0 (−0 becomes +0). Only an infinite or NaN g or v
     * breaks it (inf·0); the max of their ·0 is then NaN and the chunk is redone with the branch.
     */
    static void reluBackwardFloat(float[] g, float[] v, float[] o, int from, int to) {
        float check = 0f;
        for (int i = from; i < to; i++) {
            float s = Math.min(Math.max(v[i] * 0x1p100f * 0x1p100f, 0f), 1f);
            o[i] = g[i] * s + (0.5f - s) * 0f;
            check = Math.max(check, g[i] * 0f + v[i] * 0f);
        }
        if (check == 0f) return;
        for (int i = from; i < to; i++) o[i] = v[i] <= 0 ? 0 : g[i];
    }

    static Unary leakyReluOp(double slope) {
        return new Unary("leaky_relu", FLOAT, "x > 0 ? x : x * negative_slope",
                (v, o, n) -> { for (int i = 0; i < n; i++) o[i] = v[i] > 0 ? v[i] : v[i] * slope; }, null)
                .withScalars("negative_slope", slope);
    }

    static Tensor leakyRelu(Tensor x, double slope, boolean inplace) {
        Unary op = leakyReluOp(slope);
        // the slope factor where the input (or, in place, the result: same sign for slope > 0) is not positive
        return inplace ? Pointwise.applyInPlace(op.withGrad("LeakyReluBackward1", OUTPUT, (g, v, y) -> g.mul(positiveOr(y, slope))), x)
                : Pointwise.apply(op.withGrad("LeakyReluBackward0", INPUT, (g, v, y) -> g.mul(positiveOr(v, slope))), x);
    }

    static Unary eluOp(double alpha) {
        return new Unary("elu", FLOAT, "x > 0 ? x : alpha * expm1(x)",
                (v, o, n) -> { for (int i = 0; i < n; i++) o[i] = v[i] > 0 ? v[i] : alpha * Math.expm1(v[i]); }, null)
                .withScalars("alpha", alpha);
    }

    static Tensor elu(Tensor x, double alpha, boolean inplace) {
        Unary op = eluOp(alpha);
        // d/dx alpha·(eˣ − 1) = alpha·eˣ = y + alpha on the negative side
        return inplace ? Pointwise.applyInPlace(op.withGrad("EluBackward1", OUTPUT,
                        (g, v, y) -> Pointwise.where(y.gt(0.0), g, g.mul(y.add(alpha)))), x)
                : Pointwise.apply(op.withGrad("EluBackward0", INPUT,
                        (g, v, y) -> Pointwise.where(v.gt(0.0), g, g.mul(v.exp().mul(alpha)))), x);
    }

    /**
     * Hardtanh: x clamped to [min, max] (NaN and −0 stay), ReLU6 being [0, 6]. Both forms are
     * {@code HardtanhBackward0} in PyTorch 1.13 (the in-place one saves its result, whose mask is
     * the input's since the clamp keeps the open interval). A float32 fast path when the bounds are
     * floats already (ReLU6's are), so a float tensor is clamped without a round trip through double.
     */
    static Tensor hardtanh(Tensor x, double min, double max, boolean inplace) {
        Unary op = hardtanhOp(min, max);
        return inplace ? Pointwise.applyInPlace(op.withGrad("HardtanhBackward0", OUTPUT, (g, v, y) -> hardtanhBackward(g, y, min, max)), x)
                : Pointwise.apply(op.withGrad("HardtanhBackward0", INPUT, (g, v, y) -> hardtanhBackward(g, v, min, max)), x);
    }

    static Unary hardtanhOp(double min, double max) {
        // compared, not Math.max/min: -0 stays -0 (ATen's clamp keeps the input on a tie), NaN stays NaN
        long lmin = (long) min, lmax = (long) max;   // an integer tensor clamps to the bounds cast to its type
        Unary op = new Unary("hardtanh", PROMOTED, "x < min_val ? min_val : (x > max_val ? max_val : x)",
                (v, o, n) -> { for (int i = 0; i < n; i++) o[i] = v[i] < min ? min : v[i] > max ? max : v[i]; },
                (v, o, n) -> { for (int i = 0; i < n; i++) o[i] = v[i] < lmin ? lmin : v[i] > lmax ? lmax : v[i]; })
                .withScalars("min_val", min, "max_val", max);
        float fmin = (float) min, fmax = (float) max;
        return fmin == min && fmax == max ? op.withFloat(hardtanhFloat(fmin, fmax)) : op;
    }

    /**
     * ATen's {@code hardtanh_backward(grad, self, min, max)}: 0 where {@code self <= min} or
     * {@code self >= max}, else the gradient (NaN passes it); its own backward is itself in the
     * gradient ({@code HardtanhBackwardBackward0}) and zero in self.
     */
    static Tensor hardtanhBackward(Tensor grad, Tensor self, double min, double max) {
        return Pointwise.apply(hardtanhBackwardOp(min, max).withGrad("HardtanhBackwardBackward0", null, INPUT,
                (gg, g, v, y) -> hardtanhBackward(gg, v, min, max), (gg, g, v, y) -> Torch.zerosLike(v)), grad, self);
    }

    /** hardtanh_backward's kernels: a is the gradient, b the input. */
    static Binary hardtanhBackwardOp(double min, double max) {
        Binary op = new Binary("hardtanh_backward", PROMOTED, "b <= min_val || b >= max_val ? 0 : a",
                (g, v, o, n) -> { for (int i = 0; i < n; i++) o[i] = v[i] <= min || v[i] >= max ? 0 : g[i]; }, null)
                .withScalars("min_val", min, "max_val", max);
        float fmin = (float) min, fmax = (float) max;
        return fmin == min && fmax == max ? op.withFloat((g, v, o, from, to) -> hardtanhBackwardFloat(g, v, o, from, to, fmin, fmax)) : op;
    }

    /**
     * The float clamp without a branch on the data (a compare-and-select on random signs
     * mispredicts: 4x slower than ReLU on MobileNet's activations): Math.max/min, which vectorise
     * and keep NaN. The one case they get wrong is a zero inside the bounds (max(−0, 0) is +0; the
     * compare keeps −0, as ATen's clamp), so the smallest |x| of the chunk is found first (a
     * vectorised pass; in place, o is v) and a chunk holding a zero (or a NaN, which hides one
     * from the min) is clamped with the compare.
     */
    private static ChunkKernels.F1 hardtanhFloat(float fmin, float fmax) {
        boolean zeroInside = fmin <= 0f && fmax >= 0f;
        return (v, o, from, to) -> {
            float minAbs = Float.POSITIVE_INFINITY;
            if (zeroInside) for (int i = from; i < to; i++) minAbs = Math.min(minAbs, Math.abs(v[i]));
            if (minAbs > 0f) for (int i = from; i < to; i++) o[i] = Math.min(Math.max(v[i], fmin), fmax);
            else for (int i = from; i < to; i++) o[i] = v[i] < fmin ? fmin : v[i] > fmax ? fmax : v[i];
        };
    }

    /**
     * {@code v <= min || v >= max ? +0 : g} on floats without a branch, as {@link #reluBackwardFloat}:
     * {@code s} is 1 strictly inside (a nonzero difference of floats scaled past 1), else +0, and
     * {@code g·s + (0.5 − s)·0} passes g (−0 included) or gives +0. An infinite or NaN g or v
     * breaks it (inf·0); the chunk is then redone with the branch.
     */
    static void hardtanhBackwardFloat(float[] g, float[] v, float[] o, int from, int to, float fmin, float fmax) {
        float check = 0f;
        for (int i = from; i < to; i++) {
            float lo = Math.min(Math.max((v[i] - fmin) * 0x1p100f * 0x1p100f, 0f), 1f);
            float hi = Math.min(Math.max((fmax - v[i]) * 0x1p100f * 0x1p100f, 0f), 1f);
            float s = lo * hi;
            o[i] = g[i] * s + (0.5f - s) * 0f;
            check = Math.max(check, g[i] * 0f + v[i] * 0f);
        }
        if (check == 0f) return;
        for (int i = from; i < to; i++) o[i] = v[i] <= fmin || v[i] >= fmax ? 0 : g[i];
    }

    static final Unary GELU = new Unary("gelu", FLOAT, "0.5 * x * (1 + erf(x * 0.7071067811865476))",
            (v, o, n) -> { for (int i = 0; i < n; i++) o[i] = 0.5 * v[i] * (1 + erf(v[i] * SQRT_HALF)); }, null);
    static final Unary GELU_TANH = new Unary("gelu", FLOAT, "0.5 * x * (1 + tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))",
            (v, o, n) -> { for (int i = 0; i < n; i++) o[i] = 0.5 * v[i] * (1 + Math.tanh(GELU_K * (v[i] + GELU_C * v[i] * v[i] * v[i]))); }, null);

    /** GELU, exact (x·Φ(x)) or with PyTorch's tanh approximation. */
    static Tensor gelu(Tensor x, String approximate) {
        if (approximate.equals("none")) {
            // Φ(x) + x·φ(x)
            return Pointwise.apply(GELU.withGrad("GeluBackward0", INPUT, (g, v, y) ->
                    g.mul(v.mul(SQRT_HALF).erf().add(1.0).mul(0.5).add(v.mul(v.square().mul(-0.5).exp()).mul(INV_SQRT_2PI)))), x);
        }
        if (!approximate.equals("tanh")) throw new IllegalArgumentException("approximate argument must be either none or tanh.");
        // 0.5·(1 + t) + 0.5·x·(1 − t²)·k·(1 + 3c·x²), t = tanh(k·(x + c·x³))
        return Pointwise.apply(GELU_TANH.withGrad("GeluBackward0", INPUT, (g, v, y) -> {
            Tensor t = v.add(v.pow(3L).mul(GELU_C)).mul(GELU_K).tanh();
            Tensor inner = v.square().mul(3 * GELU_C).add(1.0).mul(GELU_K);
            return g.mul(t.add(1.0).mul(0.5).add(v.mul(0.5).mul(t.square().neg().add(1.0)).mul(inner)));
        }), x);
    }

    /** log(1 + e^(βx)) / β, linear where βx exceeds the threshold. */
    static Unary softplusOp(double beta, double threshold) {
        return new Unary("softplus", FLOAT, "x * beta > threshold ? x : log1p(exp(x * beta)) / beta", (v, o, n) -> {
            for (int i = 0; i < n; i++) o[i] = v[i] * beta > threshold ? v[i] : Math.log1p(Math.exp(v[i] * beta)) / beta;
        }, null).withScalars("beta", beta, "threshold", threshold);
    }

    static Tensor softplus(Tensor x, double beta, double threshold) {
        return Pointwise.apply(softplusOp(beta, threshold).withGrad("SoftplusBackward0", INPUT,
                (g, v, y) -> Pointwise.where(v.mul(beta).gt(threshold), g, g.mul(v.mul(beta).sigmoid()))), x);
    }

    /** 1 where {@code t > 0}, else {@code slope}, in t's dtype. */
    private static Tensor positiveOr(Tensor t, double slope) {
        // both branches 0-dim tensors of t's dtype: wrapped Java numbers would promote to float32 and round a float64 slope
        return Pointwise.where(t.gt(0.0), Creation.fromData(1.0, t.dtype(), t.device()), Creation.fromData(slope, t.dtype(), t.device()));
    }

    /**
     * erf(x) in double: {@code 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1))}, a series of
     * positive terms (no cancellation), ±1 beyond |x| = 6.
     */
    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax >= 6) return Math.copySign(1.0, x);
        double x2 = ax * ax, term = ax, sum = ax;
        for (int n = 1; n < 200 && term >= sum * 1e-17; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
        }
        return Math.copySign(Math.min(1.0, TWO_OVER_SQRT_PI * Math.exp(-x2) * sum), x);
    }
}
