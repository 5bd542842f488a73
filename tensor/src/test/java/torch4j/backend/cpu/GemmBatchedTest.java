package torch4j.backend.cpu;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link Gemm#sgemmBatched} and {@link Gemm#dgemmBatched}: each item checked against the naive
 * reference, with gaps between items, broadcast operands (stride 0), and batches large enough to
 * be grouped into several native calls or run in parallel in Java.
 */
class GemmBatchedTest {

    @AfterEach
    void restore() {
        Gemm.impl = Gemm.Impl.AUTO;
        NativeBlas.callWork = NativeBlas.CALL_WORK;
    }

    /**
     * Runs one batched problem in both dtypes: item i of each operand is {@code r}'s layout shifted
     * by i·stride (stride 0 = the same matrix for every item).
     */
    private static void check(GemmRef r, int batch, boolean broadcastA, boolean broadcastB, long seed, String what) {
        int sa = broadcastA ? 0 : r.aLen() + 2, sb = broadcastB ? 0 : r.bLen() + 1, sc = r.cLen() + 3;
        int aLen = r.aLen() + Math.max(0, batch - 1) * sa;
        int bLen = r.bLen() + Math.max(0, batch - 1) * sb;
        int cLen = r.cLen() + Math.max(0, batch - 1) * sc;
        double[] a = GemmRef.random(aLen, seed), b = GemmRef.random(bLen, seed + 1), c0 = GemmRef.random(cLen, seed + 2);
        float[] af = GemmRef.toFloat(a), bf = GemmRef.toFloat(b), cf = GemmRef.toFloat(c0);
        double[] cf0 = GemmRef.toDouble(cf), cd = c0.clone();

        Gemm.sgemmBatched(r.ta(), r.tb(), r.m(), r.n(), r.k(), (float) r.alpha(), af, r.aOff(), r.lda(), sa,
                bf, r.bOff(), r.ldb(), sb, (float) r.beta(), cf, r.cOff(), r.ldc(), sc, batch);
        Gemm.dgemmBatched(r.ta(), r.tb(), r.m(), r.n(), r.k(), r.alpha(), a, r.aOff(), r.lda(), sa,
                b, r.bOff(), r.ldb(), sb, r.beta(), cd, r.cOff(), r.ldc(), sc, batch);

        double[] afd = GemmRef.toDouble(af), bfd = GemmRef.toDouble(bf), cfd = GemmRef.toDouble(cf);
        for (int i = 0; i < batch; i++) {
            // item i's operands sit at i·stride; C is compared on its own slice, so the window
            // check ("nothing else changed") covers exactly this item's padding
            GemmRef item = new GemmRef(r.ta(), r.tb(), r.m(), r.n(), r.k(), r.aOff() + i * sa, r.lda(),
                    r.bOff() + i * sb, r.ldb(), r.cOff(), r.ldc(), r.alpha(), r.beta());
            int from = i * sc, to = from + r.cLen();
            item.check(a, b, slice(c0, from, to), slice(cd, from, to), 0x1p-52, what + " f64 item " + i);
            item.check(afd, bfd, slice(cf0, from, to), slice(cfd, from, to), 0x1p-23, what + " f32 item " + i);
            for (int g = to; g < Math.min(cLen, from + sc); g++) { // the gap before the next item
                assertEquals(c0[g], cd[g], 0.0, what + " gap");
                assertEquals(cf0[g], cfd[g], 0.0, what + " gap");
            }
        }
        if (batch == 0) {
            assertArrayEquals(c0, cd, what);
            assertArrayEquals(cf0, cfd, what);
        }
    }

    private static double[] slice(double[] x, int from, int to) {
        return java.util.Arrays.copyOfRange(x, from, to);
    }

