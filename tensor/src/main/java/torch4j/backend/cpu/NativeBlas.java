package torch4j.backend.cpu;

import java.lang.foreign.MemorySegment;

import static torch4j.backend.cpu.OpenBlas.NO_TRANS;
import static torch4j.backend.cpu.OpenBlas.ROW_MAJOR;
import static torch4j.backend.cpu.OpenBlas.TRANS;

/**
 * Calls OpenBLAS on Java heap arrays without copying them, through critical downcalls, and bounds
 * how long any single call runs.
 *
 * <p>A critical downcall keeps its thread in the "in Java" state, so a safepoint (a GC, and every
 * other thread that then waits for it) is delayed until the native code returns. Measured (one
 * OpenBLAS thread, 2048³ products back to back, a second thread allocating 4 KB arrays for 3 s):
 * 0.28 million allocations with one call per product, 2.4 million with calls cut to 2^28
 * multiply-adds; the allocating thread spends its time waiting. Products larger than
 * {@link #CALL_WORK} multiply-adds are therefore cut into independent blocks, each its own call.
 *
 * <p>Why the limit is 2^33 (= 2048³, about 90 ms at this machine's 190 GFLOP/s, 180 ms on one
 * thread): every cut costs throughput, because OpenBLAS re-packs A and B and re-synchronises its
 * threads per call, and on a shared, busy machine each extra thread barrier is another chance to
 * wait for a preempted thread. Measured on 2048³ (best of 25): one call 191 GFLOP/s; blocks of
 * 2^31: 169; 2^30: 170; 2^29: 158. So products up to 2048³ stay one call, and larger ones pay
 * about 3% (4096³: 201 vs 195 GFLOP/s) to keep time-to-safepoint within G1's default 200 ms
 * pause goal.
 *
 * <p>Blocks halve the longest of m, n and k, so they stay near-cubic and OpenBLAS runs each at full
 * speed; blocks of C are independent and blocks further along k accumulate with beta = 1.
 *
 * <p>Arguments are assumed validated by {@link Gemm}; all dimensions are at least 1 here.
 */
final class NativeBlas {
    private NativeBlas() {}

    /** Upper bound on the multiply-adds of one critical gemm call (see the class comment). */
    static final long CALL_WORK = 1L << 33;
    /** Upper bound on the elements one critical gemv or dot call reads (memory-bound, ~10 ms). */
    static final long CALL_ELEMS = 1L << 26;

    /** The limits in force; tests lower them to exercise the blocking on small matrices. */
    static volatile long callWork = CALL_WORK, callElems = CALL_ELEMS;

    private static MemorySegment seg(float[] a, int off) {
        return MemorySegment.ofArray(a).asSlice((long) off * Float.BYTES);
    }

    private static MemorySegment seg(double[] a, int off) {
        return MemorySegment.ofArray(a).asSlice((long) off * Double.BYTES);
    }

    private static int op(boolean t) { return t ? TRANS : NO_TRANS; }

    // -------------------------------------------------------------------------------- gemm

    /** One block of C (rows i0.., cols j0..) over k range p0..p0+kb. */
    @FunctionalInterface
    private interface Block { void run(int i0, int j0, int p0, int mb, int nb, int kb, boolean firstK); }

    /**
     * Cuts m x n x k into blocks of at most {@link #callWork} multiply-adds by halving the longest
     * of the three sides (4096³ becomes 8 blocks of 2048³), and runs them in order.
     */
    private static void blocked(int m, int n, int k, Block block) {
        long limit = callWork;
        int mb = m, nb = n, kb = k;
        while ((long) mb * nb * kb > limit) {
            if (mb >= nb && mb >= kb) mb = Math.ceilDiv(mb, 2);
            else if (nb >= kb) nb = Math.ceilDiv(nb, 2);
            else kb = Math.ceilDiv(kb, 2);
        }
        for (int i0 = 0; i0 < m; i0 += mb)
            for (int j0 = 0; j0 < n; j0 += nb)
                for (int p0 = 0; p0 < k; p0 += kb)
                    block.run(i0, j0, p0, Math.min(mb, m - i0), Math.min(nb, n - j0),
                            Math.min(kb, k - p0), p0 == 0);
    }

    /** Offset of element (r, c) of op(X), X row-major with leading dimension ld. */
    private static int at(int off, boolean t, int ld, int r, int c) {
        return t ? off + c * ld + r : off + r * ld + c;
    }

