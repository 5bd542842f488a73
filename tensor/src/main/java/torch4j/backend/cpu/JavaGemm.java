package torch4j.backend.cpu;

import java.util.stream.IntStream;

/**
 * Pure-Java GEMM: the fallback when OpenBLAS cannot be loaded, and the fast path for matrices so
 * small that a native call costs more than the arithmetic.
 *
 * <p>Two kernels per dtype. {@code small*} is a plain triple loop over strided indices (no
 * packing, no allocation). {@code blocked*} is a cache-blocked, parallel GEMM in the style of
 * GotoBLAS: C is cut into tiles (one per task); each task packs a {@code KC x NC} panel of
 * op(B) into row arrays and an {@code MC x KC} block of alpha·op(A), then updates four rows of
 * C at a time in accumulator rows. The inner loop indexes the accumulators and the B row with the
 * same index {@code j} on distinct arrays, which is the shape HotSpot's C2 auto-vectorises
 * (SuperWord); indexing C in place at an offset would defeat it, since C2 cannot prove the arrays
 * do not overlap at different offsets.
 *
 * <p>The float and double kernels are deliberately written twice: the JIT only vectorises
 * primitive-array loops, and gemm has only these two floating dtypes.
 *
 * <p>Semantics are BLAS's: C is scaled by beta first (beta == 0 overwrites C, so NaN or Inf in C
 * do not propagate), then alpha·op(A)·op(B) is added. Arguments are assumed validated by
 * {@link Gemm}.
 */
final class JavaGemm {
    private JavaGemm() {}

    /**
     * Panel sizes: an accumulator block (4 x NC) stays in L1, a packed B panel (KC x NC, 512 KB)
     * in L2. NC_D is NC for double: the same bytes per row (with NC = 512 doubles the 1 MB panel
     * filled this machine's L2 and f64 dropped from ~25 to ~11 GFLOP/s now and then).
     */
    static final int KC = 256, NC = 512, NC_D = 256, MC = 128;

    /** Below this many multiply-adds (m·n·k) a single thread is faster than forking. */
    static final long PARALLEL_WORK = 1L << 18;

    // ---------------------------------------------------------------------------------- float

    /** Unblocked triple loop over strided A and B; for tiny sizes. */
    static void smallSgemm(boolean ta, boolean tb, int m, int n, int k, float alpha,
                           float[] a, int ao, int lda, float[] b, int bo, int ldb,
                           float beta, float[] c, int co, int ldc) {
        int ars = ta ? 1 : lda, acs = ta ? lda : 1; // A(i,p) = a[ao + i*ars + p*acs]
        int brs = tb ? 1 : ldb, bcs = tb ? ldb : 1; // B(p,j) = b[bo + p*brs + j*bcs]
        for (int i = 0; i < m; i++) {
            int ci = co + i * ldc;
            for (int j = 0; j < n; j++) {
                float s = 0f;
                int ai = ao + i * ars, bj = bo + j * bcs;
                for (int p = 0; p < k; p++) s += a[ai + p * acs] * b[bj + p * brs];
                c[ci + j] = beta == 0f ? alpha * s : alpha * s + beta * c[ci + j];
            }
        }
    }

    /** Cache-blocked GEMM, parallel over tiles of C above {@link #PARALLEL_WORK}. */
    static void blockedSgemm(boolean ta, boolean tb, int m, int n, int k, float alpha,
                             float[] a, int ao, int lda, float[] b, int bo, int ldb,
                             float beta, float[] c, int co, int ldc, int threads) {
        if (m == 0 || n == 0) return;
        Tiles t = Tiles.of(m, n, k, threads);
        if (t.count() == 1) {
            sgemmTile(ta, tb, 0, m, 0, n, k, alpha, a, ao, lda, b, bo, ldb, beta, c, co, ldc);
        } else {
            IntStream.range(0, t.count()).parallel().forEach(i -> sgemmTile(ta, tb,
                    t.rowStart(i), t.rowEnd(i), t.colStart(i), t.colEnd(i), k,
                    alpha, a, ao, lda, b, bo, ldb, beta, c, co, ldc));
        }
    }

