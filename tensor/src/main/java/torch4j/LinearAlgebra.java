package torch4j;

import torch4j.backend.cpu.Gemm;
import torch4j.storage.Shapes;

/**
 * The matrix products — matmul with every PyTorch broadcasting case, mm, bmm, mv, dot, outer —
 * reduced to one batched GEMM on (B, m, k)·(B, k, n). Operands are passed as they lie in memory
 * when a matrix dim has unit stride (a transposed view becomes a transpose flag, not a copy).
 * float32/float64 go to {@link Gemm} (OpenBLAS, or its Java fallback); integer products run in
 * float64, exact below 2^53.
 */
final class LinearAlgebra {
    private LinearAlgebra() {}

    static Tensor matmul(Tensor a, Tensor b) {
        int da = a.dim(), db = b.dim();
        if (da == 0 || db == 0)
            throw new IllegalArgumentException("both arguments to matmul need to be at least 1D, but they are " + da + "D and " + db + "D");
        if (da == 1 && db == 1) return dot(a, b);
        if (da == 2 && db == 1) return mv(a, b);
        if (da == 1 && db == 2) return Views.squeeze(mm(a.unsqueeze(0), b), 0, "SqueezeBackward3");   // ATen squeezes with a dim list
        if (da == 2 && db == 2) return mm(a, b);
        if (da >= 3 && db <= 2) {
            // fold the batch into the rows: (..., m, k)·(k, n) is one (B·m, k)·(k, n) product
            Tensor b2 = db == 1 ? b.unsqueeze(1) : b;
            long[] outShape = a.shape.clone();
            outShape[da - 1] = b2.shape[1];
            Tensor folded = mm(a.reshape(-1, a.shape[da - 1]), b2);
            Tensor out = ViewGrad.unsafeView(folded, outShape);
            return db == 1 ? out.squeeze(-1) : out;
        }
        if (da <= 2 && db >= 3) {
            // (m, k)·(..., k, n) = ((..., k, n)^T · (m, k)^T)^T, PyTorch's transposed fold
            Tensor a2 = da == 1 ? a.unsqueeze(0) : a;
            Tensor out = matmul(b.transpose(-1, -2), a2.t()).transpose(-1, -2);
            return da == 1 ? out.squeeze(-2) : out;
        }
        return batchedMatmul(a, b);
    }

    /** Both operands at least 1-D, one at least 3-D: broadcast the batch dims, then bmm. */
    private static Tensor batchedMatmul(Tensor a, Tensor b) {
        Tensor a2 = a.dim() == 1 ? a.unsqueeze(0) : a, b2 = b.dim() == 1 ? b.unsqueeze(1) : b;
        long m = a2.shape[a2.dim() - 2], k = a2.shape[a2.dim() - 1];
        long k2 = b2.shape[b2.dim() - 2], n = b2.shape[b2.dim() - 1];
        long[] batchA = java.util.Arrays.copyOf(a2.shape, a2.dim() - 2), batchB = java.util.Arrays.copyOf(b2.shape, b2.dim() - 2);
        long[] batch = Shapes.broadcast(batchA, batchB);
        long bsz = Shapes.numel(batch);
        if (k != k2)
            throw new IllegalArgumentException("Expected size for first two dimensions of batch2 tensor to be: [" + bsz + ", " + k
                    + "] but got: [" + bsz + ", " + k2 + "].");
        Tensor a3 = a2.expand(concat(batch, m, k)).reshape(bsz, m, k);
        Tensor b3 = b2.expand(concat(batch, k, n)).reshape(bsz, k, n);
        Tensor out = bmm(a3, b3);
        long[] outShape = concat(batch, m, n);
        Tensor result = ViewGrad.unsafeView(out, outShape);
        if (a.dim() == 1) result = result.squeeze(-2);
        if (b.dim() == 1) result = result.squeeze(-1);
        return result;
    }

