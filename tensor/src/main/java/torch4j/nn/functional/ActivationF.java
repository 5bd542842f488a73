package torch4j.nn.functional;

import torch4j.NnFunctions;
import torch4j.Tensor;

/**
 * The activations of {@link F} beyond ReLU's family, kept in their own file for size: SiLU, Mish,
 * Hardswish, Hardsigmoid, SELU, CELU, LogSigmoid, Softsign, Softshrink, Hardshrink, Tanhshrink,
 * Threshold, GLU, Softmin, PReLU and RReLU, each computed as PyTorch 1.13 computes it (the same
 * nodes, and RReLU's draws from the global generator). Users call them as {@code F.silu(x)} and
 * so on.
 */
class ActivationF extends SpatialF {
    ActivationF() {}

    /** SELU's constants, as {@code torch.nn.functional.selu}. */
    private static final double SELU_ALPHA = 1.6732632423543772848170429916717, SELU_SCALE = 1.0507009873554804934193349852946;

    /**
     * {@code F.silu(x)}: x·σ(x), also called swish ({@code SiluBackward0}).
     * <pre>{@code
     * jshell> F.silu(tensor(-1.0, 0.0, 2.0))
     * $1 ==> tensor([-0.2689,  0.0000,  1.7616])
     * }</pre>
     */
    public static Tensor silu(Tensor x) { return NnFunctions.silu(x, false); }
    /** {@code F.silu(x, inplace)}. */
    public static Tensor silu(Tensor x, boolean inplace) { return NnFunctions.silu(x, inplace); }

    /**
     * {@code F.mish(x)}: x·tanh(softplus(x)) ({@code MishBackward0}).
     * <pre>{@code
     * jshell> F.mish(tensor(-1.0, 0.0, 2.0))
     * $1 ==> tensor([-0.3034,  0.0000,  1.9440])
     * }</pre>
     */
    public static Tensor mish(Tensor x) { return NnFunctions.mish(x, false); }
    /** {@code F.mish(x, inplace)}. */
    public static Tensor mish(Tensor x, boolean inplace) { return NnFunctions.mish(x, inplace); }

    /**
     * {@code F.hardswish(x)}: x·relu6(x + 3)/6 ({@code HardswishBackward0}).
     * <pre>{@code
     * jshell> F.hardswish(tensor(-4.0, 1.0, 4.0))
     * $1 ==> tensor([-0.0000, 0.6667, 4.0000])
     * }</pre>
     */
    public static Tensor hardswish(Tensor x) { return NnFunctions.hardswish(x, false); }
    /** {@code F.hardswish(x, inplace)}. */
    public static Tensor hardswish(Tensor x, boolean inplace) { return NnFunctions.hardswish(x, inplace); }

    /**
     * {@code F.hardsigmoid(x)}: relu6(x + 3)/6 ({@code HardsigmoidBackward0}).
     * <pre>{@code
     * jshell> F.hardsigmoid(tensor(-4.0, 0.0, 1.5))
     * $1 ==> tensor([0.0000, 0.5000, 0.7500])
     * }</pre>
     */
    public static Tensor hardsigmoid(Tensor x) { return NnFunctions.hardsigmoid(x, false); }
    /** {@code F.hardsigmoid(x, inplace)}. */
    public static Tensor hardsigmoid(Tensor x, boolean inplace) { return NnFunctions.hardsigmoid(x, inplace); }

    /**
     * {@code F.selu(x)}: scale·(x, or α·(eˣ − 1) where x ≤ 0) with α ≈ 1.6733 and scale ≈ 1.0507
     * ({@code EluBackward0}, as PyTorch computes it with elu).
     * <pre>{@code
     * jshell> F.selu(tensor(-1.0, 1.0))
     * $1 ==> tensor([-1.1113,  1.0507])
     * }</pre>
     */
    public static Tensor selu(Tensor x) { return NnFunctions.eluScaled(x, SELU_ALPHA, SELU_SCALE, 1, 1, false, "Elu"); }
    /** {@code F.selu(x, inplace)} ({@code EluBackward1} in place). */
    public static Tensor selu(Tensor x, boolean inplace) { return NnFunctions.eluScaled(x, SELU_ALPHA, SELU_SCALE, 1, 1, inplace, "Elu"); }
    /** {@code F.selu_(x)}: in place. */
    public static Tensor selu_(Tensor x) { return selu(x, true); }