    private static void sgemmTile(boolean ta, boolean tb, int i0, int i1, int j0, int j1, int k,
                                  float alpha, float[] a, int ao, int lda, float[] b, int bo, int ldb,
                                  float beta, float[] c, int co, int ldc) {
        for (int i = i0; i < i1; i++) {         // C := beta*C on this tile first
            int r = co + i * ldc;
            if (beta == 0f) java.util.Arrays.fill(c, r + j0, r + j1, 0f);
            else if (beta != 1f) for (int j = j0; j < j1; j++) c[r + j] *= beta;
        }
        if (k == 0 || alpha == 0f) return;
        int ncMax = Math.min(NC, j1 - j0), kcMax = Math.min(KC, k), mcMax = Math.min(MC, i1 - i0);
        float[][] bp = new float[kcMax][ncMax];  // packed op(B) panel, one row array per p
        float[] ap = new float[mcMax * kcMax];   // packed alpha*op(A) block, row-major
        float[][] acc = new float[4][ncMax];
        for (int jc = j0; jc < j1; jc += NC) {
            int nc = Math.min(NC, j1 - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                for (int p = 0; p < kc; p++) {    // pack B(pc+p, jc..jc+nc)
                    float[] row = bp[p];
                    if (!tb) System.arraycopy(b, bo + (pc + p) * ldb + jc, row, 0, nc);
                    else for (int j = 0, s = bo + jc * ldb + pc + p; j < nc; j++, s += ldb) row[j] = b[s];
                }
                for (int ic = i0; ic < i1; ic += MC) {
                    int mc = Math.min(MC, i1 - ic);
                    for (int i = 0; i < mc; i++) { // pack alpha * A(ic+i, pc..pc+kc)
                        int d = i * kc;
                        if (!ta) for (int p = 0, s = ao + (ic + i) * lda + pc; p < kc; p++) ap[d + p] = alpha * a[s + p];
                        else for (int p = 0, s = ao + pc * lda + ic + i; p < kc; p++, s += lda) ap[d + p] = alpha * a[s];
                    }
                    sgemmKernel(mc, nc, kc, ap, bp, acc, c, co + ic * ldc + jc, ldc);
                }
            }
        }
    }

    /** C[mc x nc] += ap[mc x kc] * bp[kc x nc], four rows of C per pass over the B panel. */
    private static void sgemmKernel(int mc, int nc, int kc, float[] ap, float[][] bp, float[][] acc,
                                    float[] c, int cBase, int ldc) {
        float[] c0 = acc[0], c1 = acc[1], c2 = acc[2], c3 = acc[3];
        int i = 0;
        for (; i + 4 <= mc; i += 4) {
            int r = cBase + i * ldc;
            System.arraycopy(c, r, c0, 0, nc);
            System.arraycopy(c, r + ldc, c1, 0, nc);
            System.arraycopy(c, r + 2 * ldc, c2, 0, nc);
            System.arraycopy(c, r + 3 * ldc, c3, 0, nc);
            int a0 = i * kc, a1 = a0 + kc, a2 = a1 + kc, a3 = a2 + kc;
            for (int p = 0; p < kc; p++) {
                float x0 = ap[a0 + p], x1 = ap[a1 + p], x2 = ap[a2 + p], x3 = ap[a3 + p];
                float[] row = bp[p];
                for (int j = 0; j < nc; j++) {
                    float v = row[j];
                    c0[j] += x0 * v;
                    c1[j] += x1 * v;
                    c2[j] += x2 * v;
                    c3[j] += x3 * v;
                }
            }
            System.arraycopy(c0, 0, c, r, nc);
            System.arraycopy(c1, 0, c, r + ldc, nc);
            System.arraycopy(c2, 0, c, r + 2 * ldc, nc);
            System.arraycopy(c3, 0, c, r + 3 * ldc, nc);
        }
        for (; i < mc; i++) {                     // leftover rows, one at a time
            int r = cBase + i * ldc, ai = i * kc;
            System.arraycopy(c, r, c0, 0, nc);
            for (int p = 0; p < kc; p++) {
                float x = ap[ai + p];
                float[] row = bp[p];
                for (int j = 0; j < nc; j++) c0[j] += x * row[j];
            }
            System.arraycopy(c0, 0, c, r, nc);
        }
    }

