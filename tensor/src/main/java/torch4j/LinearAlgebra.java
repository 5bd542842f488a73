package torch4j;

import torch4j.backend.LinalgPrimitives;
import torch4j.storage.Shapes;

/**
 * The matrix products — matmul with every PyTorch broadcasting case, mm, bmm, mv, dot, outer —
 * reduced to one batched GEMM on (B, m, k)·(B, k, n). Operands are passed as they lie in memory
 * when a matrix dim has unit stride (a transposed view becomes a transpose flag, not a copy).
 * The product is the backend's {@link LinalgPrimitives#gemm} (on the CPU OpenBLAS, or its Java
 * fallback; integer products in long arithmetic that wraps on overflow, as PyTorch's do). Checks, messages, result dtypes and
 * result strides follow PyTorch 1.13's CPU kernels, down to which kernel's name an error gives.
 */
final class LinearAlgebra {
    private LinearAlgebra() {}

    /** Below this many multiply-adds per matrix (k·m·n) PyTorch's bmm runs its own loop ("bmm"), else addmm per item. */
    private static final long BMM_SMALL_WORK = 400;

    static Tensor matmul(Tensor a, Tensor b) {
        int da = a.dim(), db = b.dim();
        if (da == 0 || db == 0)
            throw new IllegalArgumentException("both arguments to matmul need to be at least 1D, but they are " + da + "D and " + db + "D");
        if (da == 1 && db == 1) return dot(a, b);
        if (da == 2 && db == 1) return mv(a, b);
        if (da == 1 && db == 2) return Views.squeeze(mm(a.unsqueeze(0), b), 0, "SqueezeBackward3");   // ATen squeezes with a dim list
        if (da == 2 && db == 2) return mm(a, b);
        if (shouldFold(a, db) || shouldFold(b, da)) {
            // fold the batch of the larger operand into its rows: one mm or mv. For (m, k)·(..., k, n)
            // that is ((..., k, n)^T · (m, k)^T)^T, PyTorch's transposed fold
            boolean transpose = db > da;
            Tensor t1 = transpose ? b.transpose(-1, -2) : a;
            Tensor t2 = !transpose ? b : da == 2 ? a.t() : a;
            long[] outShape = java.util.Arrays.copyOf(t1.shape, t1.dim() - 1);
            // not reshape(-1, k): with k == 0 the -1 would be ambiguous
            Tensor folded = t1.reshape(Shapes.numel(outShape), t1.shape[t1.dim() - 1]);
            if (t2.dim() == 1) return ViewGrad.unsafeView(mv(folded, t2), outShape);
            long[] shape = java.util.Arrays.copyOf(outShape, outShape.length + 1);
            shape[outShape.length] = t2.shape[1];
            Tensor out = ViewGrad.unsafeView(mm(folded, t2), shape);
            return transpose ? out.transpose(-1, -2).contiguous() : out;
        }
        return batchedMatmul(a, b);
    }

    /**
     * PyTorch's should_fold: a 3-D-or-more operand times a 1-D or 2-D one is folded into one mm or
     * mv, except a 3-D operand whose matrix dims are transposed under an outermost batch dim (as
     * after permute(0, 2, 1)) times a matrix, which bmm takes without a copy.
     */
    private static boolean shouldFold(Tensor t, int otherDim) {
        if (t.dim() < 3 || (otherDim != 1 && otherDim != 2)) return false;
        return !(t.dim() == 3 && otherDim == 2 && t.strides[2] != 1 && t.strides[0] == t.shape[1] * t.shape[2]);
    }

