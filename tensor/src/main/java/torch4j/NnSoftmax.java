package torch4j;

import torch4j.storage.Shapes;

/**
 * softmax, log_softmax and logsumexp along dims: the backend's softmax primitive computes each row
 * (on the CPU in double, max-shifted, so large inputs do not overflow), stored in the input's dtype. The backward formulas are
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
        long size = x.dim() == 0 ? 1 : x.shape[d], inner = inner(x, d);
        long outer = size == 0 || inner == 0 ? 0 : c.numel() / (size * inner);
        Tensor out = x.allocateLike(x.dtype(), x.shape.clone());
        x.backend().reductions().softmax(log, outer, size, inner, Reductions.operand(out), Reductions.operand(c));
        return out;
    }

    /** The number of elements between neighbours along {@code d} in a contiguous tensor. */
    private static long inner(Tensor t, int d) {
        long inner = 1;
        for (int k = d + 1; k < t.dim(); k++) inner *= t.shape[k];
        return inner;
    }

    /**
     * log_softmax: g − eʸ·Σg; softmax: y·(g − Σ g·y), sums along the dim. Tensor ops under
     * create_graph (so second derivatives work), otherwise one pass per row.
     */
    private static Tensor backward(Tensor g, Tensor y, int d, boolean log) {
        if (torch4j.autograd.GradMode.isEnabled())
            return log ? g.sub(y.exp().mul(g.sum(d, true))) : y.mul(g.sub(g.mul(y).sum(d, true)));
        Tensor gc = g.contiguous(), yc = y.contiguous();
        long size = y.dim() == 0 ? 1 : y.shape[d], inner = inner(y, d);
        long outer = size == 0 || inner == 0 ? 0 : yc.numel() / (size * inner);
        Tensor out = y.allocateLike(g.dtype(), y.shape.clone());
        y.backend().reductions().softmaxBackward(log, outer, size, inner, Reductions.operand(out), Reductions.operand(gc),
                Reductions.operand(yc));
        return out;
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
