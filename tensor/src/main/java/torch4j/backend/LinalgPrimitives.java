package torch4j.backend;

import torch4j.storage.Storage;

/**
 * General matrix products, single and batched, as BLAS gemm. Part of the {@link Backend}
 * primitive set; the contract of {@link Backend} applies.
 *
 * <p>Matrices are addressed BLAS-style in row-major order ({@link Matrix}): a storage, the offset
 * of item 0, a leading dimension (the distance between the starts of consecutive stored rows),
 * whether the stored matrix is the transpose of the operand, and the distance between
 * consecutive items of a batch. A transposed view of a tensor is therefore passed without a
 * copy; any other layout (a column stride other than 1) the op layer copies contiguous first.
 */
public interface LinalgPrimitives {
    /**
     * One operand of {@link #gemm}: item {@code i} of the batch starts at
     * {@code offset + i * batchStride} in {@code storage}; it is stored {@code rows × cols}
     * row-major with leading dimension {@code ld}, where the stored matrix is the operand itself,
     * or its transpose when {@code trans}. A batch stride of 0 reuses one matrix for every item
     * (a broadcast batch).
     *
     * @param storage     the elements, on the backend's device
     * @param offset      element offset of item 0
     * @param ld          leading dimension: at least the stored row length (ignored for one stored row)
     * @param trans       whether the operand is the transpose of what is stored
     * @param batchStride element distance between consecutive items; 0 to share one matrix
     */
    record Matrix(Storage storage, long offset, int ld, boolean trans, long batchStride) {
        /** An untransposed matrix with leading dimension {@code ld}. */
        public static Matrix of(Storage storage, long offset, int ld, long batchStride) {
            return new Matrix(storage, offset, ld, false, batchStride);
        }
    }

    /**
     * For each item i in [0, batch): {@code C_i = alpha·op(A_i)·op(B_i) + beta·C_i} with op(A_i)
     * m × k, op(B_i) k × n and C_i m × n (C is never transposed). All three share one dtype:
     * float32 and float64 as BLAS's sgemm/dgemm (summation order is the backend's), integer
     * dtypes in 64-bit arithmetic that wraps on overflow and again when stored into a narrower
     * dtype, as PyTorch's integer kernels do ({@code alpha} and {@code beta} are then 1 and 0 or
     * 1). BLAS semantics: beta == 0 overwrites C (NaN already in C does not propagate), and
     * k == 0 leaves beta·C. A and B may overlap each other; the C items must not overlap each
     * other or A and B.
     *
     * <p>Example (REPL), a 2 × 2 product on the CPU:
     * <pre>{@code
     * Storage a = Storage.wrap(new float[]{1, 2, 3, 4}), b = Storage.wrap(new float[]{5, 6, 7, 8});
     * Storage c = Storage.allocate(DType.FLOAT32, 4);
     * Backends.cpu().linalg().gemm(1, 2, 2, 2, 1, Matrix.of(a, 0, 2, 0), Matrix.of(b, 0, 2, 0), 0, Matrix.of(c, 0, 2, 0));
     * c.array()   // float[4] { 19.0, 22.0, 43.0, 50.0 }
     * }</pre>
     */
    void gemm(int batch, int m, int n, int k, double alpha, Matrix a, Matrix b, double beta, Matrix c);

    // ---------------------------------------------------------------- LAPACK: factorizations
    // Each takes a batch of contiguous row-major matrices in float32 or float64 (item i starts at
    // offset + i·rows·cols) that it overwrites, and reports LAPACK's info per item (0: success;
    // i > 0: the routine's own failure, e.g. a zero pivot U[i-1, i-1] or a leading minor of
    // order i that is not positive-definite). On meta nothing is computed and info stays 0.

    /**
     * LU with partial pivoting (LAPACK getrf) of m × n items: L below the diagonal (unit diagonal
     * implied), U on and above it; {@code pivots} receives min(m, n) 1-based row swaps per item.
     *
     * <p>Example (REPL): {@code Backends.cpu().linalg().luFactor(1, 2, 2, Storage.wrap(new double[]{0, 1, 2, 3}), 0, new int[2], new int[1])}
     */
    void luFactor(int batch, int m, int n, Storage a, long offset, int[] pivots, int[] info);

    /** Solves A_i·X_i = B_i (B_i n × nrhs, overwritten by X_i) from {@link #luFactor}'s n × n factors and pivots. */
    void luSolve(int batch, int n, int nrhs, Storage lu, long luOffset, int[] pivots, Storage b, long bOffset);

    /** Cholesky (potrf): the factor in the {@code upper} (UᵀU) or lower (LLᵀ) triangle; the other triangle is left unchanged. */
    void cholesky(int batch, int n, boolean upper, Storage a, long offset, int[] info);

    /**
     * QR by Householder reflections (geqrf then orgqr): an m × n item becomes R in its upper
     * triangle; {@code q} (m × qCols items, qCols = min(m, n) or m) receives Q with orthonormal columns.
     */
    void qr(int batch, int m, int n, Storage a, long offset, Storage q, long qOffset, int qCols);

    /**
     * Singular values (gesdd, divide and conquer) of m × n items: {@code s} gets min(m, n)
     * descending values per item; with {@code computeUV}, {@code u} gets U (m × m when
     * {@code full}, else m × k) and {@code vt} gets Vᵀ (n × n, else k × n). {@code a} is destroyed.
     */
    void svd(int batch, int m, int n, Storage a, long offset, boolean full, boolean computeUV, Storage s, Storage u, Storage vt, int[] info);

    /**
     * Symmetric eigendecomposition (syevd) reading the {@code upper} or lower triangle: ascending
     * eigenvalues into {@code w} (n per item); with {@code vectors}, the items become the
     * eigenvector matrices (eigenvectors in columns).
     */
    void eigh(int batch, int n, boolean upper, boolean vectors, Storage a, long offset, Storage w, int[] info);
}