    /** Broadcast the batch dims of both operands, then one bmm over the flattened batch. */
    private static Tensor batchedMatmul(Tensor a, Tensor b) {
        int da = a.dim(), db = b.dim();
        long n = da > 1 ? a.shape[da - 2] : 1, m1 = a.shape[da - 1];
        long m2 = db > 1 ? b.shape[db - 2] : b.shape[0], p = db > 1 ? b.shape[db - 1] : 1;
        long[] batch = Shapes.broadcast(java.util.Arrays.copyOf(a.shape, Math.max(da - 2, 0)),
                java.util.Arrays.copyOf(b.shape, Math.max(db - 2, 0)));
        long bsz = Shapes.numel(batch);
        Tensor a3 = a.expand(concat(batch, n, m1)).reshape(bsz, n, m1);
        // a vector right operand is not broadcast as a matrix: (..., k) becomes (B, k, 1)
        boolean vectorRhs = db == 1;
        Tensor b3 = vectorRhs ? b.expand(concat(batch, m2)).reshape(bsz, m2).unsqueeze(2)
                : b.expand(concat(batch, m2, p)).reshape(bsz, m2, p);
        long[] outShape = batch;
        if (da > 1) outShape = concat(outShape, n);
        if (db > 1) outShape = concat(outShape, p);
        Tensor out = bmm(a3, b3);
        return ViewGrad.unsafeView(vectorRhs ? out.squeeze(-1) : out, outShape);
    }

    /**
     * The checks and shortcuts are PyTorch's, in its order: the result has mat1's dtype, and an
     * empty product (or k == 0, all zeros) returns before the dtype checks.
     */
    static Tensor mm(Tensor a, Tensor b) {
        if (Recording.needed(a, b)) {
            boolean aColumnMajor = columnMajor(a), bColumnMajor = columnMajor(b);
            return Recording.record("MmBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? mat1Grad(g, n.saved(1), aColumnMajor) : null, n.needs(1) ? mat2Grad(g, n.saved(0), bColumnMajor) : null},
                    () -> mm(a, b), new Tensor[]{a, b}, a, b);
        }
        if (a.dim() != 2) throw new IllegalArgumentException("self must be a matrix");
        if (b.dim() != 2) throw new IllegalArgumentException("mat2 must be a matrix");
        if (a.shape[1] != b.shape[0])
            throw new IllegalArgumentException("mat1 and mat2 shapes cannot be multiplied (" + a.shape[0] + "x" + a.shape[1] + " and "
                    + b.shape[0] + "x" + b.shape[1] + ")");
        Tensor out = Tensor.allocate(a.dtype(), new long[]{a.shape[0], b.shape[1]}, Devices.common(a, b));
        if (out.numel() == 0 || a.shape[1] == 0) return out;
        kernelDtype("addmm_impl_cpu_", a.dtype(), b.dtype());
        product(out.view(1, a.shape[0], b.shape[1]), a.unsqueeze(0), b.unsqueeze(0));
        return out;
    }

    /** A matrix laid out column-major (a transposed contiguous one), PyTorch's test in mm's backward. */
    static boolean columnMajor(Tensor m) { return m.dim() == 2 && m.strides[0] == 1 && m.strides[1] == m.shape[0]; }

    /**
     * PyTorch's mm_mat1_backward, {@code grad·mat2ᵀ}: computed as {@code (mat2·gradᵀ)ᵀ} when mat1 is
     * column-major, so the gradient has mat1's layout (a Linear weight's gradient comes out contiguous).
     */
    static Tensor mat1Grad(Tensor grad, Tensor mat2, boolean mat1ColumnMajor) {
        return mat1ColumnMajor ? mat2.mm(grad.t()).t() : grad.mm(mat2.t());
    }

    /** PyTorch's mm_mat2_backward, {@code mat1ᵀ·grad}, as {@code (gradᵀ·mat1)ᵀ} when mat2 is column-major. */
    static Tensor mat2Grad(Tensor grad, Tensor mat1, boolean mat2ColumnMajor) {
        return mat2ColumnMajor ? grad.t().mm(mat1).t() : mat1.t().mm(grad);
    }

