package torch4j;

import torch4j.backend.LinalgPrimitives;

/**
 * {@code addmm}, the one GEMM behind {@code nn.Linear}: out = bias + mat1·mat2 with the bias
 * broadcast into the output first and the product accumulated onto it (beta = 1), as ATen's
 * addmm does. Its backward is PyTorch's {@code AddmmBackward0}.
 */
final class NnLinear {
    private NnLinear() {}

    static Tensor addmm(Tensor bias, Tensor mat1, Tensor mat2) {
        if (Recording.needed(bias, mat1, mat2)) {
            long[] biasShape = bias.shape.clone();
            boolean mat1ColumnMajor = LinearAlgebra.columnMajor(mat1), mat2ColumnMajor = LinearAlgebra.columnMajor(mat2);
            return Recording.record("AddmmBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(g, biasShape) : null,
                    n.needs(1) ? LinearAlgebra.mat1Grad(g, n.saved(1), mat1ColumnMajor) : null,
                    n.needs(2) ? LinearAlgebra.mat2Grad(g, n.saved(0), mat2ColumnMajor) : null},
                    () -> addmm(bias, mat1, mat2), new Tensor[]{bias, mat1, mat2}, mat1, mat2);
        }
        if (mat1.dim() != 2) throw new IllegalArgumentException("mat1 must be a matrix, got " + mat1.dim() + "-D tensor");
        if (mat2.dim() != 2) throw new IllegalArgumentException("mat2 must be a matrix, got " + mat2.dim() + "-D tensor");
        long m = mat1.shape[0], k = mat1.shape[1], n = mat2.shape[1];
        if (k != mat2.shape[0])
            throw new IllegalArgumentException("mat1 and mat2 shapes cannot be multiplied (" + m + "x" + k + " and " + mat2.shape[0] + "x" + n + ")");
        DType dtype = mat1.dtype();
        if (mat2.dtype() != dtype || bias.dtype() != dtype)
            throw new IllegalArgumentException("expected scalar type " + dtype.scalarTypeName() + " but found "
                    + (mat2.dtype() != dtype ? mat2.dtype() : bias.dtype()).scalarTypeName());
        if (!dtype.isFloatingPoint()) return bias.add(mat1.mm(mat2));
        Tensor out = Tensor.allocate(dtype, new long[]{m, n}, Devices.common(bias, mat1, mat2));
        Conversions.copyInto(out, bias);   // broadcasts (n) or (1, n) over the rows
        if (m == 0 || n == 0 || k == 0) return out;
        Operand a = Operand.of(mat1), b = Operand.of(mat2);
        out.backend().linalg().gemm(1, (int) m, (int) n, (int) k, 1, a.matrix(), b.matrix(), 1,
                LinalgPrimitives.Matrix.of(out.storage, 0, (int) n, 0));
        return out;
    }

    /** A matrix as GEMM reads it: row-major (or transposed) with a leading dimension, else a contiguous copy. */
    private record Operand(Tensor t, boolean trans, int ld) {
        static Operand of(Tensor x) {
            long rows = x.shape[0], cols = x.shape[1], sr = x.strides[0], sc = x.strides[1];
            if ((sc == 1 || cols <= 1) && sr >= Math.max(1, cols)) return new Operand(x, false, (int) Math.max(sr, Math.max(1, cols)));
            if ((sr == 1 || rows <= 1) && sc >= Math.max(1, rows)) return new Operand(x, true, (int) Math.max(sc, Math.max(1, rows)));
            return new Operand(Conversions.cloneOf(x), false, (int) Math.max(1, cols));
        }

        LinalgPrimitives.Matrix matrix() { return new LinalgPrimitives.Matrix(t.storage, t.offset, ld, trans, 0); }
    }
}
