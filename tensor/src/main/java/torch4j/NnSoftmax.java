package torch4j;

import torch4j.storage.Shapes;

/**
 * softmax, log_softmax and logsumexp along dims: one pass per row in double (max-shifted, so
 * large inputs do not overflow), stored back in the input's dtype. The backward formulas are
 * PyTorch's, written in tensor ops ({@code SoftmaxBackward0}, {@code LogSoftmaxBackward0},
 * {@code LogsumexpBackward0}).
 */
final class NnSoftmax {
    private NnSoftmax() {}

    static Tensor softmax(Tensor x, long dim) { return along(x, dim, false); }

    static Tensor logSoftmax(Tensor x, long dim) { return along(x, dim, true); }

    private static Tensor along(Tensor x, long dim, boolean log) {
        int d = Shapes.wrapDim(dim, Math.max(1, x.dim()));
        if (Recording.needed(x))
            return Recording.record(log ? "LogSoftmaxBackward0" : "SoftmaxBackward0",
                    (n, g) -> new Tensor[]{backward(g, n.saved(0), d, log)}, () -> along(x, d, log), new Tensor[]{x}, Recording.OUTPUT);
        if (!x.isFloatingPoint())
            throw new IllegalArgumentException("\"" + (log ? "log_softmax" : "softmax") + "_lastdim_kernel_impl\" not implemented for '"
                    + x.dtype().scalarTypeName() + "'");
        Tensor c = x.contiguous();
        int n = (int) c.numel();
        double[] v = new double[n];
        c.storage.loadDouble((int) c.offset, 1, n, v);
        long size = x.dim() == 0 ? 1 : x.shape[d];
        long inner = 1;
        for (int k = d + 1; k < x.dim(); k++) inner *= x.shape[k];
        long outer = size == 0 || inner == 0 ? 0 : n / (size * inner);
        for (long o = 0; o < outer; o++)
            for (long i = 0; i < inner; i++) normalise(v, (int) (o * size * inner + i), (int) inner, (int) size, log);
        Tensor out = Tensor.allocate(x.dtype(), x.shape.clone());
        out.storage.storeDouble(0, 1, n, v);
        return out;
    }

    /**
     * log_softmax: g − eʸ·Σg; softmax: y·(g − Σ g·y), sums along the dim. Tensor ops under
     * create_graph (so second derivatives work), otherwise one pass per row.
     */
    private static Tensor backward(Tensor g, Tensor y, int d, boolean log) {
        if (torch4j.autograd.GradMode.isEnabled())
            return log ? g.sub(y.exp().mul(g.sum(d, true))) : y.mul(g.sub(g.mul(y).sum(d, true)));
        Tensor gc = g.contiguous(), yc = y.contiguous();
        int n = (int) yc.numel();
        double[] gv = new double[n], yv = new double[n];
        gc.storage.loadDouble((int) gc.offset, 1, n, gv);
        yc.storage.loadDouble((int) yc.offset, 1, n, yv);
        long size = y.dim() == 0 ? 1 : y.shape[d];
        long inner = 1;
        for (int k = d + 1; k < y.dim(); k++) inner *= y.shape[k];
        long outer = size == 0 || inner == 0 ? 0 : n / (size * inner);
        for (long o = 0; o < outer; o++)
            for (long i = 0; i < inner; i++) {
                int start = (int) (o * size * inner + i), stride = (int) inner, end = start + (int) size * stride;
                double sum = 0;
                for (int j = start; j < end; j += stride) sum += log ? gv[j] : gv[j] * yv[j];
                for (int j = start; j < end; j += stride) gv[j] = log ? gv[j] - Math.exp(yv[j]) * sum : yv[j] * (gv[j] - sum);
            }
        Tensor out = Tensor.allocate(g.dtype(), y.shape.clone());
        out.storage.storeDouble(0, 1, n, gv);
        return out;
    }

    /** One row of {@code size} values {@code stride} apart: softmax or log-softmax in place. */
    private static void normalise(double[] v, int start, int stride, int size, boolean log) {
        int end = start + size * stride;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = start; j < end; j += stride) max = Math.max(max, v[j]);
        if (Double.isInfinite(max) && max < 0) max = 0;   // all −inf: e^(−inf − 0) = 0 keeps NaN out
        double sum = 0;
        for (int j = start; j < end; j += stride) sum += Math.exp(v[j] - max);
        if (log) {
            double lse = Math.log(sum) + max;
            for (int j = start; j < end; j += stride) v[j] -= lse;
        } else {
            for (int j = start; j < end; j += stride) v[j] = Math.exp(v[j] - max) / sum;
        }
    }

    /** log Σ exp over {@code dims}: the max is shifted out first; an infinite max is not (inf stays inf). */
    static Tensor logsumexp(Tensor x, long[] dims, boolean keepdim) {
        int nd = x.dim();
        long[] wrapped = new long[dims.length];
        for (int i = 0; i < dims.length; i++) wrapped[i] = Shapes.wrapDim(dims[i], Math.max(1, nd));
        java.util.Arrays.sort(wrapped);
        if (Recording.needed(x))
            return Recording.record("LogsumexpBackward0", (n, g) -> {   // g·e^(x − result), both with the reduced dims restored
                Tensor gx = g, r = n.saved(1);
                if (!keepdim) for (long k : wrapped) { gx = gx.unsqueeze(k); r = r.unsqueeze(k); }
                return new Tensor[]{gx.mul(n.saved(0).sub(r).exp())};
            }, () -> logsumexp(x, wrapped, keepdim), new Tensor[]{x}, x, Recording.OUTPUT);
        Tensor xf = x.isFloatingPoint() ? x : x.to(DType.defaultFloat());
        Tensor max;
        try (var _ = torch4j.autograd.GradMode.noGrad()) {
            max = xf;
            for (int i = wrapped.length - 1; i >= 0; i--) max = max.max(wrapped[i], true).values();
            Tensor shift = Pointwise.where(max.isinf(), Conversions.scalar(0.0), max).to(xf.dtype());
            Tensor out = xf.sub(shift).exp().sum(wrapped, true).log().add(shift);
            if (!keepdim) for (int i = wrapped.length - 1; i >= 0; i--) out = out.squeeze(wrapped[i]);
            return out;
        }
    }
}