    // --------------------------------------------------------------------------------- double

    /** Unblocked triple loop over strided A and B; for tiny sizes. */
    static void smallDgemm(boolean ta, boolean tb, int m, int n, int k, double alpha,
                           double[] a, int ao, int lda, double[] b, int bo, int ldb,
                           double beta, double[] c, int co, int ldc) {
        int ars = ta ? 1 : lda, acs = ta ? lda : 1;
        int brs = tb ? 1 : ldb, bcs = tb ? ldb : 1;
        for (int i = 0; i < m; i++) {
            int ci = co + i * ldc;
            for (int j = 0; j < n; j++) {
                double s = 0d;
                int ai = ao + i * ars, bj = bo + j * bcs;
                for (int p = 0; p < k; p++) s += a[ai + p * acs] * b[bj + p * brs];
                c[ci + j] = beta == 0d ? alpha * s : alpha * s + beta * c[ci + j];
            }
        }
    }

    /** Cache-blocked GEMM, parallel over tiles of C above {@link #PARALLEL_WORK}. */
    static void blockedDgemm(boolean ta, boolean tb, int m, int n, int k, double alpha,
                             double[] a, int ao, int lda, double[] b, int bo, int ldb,
                             double beta, double[] c, int co, int ldc, int threads) {
        if (m == 0 || n == 0) return;
        Tiles t = Tiles.of(m, n, k, threads);
        if (t.count() == 1) {
            dgemmTile(ta, tb, 0, m, 0, n, k, alpha, a, ao, lda, b, bo, ldb, beta, c, co, ldc);
        } else {
            IntStream.range(0, t.count()).parallel().forEach(i -> dgemmTile(ta, tb,
                    t.rowStart(i), t.rowEnd(i), t.colStart(i), t.colEnd(i), k,
                    alpha, a, ao, lda, b, bo, ldb, beta, c, co, ldc));
        }
    }

    private static void dgemmTile(boolean ta, boolean tb, int i0, int i1, int j0, int j1, int k,
                                  double alpha, double[] a, int ao, int lda, double[] b, int bo, int ldb,
                                  double beta, double[] c, int co, int ldc) {
        for (int i = i0; i < i1; i++) {
            int r = co + i * ldc;
            if (beta == 0d) java.util.Arrays.fill(c, r + j0, r + j1, 0d);
            else if (beta != 1d) for (int j = j0; j < j1; j++) c[r + j] *= beta;
        }
        if (k == 0 || alpha == 0d) return;
        int ncMax = Math.min(NC_D, j1 - j0), kcMax = Math.min(KC, k), mcMax = Math.min(MC, i1 - i0);
        double[][] bp = new double[kcMax][ncMax];
        double[] ap = new double[mcMax * kcMax];
        double[][] acc = new double[4][ncMax];
        for (int jc = j0; jc < j1; jc += NC_D) {
            int nc = Math.min(NC_D, j1 - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                for (int p = 0; p < kc; p++) {
                    double[] row = bp[p];
                    if (!tb) System.arraycopy(b, bo + (pc + p) * ldb + jc, row, 0, nc);
                    else for (int j = 0, s = bo + jc * ldb + pc + p; j < nc; j++, s += ldb) row[j] = b[s];
                }
                for (int ic = i0; ic < i1; ic += MC) {
                    int mc = Math.min(MC, i1 - ic);
                    for (int i = 0; i < mc; i++) {
                        int d = i * kc;
                        if (!ta) for (int p = 0, s = ao + (ic + i) * lda + pc; p < kc; p++) ap[d + p] = alpha * a[s + p];
                        else for (int p = 0, s = ao + pc * lda + ic + i; p < kc; p++, s += lda) ap[d + p] = alpha * a[s];
                    }
                    dgemmKernel(mc, nc, kc, ap, bp, acc, c, co + ic * ldc + jc, ldc);
                }
            }
        }
    }

