package torch4j;

/**
 * A part of {@link Tensor}'s methods: Reductions, statistics and searches beyond the basics of {@link TensorMath}.
 * Split from {@code Tensor} only to keep files small; users see one class.
 */
abstract sealed class ReductionMethods extends PointwiseMethods permits ShapeMethods {
    ReductionMethods(torch4j.storage.Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }

    // ---------------------------------------------------------------- amax, amin, aminmax

    /**
     * The largest element over {@code dims} (all dims when none), NaN propagating; unlike
     * {@code max(dim)} no indices, and the gradient is shared among ties ({@code x.amax(dim)}).
     * <pre>{@code
     * jshell> tensor(new double[][]{{1, 5}, {7, 2}}).amax(1)
     * $1 ==> tensor([5., 7.])
     * }</pre>
     */
    @TorchFunction public Tensor amax(long... dims) { return Extrema.amax(self(), dims, false, true); }
    /** {@code x.amax(dim, keepdim)}. */
    @TorchFunction public Tensor amax(long dim, boolean keepdim) { return Extrema.amax(self(), new long[]{dim}, keepdim, true); }
    /** {@code x.amax((d0, d1), keepdim)}. */
    @TorchFunction public Tensor amax(long[] dims, boolean keepdim) { return Extrema.amax(self(), dims, keepdim, true); }
    /**
     * The smallest element over {@code dims} (all dims when none), NaN propagating.
     * <pre>{@code
     * jshell> tensor(new double[][]{{1, 5}, {7, 2}}).amin(0)
     * $1 ==> tensor([1., 2.])
     * }</pre>
     */
    @TorchFunction public Tensor amin(long... dims) { return Extrema.amax(self(), dims, false, false); }
    @TorchFunction public Tensor amin(long dim, boolean keepdim) { return Extrema.amax(self(), new long[]{dim}, keepdim, false); }
    @TorchFunction public Tensor amin(long[] dims, boolean keepdim) { return Extrema.amax(self(), dims, keepdim, false); }
    /**
     * The smallest and largest elements in one call ({@code x.aminmax()}).
     * <pre>{@code
     * jshell> tensor(1.0, 5.0, 3.0).aminmax().max()
     * $1 ==> tensor(5.)
     * }</pre>
     */
    @TorchFunction public MinMax aminmax() { return Extrema.aminmax(self(), null, false); }
    /** {@code x.aminmax(dim=d, keepdim=k)}. */
    @TorchFunction public MinMax aminmax(long dim, boolean keepdim) { return Extrema.aminmax(self(), dim, keepdim); }
    /** {@code x.aminmax(dim=d)}. */
    @TorchFunction public MinMax aminmax(long dim) { return Extrema.aminmax(self(), dim, false); }

    // ---------------------------------------------------------------- NaN-ignoring and counting reductions

    /**
     * Sum with NaN counted as zero ({@code x.nansum()}); integers sum to int64.
     * <pre>{@code
     * jshell> tensor(1.0, Double.NaN, 2.0).nansum()
     * $1 ==> tensor(3.)
     * }</pre>
     */
    @TorchFunction public Tensor nansum() { return Extrema.nansum(self(), null, false); }
    @TorchFunction public Tensor nansum(long... dims) { return Extrema.nansum(self(), dims, false); }
    @TorchFunction public Tensor nansum(long dim, boolean keepdim) { return Extrema.nansum(self(), new long[]{dim}, keepdim); }
    @TorchFunction public Tensor nansum(long[] dims, boolean keepdim) { return Extrema.nansum(self(), dims, keepdim); }
    /**
     * Mean of the non-NaN elements ({@code x.nanmean()}; floating dtypes only).
     * <pre>{@code
     * jshell> tensor(1.0, Double.NaN, 2.0).nanmean()
     * $1 ==> tensor(1.5000)
     * }</pre>
     */
    @TorchFunction public Tensor nanmean() { return Extrema.nanmean(self(), null, false); }
    @TorchFunction public Tensor nanmean(long... dims) { return Extrema.nanmean(self(), dims, false); }
    @TorchFunction public Tensor nanmean(long dim, boolean keepdim) { return Extrema.nanmean(self(), new long[]{dim}, keepdim); }
    @TorchFunction public Tensor nanmean(long[] dims, boolean keepdim) { return Extrema.nanmean(self(), dims, keepdim); }
    /**
     * The number of nonzero elements (over {@code dims} when given), as int64 ({@code x.count_nonzero()}).
     * <pre>{@code
     * jshell> tensor(new long[][]{{0, 1}, {2, 0}}).countNonzero(0)
     * $1 ==> tensor([1, 1])
     * }</pre>
     */
    @TorchFunction public Tensor countNonzero(long... dims) { return Extrema.countNonzero(self(), dims); }

    // ---------------------------------------------------------------- predicates

    /**
     * Whether the single element is nonzero ({@code x.is_nonzero()}); more or fewer than one
     * element is PyTorch's "ambiguous" error.
     * <pre>{@code
     * jshell> tensor(0.5).isNonzero()
     * $1 ==> true
     * }</pre>
     */
    @TorchFunction public boolean isNonzero() {
        long n = numel();
        if (n == 0) throw new IllegalArgumentException("Boolean value of Tensor with no values is ambiguous");
        if (n > 1) throw new IllegalArgumentException("Boolean value of Tensor with more than one value is ambiguous");
        return booleanValue();
    }
    /**
     * Whether {@code other} has the same shape ({@code x.is_same_size(y)}).
     * <pre>{@code
     * jshell> zeros(2, 3).isSameSize(ones(2, 3))
     * $1 ==> true
     * }</pre>
     */
    @TorchFunction public boolean isSameSize(Tensor other) { return java.util.Arrays.equals(shape, other.shape); }
    /**
     * Whether the dtype is signed: floats and signed integers, not uint8 or bool ({@code x.is_signed()}).
     * <pre>{@code
     * jshell> tensor(1L).isSigned()
     * $1 ==> true
     * }</pre>
     */
    @TorchFunction public boolean isSigned() { return dtype() != DType.UINT8 && dtype() != DType.BOOL; }
    /**
     * The CUDA device index, or -1 for a tensor elsewhere ({@code x.get_device()}).
     * <pre>{@code
     * jshell> zeros(2).getDevice()
     * $1 ==> -1
     * }</pre>
     */
    @TorchFunction public int getDevice() { return device().isCuda() ? Math.max(0, device().index()) : -1; }
}
