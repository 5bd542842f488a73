package torch4j.backend.cpu;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Gemm#sgemm} and {@link Gemm#dgemm} against a naive triple loop, on every implementation
 * path: AUTO (OpenBLAS with the small-size Java shortcut), NATIVE (OpenBLAS for everything) and
 * JAVA (the fallback's small and blocked kernels).
 */
class GemmTest {

    @AfterEach
    void restore() {
        Gemm.impl = Gemm.Impl.AUTO;
        NativeBlas.callWork = NativeBlas.CALL_WORK;
        NativeBlas.callElems = NativeBlas.CALL_ELEMS;
    }

    private static final boolean[] BOOLS = {false, true};

    /** Shapes around the thresholds: tiny (Java shortcut), odd, and beyond the Java panel sizes. */
    private static final int[][] SHAPES = {
            {1, 1, 1}, {2, 2, 2}, {3, 3, 3}, {4, 4, 4}, {1, 7, 5}, {7, 1, 5}, {5, 6, 1},
            {7, 5, 3}, {17, 33, 9}, {64, 64, 64}, {33, 130, 300}, {130, 9, 520}, {9, 600, 20},
    };

    @ParameterizedTest
    @EnumSource(Gemm.Impl.class)
    void allTransposesShapesOffsetsAndPadding(Gemm.Impl impl) {
        Gemm.impl = impl;
        long seed = 1;
        for (int[] s : SHAPES)
            for (boolean ta : BOOLS)
                for (boolean tb : BOOLS) {
                    GemmRef.of(ta, tb, s[0], s[1], s[2], 0, 0, 1, 0).runBoth(seed++, impl + " contiguous");
                    GemmRef.of(ta, tb, s[0], s[1], s[2], 3, 5, 1, 0).runBoth(seed++, impl + " padded");
                }
    }

    @ParameterizedTest
    @EnumSource(Gemm.Impl.class)
    void alphaAndBeta(Gemm.Impl impl) {
        Gemm.impl = impl;
        double[][] ab = {{1, 1}, {2.5, 0}, {-0.5, 1}, {1, -2}, {0.75, 0.25}, {0, 0.5}, {0, 0}};
        long seed = 100;
        for (double[] x : ab)
            for (int[] s : new int[][]{{3, 3, 3}, {20, 30, 40}})
                for (boolean ta : BOOLS)
                    GemmRef.of(ta, !ta, s[0], s[1], s[2], 2, 1, x[0], x[1]).runBoth(seed++, impl + " alpha/beta");
    }

    @ParameterizedTest
    @EnumSource(Gemm.Impl.class)
    void emptyDimensions(Gemm.Impl impl) {
        Gemm.impl = impl;
        long seed = 200;
        // k = 0: C = beta * C (beta = 0 clears it, NaN included); m or n = 0: nothing to do
        for (double beta : new double[]{0, 1, -3})
            for (int[] s : new int[][]{{4, 5, 0}, {0, 5, 4}, {4, 0, 4}, {0, 0, 0}, {100, 100, 0}})
                GemmRef.of(false, true, s[0], s[1], s[2], 1, 2, 1.5, beta).runBoth(seed++, impl + " empty");
    }

    @Test
    void nativeBlockingOfLongCallsMatchesOneCall() {
        Gemm.impl = Gemm.Impl.NATIVE;
        // limits so small that m, n and k are all cut, with remainders (37 = 2·16 + 5, ...)
        for (long limit : new long[]{1, 50, 700, 5000}) {
            NativeBlas.callWork = limit;
            long seed = 300;
            for (boolean ta : BOOLS)
                for (boolean tb : BOOLS) {
                    GemmRef.of(ta, tb, 37, 29, 41, 2, 3, 1.25, 0).runBoth(seed++, "blocked " + limit);
                    GemmRef.of(ta, tb, 37, 29, 41, 0, 0, -1, 0.5).runBoth(seed++, "blocked " + limit);
                    GemmRef.of(ta, tb, 1, 200, 3, 0, 0, 1, 1).runBoth(seed++, "blocked " + limit);
                }
        }
    }

    @Test
    void javaBlockedKernelSplitsAcrossThreadsByRowsAndColumns() {
        // call the blocked kernel directly so its tiling is exercised at sizes AUTO would send to BLAS
        for (int threads : new int[]{1, 2, 3, 8})
            for (int[] s : new int[][]{{200, 70, 90}, {6, 900, 64}, {130, 130, 257}, {5, 3, 2}})
                for (boolean ta : BOOLS)
                    for (boolean tb : BOOLS) {
                        GemmRef r = GemmRef.of(ta, tb, s[0], s[1], s[2], 1, 4, 0.5, 0.25);
                        double[] a = GemmRef.random(r.aLen(), 7), b = GemmRef.random(r.bLen(), 8);
                        double[] c0 = GemmRef.random(r.cLen(), 9), c = c0.clone();
                        JavaGemm.blockedDgemm(ta, tb, r.m(), r.n(), r.k(), r.alpha(), a, r.aOff(), r.lda(),
                                b, r.bOff(), r.ldb(), r.beta(), c, r.cOff(), r.ldc(), threads);
                        r.check(a, b, c0, c, 0x1p-52, "blockedDgemm threads=" + threads + " " + r);
                        float[] af = GemmRef.toFloat(a), bf = GemmRef.toFloat(b), cf = GemmRef.toFloat(c0);
                        double[] c0f = GemmRef.toDouble(cf);
                        JavaGemm.blockedSgemm(ta, tb, r.m(), r.n(), r.k(), (float) r.alpha(), af, r.aOff(), r.lda(),
                                bf, r.bOff(), r.ldb(), (float) r.beta(), cf, r.cOff(), r.ldc(), threads);
                        r.check(GemmRef.toDouble(af), GemmRef.toDouble(bf), c0f, GemmRef.toDouble(cf), 0x1p-23,
                                "blockedSgemm threads=" + threads + " " + r);
                    }
    }

    @Test
    void tilesCoverTheMatrixExactlyOnce() {
        for (int threads : new int[]{1, 2, 3, 7})
            for (int[] s : new int[][]{{1000, 1000, 1000}, {5, 4000, 100}, {4001, 3, 100}, {9, 9, 100000}}) {
                JavaGemm.Tiles t = JavaGemm.Tiles.of(s[0], s[1], s[2], threads);
                int[][] hits = new int[s[0]][s[1]];
                for (int i = 0; i < t.count(); i++)
                    for (int r = t.rowStart(i); r < t.rowEnd(i); r++)
                        for (int c = t.colStart(i); c < t.colEnd(i); c++) hits[r][c]++;
                for (int[] row : hits) for (int h : row) assertEquals(1, h, "threads=" + threads);
                assertTrue(t.count() <= threads, "at most one tile per thread");
            }
    }

    @Test
    void singleRowOperandsIgnoreTheirLeadingDimension() {
        // a 1 x k row view may carry any stride as lda; BLAS would reject lda < k
        for (Gemm.Impl impl : Gemm.Impl.values()) {
            Gemm.impl = impl;
            float[] a = {1, 2, 3}, b = {1, 0, 0, 1, 1, 1}, c = new float[2];
            Gemm.sgemm(false, false, 1, 2, 3, 1f, a, 0, 1, b, 0, 2, 0f, c, 0, 0);
            assertArrayEquals(new float[]{4, 5}, c, impl.name());
        }
    }

    @Test
    void invalidArgumentsThrowBeforeTouchingMemory() {
        float[] a = new float[12], b = new float[12], c = new float[12];
        java.util.Arrays.fill(c, 7f);
        // C window 4 x 4 needs 16 elements
        assertThrows(IndexOutOfBoundsException.class, () -> Gemm.sgemm(false, false, 4, 4, 3, 1f, a, 0, 3, b, 0, 4, 0f, c, 0, 4));
        // A transposed is stored 3 x 4 (k x m): lda 4 with offset 1 runs past the end
        assertThrows(IndexOutOfBoundsException.class, () -> Gemm.sgemm(true, false, 4, 3, 3, 1f, a, 1, 4, b, 0, 3, 0f, c, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> Gemm.sgemm(false, false, 2, 2, 3, 1f, a, 0, 2, b, 0, 2, 0f, c, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> Gemm.sgemm(false, false, -1, 2, 2, 1f, a, 0, 2, b, 0, 2, 0f, c, 0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> Gemm.sgemm(false, false, 2, 2, 2, 1f, a, -1, 2, b, 0, 2, 0f, c, 0, 2));
        assertThrows(NullPointerException.class, () -> Gemm.dgemm(false, false, 2, 2, 2, 1, null, 0, 2, new double[4], 0, 2, 0, new double[4], 0, 2));
        for (float v : c) assertEquals(7f, v);
    }

    @Test
    void threadCountIsSettableLikeTorchSetNumThreads() {
        int before = Gemm.numThreads();
        assertTrue(before >= 1);
        try {
            Gemm.setNumThreads(1);
            assertEquals(1, Gemm.numThreads());
            GemmRef.of(false, false, 300, 300, 300, 0, 0, 1, 0).runBoth(11, "one thread");
        } finally {
            Gemm.setNumThreads(before);
        }
        assertEquals(before, Gemm.numThreads());
        assertThrows(IllegalArgumentException.class, () -> Gemm.setNumThreads(0));
    }

    @Test
    void openBlasLoadsOnThisPlatformThroughFfm() {
        // the project bundles linux-x86_64 natives; if this fails, everything silently ran in Java
        assertTrue(Gemm.isNative(), Gemm.implementation());
        assertTrue(Gemm.implementation().contains("OpenBLAS"), Gemm.implementation());
        Gemm.impl = Gemm.Impl.JAVA;
        assertTrue(Gemm.implementation().startsWith("pure Java"), Gemm.implementation());
    }
}
