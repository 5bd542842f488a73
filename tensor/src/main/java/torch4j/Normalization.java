package torch4j;

import torch4j.autograd.GradMode;

/**
 * Batch and layer normalisation. Statistics are accumulated in float64 (ATen's CPU accumulation
 * type) and the result rounded once to the input's dtype. The gradients are the textbook
 * formulas in tensor ops, recomputing mean and 1/std from the saved input so that second
 * derivatives see them depend on x.
 */
final class Normalization {
    private Normalization() {}

    /** Every dim of x but 1 (the channel dim): batch norm's reduction dims. */
    private static long[] batchDims(Tensor x) {
        long[] dims = new long[x.dim() - 1];
        dims[0] = 0;
        for (int d = 2; d < x.dim(); d++) dims[d - 1] = d;
        return dims;
    }

    /** A per-channel vector (C) shaped (1, C, 1, …) to broadcast against x. */
    private static Tensor perChannel(Tensor v, Tensor x) {
        long[] shape = new long[x.dim()];
        java.util.Arrays.fill(shape, 1);
        shape[1] = v.numel();
        return v.view(shape);
    }

    /**
     * native_batch_norm: in training the batch statistics (updating the running ones in place,
     * the variance unbiased, when given), else the running ones. Node {@code NativeBatchNormBackward0}.
     */
    static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                            boolean training, double momentum, double eps) {
        long[] dims = batchDims(x);
        Tensor mean, var;
        try (var _ = GradMode.noGrad()) {
            if (training) {
                Tensor xd = x.toDouble();
                Tensor m = xd.mean(dims, true);
                Tensor v = xd.sub(m).square().mean(dims, false);
                mean = m.flatten();
                var = v;
                if (runningMean != null) {
                    runningMean.mul_(1 - momentum).add_(mean.mul(momentum).to(runningMean.dtype()));
                }
                if (runningVar != null) {
                    long count = x.numel() / x.shape[1];
                    runningVar.mul_(1 - momentum).add_(var.mul(momentum * count / (double) (count - 1)).to(runningVar.dtype()));
                }
            } else {
                mean = runningMean.toDouble();
                var = runningVar.toDouble();
            }
        }
        Tensor invstd = var.add(eps).rsqrt();
        Tensor meanD = mean, invstdD = invstd;
        java.util.function.Supplier<Tensor> forward = () -> {
            // ATen: y = x·α + β with α = invstd·w, β = b − mean·α (per channel, in float64)
            Tensor alpha = weight == null ? invstdD : invstdD.mul(weight.toDouble());
            Tensor beta = bias == null ? meanD.mul(alpha).neg() : bias.toDouble().sub(meanD.mul(alpha));
            return x.mul(perChannel(alpha.to(x.dtype()), x)).add(perChannel(beta.to(x.dtype()), x));
        };
        boolean needed = Recording.needed(x) || weight != null && weight.requiresGrad() || bias != null && bias.requiresGrad();
        if (!needed || !GradMode.isEnabled()) {
            try (var _ = GradMode.noGrad()) { return forward.get(); }
        }
        Tensor evalInvstd = training ? null : invstd.to(x.dtype()), evalMean = training ? null : mean.to(x.dtype());
        return Recording.record("NativeBatchNormBackward0", (n, gOut) -> {
            // ATen's batch-norm backward accumulates its sums in float64 (acc_type<float, false>): so does this
            Tensor sx = n.saved(0).toDouble(), w = weight == null ? null : n.saved(1).toDouble(), g = gOut.toDouble();
            Tensor m = training ? sx.mean(dims, true) : perChannel(evalMean.toDouble(), sx);
            Tensor is = training ? sx.sub(m).square().mean(dims, true).add(eps).rsqrt() : perChannel(evalInvstd.toDouble(), sx);
            Tensor xhat = sx.sub(m).mul(is);
            Tensor scale = w == null ? is : is.mul(perChannel(w, sx));
            Tensor gx = !n.needs(0) ? null : training
                    ? g.sub(g.mean(dims, true)).sub(xhat.mul(g.mul(xhat).mean(dims, true))).mul(scale)
                    : g.mul(scale);
            return new Tensor[]{gx == null ? null : gx.to(x.dtype()),
                    n.needs(1) ? g.mul(xhat).sum(dims, false).to(weight.dtype()) : null,
                    n.needs(2) ? g.sum(dims, false).to(bias.dtype()) : null};
        }, forward, new Tensor[]{x, weight, bias}, weight == null ? new Tensor[]{x} : new Tensor[]{x, weight});
    }

    /** native_layer_norm over the last {@code normalized} dims. Node {@code NativeLayerNormBackward0}. */
    static Tensor layerNorm(Tensor x, int normalized, Tensor weight, Tensor bias, double eps) {
        long[] dims = new long[normalized];
        for (int i = 0; i < normalized; i++) dims[i] = x.dim() - normalized + i;
        long[] lead = new long[x.dim() - normalized];
        for (int i = 0; i < lead.length; i++) lead[i] = i;
        java.util.function.Supplier<Tensor> forward = () -> {
            Tensor xd = x.toDouble();
            Tensor centred = xd.sub(xd.mean(dims, true));   // computed once, used twice (the same values)
            Tensor rstd = centred.square().mean(dims, true).add(eps).rsqrt();
            Tensor y = centred.mul(rstd);
            if (weight != null) y = y.mul(weight.toDouble());
            if (bias != null) y = y.add(bias.toDouble());
            return y.to(x.dtype());
        };
        boolean needed = Recording.needed(x) || weight != null && weight.requiresGrad() || bias != null && bias.requiresGrad();
        if (!needed || !GradMode.isEnabled()) {
            try (var _ = GradMode.noGrad()) { return forward.get(); }
        }
        return Recording.record("NativeLayerNormBackward0", (n, g) -> {
            Tensor sx = n.saved(0), w = weight == null ? null : n.saved(1);
            Tensor centred = sx.sub(sx.mean(dims, true));
            Tensor rstd = centred.square().mean(dims, true).add(eps).rsqrt();
            Tensor xhat = centred.mul(rstd);
            Tensor gxhat = w == null ? g : g.mul(w);
            Tensor gx = !n.needs(0) ? null
                    : gxhat.sub(gxhat.mean(dims, true)).sub(xhat.mul(gxhat.mul(xhat).mean(dims, true))).mul(rstd);
            return new Tensor[]{gx, n.needs(1) ? sumLead(g.mul(xhat), lead) : null, n.needs(2) ? sumLead(g, lead) : null};
        }, forward, new Tensor[]{x, weight, bias}, weight == null ? new Tensor[]{x} : new Tensor[]{x, weight});
    }

    private static Tensor sumLead(Tensor t, long[] lead) { return lead.length == 0 ? t : t.sum(lead, false); }
}