    static void sgemm(OpenBlas.Handles h, boolean ta, boolean tb, int m, int n, int k, float alpha,
                      float[] a, int ao, int lda, float[] b, int bo, int ldb,
                      float beta, float[] c, int co, int ldc) {
        if ((long) m * n * k <= callWork) {
            sgemmCall(h, ta, tb, m, n, k, alpha, a, ao, lda, b, bo, ldb, beta, c, co, ldc);
            return;
        }
        blocked(m, n, k, (i0, j0, p0, mb, nb, kb, first) -> sgemmCall(h, ta, tb, mb, nb, kb, alpha,
                a, at(ao, ta, lda, i0, p0), lda, b, at(bo, tb, ldb, p0, j0), ldb,
                first ? beta : 1f, c, co + i0 * ldc + j0, ldc));
    }

    static void dgemm(OpenBlas.Handles h, boolean ta, boolean tb, int m, int n, int k, double alpha,
                      double[] a, int ao, int lda, double[] b, int bo, int ldb,
                      double beta, double[] c, int co, int ldc) {
        if ((long) m * n * k <= callWork) {
            dgemmCall(h, ta, tb, m, n, k, alpha, a, ao, lda, b, bo, ldb, beta, c, co, ldc);
            return;
        }
        blocked(m, n, k, (i0, j0, p0, mb, nb, kb, first) -> dgemmCall(h, ta, tb, mb, nb, kb, alpha,
                a, at(ao, ta, lda, i0, p0), lda, b, at(bo, tb, ldb, p0, j0), ldb,
                first ? beta : 1d, c, co + i0 * ldc + j0, ldc));
    }

