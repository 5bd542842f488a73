package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static torch4j.HugeGolden.G16;
import static torch4j.HugeGolden.G31;
import static torch4j.HugeGolden.G40;
import static torch4j.HugeGolden.col;
import static torch4j.Torch.full;
import static torch4j.Torch.getNumThreads;
import static torch4j.Torch.ones;
import static torch4j.Torch.setNumThreads;
import static torch4j.Torch.tensor;
import static torch4j.Torch.zeros;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.backend.cpu.StridedLoop;

/**
 * Issue 20, item 1: reductions, loops, printing, indexing and views of tensors with more than
 * 2^31 (and 2^32) elements. Every tensor here is an expanded view of a storage of a few elements,
 * so nothing large is allocated; an op whose <em>output</em> would be huge must fail with
 * PyTorch's allocator error instead of a wrong result or a raw JVM exception. Expected text comes
 * from PyTorch 1.13 (golden/huge/gen_huge.py).
 */
class HugeNumelTest {

    /** A (3, 2^31) view, rows 0, 5, 1 (max at flat index 2^31). */
    private static Tensor x() { return col(G31, 0., 5., 1.); }

    /** A (3, 2^31) view, rows 5, 0, 9 (max at flat index 2^32). */
    private static Tensor y() { return col(G31, 5., 0., 9.); }

    private static Tensor three() { return ones(1).expand(3, G31); }

