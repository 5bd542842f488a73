package torch4j.backend.cpu;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/** {@link Gemm#sgemv}, {@link Gemm#dgemv}, {@link Gemm#sdot}, {@link Gemm#ddot} against naive loops. */
class GemvDotTest {

    @AfterEach
    void restore() {
        Gemm.impl = Gemm.Impl.AUTO;
        NativeBlas.callElems = NativeBlas.CALL_ELEMS;
    }

    /** y = alpha·op(A)·x + beta·y for A m x n (lda = n + pad) with strided x and y, both dtypes. */
    private static void gemv(boolean t, int m, int n, int pad, int incx, int incy, double alpha, double beta, long seed) {
        int lda = n + pad, ao = 2, xo = 1, yo = 3;
        int xn = t ? m : n, yn = t ? n : m;
        double[] a = GemmRef.random(ao + Math.max(0, m - 1) * lda + n + 1, seed);
        double[] x = GemmRef.random(xo + Math.max(0, xn - 1) * incx + 2, seed + 1);
        double[] y0 = GemmRef.random(yo + Math.max(0, yn - 1) * incy + 2, seed + 2);
        if (beta == 0) for (int i = 0; i < yn; i++) y0[yo + i * incy] = Double.NaN; // must be overwritten
        float[] af = GemmRef.toFloat(a), xf = GemmRef.toFloat(x), yf = GemmRef.toFloat(y0);
        double[] yd = y0.clone(), yf0 = GemmRef.toDouble(yf);
        Gemm.dgemv(t, m, n, alpha, a, ao, lda, x, xo, incx, beta, yd, yo, incy);
        Gemm.sgemv(t, m, n, (float) alpha, af, ao, lda, xf, xo, incx, (float) beta, yf, yo, incy);
        String what = "gemv t=" + t + " " + m + "x" + n + " inc " + incx + "/" + incy + " alpha " + alpha + " beta " + beta;
        compare(t, m, n, alpha, beta, a, ao, lda, x, xo, incx, y0, yd, yo, incy, 0x1p-52, what + " f64");
        compare(t, m, n, alpha, beta, GemmRef.toDouble(af), ao, lda, GemmRef.toDouble(xf), xo, incx,
                yf0, GemmRef.toDouble(yf), yo, incy, 0x1p-23, what + " f32");
    }

    private static void compare(boolean t, int m, int n, double alpha, double beta, double[] a, int ao, int lda,
                                double[] x, int xo, int incx, double[] y0, double[] y, int yo, int incy,
                                double eps, String what) {
        int yn = t ? n : m, kn = t ? m : n;
        boolean[] touched = new boolean[y.length];
        for (int i = 0; i < yn; i++) {
            double s = 0, mag = 0;
            for (int p = 0; p < kn; p++) {
                double v = (t ? a[ao + p * lda + i] : a[ao + i * lda + p]) * x[xo + p * incx];
                s += v;
                mag += Math.abs(v);
            }
            int yi = yo + i * incy;
            touched[yi] = true;
            double cTerm = beta == 0 ? 0 : beta * y0[yi], want = alpha * s + cTerm;
            double tol = eps * (kn + 4) * (Math.abs(alpha) * mag + Math.abs(cTerm)) + 1e-300;
            if (!(Math.abs(y[yi] - want) <= tol)) fail(what + ": y[" + i + "] = " + y[yi] + ", expected " + want);
        }
        for (int i = 0; i < y.length; i++) if (!touched[i]) assertEquals(y0[i], y[i], 0.0, what + ": y changed at " + i);
    }

    @ParameterizedTest
    @EnumSource(Gemm.Impl.class)
    void gemvMatchesTheReference(Gemm.Impl impl) {
        Gemm.impl = impl;
        long seed = 1;
        for (boolean t : new boolean[]{false, true})
            for (int[] s : new int[][]{{1, 1}, {3, 3}, {8, 8}, {1, 50}, {50, 1}, {37, 129}, {300, 70}})
                for (int[] inc : new int[][]{{1, 1}, {2, 3}}) {
                    gemv(t, s[0], s[1], 0, inc[0], inc[1], 1, 0, seed++);
                    gemv(t, s[0], s[1], 3, inc[0], inc[1], -0.5, 2, seed++);
                }
        // empty: y = beta·y (beta = 0 clears), whatever the empty side
        for (int[] s : new int[][]{{0, 5}, {5, 0}, {0, 0}})
            for (boolean t : new boolean[]{false, true}) {
                gemv(t, s[0], s[1], 1, 1, 2, 1, 0, seed++);
                gemv(t, s[0], s[1], 1, 1, 2, 1, 0.5, seed++);
            }
        gemv(false, 20, 30, 0, 1, 1, 0, 3, seed); // alpha = 0
    }

    @Test
    void nativeGemvInRowBlocks() {
        Gemm.impl = Gemm.Impl.NATIVE;
        for (long limit : new long[]{1, 100, 1000}) {
            NativeBlas.callElems = limit;
            for (boolean t : new boolean[]{false, true}) {
                gemv(t, 45, 31, 2, 1, 1, 1, 0, limit);
                gemv(t, 45, 31, 0, 3, 2, 2, 0.5, limit + 1);
            }
        }
    }

    private static void dot(int n, int incx, int incy, long seed) {
        double[] x = GemmRef.random(1 + Math.max(0, n - 1) * incx + 1, seed);
        double[] y = GemmRef.random(2 + Math.max(0, n - 1) * incy + 1, seed + 1);
        float[] xf = GemmRef.toFloat(x), yf = GemmRef.toFloat(y);
        double want = 0, wantF = 0, mag = 0;
        for (int i = 0; i < n; i++) {
            want += x[1 + i * incx] * y[2 + i * incy];
            wantF += (double) xf[1 + i * incx] * yf[2 + i * incy];
            mag += Math.abs(x[1 + i * incx] * y[2 + i * incy]);
        }
        assertEquals(want, Gemm.ddot(n, x, 1, incx, y, 2, incy), 0x1p-52 * (n + 4) * mag, "ddot n=" + n);
        assertEquals(wantF, Gemm.sdot(n, xf, 1, incx, yf, 2, incy), 0x1p-23 * (n + 4) * mag + 1e-30, "sdot n=" + n);
    }

    @ParameterizedTest
    @EnumSource(Gemm.Impl.class)
    void dotMatchesTheReference(Gemm.Impl impl) {
        Gemm.impl = impl;
        long seed = 100;
        for (int n : new int[]{0, 1, 3, 4, 7, 64, 65, 1000, 100_003})
            for (int[] inc : new int[][]{{1, 1}, {1, 2}, {3, 1}}) dot(n, inc[0], inc[1], seed++);
    }

    @Test
    void nativeDotInChunks() {
        Gemm.impl = Gemm.Impl.NATIVE;
        NativeBlas.callElems = 100;
        dot(1037, 1, 1, 7);
        dot(1037, 2, 3, 8);
    }

    @Test
    void invalidVectorsThrow() {
        float[] a = new float[12], x = new float[4], y = new float[3];
        assertThrows(IndexOutOfBoundsException.class, () -> Gemm.sgemv(false, 3, 4, 1f, a, 0, 4, x, 1, 1, 0f, y, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Gemm.sgemv(false, 3, 4, 1f, a, 0, 4, x, 0, 0, 0f, y, 0, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Gemm.sgemv(true, 3, 4, 1f, a, 0, 4, x, 0, 1, 0f, y, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Gemm.sdot(2, x, 0, -1, x, 0, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Gemm.ddot(3, new double[4], 0, 2, new double[4], 0, 1));
    }
}
