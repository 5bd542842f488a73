package torch4j.backend;

import torch4j.Generator;

/**
 * Random fills drawn from a {@link Generator}'s stream (on the CPU, PyTorch's CPU mt19937 stream:
 * the same seed gives PyTorch's numbers, notes/pytorch-cpu-rng.md). Part of the {@link Backend}
 * primitive set; the contract of {@link Backend} applies. The op layer has checked the
 * distribution's parameters and that the output has no internal overlap (no broadcast output).
 * A backend without data (meta) draws nothing and leaves the generator where it was, as PyTorch's
 * meta tensors do; where PyTorch has no meta kernel (multinomial) it throws PyTorch's error.
 *
 * <pre>{@code
 * jshell> Torch.manualSeed(0); Torch.empty(3).to("meta").normal_(); Torch.randn(2)   // the same as without the meta fill
 * $3 ==> tensor([ 1.5410, -0.2934])
 * }</pre>
 */
public interface RandomPrimitives {
    /** What a {@link #fill} draws; parameters already checked by the op layer. */
    sealed interface Distribution {}

    /** {@code uniform_(from, to)}: floating outputs. */
    record Uniform(double from, double to) implements Distribution {}

    /** {@code normal_(mean, std)}: floating outputs. */
    record Normal(double mean, double std) implements Distribution {}

    /** {@code random_()}: integers over the dtype's range (floating: up to 2^mantissa). */
    record Integers() implements Distribution {}

    /** {@code random_(from, to)}: integers in [from, to). */
    record IntegerRange(long from, long to) implements Distribution {}

    /** {@code bernoulli_(p)}: 1 with probability p, else 0. */
    record Bernoulli(double p) implements Distribution {}

    /**
     * Dropout's noise: {@code scale} with probability p, else 0 — the draws of
     * {@code bernoulli_(p)} and the values of a following {@code div_(p)} in one pass, where
     * {@code scale} is what that division makes of 1 in the output's dtype (float32 or float64).
     */
    record ScaledBernoulli(double p, double scale) implements Distribution {}

    /**
     * {@code bernoulli_(P)}: each element 1 with its own probability, read from {@code p}
     * (floating, strides over the output's shape, 0 on broadcast dims) in the output's fill order.
     */
    record BernoulliTensor(Operand p) implements Distribution {}

    /** {@code exponential_(lambd)}: floating outputs. */
    record Exponential(double lambd) implements Distribution {}

    /**
     * Fills {@code out} (any layout without internal overlap) with draws from {@code d}, in
     * PyTorch's fill order: row-major for a contiguous output, otherwise the order of PyTorch's
     * TensorIterator over the output's strides (the normal fill then draws one value at a time).
     */
    void fill(Distribution d, Generator gen, long[] shape, Operand out);

    /** {@code randperm(n)} into {@code out}: dense from its offset, of an integer or floating dtype. */
    void randperm(Generator gen, long n, Operand out);

    /**
     * The checks ATen's multinomial makes of its probabilities before sampling without
     * replacement ({@code probs}: dense, rows of {@code categories}): every value finite and ≥ 0,
     * and no row summing to 0, each failing with PyTorch's message. A backend with no multinomial
     * kernel (meta) throws PyTorch's NotImplementedError here, whatever the arguments.
     */
    void checkMultinomial(long rows, long categories, boolean replacement, Operand probs);

    /**
     * {@code multinomial(probs, n, replacement=True)}: {@code n} inverse-CDF draws per row of
     * {@code probs} (dense, {@code rows} x {@code categories}) into the dense int64 {@code out}.
     */
    void multinomial(Generator gen, long rows, long categories, int n, Operand out, Operand probs);

    /**
     * PyTorch's check of {@code torch.normal}'s std tensor ({@code std} strides over {@code shape}):
     * "normal expects all elements of std >= 0.0" when one is negative or NaN. Without data
     * (meta) nothing is checked, as PyTorch's meta kernel checks nothing.
     */
    void checkStd(long[] shape, Operand std);
}