    private static void dgemmKernel(int mc, int nc, int kc, double[] ap, double[][] bp, double[][] acc,
                                    double[] c, int cBase, int ldc) {
        double[] c0 = acc[0], c1 = acc[1], c2 = acc[2], c3 = acc[3];
        int i = 0;
        for (; i + 4 <= mc; i += 4) {
            int r = cBase + i * ldc;
            System.arraycopy(c, r, c0, 0, nc);
            System.arraycopy(c, r + ldc, c1, 0, nc);
            System.arraycopy(c, r + 2 * ldc, c2, 0, nc);
            System.arraycopy(c, r + 3 * ldc, c3, 0, nc);
            int a0 = i * kc, a1 = a0 + kc, a2 = a1 + kc, a3 = a2 + kc;
            for (int p = 0; p < kc; p++) {
                double x0 = ap[a0 + p], x1 = ap[a1 + p], x2 = ap[a2 + p], x3 = ap[a3 + p];
                double[] row = bp[p];
                for (int j = 0; j < nc; j++) {
                    double v = row[j];
                    c0[j] += x0 * v;
                    c1[j] += x1 * v;
                    c2[j] += x2 * v;
                    c3[j] += x3 * v;
                }
            }
            System.arraycopy(c0, 0, c, r, nc);
            System.arraycopy(c1, 0, c, r + ldc, nc);
            System.arraycopy(c2, 0, c, r + 2 * ldc, nc);
            System.arraycopy(c3, 0, c, r + 3 * ldc, nc);
        }
        for (; i < mc; i++) {
            int r = cBase + i * ldc, ai = i * kc;
            System.arraycopy(c, r, c0, 0, nc);
            for (int p = 0; p < kc; p++) {
                double x = ap[ai + p];
                double[] row = bp[p];
                for (int j = 0; j < nc; j++) c0[j] += x * row[j];
            }
            System.arraycopy(c0, 0, c, r, nc);
        }
    }

    // ---------------------------------------------------------------------------------- tiling

    /**
     * How C is cut into independent tiles for parallel tasks: along the longer side, into about
     * {@code threads} strips (rows rounded to the 4-row kernel), so no two tasks write the same
     * element and each task packs only the A or B data it needs.
     */
    record Tiles(int m, int n, int count, boolean byRows) {
        static Tiles of(int m, int n, int k, int threads) {
            long work = (long) m * n * k;
            if (threads <= 1 || work < PARALLEL_WORK) return new Tiles(m, n, 1, true);
            boolean byRows = m >= n || m >= 4L * threads * 4; // prefer rows: B panel is then shared
            int extent = byRows ? Math.ceilDiv(m, 4) : n;     // rows are split in groups of four
            return new Tiles(m, n, Math.max(1, Math.min(threads, extent)), byRows);
        }

        private int cut(int i, int total, int unit) {
            int groups = Math.ceilDiv(total, unit);
            return Math.min(total, (int) ((long) groups * i / count) * unit);
        }

        int rowStart(int i) { return byRows ? cut(i, m, 4) : 0; }
        int rowEnd(int i) { return byRows ? cut(i + 1, m, 4) : m; }
        int colStart(int i) { return byRows ? 0 : cut(i, n, 1); }
        int colEnd(int i) { return byRows ? n : cut(i + 1, n, 1); }
    }
}
