package torch4j.backend.cpu;

import java.lang.System.Logger.Level;
import java.util.stream.IntStream;

/**
 * Dense matrix products on Java heap arrays: the engine behind {@code matmul}, {@code mm},
 * {@code bmm}, {@code mv}, {@code dot} and {@code addmm} on the CPU.
 *
 * <p>All matrices are row-major, addressed BLAS-style by an array, an offset and a leading
 * dimension (the distance between the starts of consecutive rows), so a slice or a transposed
 * view of a tensor is passed without copying: a transposed view is the untransposed storage with
 * {@code trans = true}.
 *
 * <pre>{@code
 * // C[m x n] = alpha * op(A)[m x k] * op(B)[k x n] + beta * C
 * // op(A) = A (stored m x k, lda >= k) or A^T (stored k x m, lda >= m); likewise B.
 * Gemm.sgemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n);
 * }</pre>
 *
 * <p>Semantics are BLAS's: C is scaled by beta first, and beta == 0 overwrites C (NaN or Inf
 * already in C do not propagate); alpha == 0 or k == 0 leaves beta·C. A leading dimension must be
 * at least the stored row length unless the stored matrix has a single row, where it is ignored.
 * Everything an operand's extent covers must lie inside its array; violations throw
 * {@link IllegalArgumentException} or {@link IndexOutOfBoundsException} before any work. The
 * output must not overlap the inputs.
 *
 * <p>Implementation. OpenBLAS (bundled by {@code org.bytedeco:openblas}) through FFM critical
 * downcalls on the heap arrays themselves, with no copies (see {@link OpenBlas},
 * {@link NativeBlas}); OpenBLAS uses all cores. Products of at most {@link #SMALL_GEMM_WORK}
 * multiply-adds (such as 3x3 by 3x3) run as a plain Java loop, which is faster than any native
 * call. If OpenBLAS cannot be loaded (one warning says why) or {@code -Dtorch4j.blas=java} is
 * set, everything runs on the pure-Java {@link JavaGemm} kernels (blocked and parallel). The JVM
 * needs {@code --enable-native-access=ALL-UNNAMED} for the native path to run without warnings.
 *
 * <p>All methods may be called from several threads at once, on non-overlapping outputs.
 */
public final class Gemm {
    private Gemm() {}

    /**
     * At most this many multiply-adds (m·n·k) per matrix: a Java loop beats a native call (a
     * critical downcall costs 60-100 ns; measured 2x2: 15 ns in Java, 61 ns native; 4x4: a tie).
     */
    static final long SMALL_GEMM_WORK = 64;
    /** OpenBLAS runs a GEMM on one thread up to m·n·k = 65536·GEMM_MULTITHREAD_THRESHOLD (4). */
    static final long OPENBLAS_THREADED_WORK = 65536L * 4;
    /** Without OpenBLAS, the unblocked loop beats the blocked kernel up to about 10x10x10. */
    static final long JAVA_SMALL_GEMM_WORK = 1000;
    /** At most this many elements of A: Java gemv beats a native call (8x8: 49 vs 64 ns). */
    static final long SMALL_GEMV_ELEMS = 64;
    /** At most this length: Java dot beats a native call (64: 25 vs 31 ns; 256: 90 vs 41 ns). */
    static final int SMALL_DOT = 64;

    /** Which kernels run; package-private so tests can exercise each path in one JVM. */
    enum Impl {
        /** OpenBLAS if it loads, with the small-size Java shortcut. */
        AUTO,
        /** Always the pure-Java kernels. */
        JAVA,
        /** Always OpenBLAS, even for tiny sizes; fails if it cannot load. */
        NATIVE
    }

    static volatile Impl impl = "java".equalsIgnoreCase(System.getProperty("torch4j.blas"))
            ? Impl.JAVA : Impl.AUTO;

    private static volatile int javaThreads = Runtime.getRuntime().availableProcessors();

    /** Loads OpenBLAS on first native use; logs once if it cannot. */
    private static final class Native {
        static final OpenBlas.Handles H;
        static final String FAILURE;

        static {
            OpenBlas.Loaded l = OpenBlas.load();
            H = l.handles();
            FAILURE = l.failure();
            if (H == null) {
                System.getLogger(Gemm.class.getName()).log(Level.WARNING,
                        "OpenBLAS unavailable, using the pure-Java gemm: " + FAILURE);
            }
        }
    }

