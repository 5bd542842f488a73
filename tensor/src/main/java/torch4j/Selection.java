package torch4j;

import torch4j.storage.Shapes;

/**
 * median, nanmedian, mode, msort, quantile and nanquantile, composed from sort and gather so
 * they run on every backend and pick PyTorch 1.13's elements: median(dim) is ATen's
 * nth_element with ties broken by position (so the stable sort's element at the middle, the
 * lower median; the first NaN when the row has one), mode takes the last element of the first
 * most frequent run after ATen's unstable sort (std::sort's order, as the sort primitive gives it).
 */
final class Selection {
    private Selection() {}

    // ---------------------------------------------------------------- median

    /** median()/nanmedian() of all elements: the lower median; NaN when any (median) or all (nanmedian) are NaN. */
    static Tensor medianAll(Tensor x, boolean ignoreNan) {
        if (x.dtype() == DType.BOOL) throw new IllegalArgumentException("\"median_cpu\" not implemented for 'Bool'");
        if (Recording.needed(x))
            return Recording.record(ignoreNan ? "NanmedianBackward0" : "MedianBackward0", (n, g) -> {
                Tensor xs = n.saved(0), value = n.saved(1);
                // evenly_distribute_backward: the gradient is shared among the elements equal to the median
                Tensor mask = Pointwise.where(value.isnan(), xs.isnan(), xs.eq(value));
                return new Tensor[]{mask.mul(g.div(mask.sum()))};
            }, () -> medianAll(x, ignoreNan), new Tensor[]{x}, x, Recording.OUTPUT);
        if (x.numel() == 0) {
            // NaN cast to the dtype: x86's conversion gives the most negative int64/int32 (as ATen's cast does there)
            if (x.dtype() == DType.INT64) return Creation.fullLong(new long[0], Long.MIN_VALUE, DType.INT64, x.device());
            if (x.dtype() == DType.INT32) return Creation.fullLong(new long[0], Integer.MIN_VALUE, DType.INT32, x.device());
            return Creation.full(new long[0], Double.NaN, DType.FLOAT32, x.device()).to(x.dtype());
        }
        Tensor flat = x.reshape(-1);
        Tensor sorted = flat.sort(0).values();
        long size = flat.size(0);
        Tensor k;
        Tensor nans = flat.isnan().sum();
        // nanmedian: C's (size - nans - 1) / 2, which is 0 when all are NaN; median: the last (a NaN) when any is NaN
        if (ignoreNan) k = nans.neg().add(size - 1).clampMin(0L).floorDivide(2L);
        else k = nans.gt(0L).toLong().mul(size - 1 - (size - 1) / 2).add((size - 1) / 2);
        return sorted.gather(0, k.reshape(1)).reshape();
    }

