package torch4j.backend.cpu;

import torch4j.backend.LinalgPrimitives;
import torch4j.storage.Storage;

/**
 * The CPU's matrix products: float32/float64 through {@link Gemm} (OpenBLAS, or the pure-Java
 * kernels under {@code -Dtorch4j.blas=java}), integers in long arithmetic row by row.
 */
final class CpuLinalg implements LinalgPrimitives {
    @Override
    public void gemm(int batch, int m, int n, int k, double alpha, Matrix a, Matrix b, double beta, Matrix c) {
        if (batch == 0 || m == 0 || n == 0) return;
        Object out = c.storage().array();
        int ao = Math.toIntExact(a.offset()), bo = Math.toIntExact(b.offset()), co = Math.toIntExact(c.offset());
        int sa = Math.toIntExact(a.batchStride()), sb = Math.toIntExact(b.batchStride()), sc = Math.toIntExact(c.batchStride());
        if (out instanceof float[] cf)
            Gemm.sgemmBatched(a.trans(), b.trans(), m, n, k, (float) alpha, (float[]) a.storage().array(), ao, a.ld(), sa,
                    (float[]) b.storage().array(), bo, b.ld(), sb, (float) beta, cf, co, c.ld(), sc, batch);
        else if (out instanceof double[] cd)
            Gemm.dgemmBatched(a.trans(), b.trans(), m, n, k, alpha, (double[]) a.storage().array(), ao, a.ld(), sa,
                    (double[]) b.storage().array(), bo, b.ld(), sb, beta, cd, co, c.ld(), sc, batch);
        else
            integerGemm(batch, m, n, k, (long) alpha, a, b, (long) beta, c);
    }

    /**
     * C_i = alpha·op(A_i)·op(B_i) + beta·C_i in long arithmetic (wrapping as PyTorch's integer
     * kernels do; a narrow dtype wraps again on the store), each matrix read row by row through
     * its strides.
     */
    private static void integerGemm(int batch, int m, int n, int k, long alpha, Matrix a, Matrix b, long beta, Matrix c) {
        long[] x = new long[m * k], y = new long[k * n], z = new long[n];
        for (int i = 0; i < batch; i++) {
            load(a, i, m, k, x);
            load(b, i, k, n, y);
            Storage cs = c.storage();
            for (int r = 0; r < m; r++) {
                int cRow = Math.toIntExact(c.offset() + i * c.batchStride() + (long) r * c.ld());
                if (beta == 0) java.util.Arrays.fill(z, 0);
                else {
                    cs.loadLong(cRow, 1, n, z);
                    for (int j = 0; j < n; j++) z[j] *= beta;
                }
                for (int p = 0; p < k; p++) {
                    long av = alpha * x[r * k + p];
                    int col = p * n;
                    for (int j = 0; j < n; j++) z[j] += av * y[col + j];
                }
                cs.storeLong(cRow, 1, n, z);
            }
        }
    }

    /** Item i of {@code t} (an op(T) of rows × cols) into {@code dst}, row-major. */
    private static void load(Matrix t, int i, int rows, int cols, long[] dst) {
        long base = t.offset() + i * t.batchStride();
        long[] row = new long[cols];
        for (int r = 0; r < rows; r++) {
            // op(T)[r, ·] is stored row r (stride 1) or, transposed, stored column r (stride ld)
            if (t.trans()) t.storage().loadLong(Math.toIntExact(base + r), t.ld(), cols, row);
            else t.storage().loadLong(Math.toIntExact(base + (long) r * t.ld()), 1, cols, row);
            System.arraycopy(row, 0, dst, r * cols, cols);
        }
    }
}