    /** OpenBLAS for this call, or null to run it in Java. */
    private static OpenBlas.Handles handles(long size, long smallMax) {
        Impl mode = impl;
        if (mode == Impl.JAVA || (mode == Impl.AUTO && size <= smallMax)) return null;
        OpenBlas.Handles h = Native.H;
        if (h == null && mode == Impl.NATIVE) {
            throw new IllegalStateException("OpenBLAS unavailable: " + Native.FAILURE);
        }
        if (h != null && size > OPENBLAS_THREADED_WORK) Parallel.releaseCores();   // OpenBLAS's own threads take the cores
        return h;
    }

    /**
     * True when a product of {@code work} multiply-adds runs on OpenBLAS (whose kernels sum each
     * element's k products in order with fused multiply-adds), false when it runs in Java
     * ({@link JavaGemm#smallSgemm}: separate multiply and add). Kernels that must give a GEMM's
     * bits without calling it (a depthwise convolution) choose their arithmetic by this.
     */
    static boolean runsNative(long work) {
        Impl mode = impl;
        if (mode == Impl.JAVA || (mode == Impl.AUTO && work <= SMALL_GEMM_WORK)) return false;
        return Native.H != null;
    }

    /** True when products of non-trivial size run on OpenBLAS. */
    public static boolean isNative() {
        return impl != Impl.JAVA && Native.H != null;
    }

    /** What runs large products, e.g. {@code OpenBLAS 0.3.31 ... (FFM, 2 threads)}. */
    public static String implementation() {
        if (impl == Impl.JAVA) return "pure Java (" + javaThreads + " threads, -Dtorch4j.blas=java)";
        OpenBlas.Handles h = Native.H;
        if (h == null) return "pure Java (" + javaThreads + " threads; " + Native.FAILURE + ")";
        return h.config().trim() + " (FFM, " + numThreads() + " threads)";
    }

    /** Threads used by large products (OpenBLAS's pool, or the Java kernels' split). */
    public static int numThreads() {
        OpenBlas.Handles h = impl == Impl.JAVA ? null : Native.H;
        if (h == null) return javaThreads;
        try {
            return (int) h.getNumThreads.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Sets the threads used by large products, as {@code torch.set_num_threads} does. */
    public static void setNumThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        javaThreads = threads;
        OpenBlas.Handles h = impl == Impl.JAVA ? null : Native.H;
        if (h == null) return;
        try {
            h.setNumThreads.invokeExact(threads);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    // ------------------------------------------------------------------------------- gemm

    /** C = alpha·op(A)·op(B) + beta·C in float32; see the class comment for the layout. */
    public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                             float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                             float beta, float[] c, int cOffset, int ldc) {
        Shape s = Shape.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc, 1, 0, 0, 0);
        if (m == 0 || n == 0) return;
        if (k == 0 || alpha == 0f) { scale(beta, m, n, c, cOffset, s.ldc()); return; }
        long work = (long) m * n * k;
        OpenBlas.Handles h = handles(work, SMALL_GEMM_WORK);
        if (h != null) {
            NativeBlas.sgemm(h, transA, transB, m, n, k, alpha, a, aOffset, s.lda(), b, bOffset, s.ldb(),
                    beta, c, cOffset, s.ldc());
        } else if (work <= JAVA_SMALL_GEMM_WORK) {
            JavaGemm.smallSgemm(transA, transB, m, n, k, alpha, a, aOffset, s.lda(), b, bOffset, s.ldb(),
                    beta, c, cOffset, s.ldc());
        } else {
            JavaGemm.blockedSgemm(transA, transB, m, n, k, alpha, a, aOffset, s.lda(), b, bOffset, s.ldb(),
                    beta, c, cOffset, s.ldc(), javaThreads);
        }
    }

    /** C = alpha·op(A)·op(B) + beta·C in float64; see the class comment for the layout. */
    public static void dgemm(boolean transA, boolean transB, int m, int n, int k, double alpha,
                             double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb,
                             double beta, double[] c, int cOffset, int ldc) {
        Shape s = Shape.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc, 1, 0, 0, 0);
        if (m == 0 || n == 0) return;
        if (k == 0 || alpha == 0d) { scale(beta, m, n, c, cOffset, s.ldc()); return; }
        long work = (long) m * n * k;
        OpenBlas.Handles h = handles(work, SMALL_GEMM_WORK);
        if (h != null) {
            NativeBlas.dgemm(h, transA, transB, m, n, k, alpha, a, aOffset, s.lda(), b, bOffset, s.ldb(),
                    beta, c, cOffset, s.ldc());
        } else if (work <= JAVA_SMALL_GEMM_WORK) {
            JavaGemm.smallDgemm(transA, transB, m, n, k, alpha, a, aOffset, s.lda(), b, bOffset, s.ldb(),
                    beta, c, cOffset, s.ldc());
        } else {
            JavaGemm.blockedDgemm(transA, transB, m, n, k, alpha, a, aOffset, s.lda(), b, bOffset, s.ldb(),
                    beta, c, cOffset, s.ldc(), javaThreads);
        }
    }

