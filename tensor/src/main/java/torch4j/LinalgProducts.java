package torch4j;

/**
 * The addmm family — {@code beta·self + alpha·(product)} for addmm, addbmm, baddbmm, addmv and
 * addr — with PyTorch 1.13's checks, messages, dtype rules and backward nodes. The product
 * accumulates onto the broadcast copy of {@code self} in one GEMM with BLAS's beta
 * ({@link LinearAlgebra#gemmInto}), so beta == 0 ignores NaN in {@code self} as PyTorch does;
 * integer dtypes truncate beta and alpha to integers, as ATen's integer kernels do.
 */
final class LinalgProducts {
    private LinalgProducts() {}

    /** PyTorch's maybe_multiply: no node for a factor of 1. */
    static Tensor scaled(Tensor g, double factor) { return factor == 1 ? g : g.mul(factor); }

    // ---------------------------------------------------------------- addmm

    static Tensor addmm(Tensor self, Tensor mat1, Tensor mat2, double beta, double alpha) {
        if (Recording.needed(self, mat1, mat2)) {
            long[] selfShape = self.shape.clone();
            boolean c1 = LinearAlgebra.columnMajor(mat1), c2 = LinearAlgebra.columnMajor(mat2);
            return Recording.record("AddmmBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(scaled(g, beta), selfShape) : null,
                    n.needs(1) ? scaled(LinearAlgebra.mat1Grad(g, n.saved(1), c1), alpha) : null,
                    n.needs(2) ? scaled(LinearAlgebra.mat2Grad(g, n.saved(0), c2), alpha) : null},
                    () -> addmm(self, mat1, mat2, beta, alpha), new Tensor[]{self, mat1, mat2}, mat1, mat2);
        }
        if (mat1.dim() != 2) throw new IllegalArgumentException("mat1 must be a matrix, got " + mat1.dim() + "-D tensor");
        if (mat2.dim() != 2) throw new IllegalArgumentException("mat2 must be a matrix, got " + mat2.dim() + "-D tensor");
        long m = mat1.shape[0], k = mat1.shape[1], n = mat2.shape[1];
        if (k != mat2.shape[0])
            throw new IllegalArgumentException("mat1 and mat2 shapes cannot be multiplied (" + m + "x" + k + " and " + mat2.shape[0] + "x" + n + ")");
        sameDtypes(self, mat1, mat2);
        Tensor base = self.expand(m, n);
        notBool("addmm_impl_cpu_", mat1.dtype());
        Tensor out = accumulator(base, beta, new long[]{1, m, n});
        LinearAlgebra.gemmInto(out, mat1.unsqueeze(0), mat2.unsqueeze(0), alpha, beta == 0 ? 0 : beta);
        return out.view(m, n);
    }

    static Tensor addmm_(Tensor self, Tensor mat1, Tensor mat2, double beta, double alpha) {
        long[] outShape = {mat1.dim() == 2 ? mat1.shape[0] : -1, mat2.dim() == 2 ? mat2.shape[1] : -1};
        return inPlace(self, outShape, s -> addmm(s, mat1, mat2, beta, alpha), mat1, mat2);
    }

    /** ATen's addmm meta checks: one dtype for self, mat1 and mat2. */
    private static void sameDtypes(Tensor self, Tensor mat1, Tensor mat2) {
        if (self.dtype() != mat2.dtype()) throw new IllegalArgumentException("self and mat2 must have the same dtype");
        if (mat1.dtype() != mat2.dtype()) throw new IllegalArgumentException("mat1 and mat2 must have the same dtype");
    }

    // ---------------------------------------------------------------- addbmm: the batch summed

    static Tensor addbmm(Tensor self, Tensor batch1, Tensor batch2, double beta, double alpha) {
        if (Recording.needed(self, batch1, batch2)) {
            long[] selfShape = self.shape.clone();
            return Recording.record("AddbmmBackward0", (n, g) -> {
                Tensor b1 = n.saved(0), b2 = n.saved(1);
                Tensor gb = g.unsqueeze(0).expand(b1.shape[0], g.shape[0], g.shape[1]);
                return new Tensor[]{
                        n.needs(0) ? Recording.sumTo(scaled(g, beta), selfShape) : null,
                        n.needs(1) ? scaled(gb.bmm(b2.transpose(1, 2)), alpha) : null,
                        n.needs(2) ? scaled(b1.transpose(1, 2).bmm(gb), alpha) : null};
            }, () -> addbmm(self, batch1, batch2, beta, alpha), new Tensor[]{self, batch1, batch2}, batch1, batch2);
        }
        if (batch1.dim() != 3) throw new IllegalArgumentException("batch1 must be a 3D tensor");
        long m = batch1.shape[1], p = size(batch2, 2);
        if (batch2.dim() != 3) throw new IllegalArgumentException("batch2 must be a 3D tensor");
        if (batch1.shape[0] != batch2.shape[0])
            throw new IllegalArgumentException("batch1 and batch2 must have same number of batches, got " + batch1.shape[0] + " and " + batch2.shape[0]);
        if (batch1.shape[2] != batch2.shape[1])
            throw new IllegalArgumentException("Incompatible matrix sizes for bmm (" + m + "x" + batch1.shape[2] + " and " + batch2.shape[1] + "x" + p + ")");
        Tensor base = self.expand(m, p);
        sameDtypes(self, batch1, batch2);
        notBool("addmm_impl_cpu_", batch1.dtype());
        Tensor out = accumulator(base, beta, new long[]{1, m, p});
        long batches = batch1.shape[0];
        if (batches == 0)   // no product: beta·self (k == 0 GEMM)
            LinearAlgebra.gemmInto(out, out.allocateLike(out.dtype(), new long[]{1, m, 0}), out.allocateLike(out.dtype(), new long[]{1, 0, p}),
                    alpha, beta == 0 ? 0 : beta);
        // ATen's loop: result = beta·self, then result.addmm_(batch1[b], batch2[b], 1, alpha) per item
        for (long b = 0; b < batches; b++)
            LinearAlgebra.gemmInto(out, batch1.narrow(0, b, 1), batch2.narrow(0, b, 1), alpha, b > 0 ? 1 : beta == 0 ? 0 : beta);
        return out.view(m, p);
    }

    static Tensor addbmm_(Tensor self, Tensor batch1, Tensor batch2, double beta, double alpha) {
        long[] outShape = {batch1.dim() == 3 ? batch1.shape[1] : -1, batch2.dim() == 3 ? batch2.shape[2] : -1};
        return inPlace(self, outShape, s -> addbmm(s, batch1, batch2, beta, alpha), batch1, batch2);
    }

    // ---------------------------------------------------------------- baddbmm: one product per batch item

    static Tensor baddbmm(Tensor self, Tensor batch1, Tensor batch2, double beta, double alpha) {
        if (Recording.needed(self, batch1, batch2)) {
            long[] selfShape = self.shape.clone();
            return Recording.record("BaddbmmBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(scaled(g, beta), selfShape) : null,
                    n.needs(1) ? scaled(g.bmm(n.saved(1).transpose(1, 2)), alpha) : null,
                    n.needs(2) ? scaled(n.saved(0).transpose(1, 2).bmm(g), alpha) : null},
                    () -> baddbmm(self, batch1, batch2, beta, alpha), new Tensor[]{self, batch1, batch2}, batch1, batch2);
        }
        if (batch1.dim() != 3) throw new IllegalArgumentException("batch1 must be a 3D tensor");
        long bs = batch1.shape[0], m = batch1.shape[1], k = batch1.shape[2], p = size(batch2, 2);
        if (batch2.dim() != 3) throw new IllegalArgumentException("batch2 must be a 3D tensor");
        if (batch2.shape[0] != bs || batch2.shape[1] != k)
            throw new IllegalArgumentException("Expected size for first two dimensions of batch2 tensor to be: [" + bs + ", " + k
                    + "] but got: [" + batch2.shape[0] + ", " + batch2.shape[1] + "].");
        Tensor base = self.expand(bs, m, p);
        notBool("baddbmm", batch1.dtype());
        if (batch2.dtype() != batch1.dtype())
            throw new IllegalArgumentException("expected scalar type " + batch1.dtype().scalarTypeName() + " but found "
                    + batch2.dtype().scalarTypeName());
        Tensor out = accumulator(base.to(batch1.dtype()), beta, new long[]{bs, m, p});
        LinearAlgebra.gemmInto(out, batch1, batch2, alpha, beta == 0 ? 0 : beta);
        return out;
    }

    static Tensor baddbmm_(Tensor self, Tensor batch1, Tensor batch2, double beta, double alpha) {
        long[] outShape = {batch1.dim() == 3 ? batch1.shape[0] : -1, batch1.dim() == 3 ? batch1.shape[1] : -1, batch2.dim() == 3 ? batch2.shape[2] : -1};
        return inPlace(self, outShape, s -> baddbmm(s, batch1, batch2, beta, alpha), batch1, batch2);
    }

    // ---------------------------------------------------------------- addmv

    static Tensor addmv(Tensor self, Tensor mat, Tensor vec, double beta, double alpha) {
        if (Recording.needed(self, mat, vec)) {
            long[] selfShape = self.shape.clone();
            return Recording.record("AddmvBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(scaled(g, beta), selfShape) : null,
                    n.needs(1) ? scaled(g.unsqueeze(1).mul(n.saved(1)), alpha) : null,
                    n.needs(2) ? scaled(n.saved(0).t().mv(g), alpha) : null},
                    () -> addmv(self, mat, vec, beta, alpha), new Tensor[]{self, mat, vec}, mat, vec);
        }
        if ((mat.dim() != 2 || vec.dim() != 1) || self.dim() > 1)
            throw new IllegalArgumentException("vector + matrix @ vector expected, got " + self.dim() + ", " + mat.dim() + ", " + vec.dim());
        long m = mat.shape[0], k = mat.shape[1];
        if (k != vec.shape[0] || (self.numel() != m && self.numel() != 1))
            throw new IllegalArgumentException("size mismatch, got " + (self.dim() == 0 ? 1 : self.shape[0]) + ", " + m + "x" + k + "," + vec.shape[0]);
        notBool("addmv_impl_cpu", mat.dtype());
        if (vec.dtype() != mat.dtype())
            throw new IllegalArgumentException("expected scalar type " + mat.dtype().scalarTypeName() + " but found " + vec.dtype().scalarTypeName());
        Tensor out = accumulator(self.expand(m).to(mat.dtype()), beta, new long[]{1, m, 1});
        LinearAlgebra.gemmInto(out, mat.unsqueeze(0), vec.unsqueeze(1).unsqueeze(0), alpha, beta == 0 ? 0 : beta);
        return out.view(m);
    }

    static Tensor addmv_(Tensor self, Tensor mat, Tensor vec, double beta, double alpha) {
        return inPlace(self, new long[]{mat.dim() == 2 ? mat.shape[0] : -1}, s -> addmv(s, mat, vec, beta, alpha), mat, vec);
    }

    // ---------------------------------------------------------------- addr: an outer product, elementwise with promotion

    static Tensor addr(Tensor self, Tensor vec1, Tensor vec2, double beta, double alpha) {
        if (vec1.dim() != 1) throw new IllegalArgumentException("addr: Expected 1-D argument vec1, but got " + vec1.dim() + "-D");
        if (vec2.dim() != 1) throw new IllegalArgumentException("addr: Expected 1-D argument vec2, but got " + vec2.dim() + "-D");
        DType type = TypePromotion.resultType(self, vec1, vec2);
        if (type == DType.BOOL) {
            if (beta != 0 && beta != 1) throw new IllegalArgumentException("Boolean beta only supported for Boolean results.");
            if (alpha != 0 && alpha != 1) throw new IllegalArgumentException("Boolean alpha only supported for Boolean results.");
        } else if (!type.isFloatingPoint()) {
            if (beta != Math.rint(beta)) throw new IllegalArgumentException("For integral input tensors, argument beta must not be a floating point number.");
            if (alpha != Math.rint(alpha)) throw new IllegalArgumentException("For integral input tensors, argument alpha must not be a floating point number.");
        }
        Tensor base = self.expand(vec1.shape[0], vec2.shape[0]);
        if (Recording.needed(self, vec1, vec2)) {
            long[] selfShape = self.shape.clone();
            return Recording.record("AddrBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(scaled(g, beta), selfShape) : null,
                    n.needs(1) ? scaled(g.mv(n.saved(1)), alpha) : null,
                    n.needs(2) ? scaled(g.t().mv(n.saved(0)), alpha) : null},
                    () -> addr(self, vec1, vec2, beta, alpha), new Tensor[]{self, vec1, vec2}, vec1, vec2);
        }
        Tensor outer = vec1.unsqueeze(1).mul(vec2);
        if (type == DType.BOOL) {
            Tensor prod = alpha == 0 ? outer.logicalAnd(Torch.tensor(false)) : outer;
            return beta == 0 ? prod.expand(base.shape).contiguous() : base.logicalOr(prod);
        }
        Tensor prod = times(outer.to(type), alpha);
        return beta == 0 ? prod.contiguous() : times(base.to(type), beta).add(prod);
    }

    static Tensor addr_(Tensor self, Tensor vec1, Tensor vec2, double beta, double alpha) {
        if (self.dim() != 2) throw new IllegalArgumentException("2D tensor expected, got " + self.dim() + "D tensor for input");
        return inPlace(self, new long[]{vec1.dim() == 1 ? vec1.shape[0] : -1, vec2.dim() == 1 ? vec2.shape[0] : -1},
                s -> addr(s, vec1, vec2, beta, alpha), vec1, vec2);
    }

    // ---------------------------------------------------------------- helpers

    /** A fresh contiguous tensor of {@code shape3} holding {@code base} (broadcast), or zeros when beta == 0 ignores it. */
    private static Tensor accumulator(Tensor base, double beta, long[] shape3) {
        Tensor out = base.allocateLike(base.dtype(), shape3);
        if (beta != 0) Conversions.copyInto(out.view(base.shape), base);
        return out;
    }

    /**
     * The in-place twins: {@code self} must already have the result's shape (PyTorch's "Bad
     * in-place call"); the result is computed out of place and written back, or, when a graph
     * is recorded, through {@link Recording#inPlace} so the node is the op's own.
     */
    private static Tensor inPlace(Tensor self, long[] outShape, java.util.function.UnaryOperator<Tensor> op, Tensor a, Tensor b) {
        boolean known = true;
        for (long s : outShape) known &= s >= 0;
        if (known && !java.util.Arrays.equals(self.shape, outShape))
            throw new IllegalArgumentException("Bad in-place call: input tensor size " + java.util.Arrays.toString(self.shape)
                    + " and output tensor size " + java.util.Arrays.toString(outShape) + " should match");
        if (Recording.needed(self, a, b)) return Recording.inPlace(self, op::apply);
        Tensor result = op.apply(self);
        Pointwise.checkCast(result.dtype(), self.dtype());
        Conversions.copyInto(self, result);
        return self;
    }

    /** t·v in t's dtype (an integer factor for integer tensors, which addr has checked is integral). */
    private static Tensor times(Tensor t, double v) {
        if (v == 1) return t;
        return t.dtype().isFloatingPoint() ? t.mul(v) : t.mul((long) v);
    }

    private static void notBool(String kernel, DType dtype) {
        if (dtype == DType.BOOL) throw new IllegalArgumentException("\"" + kernel + "\" not implemented for 'Bool'");
    }

    /** {@code t.size(dim)} with PyTorch's IndexError for a dim out of range. */
    static long size(Tensor t, int dim) {
        int n = Math.max(t.dim(), 1);
        if (dim >= n || dim < -n)
            throw new IndexOutOfBoundsException("Dimension out of range (expected to be in range of [" + -n + ", " + (n - 1) + "], but got " + dim + ")");
        return t.dim() == 0 ? 1 : t.shape[Math.floorMod(dim, n)];
    }
}