    /** median(dim)/nanmedian(dim) with the index ATen picks. */
    static ValuesIndices medianDim(Tensor x, long dim, boolean keepdim, boolean ignoreNan) {
        String op = ignoreNan ? "nanmedian" : "median";
        if (Recording.needed(x))
            return IndexingGrad.picked(ignoreNan ? "NanmedianBackward1" : "MedianBackward1", x, dim, keepdim,
                    () -> medianDim(x, dim, keepdim, ignoreNan));
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.numel() == 0 && x.dim() > 0 && x.shape[d] == 0)
            throw new IndexOutOfBoundsException("median(): Expected reduction dim " + d + " to have non-zero size.");
        if (x.dtype() == DType.BOOL) throw new IllegalArgumentException("\"median_out\" not implemented for 'Bool'");
        if (x.dim() == 0) return new ValuesIndices(op, x.clone(), x.allocateLike(DType.INT64, new long[0]));
        long size = x.shape[d];
        ValuesIndices sorted = x.sort(true, d, false);
        Tensor nans = x.isnan().sum(d, true);
        long mid = (size - 1) / 2;
        Tensor k = ignoreNan
                ? nans.neg().add(size - 1).clampMin(0L).floorDivide(2L)
                : nans.gt(0L).toLong().mul(nans.neg().add(size - mid)).add(mid);   // the first NaN, else the middle
        return picked(op, sorted, d, k, keepdim);
    }

    private static ValuesIndices picked(String op, ValuesIndices sorted, int d, Tensor k, boolean keepdim) {
        Tensor values = sorted.values().gather(d, k), indices = sorted.indices().gather(d, k);
        if (!keepdim) {
            values = Views.squeeze(values, d);
            indices = Views.squeeze(indices, d);
        }
        return new ValuesIndices(op, values, indices);
    }

    // ---------------------------------------------------------------- mode

    /**
     * The most frequent value along dim (the smallest among equally frequent ones) and the index
     * ATen reports: the position of the last element of its run after the unstable sort. NaN
     * inputs are sorted last here, each NaN a run of its own; ATen's comparator leaves their
     * order to std::sort's unspecified behaviour.
     */
    static ValuesIndices mode(Tensor x, long dim, boolean keepdim) {
        if (Recording.needed(x)) return IndexingGrad.picked("ModeBackward0", x, dim, keepdim, () -> mode(x, dim, keepdim));
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.dim() == 0) return new ValuesIndices("mode", x.clone(), x.allocateLike(DType.INT64, new long[0]));
        if (x.shape[d] == 0 && x.numel() == 0)
            throw new IndexOutOfBoundsException("mode(): Expected reduction dim " + d + " to have non-zero size.");
        long n = x.shape[d];
        ValuesIndices sorted = x.sort(false, d, false);
        Tensor sv = sorted.values().transpose(d, -1);
        Tensor pos = Creation.arange(0, n, 1, DType.INT64, x.device());
        // a run ends where the next sorted value differs (NaN != NaN), and at the row's end
        Tensor ends = Torch.cat(java.util.List.of(sv.narrow(-1, 1, n - 1).ne(sv.narrow(-1, 0, n - 1)),
                Creation.fullLong(withLast(sv.shape().toLongArray(), 1), 1, DType.BOOL, x.device())), -1);
        Tensor endPos = pos.expand(sv.shape().toLongArray()).where(ends, Conversions.scalar(-1L));
        // the previous run's end: the running max of the ends before each position
        Tensor before = Torch.cat(java.util.List.of(Creation.fullLong(withLast(sv.shape().toLongArray(), 1), -1, DType.INT64, x.device()),
                endPos.narrow(-1, 0, n - 1)), -1);
        Tensor freq = pos.sub(Cumulative.cumExtreme(before, -1, true).values()).where(ends, Conversions.scalar(0L));
        Tensor k = freq.argmax(-1, true).transpose(d, -1);   // the first run of the largest count
        return picked("mode", sorted, d, k, keepdim);
    }

    private static long[] withLast(long[] shape, long last) {
        long[] s = shape.clone();
        s[s.length - 1] = last;
        return s;
    }

    // ---------------------------------------------------------------- quantile

    /** quantile with a Python float q: PyTorch checks its range first, in its own words. */
    static Tensor quantile(Tensor x, double q, Long dim, boolean keepdim, String interpolation, boolean ignoreNan) {
        if (!(q >= 0 && q <= 1))
            throw new IllegalArgumentException("quantile() q must be in the range [0, 1] but got "
                    + cppDouble(q));
        Tensor qt = Creation.full(new long[0], q, x.dtype().isFloatingPoint() ? x.dtype() : DType.FLOAT32, x.device());
        return quantile(x, x.dtype().isFloatingPoint() ? qt : qt.to(x.dtype()), dim, keepdim, interpolation, ignoreNan);
    }

    /** ATen 1.13's quantile_impl: sort, ranks from q, gather below (and above), lerp, squeeze. */
    static Tensor quantile(Tensor x, Tensor q, Long dim, boolean keepdim, String interpolation, boolean ignoreNan) {
        if (!java.util.List.of("linear", "lower", "higher", "midpoint", "nearest").contains(interpolation))
            throw new IllegalArgumentException("quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, but got "
                    + interpolation);
        if (x.numel() == 0) throw new IllegalArgumentException("quantile() input tensor must be non-empty");
        if (q.dim() > 1) throw new IllegalArgumentException("quantile() q must be a scalar or 1D tensor");
        if (x.dtype() != DType.FLOAT32 && x.dtype() != DType.FLOAT64)
            throw new IllegalArgumentException("quantile() input tensor must be either float or double dtype");
        if (x.dtype() != q.dtype()) throw new IllegalArgumentException("quantile() q tensor must be same dtype as the input tensor");
        if (!x.device().equals(q.device()))
            throw new IllegalArgumentException("quantile() q tensor must be on the same device as the input tensor");
        int wrapped = Shapes.wrapDim(dim == null ? 0 : dim, x.dim());
        java.util.List<Long> out = new java.util.ArrayList<>();
        if (dim != null && x.dim() > 0) {
            for (long s : x.shape) out.add(s);
            if (keepdim) out.set(wrapped, 1L);
            else out.remove(wrapped);
        } else if (keepdim) for (int i = 0; i < x.dim(); i++) out.add(1L);
        // ATen checks q's values on the CPU only (elsewhere it would cost a device sync; meta has no values)
        if (x.device().isCpu() && !q.ge(0L).logicalAnd(q.le(1L)).all().booleanValue())
            throw new IllegalArgumentException("quantile() q values must be in the range [0, 1]");
        Tensor sorted;
        if (dim == null) sorted = x.flatten().sort().values();
        else if (wrapped == x.dim() - 1) sorted = x.sort().values();
        else sorted = x.unsqueeze(-1).transpose(wrapped, -1).sort().values();
        long[] in = new long[out.size() + 1];
        for (int i = 0; i < out.size(); i++) in[i] = out.get(i);
        in[out.size()] = sorted.size(-1);
        sorted = sorted.view(in);
        if (sorted.size(-1) > (1L << 24)) throw new IllegalArgumentException("quantile() input tensor is too large");
        Tensor ranks;
        {   // q's gradient flows through the ranks into the interpolation weights, as in ATen
            if (ignoreNan) {
                ranks = q.mul(sorted.isnan().logicalNot().sum(-1, true).sub(1L));
                ranks = ranks.where(ranks.lt(0L).logicalNot(), 0.0);
            } else {
                long last = sorted.size(-1) - 1;
                Tensor scaled = q.mul(last), anyNan = sorted.isnan().any(-1, true);
                long[] shape = Shapes.broadcast(scaled.shape().toLongArray(), anyNan.shape().toLongArray());
                ranks = scaled.expand(shape).where(anyNan.expand(shape).logicalNot(), (double) last).to(scaled.dtype());
            }
            switch (interpolation) {
                case "lower" -> ranks = ranks.floor();
                case "higher" -> ranks = ranks.ceil();
                case "nearest" -> ranks = ranks.round();
                default -> { }
            }
        }
        Tensor below = ranks.toLong();
        Tensor values = sorted.gather(-1, below);
        if (interpolation.equals("linear") || interpolation.equals("midpoint")) {
            Tensor weights = interpolation.equals("midpoint") ? Creation.full(ranks.shape().toLongArray(), 0.5, ranks.dtype(), x.device())
                    : ranks.sub(below);
            Tensor above = sorted.gather(-1, ranks.ceil().toLong());
            values = values.lerp(above, weights);
        }
        if (q.dim() == 0) return Views.squeeze(values, -1, "SqueezeBackward3");
        return Views.squeeze(values.unsqueeze(0).transpose(0, -1), -1, "SqueezeBackward3");
    }

    /** A double as C++'s ostream prints it (6 significant digits, %g style). */
    static String cppDouble(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        String s = String.format(java.util.Locale.ROOT, "%.6g", v);
        String mant = s, exp = "";
        int e = s.indexOf('e');
        if (e >= 0) { mant = s.substring(0, e); exp = s.substring(e); }
        if (mant.contains(".")) mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        if (!exp.isEmpty()) {
            int ev = Integer.parseInt(exp.substring(1));
            if (ev >= -4 && ev < 6) return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
            exp = String.format(java.util.Locale.ROOT, "e%s%02d", ev < 0 ? "-" : "+", Math.abs(ev));
        }
        return mant + exp;
    }
}
