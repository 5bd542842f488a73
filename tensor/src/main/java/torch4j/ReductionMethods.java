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
    /** {@code x.nansum(dtype=torch.float64)}: cast inside the node, as {@code sum(DType)}. */
    @TorchFunction public Tensor nansum(DType dtype) { return ReductionOps.castInside(self(), dtype, t -> t.nansum()); }
    @TorchFunction public Tensor nansum(long dim, DType dtype) { return nansum(new long[]{dim}, false, dtype); }
    @TorchFunction public Tensor nansum(long[] dims, DType dtype) { return nansum(dims, false, dtype); }
    @TorchFunction public Tensor nansum(long dim, boolean keepdim, DType dtype) { return nansum(new long[]{dim}, keepdim, dtype); }
    @TorchFunction public Tensor nansum(long[] dims, boolean keepdim, DType dtype) { return ReductionOps.castInside(self(), dtype, t -> t.nansum(dims, keepdim)); }
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

    // ---------------------------------------------------------------- order statistics

    /**
     * The lower median of all elements; NaN if any element is NaN ({@code x.median()}).
     * <pre>{@code
     * jshell> tensor(3.0, 1.0, 4.0, 2.0).median()
     * $1 ==> tensor(2.)
     * }</pre>
     */
    @TorchFunction public Tensor median() { return Selection.medianAll(self(), false); }
    /**
     * The lower median along {@code dim} and its index, as PyTorch picks it ({@code x.median(dim)}).
     * <pre>{@code
     * jshell> tensor(new long[][]{{4, 4, 1, 1}}).median(1).indices()
     * $1 ==> tensor([3])
     * }</pre>
     */
    @TorchFunction public ValuesIndices median(long dim) { return Selection.medianDim(self(), dim, false, false); }
    @TorchFunction public ValuesIndices median(long dim, boolean keepdim) { return Selection.medianDim(self(), dim, keepdim, false); }
    /**
     * The lower median of the non-NaN elements ({@code x.nanmedian()}).
     * <pre>{@code
     * jshell> tensor(3.0, Double.NaN, 1.0).nanmedian()
     * $1 ==> tensor(1.)
     * }</pre>
     */
    @TorchFunction public Tensor nanmedian() { return Selection.medianAll(self(), true); }
    @TorchFunction public ValuesIndices nanmedian(long dim) { return Selection.medianDim(self(), dim, false, true); }
    @TorchFunction public ValuesIndices nanmedian(long dim, boolean keepdim) { return Selection.medianDim(self(), dim, keepdim, true); }
    /**
     * The most frequent value along the last dim (the smallest among ties) and an index of it ({@code x.mode()}).
     * <pre>{@code
     * jshell> tensor(3, 1, 3, 0).mode().values()
     * $1 ==> tensor(3)
     * }</pre>
     */
    @TorchFunction public ValuesIndices mode() { return Selection.mode(self(), -1, false); }
    @TorchFunction public ValuesIndices mode(long dim) { return Selection.mode(self(), dim, false); }
    @TorchFunction public ValuesIndices mode(long dim, boolean keepdim) { return Selection.mode(self(), dim, keepdim); }
    /**
     * Sorted along dim 0 ({@code x.msort()}, the values of {@code x.sort(0)}).
     * <pre>{@code
     * jshell> tensor(new double[][]{{3, 1}, {2, 4}}).msort()
     * $1 ==> tensor([[2., 1.],
     *         [3., 4.]])
     * }</pre>
     */
    @TorchFunction public Tensor msort() { return Sorting.sort(self(), 0, false, false).values(); }
    /**
     * The q-th quantile of all elements, interpolating linearly ({@code x.quantile(q)}; float dtypes).
     * <pre>{@code
     * jshell> tensor(1.0, 2.0, 3.0, 4.0).quantile(0.5)
     * $1 ==> tensor(2.5000)
     * }</pre>
     */
    @TorchFunction public Tensor quantile(double q) { return Selection.quantile(self(), q, null, false, "linear", false); }
    @TorchFunction public Tensor quantile(double q, long dim) { return Selection.quantile(self(), q, dim, false, "linear", false); }
    @TorchFunction public Tensor quantile(double q, long dim, boolean keepdim) { return Selection.quantile(self(), q, dim, keepdim, "linear", false); }
    /** {@code x.quantile(q, dim, keepdim, interpolation=...)}: "linear", "lower", "higher", "midpoint" or "nearest"; a null dim is all elements. */
    @TorchFunction public Tensor quantile(double q, Long dim, boolean keepdim, String interpolation) { return Selection.quantile(self(), q, dim, keepdim, interpolation, false); }
    /** Several quantiles at once: {@code q} is 1-D (the result's first dim) or 0-dim. */
    @TorchFunction public Tensor quantile(Tensor q) { return Selection.quantile(self(), q, null, false, "linear", false); }
    @TorchFunction public Tensor quantile(Tensor q, long dim) { return Selection.quantile(self(), q, dim, false, "linear", false); }
    @TorchFunction public Tensor quantile(Tensor q, long dim, boolean keepdim) { return Selection.quantile(self(), q, dim, keepdim, "linear", false); }
    @TorchFunction public Tensor quantile(Tensor q, Long dim, boolean keepdim, String interpolation) { return Selection.quantile(self(), q, dim, keepdim, interpolation, false); }
    /**
     * quantile ignoring NaN ({@code x.nanquantile(q)}).
     * <pre>{@code
     * jshell> tensor(1.0, Double.NaN, 3.0).nanquantile(0.5)
     * $1 ==> tensor(2.)
     * }</pre>
     */
    @TorchFunction public Tensor nanquantile(double q) { return Selection.quantile(self(), q, null, false, "linear", true); }
    @TorchFunction public Tensor nanquantile(double q, long dim) { return Selection.quantile(self(), q, dim, false, "linear", true); }
    @TorchFunction public Tensor nanquantile(double q, long dim, boolean keepdim) { return Selection.quantile(self(), q, dim, keepdim, "linear", true); }
    @TorchFunction public Tensor nanquantile(double q, Long dim, boolean keepdim, String interpolation) { return Selection.quantile(self(), q, dim, keepdim, interpolation, true); }
    @TorchFunction public Tensor nanquantile(Tensor q) { return Selection.quantile(self(), q, null, false, "linear", true); }
    @TorchFunction public Tensor nanquantile(Tensor q, long dim) { return Selection.quantile(self(), q, dim, false, "linear", true); }
    @TorchFunction public Tensor nanquantile(Tensor q, long dim, boolean keepdim) { return Selection.quantile(self(), q, dim, keepdim, "linear", true); }
    @TorchFunction public Tensor nanquantile(Tensor q, Long dim, boolean keepdim, String interpolation) { return Selection.quantile(self(), q, dim, keepdim, interpolation, true); }

    // ---------------------------------------------------------------- scans and differences

    /**
     * Running maximum along {@code dim} and where it was (the latest among ties; NaN sticks) ({@code x.cummax(dim)}).
     * <pre>{@code
     * jshell> tensor(1, 3, 2, 5).cummax(0).values()
     * $1 ==> tensor([1, 3, 3, 5])
     * }</pre>
     */
    @TorchFunction public ValuesIndices cummax(long dim) { return Cumulative.cumExtreme(self(), dim, true); }
    /** Running minimum along {@code dim} and where it was ({@code x.cummin(dim)}). */
    @TorchFunction public ValuesIndices cummin(long dim) { return Cumulative.cumExtreme(self(), dim, false); }
    /**
     * log of the running sum of exp along {@code dim}, without overflow ({@code x.logcumsumexp(dim)}).
     * <pre>{@code
     * jshell> tensor(0.0, 0.0).logcumsumexp(0)
     * $1 ==> tensor([0.0000, 0.6931])
     * }</pre>
     */
    @TorchFunction public Tensor logcumsumexp(long dim) { return Cumulative.logcumsumexp(self(), dim); }
    /**
     * Differences of neighbours along the last dim ({@code x.diff()}); bool uses xor.
     * <pre>{@code
     * jshell> tensor(1, 4, 9).diff()
     * $1 ==> tensor([3, 5])
     * }</pre>
     */
    @TorchFunction public Tensor diff() { return Cumulative.diff(self(), 1, -1, null, null); }
    /** The {@code n}-th difference along the last dim. */
    @TorchFunction public Tensor diff(long n) { return Cumulative.diff(self(), n, -1, null, null); }
    @TorchFunction public Tensor diff(long n, long dim) { return Cumulative.diff(self(), n, dim, null, null); }
    /** With {@code prepend}/{@code append} (either may be null) joined along dim first. */
    @TorchFunction public Tensor diff(long n, long dim, Tensor prepend, Tensor append) { return Cumulative.diff(self(), n, dim, prepend, append); }

    // ---------------------------------------------------------------- norms

    /**
     * The 2-norm of all elements ({@code x.norm()}).
     * <pre>{@code
     * jshell> tensor(3.0, 4.0).norm()
     * $1 ==> tensor(5.)
     * }</pre>
     */
    @TorchFunction public Tensor norm() { return Norms.norm(self(), 2, null, false); }
    /** The p-norm of all elements: p may be 0 (nonzero count), 1, 2, any real, or ±infinity. */
    @TorchFunction public Tensor norm(double p) { return Norms.norm(self(), p, null, false); }
    @TorchFunction public Tensor norm(double p, long dim) { return Norms.norm(self(), p, new long[]{dim}, false); }
    @TorchFunction public Tensor norm(double p, long dim, boolean keepdim) { return Norms.norm(self(), p, new long[]{dim}, keepdim); }
    @TorchFunction public Tensor norm(double p, long[] dims, boolean keepdim) { return Norms.norm(self(), p, dims, keepdim); }
    /** {@code x.norm("fro")}, the Frobenius norm (the nuclear norm, "nuc", is not available). */
    @TorchFunction public Tensor norm(String p) { return Norms.norm(self(), p, null, false); }
    @TorchFunction public Tensor norm(String p, long[] dims, boolean keepdim) { return Norms.norm(self(), p, dims, keepdim); }
    /**
     * The 2-norm of {@code this - other} ({@code x.dist(y)}).
     * <pre>{@code
     * jshell> tensor(0.0, 0.0).dist(tensor(3.0, 4.0))
     * $1 ==> tensor(5.)
     * }</pre>
     */
    @TorchFunction public Tensor dist(Tensor other) { return Norms.dist(self(), other, 2); }
    @TorchFunction public Tensor dist(Tensor other, double p) { return Norms.dist(self(), other, p); }
    /**
     * Each slice along {@code dim} with a p-norm above {@code maxnorm} scaled down to it ({@code x.renorm(p, dim, maxnorm)}).
     * <pre>{@code
     * jshell> tensor(new double[][]{{3, 4}, {0.3, 0.4}}).renorm(2, 0, 1)
     * $1 ==> tensor([[0.6000, 0.8000],
     *         [0.3000, 0.4000]])
     * }</pre>
     */
    @TorchFunction public Tensor renorm(double p, long dim, double maxnorm) { return Norms.renorm(self(), p, dim, maxnorm); }
    /** In-place {@link #renorm}. */
    public Tensor renorm_(double p, long dim, double maxnorm) { return Norms.renorm_(self(), p, dim, maxnorm); }

    // ---------------------------------------------------------------- statistics of two variables

    /**
     * Covariance matrix of the rows (variables) over the columns (observations) ({@code x.cov()}).
     * <pre>{@code
     * jshell> tensor(new double[][]{{0, 2}, {1, 1}}).cov()
     * $1 ==> tensor([[2., 0.],
     *         [0., 0.]])
     * }</pre>
     */
    @TorchFunction public Tensor cov() { return Moments.cov(self(), 1, null, null); }
    /** {@code x.cov(correction=c)}: divides by observations - c. */
    @TorchFunction public Tensor cov(long correction) { return Moments.cov(self(), correction, null, null); }
    /** {@code x.cov(correction=c, fweights=f, aweights=a)}: integer frequency and float observation weights (either may be null). */
    @TorchFunction public Tensor cov(long correction, Tensor fweights, Tensor aweights) { return Moments.cov(self(), correction, fweights, aweights); }
    /**
     * Pearson correlation coefficients of the rows ({@code x.corrcoef()}).
     * <pre>{@code
     * jshell> tensor(new double[][]{{1, 2, 3}, {2, 4, 7}}).corrcoef().shape()
     * $1 ==> torch.Size([2, 2])
     * }</pre>
     */
    @TorchFunction public Tensor corrcoef() { return Moments.corrcoef(self()); }

    // ---------------------------------------------------------------- searching and counting

    /**
     * Coordinates of the nonzero elements, one row each ({@code x.argwhere()}).
     * <pre>{@code
     * jshell> tensor(0, 5, 0, 7).argwhere()
     * $1 ==> tensor([[1],
     *         [3]])
     * }</pre>
     */
    @TorchFunction public Tensor argwhere() { return Searching.argwhere(self()); }
    /**
     * Occurrences of each value of a 1-D non-negative integer tensor ({@code x.bincount()}).
     * <pre>{@code
     * jshell> tensor(0, 2, 2).bincount()
     * $1 ==> tensor([1, 0, 2])
     * }</pre>
     */
    @TorchFunction public Tensor bincount() { return Searching.bincount(self(), null, 0); }
    /** Sums of {@code weights} (or counts when null) per value, at least {@code minlength} bins. */
    @TorchFunction public Tensor bincount(Tensor weights) { return Searching.bincount(self(), weights, 0); }
    @TorchFunction public Tensor bincount(Tensor weights, long minlength) { return Searching.bincount(self(), weights, minlength); }
    /**
     * Counts in {@code bins} equal bins between min and max (the data's range when equal) ({@code x.histc(bins, min, max)}).
     * <pre>{@code
     * jshell> tensor(1.0, 2.0, 1.0).histc(2)
     * $1 ==> tensor([2., 1.])
     * }</pre>
     */
    @TorchFunction public Tensor histc() { return Searching.histc(self(), 100, 0, 0); }
    @TorchFunction public Tensor histc(long bins) { return Searching.histc(self(), bins, 0, 0); }
    @TorchFunction public Tensor histc(long bins, double min, double max) { return Searching.histc(self(), bins, min, max); }
    /**
     * A histogram with its bin edges ({@code x.histogram(bins)}): equal bins over the data's range.
     * <pre>{@code
     * jshell> tensor(1.0, 2.0, 1.0).histogram(2).hist()
     * $1 ==> tensor([2., 1.])
     * }</pre>
     */
    @TorchFunction public Histogram histogram(long bins) { return Searching.histogram(self(), bins, null, null, false); }
    /** {@code range} is {min, max} (null: the data's); {@code weight} may be null; {@code density} normalises to a density. */
    @TorchFunction public Histogram histogram(long bins, double[] range, Tensor weight, boolean density) { return Searching.histogram(self(), bins, range, weight, density); }
    /** A histogram over the given increasing bin edges. */
    @TorchFunction public Histogram histogram(Tensor bins) { return Searching.histogram(self(), bins, null, false); }
    @TorchFunction public Histogram histogram(Tensor bins, Tensor weight, boolean density) { return Searching.histogram(self(), bins, weight, density); }
    /**
     * The distinct values, sorted ({@code x.unique()}).
     * <pre>{@code
     * jshell> tensor(3, 1, 3).unique()
     * $1 ==> tensor([1, 3])
     * }</pre>
     */
    @TorchFunction public Tensor unique() { return Uniques.unique(self(), false, false).values(); }
    /** {@code x.unique(return_inverse=..., return_counts=...)}: the values, sorted, with what was asked for. */
    @TorchFunction public Unique unique(boolean returnInverse, boolean returnCounts) { return Uniques.unique(self(), returnInverse, returnCounts); }
    /** {@code x.unique(return_inverse, return_counts, dim=d)}: distinct slices along {@code dim}, in lexicographic order. */
    @TorchFunction public Unique unique(boolean returnInverse, boolean returnCounts, long dim) { return Uniques.uniqueDim(self(), dim, true, returnInverse, returnCounts); }
    /**
     * Runs of equal neighbours collapsed to one ({@code x.unique_consecutive()}).
     * <pre>{@code
     * jshell> tensor(1, 1, 2, 1).uniqueConsecutive()
     * $1 ==> tensor([1, 2, 1])
     * }</pre>
     */
    @TorchFunction public Tensor uniqueConsecutive() { return Uniques.uniqueConsecutive(self(), false, false).values(); }
    @TorchFunction public Unique uniqueConsecutive(boolean returnInverse, boolean returnCounts) { return Uniques.uniqueConsecutive(self(), returnInverse, returnCounts); }
    @TorchFunction public Unique uniqueConsecutive(boolean returnInverse, boolean returnCounts, long dim) { return Uniques.uniqueDim(self(), dim, false, returnInverse, returnCounts); }

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
