package torch4j.backend.cpu;

/**
 * Argument checks for {@link Gemm}, done before any work because OpenBLAS reads and writes the
 * Java heap directly: an extent past the end of an array would corrupt memory rather than throw.
 *
 * <p>Also normalises leading dimensions: a stored matrix with a single row never uses its leading
 * dimension, and tensor views may carry any stride there, but BLAS insists on
 * {@code ld >= max(1, cols)}; such an ld is replaced by the row length.
 */
record Shape(int lda, int ldb, int ldc) {

    /** Checks a (batched) gemm; batch = 1 with zero strides for a single product. */
    static Shape gemm(boolean ta, boolean tb, int m, int n, int k,
                      int aLen, int aOff, int lda, int bLen, int bOff, int ldb,
                      int cLen, int cOff, int ldc, int batch, int sa, int sb, int sc) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("negative size: m=" + m + ", n=" + n + ", k=" + k);
        }
        if (batch < 0) throw new IllegalArgumentException("negative batch: " + batch);
        if (sa < 0 || sb < 0 || sc < 0) {
            throw new IllegalArgumentException("negative batch stride: " + sa + ", " + sb + ", " + sc);
        }
        if (batch > 1 && sc == 0 && m > 0 && n > 0) {
            throw new IllegalArgumentException("strideC = 0: the batch's C matrices would overlap");
        }
        // stored shapes: A is m x k, or k x m when transposed; B is k x n, or n x k
        int fa = matrix("A", aLen, aOff, ta ? k : m, ta ? m : k, lda, batch, sa, m > 0 && n > 0);
        int fb = matrix("B", bLen, bOff, tb ? n : k, tb ? k : n, ldb, batch, sb, m > 0 && n > 0);
        int fc = matrix("C", cLen, cOff, m, n, ldc, batch, sc, true);
        return new Shape(fa, fb, fc);
    }

    /** Checks a gemv and returns A's leading dimension, normalised. */
    static int gemv(boolean t, int m, int n, int aLen, int aOff, int lda,
                    int xLen, int xOff, int incx, int yLen, int yOff, int incy) {
        if (m < 0 || n < 0) throw new IllegalArgumentException("negative size: m=" + m + ", n=" + n);
        int fixed = matrix("A", aLen, aOff, m, n, lda, 1, 0, true);
        vector("x", t ? m : n, xLen, xOff, incx);
        vector("y", t ? n : m, yLen, yOff, incy);
        return fixed;
    }

    /** Checks that n elements from off, every inc, lie inside an array of length len. */
    static void vector(String name, int n, int len, int off, int inc) {
        if (n < 0) throw new IllegalArgumentException("negative size: n=" + n);
        if (inc < 1) throw new IllegalArgumentException(name + ": increment must be >= 1, got " + inc);
        if (off < 0) throw new IndexOutOfBoundsException(name + ": negative offset " + off);
        if (n > 0 && off + (long) (n - 1) * inc >= len) {
            throw new IndexOutOfBoundsException(name + ": " + n + " elements every " + inc + " from offset "
                    + off + " exceed length " + len);
        }
    }

    /**
     * Checks one operand stored rows x cols with leading dimension ld, batch copies stride apart,
     * and returns ld normalised. When {@code used} is false the operand is not read (the result is
     * empty) and only its offset is checked.
     */
    private static int matrix(String name, int len, int off, int rows, int cols, int ld,
                              int batch, int stride, boolean used) {
        if (off < 0) throw new IndexOutOfBoundsException(name + ": negative offset " + off);
        if (rows <= 1 && ld < cols) ld = Math.max(1, cols);
        if (!used || rows == 0 || cols == 0 || batch == 0) return Math.max(1, ld);
        if (ld < cols) {
            throw new IllegalArgumentException(name + ": leading dimension " + ld + " < row length " + cols);
        }
        // strides are non-negative, so the first and the last matrix bound the whole extent
        long end = off + (long) (batch - 1) * stride + (long) (rows - 1) * ld + cols;
        if (end > len) {
            throw new IndexOutOfBoundsException(name + ": " + (batch > 1 ? batch + " x " : "") + rows + " x "
                    + cols + " (ld " + ld + (batch > 1 ? ", stride " + stride : "") + ") from offset "
                    + off + " needs " + end + " elements, array has " + len);
        }
        return ld;
    }
}
