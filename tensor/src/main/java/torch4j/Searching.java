package torch4j;

/**
 * searchsorted, bucketize, bincount, argwhere, histc and histogram, composed from comparisons,
 * gathers and scatter-adds (so every backend with those primitives runs them), with ATen 1.13's
 * comparisons, bin arithmetic in the input's dtype, and errors.
 */
final class Searching {
    private Searching() {}

    /**
     * For each value, the insertion point in the innermost rows of {@code sorted} (1-D, or with
     * the values' leading dims): ATen's binary search, {@code !(mid >= v)} moving right (left
     * side) or {@code !(mid > v)} (right side), so a NaN value goes past every boundary.
     */
    static Tensor searchsorted(Tensor sorted, Tensor values, boolean outInt32, boolean right, String side, Tensor sorter) {
        if (side != null && !side.equals("left") && !side.equals("right"))
            throw new IllegalArgumentException("torch.searchsorted(): side can only be 'left' or 'right' but got " + side);
        if (side != null && right && side.equals("left"))
            throw new IllegalArgumentException("torch.searchsorted(): side and right can't be set to opposites, got side of left while right was True");
        if (sorted.dim() == 0)
            throw new IllegalArgumentException("torch.searchsorted(): boundaries tensor should have positive dimension, but got 0 dimension");
        if (sorted.dim() != 1 && !leadingDimsMatch(sorted, values))
            throw new IllegalArgumentException("torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of"
                    + " boundaries tensor and input value tensor must match, but we got boundaries tensor " + java.util.Arrays.toString(sorted.shape)
                    + " and input value tensor " + java.util.Arrays.toString(values.shape));
        if (sorter != null) {
            if (sorter.dtype() != DType.INT64)
                throw new IllegalArgumentException("torch.searchsorted(): sorter must be a tensor of long dtype but got dtype "
                        + TypePromotion.scalarTypeName(sorter.dtype()));
            if (!java.util.Arrays.equals(sorter.shape, sorted.shape))
                throw new IllegalArgumentException("torch.searchsorted(): boundary and sorter must have the same size, but got boundary tensor "
                        + java.util.Arrays.toString(sorted.shape) + "and got sorter tensor " + java.util.Arrays.toString(sorter.shape));
            sorted = sorted.gather(-1, sorter);
        }
        boolean isRight = side != null ? side.equals("right") : right;
        DType outType = outInt32 ? DType.INT32 : DType.INT64;
        Tensor result;
        try (var _ = torch4j.autograd.GradMode.noGrad()) {
            // 1-D boundaries serve every value (flattened); N-D ones the values of their own row
            Tensor v = sorted.dim() == 1 ? values.reshape(-1) : values;
            long m = sorted.size(-1);
            long[] vshape = v.shape().toLongArray();
            Tensor lo = Torch.zeros(vshape, DType.INT64, v.device()), hi = lo.add(m);
            // every search halves its interval per step: floor(log2 m) + 1 steps settle them all
            for (int s = 64 - Long.numberOfLeadingZeros(m); s > 0; s--) {
                Tensor active = lo.lt(hi);
                Tensor mid = lo.add(hi.sub(lo).floorDivide(2L));
                Tensor midVal = sorted.gather(-1, mid.clampMax(m - 1));
                Tensor goRight = (isRight ? midVal.gt(v) : midVal.ge(v)).logicalNot().logicalAnd(active);
                hi = Pointwise.where(active.logicalAnd(goRight.logicalNot()), mid, hi);
                lo = Pointwise.where(goRight, mid.add(1L), lo);
            }
            result = lo.reshape(values.shape().toLongArray());
        }
        return result.to(outType);
    }

    /** {@code torch.bucketize(input, boundaries)}: searchsorted over 1-D boundaries. */
    static Tensor bucketize(Tensor input, Tensor boundaries, boolean outInt32, boolean right) {
        if (boundaries.dim() != 1)
            throw new IllegalArgumentException("boundaries tensor must be 1 dimension, but got dim(" + boundaries.dim() + ")");
        return searchsorted(boundaries, input, outInt32, right, null, null);
    }

    /** The coordinates of the nonzero elements, one row each ({@code torch.argwhere}, nonzero's twin). */
    static Tensor argwhere(Tensor x) { return Masking.nonzero(x); }