    // ---------------------------------------------------------------------------- batched

    /**
     * For each i in [0, batch): C_i = alpha·op(A_i)·op(B_i) + beta·C_i, where matrix i of each
     * operand starts at {@code offset + i * stride}. A stride of 0 for A or B reuses one matrix
     * for every item (broadcasting); the C matrices must not overlap.
     */
    public static void sgemmBatched(boolean transA, boolean transB, int m, int n, int k, float alpha,
                                    float[] a, int aOffset, int lda, int strideA,
                                    float[] b, int bOffset, int ldb, int strideB,
                                    float beta, float[] c, int cOffset, int ldc, int strideC, int batch) {
        Shape s = Shape.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc, batch, strideA, strideB, strideC);
        if (m == 0 || n == 0 || batch == 0) return;
        long work = (long) m * n * k;
        OpenBlas.Handles h = k == 0 || alpha == 0f ? null : handles(work, SMALL_GEMM_WORK);
        if (h != null) {
            NativeBlas.sgemmBatched(h, transA, transB, m, n, k, alpha, a, aOffset, s.lda(), strideA,
                    b, bOffset, s.ldb(), strideB, beta, c, cOffset, s.ldc(), strideC, batch);
            return;
        }
        // Java: small items in parallel over the batch, large ones one by one (each in parallel)
        boolean itemsInParallel = work < JavaGemm.PARALLEL_WORK && work * batch >= JavaGemm.PARALLEL_WORK;
        int threadsPerItem = itemsInParallel ? 1 : javaThreads;
        IntStream items = IntStream.range(0, batch);
        (itemsInParallel ? items.parallel() : items).forEach(i -> {
            int ao = aOffset + i * strideA, bo = bOffset + i * strideB, co = cOffset + i * strideC;
            if (k == 0 || alpha == 0f) scale(beta, m, n, c, co, s.ldc());
            else if (work <= JAVA_SMALL_GEMM_WORK)
                JavaGemm.smallSgemm(transA, transB, m, n, k, alpha, a, ao, s.lda(), b, bo, s.ldb(), beta, c, co, s.ldc());
            else
                JavaGemm.blockedSgemm(transA, transB, m, n, k, alpha, a, ao, s.lda(), b, bo, s.ldb(), beta, c, co, s.ldc(),
                        threadsPerItem);
        });
    }

    /** The float64 twin of {@link #sgemmBatched}. */
    public static void dgemmBatched(boolean transA, boolean transB, int m, int n, int k, double alpha,
                                    double[] a, int aOffset, int lda, int strideA,
                                    double[] b, int bOffset, int ldb, int strideB,
                                    double beta, double[] c, int cOffset, int ldc, int strideC, int batch) {
        Shape s = Shape.gemm(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
                c.length, cOffset, ldc, batch, strideA, strideB, strideC);
        if (m == 0 || n == 0 || batch == 0) return;
        long work = (long) m * n * k;
        OpenBlas.Handles h = k == 0 || alpha == 0d ? null : handles(work, SMALL_GEMM_WORK);
        if (h != null) {
            NativeBlas.dgemmBatched(h, transA, transB, m, n, k, alpha, a, aOffset, s.lda(), strideA,
                    b, bOffset, s.ldb(), strideB, beta, c, cOffset, s.ldc(), strideC, batch);
            return;
        }
        boolean itemsInParallel = work < JavaGemm.PARALLEL_WORK && work * batch >= JavaGemm.PARALLEL_WORK;
        int threadsPerItem = itemsInParallel ? 1 : javaThreads;
        IntStream items = IntStream.range(0, batch);
        (itemsInParallel ? items.parallel() : items).forEach(i -> {
            int ao = aOffset + i * strideA, bo = bOffset + i * strideB, co = cOffset + i * strideC;
            if (k == 0 || alpha == 0d) scale(beta, m, n, c, co, s.ldc());
            else if (work <= JAVA_SMALL_GEMM_WORK)
                JavaGemm.smallDgemm(transA, transB, m, n, k, alpha, a, ao, s.lda(), b, bo, s.ldb(), beta, c, co, s.ldc());
            else
                JavaGemm.blockedDgemm(transA, transB, m, n, k, alpha, a, ao, s.lda(), b, bo, s.ldb(), beta, c, co, s.ldc(),
                        threadsPerItem);
        });
    }

    // -------------------------------------------------------------------------- gemv, dot

    /**
     * y = alpha·op(A)·x + beta·y with A stored m x n row-major ({@code lda >= n}); op(A) is A
     * (x has n elements, y has m) or Aᵀ (x has m, y has n). Increments must be at least 1.
     */
    public static void sgemv(boolean trans, int m, int n, float alpha, float[] a, int aOffset, int lda,
                             float[] x, int xOffset, int incx, float beta, float[] y, int yOffset, int incy) {
        int fixedLda = Shape.gemv(trans, m, n, a.length, aOffset, lda, x.length, xOffset, incx,
                y.length, yOffset, incy);
        OpenBlas.Handles h = m == 0 || n == 0 ? null : handles((long) m * n, SMALL_GEMV_ELEMS);
        if (h != null) NativeBlas.sgemv(h, trans, m, n, alpha, a, aOffset, fixedLda, x, xOffset, incx, beta, y, yOffset, incy);
        else JavaGemv.sgemv(trans, m, n, alpha, a, aOffset, fixedLda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    /** The float64 twin of {@link #sgemv}. */
    public static void dgemv(boolean trans, int m, int n, double alpha, double[] a, int aOffset, int lda,
                             double[] x, int xOffset, int incx, double beta, double[] y, int yOffset, int incy) {
        int fixedLda = Shape.gemv(trans, m, n, a.length, aOffset, lda, x.length, xOffset, incx,
                y.length, yOffset, incy);
        OpenBlas.Handles h = m == 0 || n == 0 ? null : handles((long) m * n, SMALL_GEMV_ELEMS);
        if (h != null) NativeBlas.dgemv(h, trans, m, n, alpha, a, aOffset, fixedLda, x, xOffset, incx, beta, y, yOffset, incy);
        else JavaGemv.dgemv(trans, m, n, alpha, a, aOffset, fixedLda, x, xOffset, incx, beta, y, yOffset, incy);
    }

    /** Σ x[i]·y[i] over n elements taken every incx / incy (at least 1) from the offsets. */
    public static float sdot(int n, float[] x, int xOffset, int incx, float[] y, int yOffset, int incy) {
        Shape.vector("x", n, x.length, xOffset, incx);
        Shape.vector("y", n, y.length, yOffset, incy);
        OpenBlas.Handles h = handles(n, SMALL_DOT);
        return h != null ? NativeBlas.sdot(h, n, x, xOffset, incx, y, yOffset, incy)
                : JavaGemv.sdot(n, x, xOffset, incx, y, yOffset, incy);
    }

    /** The float64 twin of {@link #sdot}. */
    public static double ddot(int n, double[] x, int xOffset, int incx, double[] y, int yOffset, int incy) {
        Shape.vector("x", n, x.length, xOffset, incx);
        Shape.vector("y", n, y.length, yOffset, incy);
        OpenBlas.Handles h = handles(n, SMALL_DOT);
        return h != null ? NativeBlas.ddot(h, n, x, xOffset, incx, y, yOffset, incy)
                : JavaGemv.ddot(n, x, xOffset, incx, y, yOffset, incy);
    }

    // ---------------------------------------------------------------------------- helpers

    /** C := beta·C over m x n (beta == 0 writes zeros), for k == 0 or alpha == 0. */
    private static void scale(float beta, int m, int n, float[] c, int co, int ldc) {
        if (beta == 1f) return;
        for (int i = 0; i < m; i++) {
            int r = co + i * ldc;
            if (beta == 0f) java.util.Arrays.fill(c, r, r + n, 0f);
            else for (int j = r; j < r + n; j++) c[j] *= beta;
        }
    }

    private static void scale(double beta, int m, int n, double[] c, int co, int ldc) {
        if (beta == 1d) return;
        for (int i = 0; i < m; i++) {
            int r = co + i * ldc;
            if (beta == 0d) java.util.Arrays.fill(c, r, r + n, 0d);
            else for (int j = r; j < r + n; j++) c[j] *= beta;
        }
    }
}