    private static void sgemmCall(OpenBlas.Handles h, boolean ta, boolean tb, int m, int n, int k,
                                  float alpha, float[] a, int ao, int lda, float[] b, int bo, int ldb,
                                  float beta, float[] c, int co, int ldc) {
        try {
            h.sgemmCrit.invokeExact(ROW_MAJOR, op(ta), op(tb), m, n, k, alpha, seg(a, ao), lda,
                    seg(b, bo), ldb, beta, seg(c, co), ldc);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static void dgemmCall(OpenBlas.Handles h, boolean ta, boolean tb, int m, int n, int k,
                                  double alpha, double[] a, int ao, int lda, double[] b, int bo, int ldb,
                                  double beta, double[] c, int co, int ldc) {
        try {
            h.dgemmCrit.invokeExact(ROW_MAJOR, op(ta), op(tb), m, n, k, alpha, seg(a, ao), lda,
                    seg(b, bo), ldb, beta, seg(c, co), ldc);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    // ----------------------------------------------------------------------------- batched

    /**
     * OpenBLAS runs a product of at most this many multiply-adds on the calling thread alone
     * (interface/gemm.c: SMP_THRESHOLD_MIN · GEMM_MULTITHREAD_THRESHOLD = 65536 · 4).
     */
    static final long OPENBLAS_SINGLE_THREAD_WORK = 1L << 18;

    /**
     * Batched gemm as one call per item. Items OpenBLAS would run single-threaded are spread over
     * Java threads instead (each call then runs on its own core), larger items go one after the
     * other with OpenBLAS's own threads. OpenBLAS's {@code cblas_?gemm_batch_strided} would do
     * this in one call, but it crashes in this build (see {@link OpenBlas}).
     */
    static void sgemmBatched(OpenBlas.Handles h, boolean ta, boolean tb, int m, int n, int k, float alpha,
                             float[] a, int ao, int lda, int sa, float[] b, int bo, int ldb, int sb,
                             float beta, float[] c, int co, int ldc, int sc, int batch) {
        items(m, n, k, batch, (s, e) -> {
            for (int i = (int) s; i < e; i++) sgemm(h, ta, tb, m, n, k, alpha, a, ao + i * sa, lda, b, bo + i * sb, ldb, beta, c, co + i * sc, ldc);
        });
    }

    static void dgemmBatched(OpenBlas.Handles h, boolean ta, boolean tb, int m, int n, int k, double alpha,
                             double[] a, int ao, int lda, int sa, double[] b, int bo, int ldb, int sb,
                             double beta, double[] c, int co, int ldc, int sc, int batch) {
        items(m, n, k, batch, (s, e) -> {
            for (int i = (int) s; i < e; i++) dgemm(h, ta, tb, m, n, k, alpha, a, ao + i * sa, lda, b, bo + i * sb, ldb, beta, c, co + i * sc, ldc);
        });
    }

    /**
     * Runs the items of a batch: split over torch4j's workers when each item is small enough
     * for OpenBLAS to run it on the calling thread (a convolution's 64 small products), else one
     * after another, each threaded by OpenBLAS.
     */
    private static void items(int m, int n, int k, int batch, Parallel.RangeBody body) {
        long work = (long) m * n * k;
        boolean split = batch > 1 && work <= OPENBLAS_SINGLE_THREAD_WORK && work * batch > OPENBLAS_SINGLE_THREAD_WORK;
        if (split) Parallel.forRange(batch, 1, body);
        else body.run(0, batch);
    }

    // -------------------------------------------------------------------------- gemv, dot

    /**
     * y = alpha·op(A)·x + beta·y with A m x n row-major, in row blocks of at most
     * {@link #CALL_ELEMS} elements of A. For op = identity the blocks write disjoint parts of y;
     * for the transpose they all update y, so blocks after the first use beta = 1.
     */
    static void sgemv(OpenBlas.Handles h, boolean t, int m, int n, float alpha, float[] a, int ao, int lda,
                      float[] x, int xo, int incx, float beta, float[] y, int yo, int incy) {
        int rows = (int) Math.max(1, Math.min(m, callElems / n));
        try {
            for (int i0 = 0; i0 < m; i0 += rows) {
                int r = Math.min(rows, m - i0);
                MemorySegment xs = t ? seg(x, xo + i0 * incx) : seg(x, xo);
                MemorySegment ys = t ? seg(y, yo) : seg(y, yo + i0 * incy);
                float b = t && i0 > 0 ? 1f : beta;
                h.sgemvCrit.invokeExact(ROW_MAJOR, op(t), r, n, alpha, seg(a, ao + i0 * lda), lda,
                        xs, incx, b, ys, incy);
            }
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static void dgemv(OpenBlas.Handles h, boolean t, int m, int n, double alpha, double[] a, int ao, int lda,
                      double[] x, int xo, int incx, double beta, double[] y, int yo, int incy) {
        int rows = (int) Math.max(1, Math.min(m, callElems / n));
        try {
            for (int i0 = 0; i0 < m; i0 += rows) {
                int r = Math.min(rows, m - i0);
                MemorySegment xs = t ? seg(x, xo + i0 * incx) : seg(x, xo);
                MemorySegment ys = t ? seg(y, yo) : seg(y, yo + i0 * incy);
                double b = t && i0 > 0 ? 1d : beta;
                h.dgemvCrit.invokeExact(ROW_MAJOR, op(t), r, n, alpha, seg(a, ao + i0 * lda), lda,
                        xs, incx, b, ys, incy);
            }
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Dot product in chunks of {@link #CALL_ELEMS}; partial sums are added in float. */
    static float sdot(OpenBlas.Handles h, int n, float[] x, int xo, int incx, float[] y, int yo, int incy) {
        float s = 0f;
        try {
            int chunk = (int) Math.min(Integer.MAX_VALUE, callElems);
            for (int i0 = 0; i0 < n; i0 += chunk) {
                int len = Math.min(chunk, n - i0);
                s += (float) h.sdotCrit.invokeExact(len, seg(x, xo + i0 * incx), incx,
                        seg(y, yo + i0 * incy), incy);
            }
        } catch (Throwable e) {
            throw rethrow(e);
        }
        return s;
    }

    static double ddot(OpenBlas.Handles h, int n, double[] x, int xo, int incx, double[] y, int yo, int incy) {
        double s = 0d;
        try {
            int chunk = (int) Math.min(Integer.MAX_VALUE, callElems);
            for (int i0 = 0; i0 < n; i0 += chunk) {
                int len = Math.min(chunk, n - i0);
                s += (double) h.ddotCrit.invokeExact(len, seg(x, xo + i0 * incx), incx,
                        seg(y, yo + i0 * incy), incy);
            }
        } catch (Throwable e) {
            throw rethrow(e);
        }
        return s;
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException("OpenBLAS call failed", t);
    }
}