    /**
     * Counts (or sums of {@code weights}) per value of a 1-D non-negative integer tensor, at
     * least {@code minlength} bins: float weights sum in float, other weights in double.
     */
    static Tensor bincount(Tensor x, Tensor weights, long minlength) {
        if (x.dtype().isFloatingPoint() || x.dtype() == DType.BOOL)
            throw new IllegalArgumentException("\"bincount_cpu\" not implemented for '" + TypePromotion.scalarTypeName(x.dtype()) + "'");
        if (minlength < 0) throw new IllegalArgumentException("minlength should be >= 0");
        if (x.dim() == 1 && x.numel() == 0) return Torch.zeros(new long[]{minlength}, DType.INT64, x.device());
        if (x.dim() != 1 || x.min().longValue() < 0)
            throw new IllegalArgumentException("bincount only supports 1-d non-negative integral inputs.");
        if (weights != null && (weights.dim() != 1 || weights.size(0) != x.size(0)))
            throw new IllegalArgumentException("weights should be 1-d and have the same length as input");
        long bins = Math.max(x.max().longValue() + 1, minlength);
        DType out = weights == null ? DType.INT64 : weights.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        Tensor src = weights == null ? Torch.ones(x.shape().toLongArray(), DType.INT64, x.device()) : weights.to(out);
        Tensor counts = Torch.zeros(new long[]{bins}, out, x.device()).scatterAdd_(0, x.toLong(), src.detach());
        return weights == null ? counts : notDifferentiable(counts, "bincount", weights);
    }

