package torch4j.backend.cpu;

/**
 * Pure-Java matrix-vector product and dot product: the fallback without OpenBLAS, and the path for
 * vectors so short that a native call costs more than the loop.
 *
 * <p>Both are memory-bound, so they are single-threaded. y = A·x is a row of dot products; the
 * dot uses four independent partial sums because C2 will not reorder a float reduction (IEEE
 * addition is not associative), and one serial sum would be bound by add latency. y = Aᵀ·x is
 * accumulated row by row as axpy updates, which C2 vectorises when y is contiguous.
 *
 * <p>BLAS semantics: beta == 0 overwrites y. Arguments are assumed validated by {@link Gemm}.
 */
final class JavaGemv {
    private JavaGemv() {}

    static void sgemv(boolean t, int m, int n, float alpha, float[] a, int ao, int lda,
                      float[] x, int xo, int incx, float beta, float[] y, int yo, int incy) {
        int ylen = t ? n : m;
        for (int i = 0, yi = yo; i < ylen; i++, yi += incy) y[yi] = beta == 0f ? 0f : beta * y[yi];
        if (alpha == 0f) return;
        if (!t) {
            for (int i = 0; i < m; i++) y[yo + i * incy] += alpha * sdot(n, a, ao + i * lda, 1, x, xo, incx);
        } else {
            for (int i = 0; i < m; i++) {
                float s = alpha * x[xo + i * incx];
                int r = ao + i * lda;
                if (incy == 1) for (int j = 0; j < n; j++) y[yo + j] += s * a[r + j];
                else for (int j = 0, yj = yo; j < n; j++, yj += incy) y[yj] += s * a[r + j];
            }
        }
    }

    static void dgemv(boolean t, int m, int n, double alpha, double[] a, int ao, int lda,
                      double[] x, int xo, int incx, double beta, double[] y, int yo, int incy) {
        int ylen = t ? n : m;
        for (int i = 0, yi = yo; i < ylen; i++, yi += incy) y[yi] = beta == 0d ? 0d : beta * y[yi];
        if (alpha == 0d) return;
        if (!t) {
            for (int i = 0; i < m; i++) y[yo + i * incy] += alpha * ddot(n, a, ao + i * lda, 1, x, xo, incx);
        } else {
            for (int i = 0; i < m; i++) {
                double s = alpha * x[xo + i * incx];
                int r = ao + i * lda;
                if (incy == 1) for (int j = 0; j < n; j++) y[yo + j] += s * a[r + j];
                else for (int j = 0, yj = yo; j < n; j++, yj += incy) y[yj] += s * a[r + j];
            }
        }
    }

    static float sdot(int n, float[] x, int xo, int incx, float[] y, int yo, int incy) {
        float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;
        int i = 0;
        if (incx == 1 && incy == 1) {
            for (; i + 4 <= n; i += 4) {
                s0 += x[xo + i] * y[yo + i];
                s1 += x[xo + i + 1] * y[yo + i + 1];
                s2 += x[xo + i + 2] * y[yo + i + 2];
                s3 += x[xo + i + 3] * y[yo + i + 3];
            }
        }
        for (; i < n; i++) s0 += x[xo + i * incx] * y[yo + i * incy];
        return (s0 + s1) + (s2 + s3);
    }

    static double ddot(int n, double[] x, int xo, int incx, double[] y, int yo, int incy) {
        double s0 = 0d, s1 = 0d, s2 = 0d, s3 = 0d;
        int i = 0;
        if (incx == 1 && incy == 1) {
            for (; i + 4 <= n; i += 4) {
                s0 += x[xo + i] * y[yo + i];
                s1 += x[xo + i + 1] * y[yo + i + 1];
                s2 += x[xo + i + 2] * y[yo + i + 2];
                s3 += x[xo + i + 3] * y[yo + i + 3];
            }
        }
        for (; i < n; i++) s0 += x[xo + i * incx] * y[yo + i * incy];
        return (s0 + s1) + (s2 + s3);
    }
}