    /**
     * {@code F.celu(x, alpha=1.0)}: x, or α·(e^(x/α) − 1) where x ≤ 0 ({@code CeluBackward0}).
     * <pre>{@code
     * jshell> F.celu(tensor(-1.0, 1.0), 2.0)
     * $1 ==> tensor([-0.7869,  1.0000])
     * }</pre>
     *
     * @throws IllegalArgumentException "ZeroDivisionError: alpha cannot be 0 for CELU" for alpha 0
     */
    public static Tensor celu(Tensor x, double alpha, boolean inplace) {
        if (alpha == 0) throw new IllegalArgumentException("ZeroDivisionError: alpha cannot be 0 for CELU");
        // PyTorch's derivative formula takes 1.0 / alpha.toFloat()
        return NnFunctions.eluScaled(x, alpha, 1, 1 / alpha, 1 / (double) (float) alpha, inplace, "Celu");
    }
    /** {@code F.celu(x)}: alpha 1. */
    public static Tensor celu(Tensor x) { return celu(x, 1.0, false); }
    /** {@code F.celu(x, alpha)}. */
    public static Tensor celu(Tensor x, double alpha) { return celu(x, alpha, false); }
    /** {@code F.celu_(x, alpha)}: in place ({@code CeluBackward1}). */
    public static Tensor celu_(Tensor x, double alpha) { return celu(x, alpha, true); }

    /**
     * {@code F.logsigmoid(x)}: log σ(x), computed without overflow ({@code LogSigmoidBackward0}).
     * <pre>{@code
     * jshell> F.logsigmoid(tensor(-100.0, 0.0))
     * $1 ==> tensor([-100.0000,   -0.6931])
     * }</pre>
     */
    public static Tensor logsigmoid(Tensor x) { return NnFunctions.logSigmoid(x); }

    /**
     * {@code F.softsign(x)}: x / (1 + |x|), as PyTorch's composite ({@code DivBackward0}).
     * <pre>{@code
     * jshell> F.softsign(tensor(-3.0, 1.0))
     * $1 ==> tensor([-0.7500,  0.5000])
     * }</pre>
     */
    public static Tensor softsign(Tensor x) { return x.div(x.abs().add(1L)); }

    /**
     * {@code F.softshrink(x, lambd=0.5)}: x − λ above λ, x + λ below −λ, else 0 ({@code SoftshrinkBackward0}).
     * <pre>{@code
     * jshell> F.softshrink(tensor(-2.0, 0.3, 1.0))
     * $1 ==> tensor([-1.5000,  0.0000,  0.5000])
     * }</pre>
     *
     * @throws IllegalArgumentException "lambda must be greater or equal to 0, but found to be …" for a negative λ
     */
    public static Tensor softshrink(Tensor x, double lambd) { return NnFunctions.softshrink(x, lambd); }
    /** {@code F.softshrink(x)}: λ = 0.5. */
    public static Tensor softshrink(Tensor x) { return NnFunctions.softshrink(x, 0.5); }

    /**
     * {@code F.hardshrink(x, lambd=0.5)}: x outside [−λ, λ], else 0 ({@code HardshrinkBackward0}).
     * <pre>{@code
     * jshell> F.hardshrink(tensor(-2.0, 0.3, 1.0))
     * $1 ==> tensor([-2.,  0.,  1.])
     * }</pre>
     */
    public static Tensor hardshrink(Tensor x, double lambd) { return NnFunctions.hardshrink(x, lambd); }
    /** {@code F.hardshrink(x)}: λ = 0.5. */
    public static Tensor hardshrink(Tensor x) { return NnFunctions.hardshrink(x, 0.5); }

    /**
     * {@code F.tanhshrink(x)}: x − tanh(x), as PyTorch's composite ({@code SubBackward0}).
     * <pre>{@code
     * jshell> F.tanhshrink(tensor(-1.0, 2.0))
     * $1 ==> tensor([-0.2384,  1.0360])
     * }</pre>
     */
    public static Tensor tanhshrink(Tensor x) { return x.sub(x.tanh()); }

