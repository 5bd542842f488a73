package torch4j.backend.cpu;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Test support: one gemm problem with its operands laid out in padded arrays (offsets, leading
 * dimensions larger than the rows, trailing slack), a naive triple-loop reference computed in
 * double, and checks that every element outside C's m x n window is left bit-for-bit untouched.
 */
record GemmRef(boolean ta, boolean tb, int m, int n, int k, int aOff, int lda, int bOff, int ldb,
               int cOff, int ldc, double alpha, double beta) {

    /** A problem with padded leading dimensions ({@code pad} extra per row) and offsets. */
    static GemmRef of(boolean ta, boolean tb, int m, int n, int k, int pad, int off, double alpha, double beta) {
        int aCols = ta ? m : k, bCols = tb ? k : n;
        return new GemmRef(ta, tb, m, n, k, off, aCols + pad, off + 1, bCols + pad, off + 2, n + pad, alpha, beta);
    }

    int aRows() { return ta ? k : m; }
    int aCols() { return ta ? m : k; }
    int bRows() { return tb ? n : k; }
    int bCols() { return tb ? k : n; }

    static int length(int off, int rows, int cols, int ld) {
        return off + (rows == 0 ? 0 : (rows - 1) * ld + cols) + 3; // 3 elements of slack at the end
    }

    int aLen() { return length(aOff, aRows(), aCols(), lda); }
    int bLen() { return length(bOff, bRows(), bCols(), ldb); }
    int cLen() { return length(cOff, m, n, ldc); }

    double a(double[] a, int i, int p) { return ta ? a[aOff + p * lda + i] : a[aOff + i * lda + p]; }
    double b(double[] b, int p, int j) { return tb ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j]; }

    static double[] random(int len, long seed) {
        Random r = new Random(seed);
        double[] x = new double[len];
        for (int i = 0; i < len; i++) x[i] = r.nextInt(2001) / 1000.0 - 1.0; // [-1, 1] in steps of 0.001
        return x;
    }

    static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) f[i] = (float) x[i];
        return f;
    }

    static double[] toDouble(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) d[i] = x[i];
        return d;
    }

    /** Marks C's window with NaN, which beta == 0 must overwrite, not propagate. */
    void poisonC(double[] c) {
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) c[cOff + i * ldc + j] = Double.NaN;
    }

    /**
     * Asserts that c (after the call) equals the reference computed from a, b and c0 (before),
     * within a rounding bound proportional to k and the magnitudes involved, and that nothing
     * outside the window changed.
     */
    void check(double[] a, double[] b, double[] c0, double[] c, double eps, String what) {
        boolean[] inWindow = new boolean[c.length];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int idx = cOff + i * ldc + j;
                inWindow[idx] = true;
                double s = 0, mag = 0;
                for (int p = 0; p < k; p++) {
                    double t = a(a, i, p) * b(b, p, j);
                    s += t;
                    mag += Math.abs(t);
                }
                double cTerm = beta == 0 ? 0 : beta * c0[idx];
                double want = alpha * s + cTerm;
                double tol = eps * (k + 4) * (Math.abs(alpha) * mag + Math.abs(cTerm)) + 1e-300;
                if (!(Math.abs(c[idx] - want) <= tol)) {
                    fail(what + ": C[" + i + "," + j + "] = " + c[idx] + ", expected " + want + " (tol " + tol + ")");
                }
            }
        }
        for (int idx = 0; idx < c.length; idx++) {
            if (!inWindow[idx]) assertEquals(c0[idx], c[idx], 0.0, what + ": C outside the window changed at " + idx);
        }
    }

    /** Runs the float32 path on copies of the given data and checks it. */
    void runFloat(double[] a, double[] b, double[] c0, String what) {
        float[] af = toFloat(a), bf = toFloat(b), cf = toFloat(c0);
        Gemm.sgemm(ta, tb, m, n, k, (float) alpha, af, aOff, lda, bf, bOff, ldb, (float) beta, cf, cOff, ldc);
        // the reference uses the float-rounded inputs, so only the accumulation error remains
        check(toDouble(af), toDouble(bf), toDouble(toFloat(c0)), toDouble(cf), 0x1p-23, what + " f32");
    }

    /** Runs the float64 path on copies of the given data and checks it. */
    void runDouble(double[] a, double[] b, double[] c0, String what) {
        double[] cd = c0.clone();
        Gemm.dgemm(ta, tb, m, n, k, alpha, a.clone(), aOff, lda, b.clone(), bOff, ldb, beta, cd, cOff, ldc);
        check(a, b, c0, cd, 0x1p-52, what + " f64");
    }

    /** Random operands (C poisoned when beta == 0), checked in both dtypes. */
    void runBoth(long seed, String what) {
        double[] a = random(aLen(), seed), b = random(bLen(), seed + 1), c = random(cLen(), seed + 2);
        if (beta == 0) poisonC(c);
        runFloat(a, b, c, what + " " + this);
        runDouble(a, b, c, what + " " + this);
    }
}
