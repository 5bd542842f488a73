package torch4j;

/**
 * std_mean, var_mean, cov and corrcoef: moments composed from the reductions, with PyTorch 1.13's
 * checks; std_mean and var_mean are one node with two outputs, as PyTorch's StdMeanBackward0.
 */
final class Moments {
    private Moments() {}

    /** (std or var, mean) over {@code dims} (null: all) with {@code correction}. */
    static TensorPair stdVarMean(Tensor x, long[] dims, long correction, boolean keepdim, boolean std) {
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException((std ? "std_mean" : "var_mean") + " only support floating point and complex dtypes");
        Tensor spread, mean;
        try (var _ = torch4j.autograd.GradMode.noGrad()) {
            spread = std ? ReductionOps.std(x, dims, correction, keepdim) : ReductionOps.var(x, dims, correction, keepdim);
            mean = ReductionOps.mean(x, dims, keepdim);
        }
        if (!Recording.needed(x)) return new TensorPair(spread, mean);
        long[] in = x.shape.clone();
        boolean[] mask = Reductions.dimMask(x, dims);
        long count = 1;
        for (int d = 0; d < in.length; d++) if (mask[d]) count *= in[d];
        double denom = Math.max(0, count - correction), n = count;
        long[] all = dims == null || dims.length == 0 ? ReductionGrad.allDims(in.length) : dims;
        Tensor xs = x, result = spread;   // x itself, so a graph built in backward (createGraph) reaches it
        return attachPair(spread, mean, std ? "StdMeanBackward0" : "VarMeanBackward0", x, grads -> {
            Tensor total = null;
            if (grads[0] != null) {
                Tensor centered = xs.sub(xs.mean(all, true));
                Tensor ge = ReductionGrad.expandBack(grads[0], in, mask, keepdim);
                total = std ? ge.mul(centered).div(ReductionGrad.expandBack(result, in, mask, keepdim).mul(denom))
                        : ge.mul(centered).mul(2.0 / denom);
            }
            if (grads[1] != null) {
                Tensor gm = ReductionGrad.expandBack(grads[1], in, mask, keepdim).div(n);
                total = total == null ? gm : total.add(gm);
            }
            return new Tensor[]{total};
        });
    }

    /** Makes {@code a} and {@code b} outputs 0 and 1 of one node over {@code input}. */
    static TensorPair attachPair(Tensor a, Tensor b, String name, Tensor input,
                                 java.util.function.Function<Tensor[], Tensor[]> formula) {
        Recording.OpNode node = new Recording.OpNode(name, (Recording.MultiFormula) (n, grads) -> formula.apply(grads));
        node.connect(input);
        node.setNumOutputs(2);
        node.setOutputMetadata(a.shape.clone(), a.dtype());
        Tensor[] outs = {a, b};
        for (int k = 0; k < 2; k++) {
            outs[k].gradFn = node;
            outs[k].outputNr = k;
            outs[k].requiresGrad = true;
        }
        return new TensorPair(a, b);
    }

    /**
     * The covariance matrix of the rows (variables) of a 1-D or 2-D input over its columns
     * (observations), weighted by integer frequencies {@code fweights} and/or float observation
     * weights {@code aweights} (either may be null), as ATen's cov.
     */
    static Tensor cov(Tensor x, long correction, Tensor fweights, Tensor aweights) {
        if (x.dim() > 2)
            throw new IllegalArgumentException("cov(): expected input to have two or fewer dimensions but got an input with "
                    + x.dim() + " dimensions");
        if (x.dtype() == DType.BOOL) throw new IllegalArgumentException("cov(): bool dtype is not supported for input");
        Tensor in = x.dim() < 2 ? x.view(1, -1) : x;
        long observations = in.size(1);
        Tensor w = null;
        if (fweights != null) {
            checkWeights(fweights, "fweights", !fweights.dtype().isFloatingPoint() && fweights.dtype() != DType.BOOL, "integral", observations);
            w = fweights;
        }
        if (aweights != null) {
            checkWeights(aweights, "aweights", aweights.dtype().isFloatingPoint(), "floating point", observations);
            w = w == null ? aweights : w.mul(aweights);
        }
        if (w == null) {
            Tensor avg = in.sum(1).div(Conversions.scalar(observations));
            // PyTorch warns "degrees of freedom is <= 0" and divides by zero
            long norm = Math.max(0, observations - correction);
            Tensor centered = in.sub(avg.unsqueeze(1));
            return centered.mm(centered.t()).div(Conversions.scalar(norm)).squeeze();
        }
        Tensor wSum = w.sum();
        if (wSum.eq(0L).booleanValue()) throw new IllegalArgumentException("cov(): weights sum to zero, can't be normalized");
        Tensor avg = in.mul(w).sum(1).div(wSum);
        Tensor norm = aweights != null && correction != 0
                ? wSum.sub(w.mul(aweights).sum().mul(correction).div(wSum)) : wSum.sub(correction);
        if (norm.le(0L).booleanValue()) norm = norm.mul(0L);   // "degrees of freedom is <= 0": divide by zero
        Tensor centered = in.sub(avg.unsqueeze(1));
        return centered.mm(centered.mul(w).t()).div(norm).squeeze();
    }

    private static void checkWeights(Tensor w, String name, boolean dtypeOk, String kind, long observations) {
        if (w.dim() > 1)
            throw new IllegalArgumentException("cov(): expected " + name + " to have one or fewer dimensions but got " + name + " with "
                    + w.dim() + " dimensions");
        if (!dtypeOk)
            throw new IllegalArgumentException("cov(): expected " + name + " to have " + kind + " dtype but got " + name + " with "
                    + TypePromotion.scalarTypeName(w.dtype()) + " dtype");
        if (w.numel() != observations)
            throw new IllegalArgumentException("cov(): expected " + name + " to have the same numel as there are observations in the input but got "
                    + w.numel() + " != " + observations);
        if (observations != 0 && w.min().lt(0L).booleanValue())
            throw new IllegalArgumentException("cov(): " + name + " cannot be negative");
    }

    /** Pearson correlation coefficients: cov normalised by the standard deviations, clipped to [-1, 1]. */
    static Tensor corrcoef(Tensor x) {
        if (x.dim() > 2)
            throw new IllegalArgumentException("corrcoef(): expected input to have two or fewer dimensions but got an input with "
                    + x.dim() + " dimensions");
        Tensor c = cov(x, 1, null, null);
        if (c.dim() == 0) return c.div(c);
        long n = c.size(0);
        Tensor stddev = c.reshape(-1).slice(0, 0, n * n, n + 1).sqrt();
        c = c.div(stddev.view(-1, 1));
        c = c.div(stddev.view(1, -1));
        return c.clamp(-1L, 1L);
    }

}