    @TestFactory
    Stream<DynamicTest> matchesPyTorch() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        Supplier<Tensor> sq = () -> ones(1, 1).expand(G16, G16);
        c.put("sum/2^32", () -> sq.get().sum());
        c.put("mean/2^32", () -> sq.get().mean());
        c.put("sum/3x2^31", () -> three().sum());
        c.put("mean/3x2^31", () -> three().mean());
        c.put("sum1/3x2^31", () -> three().sum(1));
        c.put("mean1/3x2^31", () -> three().mean(1));
        c.put("sum0/2^31x3", () -> ones(1, 1).expand(G31, 3).sum(0));
        c.put("sum/int64", () -> full(new long[]{1}, 3L).expand(3, G31).sum());
        c.put("sum/int32", () -> full(new long[]{1}, -7L, DType.INT32).expand(G31 + 1).sum());
        c.put("sum/float64", () -> full(new long[]{1}, 0.5, DType.FLOAT64).expand(G31 + 1, 2).sum());
        c.put("prod/ones", () -> three().prod());
        c.put("prod/minus_one", () -> full(new long[]{1}, -1.0).expand(G31 + 1).prod());
        c.put("prod/int64", () -> full(new long[]{1}, -1L).expand(3, G31 + 1).prod());
        c.put("prod1/int64", () -> col(G31 + 1, 1L, -1L, 2L).prod(1));
        c.put("max1/x.values", () -> x().max(1).values());
        c.put("max1/x.indices", () -> x().max(1).indices());
        c.put("min1/y.values", () -> y().min(1).values());
        c.put("argmax1/y", () -> y().argmax(1));
        c.put("all/ones", () -> ones(1, 1).expand(G31, 3).all());
        c.put("all/x", () -> col(G31, 1., 1., 0.).all());
        c.put("any/x", () -> col(G31, 0., 0., 2.).any());
        c.put("any/zeros", () -> zeros(1).expand(G31 + 1).any());
        c.put("all1/x", () -> col(G31, 1., 1., 0.).all(1));
        c.put("any1/x", () -> col(G31, 0., 0., 2.).any(1));
        c.put("var/x", () -> col(G31, 1., 3.).var());
        c.put("std/x", () -> col(G31, 1., 3.).std());
        c.put("var1/x", () -> col(G31, 1., 3.).var(1));
        c.put("std0/x.t", () -> col(G31, 1., 3.).t().std(0));
        c.put("var/unbiased_false", () -> col(G31, 1., 3.).var(false));
        c.put("var/float64", () -> tensor(new double[]{-2, 6}, DType.FLOAT64).view(-1, 1).expand(2, G31).var());
        // outputs past the memory of this machine: PyTorch's allocator error, word for word
        Supplier<Tensor> big = () -> ones(1, 1).expand(1L << 20, 1L << 20);
        c.put("cumsum/2^40", () -> big.get().cumsum(1));
        c.put("add/2^40", () -> big.get().add(1));
        c.put("mul/2^40", () -> big.get().mul(ones(1)));
        c.put("exp/2^40", () -> big.get().exp());
        c.put("gt/2^40", () -> big.get().gt(0));
        c.put("contiguous/2^40", () -> big.get().contiguous());
        c.put("clone/2^40", () -> big.get().clone());
        c.put("double/2^40", () -> big.get().toDouble());
        c.put("add/2^62", () -> ones(1, 1).expand(G31, G31).add(1));
        c.put("contiguous/2^62", () -> ones(1, 1).expand(G31, G31).contiguous());
        c.put("reshape_copy/2^40", () -> col(G40, 0., 5., 1.).reshape(-1));
        // printing, item, indexing and views
        c.put("repr/2^62", () -> ones(1, 1).expand(G31, G31));
        c.put("repr/2^63-1", () -> ones(1).expand(Long.MAX_VALUE));
        c.put("repr/x40", () -> col(G40, 0., 5., 1.));
        c.put("repr/int64", () -> col(G40, 7L, -8L));
        c.put("item/corner", () -> col(G40, 0., 5., 1.).get(-1, -1).item());
        c.put("select/far", () -> col(G40, 0., 5., 1.).select(1, G40 - 7));
        c.put("narrow/far", () -> col(G40, 0., 5., 1.).narrow(1, G40 - 5, 3));
        c.put("slice/far", () -> col(G40, 0., 5., 1.).get(":, -2:"));
        c.put("t/x40", () -> col(G40, 0., 5., 1.).t().shape());
        c.put("t/stride", () -> col(G40, 0., 5., 1.).t().stride());
        c.put("view/flat", () -> ones(1, 1).expand(G31, G31).view(-1).shape());
        c.put("view/split", () -> col(G40, 0., 5., 1.).view(3, 1L << 20, 1L << 20).stride());
        c.put("reshape/view", () -> col(G40, 0., 5., 1.).reshape(3, 1L << 20, -1).shape());
        c.put("take/far", () -> x().take(tensor(G31 + 7, 2 * G31, 5L)));
        c.put("index/far", () -> x().index(null, tensor(0L, G31 - 5, -1L)));
        c.put("index/out_of_range", () -> x().index(null, tensor(0L, G31 + 5, -1L)));
        return HugeGolden.replay(c);
    }

    /**
     * Full max/min/argmax/argmin and a bool sum: PyTorch 1.13 copies the input (to contiguous,
     * or to int64) before reducing and runs out of memory on this machine (huge.json records
     * that), so the expected values are worked out here. torch4j reduces the view where it is.
     */
    @Test
    void fullReductionsThatPyTorchCopiesFirst() {
        assertEquals("tensor(5.)", x().max().toString());
        assertEquals("tensor(0.)", x().min().toString());
        assertEquals(G31, x().argmax().longValue());        // first element of row 1
        assertEquals(0, x().argmin().longValue());
        assertEquals(2 * G31, y().argmax().longValue());    // first element of row 2: past 2^32
        assertEquals(G31, y().argmin().longValue());
        Tensor withNan = col(G31, 1., Double.NaN, 2.);
        assertEquals("tensor(nan)", withNan.max().toString());
        assertEquals(G31, withNan.argmax().longValue());     // the first NaN wins, as in PyTorch
        Tensor ints = col(G31 + 1, 3L, -4L, 9L);
        assertEquals("tensor(9)", ints.max().toString());
        assertEquals(G31 + 1, ints.argmin().longValue());
        assertEquals("tensor(4294967302)", col(G31 + 3, true, false, true).sum().toString());
        // with a dim, PyTorch agrees (huge.json): indices along a stride-0 dim are always 0
        assertEquals("tensor([0, 0, 0])", y().argmin(1).toString());
    }

    /** An output past the Java array limit fails with the allocator's text (PyTorch allocates 16 GiB here). */
    @Test
    void outputsPastTheArrayLimitFailCleanly() {
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(8 * G31), () -> y().t().argmin(1));
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(4 * G31), () -> y().max(0));
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(4 * G31), () -> y().sum(0));
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(4 * 3 * G31), () -> y().cumsum(0));
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(4 * 3 * G31), () -> y().reshape(-1));
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(4 * 3 * G31), () -> y().toArray());
    }

    /** Ops that buffer a whole row, or make one view per index, refuse a huge dim with a clear error. */
    @Test
    void rowBufferingOpsFailCleanly() {
        // kthvalue selects in a contiguous clone of x, as ATen does (PyTorch fails here with these bytes)
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(4 * 3 * G31), () -> x().kthvalue(1, 1));
        // topk sorts a row in (value, int64 index) pairs, as ATen's topk does
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(16 * G40), () -> col(G40, 0., 5., 1.).topk(2, 1));
        HugeGolden.assertFailsWith("RuntimeError", "unbind(): 2147483648 tensors are more than a Java list holds (2147483639)",
                () -> x().unbind(1));
        HugeGolden.assertFailsWith("RuntimeError", "split(): 1099511627776 tensors are more than a Java list holds (2147483639)",
                () -> col(G40, 0., 5., 1.).split(1, 1));
        assertEquals("[tensor([[0., 0.],\n        [5., 5.],\n        [1., 1.]]), tensor([[0., 0.],\n        [5., 5.],\n        [1., 1.]])]",
                x().narrow(1, G31 - 4, 4).split(2, 1).toString());
        // an output size is a long: 2^40 + 2 columns are refused, not resized to 2 (PyTorch: the same bytes)
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(4 * (G40 + 2)),
                () -> torch4j.nn.functional.F.interpolate(ones(1, 1, 1, 1), new long[]{1, G40 + 2}, "nearest", null));
        // an input row past an array cannot be resampled here (PyTorch reads it in place): the copy's error
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(4 * G40),
                () -> torch4j.nn.functional.F.interpolate(zeros(1, 1, 1, 1).expand(1, 1, 1, G40), new long[]{1, 2}, "nearest", null));
        // pooling indexes a plane with ints: a plane past an array is refused, an output size is a long
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(4 * 2 * G31),
                () -> torch4j.nn.functional.F.maxPool2d(ones(1, 1, 1, 1).expand(1, 1, 2, G31), 2));
        HugeGolden.assertFailsWith("RuntimeError", HugeGolden.cannotAllocate(4 * ((1L << 32) + 1)),
                () -> torch4j.nn.functional.F.adaptiveAvgPool2d(ones(1, 1, 2, 2), new long[]{1, (1L << 32) + 1}));
        // a dim is a long too (PyTorch's IndexError)
        HugeGolden.assertFailsWith("IndexError", "Dimension out of range (expected to be in range of [-1, 0], but got 4294967296)",
                () -> ones(2).softmax(1L << 32));
    }

    /**
     * A run of one repeated element (a stride-0 dim) is reduced without visiting every element:
     * property-checked through the API on sizes small enough to walk. Products, max and int64
     * results are the element loop's bits; a float64 sum is count * v rounded once, which is the
     * loop's sum whenever the loop is exact. A float32 sum is PyTorch's: ATen's row sum of the
     * copies in float32 ({@link #rowSumOfCopies}, with PyTorch's one thread of this machine).
     */
    @Test
    void repeatedRunsReduceLikeTheElementLoop() {
        int threads = getNumThreads();
        setNumThreads(1);
        try {
            repeatedRuns();
        } finally {
            setNumThreads(threads);
        }
    }

    private static void repeatedRuns() {
        SplittableRandom rnd = new SplittableRandom(20);
        double[] special = {0.0, -0.0, 1.0, -1.0, 0.1, -3.0, 1e308, Double.MIN_VALUE, Float.MAX_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0000001, 0x1.fffffffffffffp-1};
        for (int trial = 0; trial < 300; trial++) {
            double v = trial < special.length ? special[trial] : switch (trial % 3) {
                case 0 -> rnd.nextDouble(-10, 10);
                case 1 -> (float) rnd.nextGaussian();
                default -> rnd.nextInt(-1000, 1000) * 0.25;
            };
            long n = 1 + rnd.nextInt(trial % 5 == 0 ? 20000 : 50);
            for (DType dtype : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
                double stored = dtype == DType.FLOAT32 ? (float) v : v;
                Tensor t = tensor(new double[]{stored}, dtype).expand(2, n);   // one stride-0 run of 2n
                double row = 0, prod = 1;
                for (long i = 0; i < n; i += StridedLoop.CHUNK)   // sum(1) folds runs of CHUNK into each output
                    row += Math.min(StridedLoop.CHUNK, n - i) * stored;
                for (long k = 0; k < 2 * n; k++) prod *= stored;
                String what = dtype + " " + v + " x " + n;
                if (dtype == DType.FLOAT32) {   // (2, n) expanded coalesces to one stride-0 run: row_sum of 2n copies, added to +0
                    assertBits(dtype, 0f + rowSumOfCopies((float) stored, 2 * n), t.sum(), "sum " + what);
                    assertBits(dtype, 0f + rowSumOfCopies((float) stored, n), t.sum(1).get(1), "sum(1) " + what);
                } else {
                    assertBits(dtype, 0.0 + 2 * n * stored, t.sum(), "sum " + what);
                    assertBits(dtype, 0.0 + row, t.sum(1).get(1), "sum(1) " + what);
                }
                assertBits(dtype, prod, t.prod(), "prod " + what);
                assertBits(dtype, stored, t.max(), "max " + what);
            }
            long iv = rnd.nextLong(-50, 50), in = 1 + rnd.nextInt(3000);
            long isum = 0, iprod = 1;
            for (long k = 0; k < in; k++) { isum += iv; iprod *= iv; }
            Tensor it = full(new long[]{1}, iv).expand(in);
            assertEquals(isum, it.sum().longValue(), "int sum " + iv + " x " + in);
            assertEquals(iprod, it.prod().longValue(), "int prod " + iv + " x " + in);   // wraps as PyTorch's int64 does
        }
        // past 2^53 copies a one-by-one double sum would stall at 2^53; the mean of 2^63 - 1 ones is 1
        assertEquals("tensor(9.2234e+18)", ones(1).expand(Long.MAX_VALUE).sum().toString());
        assertEquals("tensor(1.)", ones(1).expand(Long.MAX_VALUE).mean().toString());
        assertEquals("tensor(0.)", ones(1).expand(Long.MAX_VALUE).var().toString());
        assertEquals(3 * Long.MAX_VALUE, full(new long[]{1}, 3L).expand(Long.MAX_VALUE).sum().longValue());   // wrapped
    }

    /** ATen's {@code row_sum} of n copies of v in float32 (notes/pytorch-cpu-float-sum.md §2), written out plainly. */
    private static float rowSumOfCopies(float v, long n) {
        float[] p = new float[4];
        for (int k = 0; k < 4; k++) p[k] = cascadeOfCopies(v, n / 4);
        for (long i = 4 * (n / 4); i < n; i++) p[0] += v;
        return ((p[0] + p[1]) + p[2]) + p[3];
    }

    private static float cascadeOfCopies(float v, long m) {
        int lp = Math.max(4, (m <= 2 ? 1 : 64 - Long.numberOfLeadingZeros(m - 1)) / 4);
        long step = 1L << lp, mask = step - 1, i = 0;
        float[] acc = new float[4];
        while (i + step <= m) {
            for (long j = 0; j < step; j++, i++) acc[0] += v;
            for (int j = 1; j < 4; j++) {
                acc[j] += acc[j - 1];
                acc[j - 1] = 0;
                if ((i & (mask << (j * lp))) != 0) break;
            }
        }
        for (; i < m; i++) acc[0] += v;
        return ((acc[0] + acc[1]) + acc[2]) + acc[3];
    }

    private static void assertBits(DType dtype, double expected, Tensor actual, String what) {
        double want = dtype == DType.FLOAT32 ? (float) expected : expected;
        assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(actual.item()), what + ": " + want + " vs " + actual.item());
    }

    /** Loops over huge views keep long positions: writes through a view reach the far end of a real storage. */
    @Test
    void stridedViewsOfAHugeExpansionReadTheRightElements() {
        Tensor base = Torch.arange(12L).view(3, 4);
        Tensor v = base.view(3, 1, 4).expand(3, G31, 4);                  // 2^31 * 12 elements, storage of 12
        assertEquals("tensor([ 8,  9, 10, 11])", v.select(0, 2).select(0, G31 - 1).toString());
        assertArrayEquals(new long[]{4, 0, 1}, v.stride());
        assertEquals("tensor([ 3,  7, 11])", v.narrow(1, G31 - 1, 1).select(2, 3).select(1, 0).toString());
        assertEquals("tensor(11)", v.max().toString());
        assertEquals(2 * 4 * G31 + 3, v.argmax().longValue());
        assertEquals("tensor([[0, 0, 0, 0],\n        [0, 0, 0, 0],\n        [0, 0, 0, 0]])", v.argmax(1).toString());
    }
}