    static Tensor mm(Tensor a, Tensor b) {
        if (Recording.needed(a, b))
            return Recording.record("MmBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? g.mm(n.saved(1).t()) : null, n.needs(1) ? n.saved(0).t().mm(g) : null}, () -> mm(a, b), new Tensor[]{a, b}, a, b);
        if (a.dim() != 2) throw new IllegalArgumentException("self must be a matrix");
        if (b.dim() != 2) throw new IllegalArgumentException("mat2 must be a matrix");
        if (a.shape[1] != b.shape[0])
            throw new IllegalArgumentException("mat1 and mat2 shapes cannot be multiplied (" + a.shape[0] + "x" + a.shape[1] + " and "
                    + b.shape[0] + "x" + b.shape[1] + ")");
        sameType(a, b);
        return bmm(a.unsqueeze(0), b.unsqueeze(0)).squeeze(0);
    }

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
        sameType(a, b);
        DType dtype = a.dtype();
        if (!dtype.isFloatingPoint()) return bmm(a.toDouble(), b.toDouble()).to(dtype);
        Tensor out = Tensor.allocate(dtype, new long[]{bsz, m, n});
        Matrix ma = Matrix.of(a), mb = Matrix.of(b);
        int im = Math.toIntExact(m), in = Math.toIntExact(n), ik = Math.toIntExact(k), ib = Math.toIntExact(bsz);
        if (dtype == DType.FLOAT32)
            Gemm.sgemmBatched(ma.trans, mb.trans, im, in, ik, 1f, (float[]) ma.t.storage.array(), ma.offset(), ma.ld, ma.batchStride,
                    (float[]) mb.t.storage.array(), mb.offset(), mb.ld, mb.batchStride,
                    0f, (float[]) out.storage.array(), 0, in, im * in, ib);
        else
            Gemm.dgemmBatched(ma.trans, mb.trans, im, in, ik, 1d, (double[]) ma.t.storage.array(), ma.offset(), ma.ld, ma.batchStride,
                    (double[]) mb.t.storage.array(), mb.offset(), mb.ld, mb.batchStride,
                    0d, (double[]) out.storage.array(), 0, in, im * in, ib);
        return out;
    }

    static Tensor mv(Tensor mat, Tensor vec) {
        if (Recording.needed(mat, vec))
            return Recording.record("MvBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? g.unsqueeze(1).mul(n.saved(1)) : null, n.needs(1) ? n.saved(0).t().mv(g) : null},
                    () -> mv(mat, vec), new Tensor[]{mat, vec}, mat, vec);
        if (mat.dim() != 2 || vec.dim() != 1 || mat.shape[1] != vec.shape[0])
            throw new IllegalArgumentException("size mismatch, got " + mat.shape[0] + ", " + (mat.dim() == 2 ? mat.shape[0] + "x" + mat.shape[1]
                    : Shapes.str(mat.shape)) + "," + vec.shape[0]);
        sameType(mat, vec);
        return mm(mat, vec.unsqueeze(1)).squeeze(1);
    }

    static Tensor dot(Tensor a, Tensor b) {
        if (Recording.needed(a, b))
            return Recording.record("DotBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? n.saved(1).mul(g) : null, n.needs(1) ? n.saved(0).mul(g) : null}, () -> dot(a, b), new Tensor[]{a, b}, a, b);
        if (a.dim() != 1 || b.dim() != 1)
            throw new IllegalArgumentException("1D tensors expected, but got " + a.dim() + "D and " + b.dim() + "D tensors");
        if (a.dtype() != b.dtype())
            throw new IllegalArgumentException("dot : expected both vectors to have same dtype, but found "
                    + TypePromotion.scalarTypeName(a.dtype()) + " and " + TypePromotion.scalarTypeName(b.dtype()));
        if (a.shape[0] != b.shape[0])
            throw new IllegalArgumentException("inconsistent tensor size, expected tensor [" + a.shape[0] + "] and src [" + b.shape[0]
                    + "] to have the same number of elements, but got " + a.shape[0] + " and " + b.shape[0] + " elements respectively");
        return mm(a.unsqueeze(0), b.unsqueeze(1)).view();
    }

    static Tensor outer(Tensor a, Tensor b) {
        if (a.dim() != 1 || b.dim() != 1)
            throw new IllegalArgumentException("outer: expected 1D tensors, but got " + a.dim() + "D and " + b.dim() + "D tensors");
        return a.reshape(-1, 1).mul(b);
    }

    private static void sameType(Tensor a, Tensor b) {
        if (a.dtype() != b.dtype())
            throw new IllegalArgumentException("expected scalar type " + TypePromotion.scalarTypeName(a.dtype()) + " but found "
                    + TypePromotion.scalarTypeName(b.dtype()));
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
    private record Matrix(Tensor t, boolean trans, int ld, int batchStride) {
        static Matrix of(Tensor x) {
            long rows = x.shape[1], cols = x.shape[2];
            long sb = x.strides[0], sr = x.strides[1], sc = x.strides[2];
            boolean batchOk = x.shape[0] <= 1 || sb >= 0;
            if (batchOk && (sc == 1 || cols <= 1) && sr >= Math.max(1, cols))
                return new Matrix(x, false, (int) Math.max(sr, Math.max(1, cols)), (int) (x.shape[0] <= 1 ? 0 : sb));
            if (batchOk && (sr == 1 || rows <= 1) && sc >= Math.max(1, rows))
                return new Matrix(x, true, (int) Math.max(sc, Math.max(1, rows)), (int) (x.shape[0] <= 1 ? 0 : sb));
            return of(x.contiguous() == x ? Conversions.cloneOf(x) : x.contiguous());
        }

        int offset() { return (int) t.offset; }
    }
}
