package torch4j;

import java.util.Arrays;
import torch4j.storage.Shapes;

/**
 * linalg.vector_norm (its own node, {@code LinalgVectorNormBackward0}, with PyTorch's
 * gradient for each order), linalg.matrix_norm and linalg.norm built on it as ATen builds
 * them, and cdist ({@code CdistBackward0}).
 */
final class LinalgNorms {
    private LinalgNorms() {}

    /** The dims to reduce: all when {@code dims} is null or empty. */
    private static long[] dimsOf(Tensor x, long[] dims) {
        if (dims != null && dims.length > 0) return dims;
        long[] all = new long[x.dim()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return all;
    }

    static Tensor vectorNorm(Tensor x, double ord, long[] dims, boolean keepdim) {
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("linalg.vector_norm: Expected a floating point or complex tensor as input. Got " + x.dtype().scalarTypeName());
        long[] d = dimsOf(x, dims);
        if (x.dim() == 0) d = new long[0];
        if (Recording.needed(x)) {
            long[] dd = d;
            return Recording.record("LinalgVectorNormBackward0", (n, g) -> new Tensor[]{
                    vectorNormBackward(g, n.saved(0), ord, n.saved(1), dd, keepdim)}, () -> vectorNorm(x, ord, dims, keepdim), new Tensor[]{x}, x,
                    Recording.OUTPUT);
        }
        if (Shapes.numel(x.shape) == 0 && (ord < 0 || Double.isInfinite(ord))) {
            for (long dim : d)
                if (x.shape[Shapes.wrapDim(dim, x.dim())] == 0)
                    throw new IllegalArgumentException("linalg.vector_norm cannot compute the " + format(ord)
                            + " norm on an empty tensor because the operation does not have an identity");
        }
        Tensor a = x.abs();
        if (x.dim() == 0) return ord == 0 ? a.ne(0L).to(x.dtype()) : a;
        if (ord == Double.POSITIVE_INFINITY) return extreme(a, true, d, keepdim);
        if (ord == Double.NEGATIVE_INFINITY) return extreme(a, false, d, keepdim);
        if (ord == 0) return a.ne(0L).to(x.dtype()).sum(d, keepdim);
        if (ord == 1) return a.sum(d, keepdim);
        if (ord == 2) return a.mul(a).sum(d, keepdim).sqrt();
        return a.pow(ord).sum(d, keepdim).pow(1 / ord);
    }

    private static String format(double ord) {
        if (Double.isInfinite(ord)) return ord > 0 ? "inf" : "-inf";
        return ord == Math.rint(ord) && Math.abs(ord) < 1e15 ? String.valueOf((long) ord) : String.valueOf(ord);
    }

    /** PyTorch's linalg_vector_norm_backward. */
    private static Tensor vectorNormBackward(Tensor g, Tensor x, double ord, Tensor norm, long[] dims, boolean keepdim) {
        if (!keepdim && x.dim() > 0) {
            for (long dim : sortedWrapped(dims, x.dim())) {
                g = g.unsqueeze(dim);
                norm = norm.unsqueeze(dim);
            }
        }
        if (ord == 0) return Torch.zerosLike(x);
        if (ord == 1) return x.sign().mul(g);
        if (ord == 2) return maskedDiv(x.mul(g), norm);
        if (Double.isInfinite(ord)) {
            Tensor xa = x.abs();
            Tensor mask = xa.eq(norm).logicalOr(xa.isnan()).to(x.dtype());
            return x.sign().mul(g.div(mask.sum(x.dim() == 0 ? new long[0] : sortedWrapped(dims, x.dim()), true)).mul(mask));
        }
        if (ord < 1) return maskedDiv(x.sign().mul(x.abs().pow(ord - 1)).mul(g), norm.pow(ord - 1));
        return maskedDiv(x.mul(x.abs().pow(ord - 2)).mul(g), norm.pow(ord - 1));
    }

    /** a / b with 0 where b == 0 (the norm's gradient at the origin, as PyTorch's masked_fill_). */
    private static Tensor maskedDiv(Tensor a, Tensor b) {
        Tensor q = a.div(b);
        return Pointwise.where(b.eq(0L).expand(q.shape), Torch.zerosLike(q), q);
    }

    private static long[] sortedWrapped(long[] dims, int n) {
        long[] w = new long[dims.length];
        for (int i = 0; i < dims.length; i++) w[i] = Shapes.wrapDim(dims[i], n);
        Arrays.sort(w);
        return w;
    }

    /** linalg.matrix_norm with a numeric ord: ±1 (max/min column sum), ±inf (row sum), ±2 (largest/smallest singular value). */
    static Tensor matrixNorm(Tensor a, double ord, long[] dims, boolean keepdim) {
        Factorizations.checkMatrix(a, "linalg.matrix_norm");
        int d0 = Shapes.wrapDim(dims[0], a.dim()), d1 = Shapes.wrapDim(dims[1], a.dim());
        if (d0 == d1) throw new IllegalArgumentException("linalg.matrix_norm: dims must be different. Got (" + dims[0] + ", " + dims[1] + ")");
        if (Math.abs(ord) == 2) {
            Tensor moved = a.permute(moveLast(a.dim(), d0, d1));
            Tensor s = Spectral.svd(moved, false, false, "linalg.svd")[1];
            Tensor r = ord > 0 ? extreme(s, true, new long[]{-1}, false) : extreme(s, false, new long[]{-1}, false);
            return keepdim ? r.unsqueeze(Math.min(d0, d1)).unsqueeze(Math.max(d0, d1)) : r;
        }
        if (Math.abs(ord) == 1 || Double.isInfinite(ord)) {
            int sumDim = Math.abs(ord) == 1 ? d0 : d1, maxDim = Math.abs(ord) == 1 ? d1 : d0;
            Tensor sums = a.abs().sum(new long[]{sumDim}, true);
            Tensor r = ord > 0 ? extreme(sums, true, new long[]{maxDim}, true) : extreme(sums, false, new long[]{maxDim}, true);
            return keepdim ? r : r.squeeze(Math.max(d0, d1)).squeeze(Math.min(d0, d1));
        }
        throw new IllegalArgumentException("linalg.matrix_norm: Order " + format(ord) + " not supported.");
    }

    /** "fro" (the 2-norm of the entries) or "nuc" (the sum of singular values). */
    static Tensor matrixNorm(Tensor a, String ord, long[] dims, boolean keepdim) {
        Factorizations.checkMatrix(a, "linalg.matrix_norm");
        if (ord.equals("fro")) return vectorNorm(a, 2, dims, keepdim);
        if (ord.equals("nuc")) {
            int d0 = Shapes.wrapDim(dims[0], a.dim()), d1 = Shapes.wrapDim(dims[1], a.dim());
            Tensor s = Spectral.svd(a.permute(moveLast(a.dim(), d0, d1)), false, false, "linalg.svd")[1];
            Tensor r = s.sum(new long[]{-1}, false);
            return keepdim ? r.unsqueeze(Math.min(d0, d1)).unsqueeze(Math.max(d0, d1)) : r;
        }
        throw new IllegalArgumentException("linalg.matrix_norm: Order " + ord + " not supported.");
    }

    /** A permutation moving d0, d1 to the end in that order. */
    private static long[] moveLast(int n, int d0, int d1) {
        long[] p = new long[n];
        int j = 0;
        for (int i = 0; i < n; i++) if (i != d0 && i != d1) p[j++] = i;
        p[j++] = d0;
        p[j] = d1;
        return p;
    }

    /** amax/amin over several dims: max(dim) one dim at a time, highest first. */
    static Tensor extreme(Tensor a, boolean max, long[] dims, boolean keepdim) {
        long[] w = sortedWrapped(dims, Math.max(a.dim(), 1));
        Tensor r = a;
        if (a.dim() == 0) return a;
        for (int i = w.length - 1; i >= 0; i--) r = (max ? r.max(w[i], true) : r.min(w[i], true)).values();
        if (keepdim) return r;
        for (int i = w.length - 1; i >= 0; i--) r = r.squeeze(w[i]);
        return r;
    }

    // ---------------------------------------------------------------- cdist

    static Tensor cdist(Tensor x1, Tensor x2, double p) {
        if (x1.dim() < 2) throw new IllegalArgumentException("cdist only supports at least 2D tensors, X1 got: " + x1.dim() + "D");
        if (x2.dim() < 2) throw new IllegalArgumentException("cdist only supports at least 2D tensors, X2 got: " + x2.dim() + "D");
        if (!x1.dtype().isFloatingPoint()) throw new IllegalArgumentException("cdist only supports floating-point dtypes, X1 got: " + x1.dtype().scalarTypeName());
        if (!x2.dtype().isFloatingPoint()) throw new IllegalArgumentException("cdist only supports floating-point dtypes, X2 got: " + x2.dtype().scalarTypeName());
        if (!(p >= 0)) throw new IllegalArgumentException("cdist only supports non-negative p values");
        long c1 = x1.shape[x1.dim() - 1], c2 = x2.shape[x2.dim() - 1];
        if (c1 != c2) throw new IllegalArgumentException("X1 and X2 must have the same number of columns. X1: " + c1 + " X2: " + c2);
        if (Recording.needed(x1, x2)) {
            long[] s1 = x1.shape.clone(), s2 = x2.shape.clone();
            return Recording.record("CdistBackward0", (n, g) -> {
                Tensor diff = n.saved(0).unsqueeze(-2).sub(n.saved(1).unsqueeze(-3));
                Tensor dist = n.saved(2).unsqueeze(-1);
                Tensor gd = g.unsqueeze(-1).mul(distanceGrad(diff, dist, p));
                return new Tensor[]{n.needs(0) ? Recording.sumTo(gd.sum(new long[]{-2}, false), s1) : null,
                        n.needs(1) ? Recording.sumTo(gd.sum(new long[]{-3}, false).neg(), s2) : null};
            }, () -> cdist(x1, x2, p), new Tensor[]{x1, x2}, x1, x2, Recording.OUTPUT);
        }
        Tensor diff = x1.unsqueeze(-2).sub(x2.unsqueeze(-3));
        return vectorNorm(diff, p, new long[]{-1}, false);
    }

    /** d‖diff‖_p / d diff per element (0 where the distance is 0), PyTorch's cdist backward for each p. */
    private static Tensor distanceGrad(Tensor diff, Tensor dist, double p) {
        if (p == 0) return Torch.zerosLike(diff);
        if (p == 1) return diff.sign();
        if (Double.isInfinite(p)) {
            Tensor hit = diff.abs().eq(dist).to(diff.dtype());
            return diff.sign().mul(hit);
        }
        if (p == 2) return maskedDiv(diff, dist);
        return maskedDiv(diff.sign().mul(diff.abs().pow(p - 1)), dist.pow(p - 1));
    }
}
