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

    // ---------------------------------------------------------------- LAPACK (through Lapack's LAPACKE bindings)

    @Override
    public void luFactor(int batch, int m, int n, Storage a, long offset, int[] pivots, int[] info) {
        int k = Math.min(m, n);
        for (int i = 0; i < batch; i++) info[i] = Lapack.getrf(a.array(), offset + (long) i * m * n, m, n, pivots, (long) i * k);
    }

    @Override
    public void luSolve(int batch, int n, int nrhs, Storage lu, long luOffset, int[] pivots, Storage b, long bOffset) {
        for (int i = 0; i < batch; i++)
            Lapack.getrs(lu.array(), luOffset + (long) i * n * n, n, pivots, (long) i * n, b.array(), bOffset + (long) i * n * nrhs, nrhs);
    }

    @Override
    public void cholesky(int batch, int n, boolean upper, Storage a, long offset, int[] info) {
        for (int i = 0; i < batch; i++) info[i] = Lapack.potrf(a.array(), offset + (long) i * n * n, n, upper);
    }

    @Override
    public void qr(int batch, int m, int n, Storage a, long offset, Storage q, long qOffset, int qCols) {
        int k = Math.min(m, n), copy = Math.min(n, qCols);
        Object arr = a.array(), qa = q.array(), tau = java.lang.reflect.Array.newInstance(arr.getClass().getComponentType(), Math.max(1, k));
        for (int i = 0; i < batch; i++) {
            long ao = offset + (long) i * m * n, qo = qOffset + (long) i * m * qCols;
            Lapack.geqrf(arr, ao, m, n, tau, 0);
            // the reflectors (below R's diagonal) seed Q; orgqr builds Q from them and tau
            for (int r = 0; r < m; r++) System.arraycopy(arr, Math.toIntExact(ao + (long) r * n), qa, Math.toIntExact(qo + (long) r * qCols), copy);
            Lapack.orgqr(qa, qo, m, qCols, k, tau, 0);
            for (int r = 1; r < m; r++)   // R: zeros below the diagonal
                for (int c = 0; c < Math.min(r, n); c++) zero(arr, Math.toIntExact(ao + (long) r * n + c));
        }
    }

    private static void zero(Object array, int i) {
        if (array instanceof float[] f) f[i] = 0;
        else ((double[]) array)[i] = 0;
    }

    @Override
    public void svd(int batch, int m, int n, Storage a, long offset, boolean full, boolean computeUV, Storage s, Storage u, Storage vt,
                    int[] info) {
        int k = Math.min(m, n);
        Object arr = a.array();
        Object dummy = java.lang.reflect.Array.newInstance(arr.getClass().getComponentType(), 1);
        Object ua = computeUV ? u.array() : dummy, va = computeUV ? vt.array() : dummy;
        int uCols = full ? m : k, vRows = full ? n : k;
        char jobz = !computeUV ? 'N' : full ? 'A' : 'S';
        for (int i = 0; i < batch; i++)
            info[i] = Lapack.gesdd(arr, offset + (long) i * m * n, m, n, jobz, s.array(), (long) i * k,
                    ua, computeUV ? (long) i * m * uCols : 0, uCols, va, computeUV ? (long) i * vRows * n : 0, n);
    }

    @Override
    public void eigh(int batch, int n, boolean upper, boolean vectors, Storage a, long offset, Storage w, int[] info) {
        for (int i = 0; i < batch; i++) info[i] = Lapack.syevd(a.array(), offset + (long) i * n * n, n, vectors, upper, w.array(), (long) i * n);
    }
}
