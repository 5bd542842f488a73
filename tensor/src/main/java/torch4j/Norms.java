package torch4j;

import torch4j.storage.Shapes;

/**
 * norm (PyTorch 1.13's {@code at::norm} and {@code frobenius_norm}, which {@code Tensor.norm}
 * calls), dist and renorm, with ATen's norm_backward as the gradient.
 */
final class Norms {
    private Norms() {}

    private static void requireFloat(Tensor x) {
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("norm(): input dtype should be either floating point or complex. Got "
                    + TypePromotion.scalarTypeName(x.dtype()) + " instead.");
    }

    /** The p-norm over {@code dims} (null or empty: all), as {@code x.norm(p, dim, keepdim)}: NormBackward1. */
    static Tensor norm(Tensor x, double p, long[] dims, boolean keepdim) {
        requireFloat(x);
        boolean[] mask = Reductions.dimMask(x, dims);
        long[] all = Extrema.dimsOf(mask);
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            return Recording.record("NormBackward1", (n, g) -> new Tensor[]{
                    normBackward(ReductionGrad.expandBack(g, in, mask, keepdim), n.saved(0),
                            ReductionGrad.expandBack(n.saved(1), in, mask, keepdim), p, all)},
                    () -> norm(x, p, dims, keepdim), new Tensor[]{x}, x, Recording.OUTPUT);
        }
        return value(x, p, all, keepdim);
    }

    /** |x|_p over {@code dims}, an empty input giving 0 as ATen's norm kernel fills it. */
    private static Tensor value(Tensor x, double p, long[] dims, boolean keepdim) {
        if (x.numel() == 0) return x.abs().sum(dims, keepdim);
        Tensor a = x.abs();
        if (p == 0) return x.ne(0L).sum(dims, keepdim).to(x.dtype());
        if (p == 1) return a.sum(dims, keepdim);
        if (p == 2) return x.square().sum(dims, keepdim).sqrt();
        if (p == Double.POSITIVE_INFINITY) return Extrema.amax(a, dims, keepdim, true);
        if (p == Double.NEGATIVE_INFINITY) return Extrema.amax(a, dims, keepdim, false);
        // float32: in double, then rounded once (PyTorch's float accumulation, in its own order, lands
        // within an ulp of that; float32's cascade sum of rounded powers drifted 3 ulps on 24 values)
        if (x.dtype() == DType.FLOAT32) return a.to(DType.FLOAT64).pow(p).sum(dims, keepdim).pow(1 / p).to(DType.FLOAT32);
        return a.pow(p).sum(dims, keepdim).pow(1 / p);
    }

    /**
     * ATen's norm_backward with {@code g} and {@code norm} already broadcast back to x's shape:
     * the derivative of |x|_p, 0 where the norm is 0, shared among the extremes for p = ±inf.
     */
    static Tensor normBackward(Tensor g, Tensor x, Tensor norm, double p, long[] dims) {
        if (p == 0) return x.mul(0.0);
        if (p == 1) return x.sign().mul(g);
        if (p == 2) return x.mul(g.div(norm).where(norm.ne(0L), 0.0));
        if (Double.isInfinite(p)) {
            Tensor a = x.abs();
            Tensor mask = a.eq(norm).logicalOr(a.isnan());
            return x.sign().mul(g.div(mask.sum(dims, true)).mul(mask));
        }
        if (p < 1) {
            Tensor scaled = x.sign().mul(x.abs().pow(p - 1).where(x.ne(0L), 0.0));
            return scaled.mul(g).mul(norm.pow(1 - p));
        }
        Tensor scaled = p < 2 ? x.sign().mul(x.abs().pow(p - 1)) : x.mul(x.abs().pow(p - 2));
        return scaled.mul(g.div(norm.pow(p - 1)).where(norm.ne(0L), 0.0));
    }

    /** {@code x.norm("fro", dims, keepdim)}: the 2-norm, over two dims as sqrt(sum(x * x)) (SqrtBackward0). */
    static Tensor norm(Tensor x, String p, long[] dims, boolean keepdim) {
        if (!p.equals("fro")) {
            if (p.equals("nuc"))
                throw new IllegalArgumentException("the nuclear norm needs singular values, which torch4j does not compute");
            throw new IllegalArgumentException("only valid string values are 'fro' and 'nuc', found " + p);
        }
        if (dims == null || dims.length <= 1) return norm(x, 2, dims, keepdim);
        if (dims.length > 2)
            throw new IllegalArgumentException("Expected at most 2 dimensions, but got " + dims.length + " dimensions instead.");
        if (Shapes.wrapDim(dims[0], x.dim()) == Shapes.wrapDim(dims[1], x.dim()))
            throw new IllegalArgumentException("Expected dims to be different, got [" + dims[0] + ", " + dims[1] + "] instead");
        requireFloat(x);
        return x.mul(x).sum(dims, keepdim).sqrt();
    }

    /** {@code x.dist(y, p)}: the p-norm of x - y (broadcast, promoted), one DistBackward0 node. */
    static Tensor dist(Tensor x, Tensor y, double p) {
        if (Recording.needed(x, y)) {
            long[] sx = x.shape.clone(), sy = y.shape.clone();
            return Recording.record("DistBackward0", (n, g) -> {
                // ATen's norm_backward gives an undefined gradient for p = 0, which dist's backward then refuses
                if (p == 0)
                    throw new IllegalArgumentException("Expected a proper Tensor but got None (or an undefined Tensor in C++) for argument #0 'self'");
                Tensor diff = n.saved(0).sub(n.saved(1));
                Tensor gx = normBackward(g.expand(diff.shape().toLongArray()), diff, n.saved(2).expand(diff.shape().toLongArray()), p,
                        ReductionGrad.allDims(diff.dim()));
                return new Tensor[]{n.needs(0) ? Recording.sumTo(gx, sx) : null, n.needs(1) ? Recording.sumTo(gx.neg(), sy) : null};
            }, () -> dist(x, y, p), new Tensor[]{x, y}, x, y, Recording.OUTPUT);
        }
        Tensor diff = x.sub(y);
        requireFloat(diff);
        return value(diff, p, null, false);
    }

    /**
     * {@code x.renorm(p, dim, maxnorm)}: each slice along {@code dim} whose p-norm (over the
     * other dims) exceeds maxnorm is scaled to maxnorm / (norm + 1e-7).
     */
    static Tensor renorm(Tensor x, double p, long dim, double maxnorm) {
        if (!(p > 0)) throw new IllegalArgumentException("renorm: non-positive-norm not supported");
        if (!(maxnorm >= 0))
            throw new IllegalArgumentException("renorm: expected maxnorm to be >= 0 but got " + Selection.cppDouble(maxnorm));
        if (x.dim() <= 1)
            throw new IllegalArgumentException("renorm: input needs at least 2 dimensions, got " + x.dim() + " dimensions");
        int d = Shapes.wrapDim(dim, x.dim());
        long[] others = new long[x.dim() - 1];
        for (int i = 0, k = 0; i < x.dim(); i++) if (i != d) others[k++] = i;
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("linalg.vector_norm: Expected a floating point or complex tensor as input. Got "
                    + TypePromotion.scalarTypeName(x.dtype()));
        if (Recording.needed(x))
            return Recording.record("RenormBackward0", (n, g) -> {
                Tensor xs = n.saved(0);
                Tensor norm = vectorNorm(xs, p, others);
                Tensor go = xs.mul(g).sum(others, true);
                Tensor nb = normBackward(go.expand(xs.shape().toLongArray()), xs, norm.expand(xs.shape().toLongArray()), p, others);
                Tensor invnorm = norm.add(1e-7).reciprocal();
                Tensor factor = invnorm.mul(maxnorm);
                return new Tensor[]{Pointwise.where(norm.gt(maxnorm), factor.mul(g).sub(factor.mul(invnorm).mul(nb)), g)};
            }, () -> renorm(x, p, dim, maxnorm), new Tensor[]{x}, x);
        Tensor norm = vectorNorm(x, p, others);
        Tensor max = Creation.full(new long[0], maxnorm, x.dtype(), x.device());
        Tensor eps = Creation.full(new long[0], 1e-7, x.dtype(), x.device());
        Tensor factor = max.div(norm.add(eps)).where(norm.gt(max), 1.0);
        return x.mul(factor);
    }

    /** {@code x.renorm_(p, dim, maxnorm)}: in place, recorded as PyTorch records an in-place op (RenormBackward0). */
    static Tensor renorm_(Tensor x, double p, long dim, double maxnorm) {
        if (Recording.needed(x)) return Recording.inPlace(x, s -> renorm(s, p, dim, maxnorm));
        return x.copy_(renorm(x, p, dim, maxnorm));
    }

    /** linalg.vector_norm with keepdim: like {@link #value} except that ±inf of an empty input has no identity. */
    private static Tensor vectorNorm(Tensor x, double p, long[] dims) {
        return value(x, p, dims, true);
    }
}
