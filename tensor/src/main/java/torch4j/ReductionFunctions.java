package torch4j;

/**
 * A part of the {@code torch} namespace ({@link Torch} inherits it, so {@code import static
 * torch4j.Torch.*} brings it in): Function-only reductions and searches ({@code bucketize}, {@code searchsorted} with a scalar, {@code histogramdd}-free statistics).
 */
public abstract class ReductionFunctions extends ScalarFunctions {
    ReductionFunctions() {}

    // ---------------------------------------------------------------- std_mean, var_mean

    /**
     * The sample standard deviation and the mean of all elements, in one call ({@code torch.std_mean(x)}).
     * <pre>{@code
     * jshell> Torch.stdMean(tensor(1.0, 2.0, 3.0))
     * $1 ==> (tensor(1.), tensor(2.))
     * }</pre>
     */
    public static TensorPair stdMean(Tensor input) { return Moments.stdVarMean(input, null, 1, false, true); }
    /** {@code torch.std_mean(x, unbiased)}: false divides by N. */
    public static TensorPair stdMean(Tensor input, boolean unbiased) { return Moments.stdVarMean(input, null, unbiased ? 1 : 0, false, true); }
    /** Over one dim. */
    public static TensorPair stdMean(Tensor input, long dim) { return Moments.stdVarMean(input, new long[]{dim}, 1, false, true); }
    public static TensorPair stdMean(Tensor input, long dim, boolean unbiased, boolean keepdim) { return Moments.stdVarMean(input, new long[]{dim}, unbiased ? 1 : 0, keepdim, true); }
    /** Over several dims (all when empty), dividing by N - correction. */
    public static TensorPair stdMean(Tensor input, long[] dims, long correction, boolean keepdim) { return Moments.stdVarMean(input, dims, correction, keepdim, true); }
    /**
     * The sample variance and the mean of all elements, in one call ({@code torch.var_mean(x)}).
     * <pre>{@code
     * jshell> Torch.varMean(tensor(1.0, 2.0, 3.0))
     * $1 ==> (tensor(1.), tensor(2.))
     * }</pre>
     */
    public static TensorPair varMean(Tensor input) { return Moments.stdVarMean(input, null, 1, false, false); }
    public static TensorPair varMean(Tensor input, boolean unbiased) { return Moments.stdVarMean(input, null, unbiased ? 1 : 0, false, false); }
    public static TensorPair varMean(Tensor input, long dim) { return Moments.stdVarMean(input, new long[]{dim}, 1, false, false); }
    public static TensorPair varMean(Tensor input, long dim, boolean unbiased, boolean keepdim) { return Moments.stdVarMean(input, new long[]{dim}, unbiased ? 1 : 0, keepdim, false); }
    public static TensorPair varMean(Tensor input, long[] dims, long correction, boolean keepdim) { return Moments.stdVarMean(input, dims, correction, keepdim, false); }

    // ---------------------------------------------------------------- searchsorted, bucketize

    /**
     * Where each value would be inserted into the innermost rows of {@code sortedSequence} to keep
     * them sorted: the first such place ({@code torch.searchsorted(seq, values)}).
     * <pre>{@code
     * jshell> Torch.searchsorted(tensor(1.0, 3.0, 5.0), tensor(3.0, 6.0))
     * $1 ==> tensor([1, 3])
     * }</pre>
     */
    public static Tensor searchsorted(Tensor sortedSequence, Tensor values) {
        return Searching.searchsorted(sortedSequence, values, false, false, null, null);
    }
    /** {@code right}: the last such place; {@code outInt32}: an int32 result. */
    public static Tensor searchsorted(Tensor sortedSequence, Tensor values, boolean outInt32, boolean right) {
        return Searching.searchsorted(sortedSequence, values, outInt32, right, null, null);
    }
    /** With {@code side} ("left", "right" or null) and {@code sorter} (int64 indices that sort the sequence, or null). */
    public static Tensor searchsorted(Tensor sortedSequence, Tensor values, boolean outInt32, boolean right, String side, Tensor sorter) {
        return Searching.searchsorted(sortedSequence, values, outInt32, right, side, sorter);
    }
    /** One Python float value: a 0-dim result ({@code torch.searchsorted(seq, 2.5)}). */
    public static Tensor searchsorted(Tensor sortedSequence, double value) {
        return Searching.searchsorted(sortedSequence, Conversions.scalar(value).to(sortedSequence.device()), false, false, null, null);
    }
    /** One Python int value. */
    public static Tensor searchsorted(Tensor sortedSequence, long value) {
        return Searching.searchsorted(sortedSequence, Conversions.scalar(value).to(sortedSequence.device()), false, false, null, null);
    }
    public static Tensor searchsorted(Tensor sortedSequence, double value, boolean outInt32, boolean right) {
        return Searching.searchsorted(sortedSequence, Conversions.scalar(value).to(sortedSequence.device()), outInt32, right, null, null);
    }
    public static Tensor searchsorted(Tensor sortedSequence, long value, boolean outInt32, boolean right) {
        return Searching.searchsorted(sortedSequence, Conversions.scalar(value).to(sortedSequence.device()), outInt32, right, null, null);
    }

    /**
     * The bucket of each element among 1-D increasing {@code boundaries} ({@code torch.bucketize(x, boundaries)}).
     * <pre>{@code
     * jshell> Torch.bucketize(tensor(0.5, 3.0, 9.0), tensor(1.0, 3.0, 5.0))
     * $1 ==> tensor([0, 1, 3])
     * }</pre>
     */
    public static Tensor bucketize(Tensor input, Tensor boundaries) { return Searching.bucketize(input, boundaries, false, false); }
    /** {@code right}: a value equal to a boundary goes to the bucket above it; {@code outInt32}: int32 result. */
    public static Tensor bucketize(Tensor input, Tensor boundaries, boolean outInt32, boolean right) {
        return Searching.bucketize(input, boundaries, outInt32, right);
    }
    /** One Python float: a 0-dim result. */
    public static Tensor bucketize(double input, Tensor boundaries) {
        return Searching.bucketize(Conversions.scalar(input).to(boundaries.device()), boundaries, false, false);
    }
    public static Tensor bucketize(long input, Tensor boundaries) {
        return Searching.bucketize(Conversions.scalar(input).to(boundaries.device()), boundaries, false, false);
    }
    public static Tensor bucketize(double input, Tensor boundaries, boolean outInt32, boolean right) {
        return Searching.bucketize(Conversions.scalar(input).to(boundaries.device()), boundaries, outInt32, right);
    }
    public static Tensor bucketize(long input, Tensor boundaries, boolean outInt32, boolean right) {
        return Searching.bucketize(Conversions.scalar(input).to(boundaries.device()), boundaries, outInt32, right);
    }
}