    /** As PyTorch: the result has batch2's dtype; small products name the "bmm" kernel, larger ones addmm's. */
    static Tensor bmm(Tensor a, Tensor b) {
        if (Recording.needed(a, b))
            return Recording.record("BmmBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? g.bmm(n.saved(1).transpose(1, 2)) : null, n.needs(1) ? n.saved(0).transpose(1, 2).bmm(g) : null},
                    () -> bmm(a, b), new Tensor[]{a, b}, a, b);
        if (a.dim() != 3) throw new IllegalArgumentException("batch1 must be a 3D tensor");
        if (b.dim() != 3) throw new IllegalArgumentException("batch2 must be a 3D tensor");
        long bsz = a.shape[0], m = a.shape[1], k = a.shape[2], n = b.shape[2];
        if (b.shape[0] != bsz || b.shape[1] != k)
            throw new IllegalArgumentException("Expected size for first two dimensions of batch2 tensor to be: [" + bsz + ", " + k
                    + "] but got: [" + b.shape[0] + ", " + b.shape[1] + "].");
        Tensor out = Tensor.allocate(b.dtype(), new long[]{bsz, m, n}, Devices.common(a, b));
        if (out.numel() == 0 || k == 0) return out;
        if (k * m * n < BMM_SMALL_WORK) kernelDtype("bmm", a.dtype(), b.dtype());
        else kernelDtype("addmm_impl_cpu_", b.dtype(), a.dtype());
        product(out, a, b);
        return out;
    }

    /** As PyTorch's addmv: the result has vec's dtype; an empty matrix gives zeros before the dtype checks. */
    static Tensor mv(Tensor mat, Tensor vec) {
        if (Recording.needed(mat, vec))
            return Recording.record("MvBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? g.unsqueeze(1).mul(n.saved(1)) : null, n.needs(1) ? n.saved(0).t().mv(g) : null},
                    () -> mv(mat, vec), new Tensor[]{mat, vec}, mat, vec);
        if (mat.dim() == 0) throw new IndexOutOfBoundsException("Dimension specified as 0 but tensor has no dimensions");
        if (mat.dim() != 2 || vec.dim() != 1)
            throw new IllegalArgumentException("vector + matrix @ vector expected, got 1, " + mat.dim() + ", " + vec.dim());
        long m = mat.shape[0], k = mat.shape[1];
        if (k != vec.shape[0])
            throw new IllegalArgumentException("size mismatch, got " + m + ", " + m + "x" + k + "," + vec.shape[0]);
        Tensor out = Tensor.allocate(vec.dtype(), new long[]{m}, Devices.common(mat, vec));
        if (mat.numel() == 0) return out;
        kernelDtype("addmv_impl_cpu", mat.dtype(), vec.dtype());
        product(out.view(1, m, 1), mat.unsqueeze(0), vec.unsqueeze(1).unsqueeze(0));
        return out;
    }