    /**
     * {@code F.threshold(x, threshold, value)}: value where x ≤ threshold, else x ({@code ThresholdBackward0}).
     * <pre>{@code
     * jshell> F.threshold(tensor(-1.0, 0.5, 2.0), 0.5, 9.0)
     * $1 ==> tensor([9., 9., 2.])
     * }</pre>
     */
    public static Tensor threshold(Tensor x, double threshold, double value) { return NnFunctions.threshold(x, threshold, value, false); }
    /** {@code F.threshold(x, threshold, value, inplace)} ({@code ThresholdBackward1} in place). */
    public static Tensor threshold(Tensor x, double threshold, double value, boolean inplace) { return NnFunctions.threshold(x, threshold, value, inplace); }
    /** {@code F.threshold_(x, threshold, value)}: in place. */
    public static Tensor threshold_(Tensor x, double threshold, double value) { return NnFunctions.threshold(x, threshold, value, true); }

    /**
     * {@code F.glu(x, dim=-1)}: a·σ(b), a and b the two halves of x along dim ({@code GluBackward0}).
     * <pre>{@code
     * jshell> F.glu(tensor(2.0, 4.0, 0.0, 100.0))
     * $1 ==> tensor([1., 4.])
     * }</pre>
     *
     * @throws IllegalArgumentException "Halving dimension must be even, but dimension … is size …"
     */
    public static Tensor glu(Tensor x, long dim) { return NnFunctions.glu(x, dim); }
    /** {@code F.glu(x)}: halves along the last dim. */
    public static Tensor glu(Tensor x) { return NnFunctions.glu(x, -1); }

    /**
     * {@code F.softmin(x, dim)}: softmax(−x), as PyTorch computes it ({@code SoftmaxBackward0} over {@code NegBackward0}).
     * <pre>{@code
     * jshell> F.softmin(tensor(1.0, 2.0), 0)
     * $1 ==> tensor([0.7311, 0.2689])
     * }</pre>
     */
    public static Tensor softmin(Tensor x, long dim) { return NnFunctions.softmax(x.neg(), dim); }
    /** {@code F.softmin(x)} without a dim: PyTorch's implicit choice and its warning. */
    public static Tensor softmin(Tensor x) { return NnFunctions.softmax(x.neg(), F.implicitDim("softmin", x.dim())); }

    /**
     * {@code F.prelu(x, weight)}: x where positive, else weight·x; one weight, or one per channel
     * (dim 1) ({@code PreluBackward0}).
     * <pre>{@code
     * jshell> F.prelu(tensor(-2.0, 3.0), tensor(0.25))
     * $1 ==> tensor([-0.5000,  3.0000])
     * }</pre>
     *
     * @throws IllegalArgumentException "Mismatch of parameter numbers and input channel size. …"
     */
    public static Tensor prelu(Tensor x, Tensor weight) { return NnFunctions.prelu(x, weight); }

    /**
     * {@code F.rrelu(x, lower=1/8, upper=1/3, training=False)}: x, or x·a where x ≤ 0, a drawn
     * from U(lower, upper) per element when training (from the global generator, as PyTorch
     * draws), else (lower + upper)/2 ({@code RreluWithNoiseBackward0}).
     * <pre>{@code
     * jshell> F.rrelu(tensor(-2.0, 3.0))
     * $1 ==> tensor([-0.4583,  3.0000])
     * }</pre>
     *
     * @throws IllegalArgumentException "Lower bound should be less than or equal to the upper bound"
     */
    public static Tensor rrelu(Tensor x, double lower, double upper, boolean training, boolean inplace) {
        return NnFunctions.rrelu(x, lower, upper, training, inplace);
    }
    /** {@code F.rrelu(x)}: bounds 1/8 and 1/3, not training. */
    public static Tensor rrelu(Tensor x) { return rrelu(x, 1.0 / 8, 1.0 / 3, false, false); }
    /** {@code F.rrelu(x, lower, upper)}: not training. */
    public static Tensor rrelu(Tensor x, double lower, double upper) { return rrelu(x, lower, upper, false, false); }
    /** {@code F.rrelu(x, lower, upper, training)}. */
    public static Tensor rrelu(Tensor x, double lower, double upper, boolean training) { return rrelu(x, lower, upper, training, false); }
    /** {@code F.rrelu_(x, lower, upper, training)}: in place ({@code RreluWithNoiseBackward1}). */
    public static Tensor rrelu_(Tensor x, double lower, double upper, boolean training) { return rrelu(x, lower, upper, training, true); }
    /** {@code F.rrelu_(x, lower, upper)}: in place, not training. */
    public static Tensor rrelu_(Tensor x, double lower, double upper) { return rrelu(x, lower, upper, false, true); }
}