    /**
     * {@code x.histc(bins, min, max)}: equal-width bins over [min, max] (the data's range when
     * min == max), counted as ATen's linear-interpolation kernel places each element, in x's dtype.
     */
    static Tensor histc(Tensor x, long bins, double min, double max) {
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"histogram_cpu\" not implemented for '" + TypePromotion.scalarTypeName(x.dtype()) + "'");
        if (bins <= 0) throw new IllegalArgumentException("torch.histogram(): bins must be > 0, but got " + bins + " for dimension 0");
        double left = min, right = max;
        if (left == right && x.numel() > 0) {
            MinMax mm = x.detach().aminmax();
            left = mm.min().item();
            right = mm.max().item();
        }
        if (left == right) { left -= 1; right += 1; }
        if (Double.isInfinite(left) || Double.isInfinite(right) || Double.isNaN(left) || Double.isNaN(right))
            throw new IllegalArgumentException("torch.histc: range of [" + Selection.cppDouble(left) + ", " + Selection.cppDouble(right)
                    + "] is not finite");
        if (!(left < right)) throw new IllegalArgumentException("torch.histc: max must be larger than min");
        Tensor edges = Torch.linspace(left, right, bins + 1, TensorOptions.device(x.device()).withDtype(x.dtype()));
        return count(x.detach().reshape(-1), null, edges, false, false);
    }

    /** {@code x.histogram(bins)}: (hist, bin_edges) over the data's range or {@code range}, as torch.histogram. */
    static Histogram histogram(Tensor x, long bins, double[] range, Tensor weight, boolean density) {
        requireHistogramInput(x, weight);
        if (bins <= 0) throw new IllegalArgumentException("torch.histogram(): bins must be > 0, but got " + bins + " for dimension 0");
        double left = 0, right = 1;   // an empty input without a range gets [0, 1]
        if (range != null) { left = range[0]; right = range[1]; }
        else if (x.numel() > 0) {
            MinMax mm = x.detach().aminmax();
            left = mm.min().item();
            right = mm.max().item();
        }
        if (!Double.isFinite(left) || !Double.isFinite(right))
            throw new IllegalArgumentException("torch.histogramdd: dimension 0's range [" + Selection.cppDouble(left) + ", "
                    + Selection.cppDouble(right) + "] is not finite");
        if (left > right)
            throw new IllegalArgumentException("torch.histogramdd: min should not exceed max, but got min " + Selection.cppDouble(left)
                    + " max " + Selection.cppDouble(right) + " for dimension 0");
        if (left == right) { left -= 0.5; right += 0.5; }
        Tensor edges = Torch.linspace(left, right, bins + 1, TensorOptions.device(x.device()).withDtype(x.dtype()));
        return new Histogram(notDifferentiable(count(x.detach().reshape(-1), weight, edges, true, density), "histogram", x), edges);
    }

    /** {@code x.histogram(binEdges)}: counts between the given increasing edges (binary search). */
    static Histogram histogram(Tensor x, Tensor binEdges, Tensor weight, boolean density) {
        requireHistogramInput(x, weight);
        if (binEdges.dtype() != x.dtype())
            throw new IllegalArgumentException("torch.histogramdd: input tensor and bins tensors should have the same dtype, but got input with dtype "
                    + x.dtype().cppTypeName() + " and bins for dimension 0 with dtype " + binEdges.dtype().cppTypeName());
        if (binEdges.dim() != 1)
            throw new IllegalArgumentException("torch.histogramdd: bins tensor should have one dimension, but got " + binEdges.dim()
                    + " dimensions in the bins tensor for dimension 0");
        if (binEdges.numel() == 0)
            throw new IllegalArgumentException("torch.histogramdd: bins tensor should have at least 1 element, but got "
                    + binEdges.numel() + " elements in the bins tensor for dimension 0");
        Tensor edges = binEdges.detach().contiguous();
        return new Histogram(notDifferentiable(count(x.detach().reshape(-1), weight, edges, null, density), "histogram", x), edges.clone());
    }

    private static void requireHistogramInput(Tensor x, Tensor weight) {
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"histogramdd\" not implemented for '" + TypePromotion.scalarTypeName(x.dtype()) + "'");
        if (weight != null && weight.dtype() != x.dtype())
            throw new IllegalArgumentException("torch.histogramdd: if weight tensor is provided, it should have the same dtype as the input tensor");
        if (weight != null && !java.util.Arrays.equals(weight.shape, x.shape))
            throw new IllegalArgumentException("torch.histogramdd: if weight tensor is provided it should have the same shape as the input tensor excluding its innermost dimension");
    }

    /**
     * ATen's histogramdd kernel for one dim: elements outside [first edge, last edge] (and NaN)
     * are skipped; the bin is found by division in x's dtype (then, when {@code localSearch},
     * corrected against the neighbouring edges), or by binary search when {@code localSearch} is
     * null; the last bin includes its right edge. Weights (or 1) are added in element order.
     */
    private static Tensor count(Tensor x, Tensor weight, Tensor edges, Boolean localSearch, boolean density) {
        long numEdges = edges.numel(), bins = numEdges - 1;
        Tensor hist = Torch.zeros(new long[]{bins}, x.dtype(), x.device());
        if (x.numel() > 0) accumulate(hist, x, weight, edges, localSearch);
        if (density) {
            hist = hist.div(hist.sum());
            hist = hist.div(edges.narrow(0, 1, bins).sub(edges.narrow(0, 0, bins)));
        }
        return hist;
    }

    private static void accumulate(Tensor hist, Tensor x, Tensor weight, Tensor edges, Boolean localSearch) {
        long numEdges = edges.numel(), bins = numEdges - 1;
        Tensor first = edges.narrow(0, 0, 1), last = edges.narrow(0, numEdges - 1, 1);
        Tensor inside = x.ge(first).logicalAnd(x.le(last));
        Tensor pos;
        if (localSearch == null) pos = searchsorted(edges, x, false, true, null, null).sub(1L);
        else {
            pos = x.sub(first).div(last.sub(first)).mul(bins).toLong();   // ATen 1.13 divides first, in x's dtype
            if (localSearch) {
                Tensor lo = pos.sub(1L).clampMin(0L), hi = pos.add(2L).clampMax(numEdges);
                Tensor found = lo.sub(1L);   // upper_bound over edges[lo, hi), minus one
                for (long j = 0; j < 3; j++) {
                    Tensor e = lo.add(j);
                    Tensor edge = edges.gather(0, e.clampMax(numEdges - 1));
                    found = found.add(e.lt(hi).logicalAnd(edge.le(x)).toLong());
                }
                pos = found;
            }
        }
        pos = pos.sub(pos.eq(bins).toLong());
        Tensor w = weight == null ? Torch.onesLike(x) : weight.detach().reshape(-1);
        hist.indexPut_(new Tensor[]{pos.maskedSelect(inside)}, w.maskedSelect(inside), true);
    }

    /** PyTorch 1.13 has no derivative for bincount and histogram: {@link Recording#notDifferentiable} with its message. */
    private static Tensor notDifferentiable(Tensor out, String op, Tensor input) {
        return Recording.notDifferentiable(out, "derivative for aten::" + op + " is not implemented", input);
    }

    private static boolean leadingDimsMatch(Tensor boundaries, Tensor input) {
        if (boundaries.dim() != input.dim()) return false;
        for (int i = 0; i < boundaries.dim() - 1; i++) if (boundaries.shape[i] != input.shape[i]) return false;
        return true;
    }
}