    static Tensor dot(Tensor a, Tensor b) {
        if (Recording.needed(a, b))
            return Recording.record("DotBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? n.saved(1).mul(g) : null, n.needs(1) ? n.saved(0).mul(g) : null}, () -> dot(a, b), new Tensor[]{a, b}, a, b);
        if (a.dim() != 1 || b.dim() != 1)
            throw new IllegalArgumentException("1D tensors expected, but got " + a.dim() + "D and " + b.dim() + "D tensors");
        if (a.dtype() != b.dtype())
            throw new IllegalArgumentException("dot : expected both vectors to have same dtype, but found "
                    + a.dtype().scalarTypeName() + " and " + b.dtype().scalarTypeName());
        if (a.shape[0] != b.shape[0])
            throw new IllegalArgumentException("inconsistent tensor size, expected tensor [" + a.shape[0] + "] and src [" + b.shape[0]
                    + "] to have the same number of elements, but got " + a.shape[0] + " and " + b.shape[0] + " elements respectively");
        kernelDtype("dot", a.dtype(), b.dtype());
        Tensor out = Tensor.allocate(a.dtype(), new long[0], Devices.common(a, b));
        product(out.view(1, 1, 1), a.unsqueeze(0).unsqueeze(0), b.unsqueeze(1).unsqueeze(0));
        return out;
    }

    static Tensor outer(Tensor a, Tensor b) {
        if (a.dim() != 1) throw new IllegalArgumentException("outer: Expected 1-D argument self, but got " + a.dim() + "-D");
        if (b.dim() != 1) throw new IllegalArgumentException("outer: Expected 1-D argument vec2, but got " + b.dim() + "-D");
        return a.reshape(a.shape[0], 1).mul(b);
    }

    /**
     * PyTorch's dispatch on {@code dispatch} (the kernel has no Bool version), then its typed data
     * access to the other operand: {@code expected scalar type Float but found Double}.
     */
    private static void kernelDtype(String kernel, DType dispatch, DType other) {
        if (dispatch == DType.BOOL) throw new IllegalArgumentException("\"" + kernel + "\" not implemented for 'Bool'");
        if (other != dispatch)
            throw new IllegalArgumentException("expected scalar type " + dispatch.scalarTypeName() + " but found "
                    + other.scalarTypeName());
    }

    /**
     * out = a·b for (B, m, k)·(B, k, n) into the fresh contiguous (B, m, n) {@code out}, all of one
     * dtype, by the backend's gemm: one call for the whole batch, the operands as they lie.
     */
    private static void product(Tensor out, Tensor a, Tensor b) {
        if (a.shape[2] == 0) return;   // zeros already
        gemmInto(out, a, b, 1, 0);
    }

    /**
     * out = beta·out + alpha·a·b for (B, m, k)·(B, k, n) into a contiguous (B, m, n) {@code out}
     * of the operands' dtype (BLAS semantics: beta == 0 overwrites, k == 0 leaves beta·out); the
     * addmm family's accumulation.
     */
    static void gemmInto(Tensor out, Tensor a, Tensor b, double alpha, double beta) {
        long bsz = out.shape[0], m = out.shape[1], n = out.shape[2], k = a.shape[2];
        if (bsz == 0 || m == 0 || n == 0) return;
        int im = Math.toIntExact(m), in = Math.toIntExact(n), ik = Math.toIntExact(k), ib = Math.toIntExact(bsz);
        out.backend().linalg().gemm(ib, im, in, ik, alpha, Layout.of(a).matrix(), Layout.of(b).matrix(), beta,
                LinalgPrimitives.Matrix.of(out.storage, out.offset, in, (long) im * in));
    }

    private static long[] concat(long[] batch, long r) {
        long[] out = java.util.Arrays.copyOf(batch, batch.length + 1);
        out[batch.length] = r;
        return out;
    }

    private static long[] concat(long[] batch, long r, long c) {
        long[] out = java.util.Arrays.copyOf(batch, batch.length + 2);
        out[batch.length] = r;
        out[batch.length + 1] = c;
        return out;
    }

    /**
     * A (B, rows, cols) operand as GEMM sees it: row-major with leading dimension {@code ld}, or
     * transposed when the columns are the strided dim. Anything else is copied contiguous once.
     */
    private record Layout(Tensor t, boolean trans, int ld, long batchStride) {
        static Layout of(Tensor x) {
            long rows = x.shape[1], cols = x.shape[2];
            long sb = x.strides[0], sr = x.strides[1], sc = x.strides[2];
            boolean batchOk = x.shape[0] <= 1 || sb >= 0;
            if (batchOk && (sc == 1 || cols <= 1) && sr >= Math.max(1, cols))
                return new Layout(x, false, (int) Math.max(sr, Math.max(1, cols)), x.shape[0] <= 1 ? 0 : sb);
            if (batchOk && (sr == 1 || rows <= 1) && sc >= Math.max(1, rows))
                return new Layout(x, true, (int) Math.max(sc, Math.max(1, rows)), x.shape[0] <= 1 ? 0 : sb);
            return of(x.contiguous() == x ? Conversions.cloneOf(x) : x.contiguous());
        }

        LinalgPrimitives.Matrix matrix() { return new LinalgPrimitives.Matrix(t.storage, t.offset, ld, trans, batchStride); }
    }
}