    @ParameterizedTest
    @EnumSource(Gemm.Impl.class)
    void itemsMatchTheReference(Gemm.Impl impl) {
        Gemm.impl = impl;
        long seed = 1;
        for (boolean ta : new boolean[]{false, true})
            for (boolean tb : new boolean[]{false, true})
                for (int[] s : new int[][]{{2, 2, 2}, {3, 5, 4}, {17, 9, 33}, {70, 70, 70}}) {
                    GemmRef r = GemmRef.of(ta, tb, s[0], s[1], s[2], 1, 2, 1.5, 0);
                    check(r, 5, false, false, seed++, impl + " " + r);
                    check(r, 4, true, false, seed++, impl + " broadcast A " + r);
                    check(r, 3, false, true, seed++, impl + " broadcast B " + r);
                }
    }

    @ParameterizedTest
    @EnumSource(Gemm.Impl.class)
    void betaEmptyAndSingleItemBatches(Gemm.Impl impl) {
        Gemm.impl = impl;
        check(GemmRef.of(false, true, 6, 7, 8, 0, 0, -1, 0.5), 3, false, false, 10, impl + " beta");
        check(GemmRef.of(false, false, 6, 7, 0, 0, 0, 1, 0.5), 3, false, false, 11, impl + " k=0");
        check(GemmRef.of(true, false, 6, 7, 8, 0, 0, 0, 0), 3, false, false, 12, impl + " alpha=0");
        check(GemmRef.of(false, false, 6, 7, 8, 0, 0, 1, 0), 1, false, false, 13, impl + " one item");
        check(GemmRef.of(false, false, 6, 7, 8, 0, 0, 1, 0), 0, false, false, 14, impl + " no items");
        check(GemmRef.of(false, false, 0, 7, 8, 0, 0, 1, 0), 3, false, false, 15, impl + " m=0");
    }

    @Test
    void manySmallItemsRunInParallelInJava() {
        Gemm.impl = Gemm.Impl.JAVA;
        // 16^3 per item is below the parallel threshold; 200 items are well above it
        check(GemmRef.of(false, true, 16, 16, 16, 0, 0, 1, 0), 200, false, false, 20, "parallel items");
        check(GemmRef.of(true, false, 16, 16, 16, 0, 0, 1, 1), 200, true, false, 21, "parallel items, broadcast");
    }

    @Test
    void nativeRunsSmallItemsInParallelAndBlocksLongOnes() {
        Gemm.impl = Gemm.Impl.NATIVE;
        check(GemmRef.of(false, true, 16, 16, 16, 0, 0, 1, 0), 200, false, false, 30, "parallel items");
        check(GemmRef.of(true, false, 16, 16, 16, 0, 0, 1, 1), 200, false, true, 31, "parallel items, broadcast B");
        NativeBlas.callWork = 100; // each 9 x 10 x 11 item is cut into several calls
        check(GemmRef.of(true, false, 9, 10, 11, 1, 1, 1, 0), 13, false, false, 32, "blocked items");
    }

    @Test
    void invalidBatchesThrow() {
        float[] x = new float[64];
        // C matrices would overlap
        assertThrows(IllegalArgumentException.class, () ->
                Gemm.sgemmBatched(false, false, 2, 2, 2, 1f, x, 0, 2, 4, x, 0, 2, 4, 0f, new float[16], 0, 2, 0, 3));
        // last A item runs past the end: 20 * 3 + 4 > 62
        assertThrows(IndexOutOfBoundsException.class, () ->
                Gemm.sgemmBatched(false, false, 2, 2, 2, 1f, new float[62], 0, 2, 20, x, 0, 2, 4, 0f, new float[64], 0, 2, 4, 4));
        assertThrows(IllegalArgumentException.class, () ->
                Gemm.sgemmBatched(false, false, 2, 2, 2, 1f, x, 0, 2, -4, x, 0, 2, 4, 0f, new float[64], 0, 2, 4, 2));
        assertThrows(IllegalArgumentException.class, () ->
                Gemm.dgemmBatched(false, false, 2, 2, 2, 1, new double[8], 0, 2, 4, new double[8], 0, 2, 4, 0, new double[8], 0, 2, 4, -1));
    }
}
