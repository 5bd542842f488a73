package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties on random shapes, dims, dtypes and layouts: cat then split gives the pieces back,
 * stack then unbind too; sort's values are ordered (NaN last) and are the input permuted by its
 * indices; a stable sort keeps ties in input order; topk is sort's head; kthvalue is sort's k-th.
 */
class JoiningPropertyTest {
    private static final DType[] TYPES = {DType.FLOAT32, DType.FLOAT64, DType.INT64, DType.INT32, DType.INT16,
            DType.INT8, DType.UINT8, DType.BOOL};

    private final Random rng = new Random(20240613);

    private long[] randomShape(int maxDims, int maxSize) {
        long[] shape = new long[1 + rng.nextInt(maxDims)];
        for (int i = 0; i < shape.length; i++) shape[i] = rng.nextInt(maxSize + 1);
        return shape;
    }

    /** Random values with many ties (and NaN, infinities, signed zeros for floats) in {@code dtype}. */
    private Tensor randomTensor(long[] shape, DType dtype, boolean ties) {
        int n = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double r = rng.nextDouble();
            if (dtype.isFloatingPoint() && ties && r < 0.05) v[i] = Double.NaN;
            else if (dtype.isFloatingPoint() && ties && r < 0.08) v[i] = rng.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            else if (dtype.isFloatingPoint() && ties && r < 0.12) v[i] = -0.0;
            else if (ties) v[i] = rng.nextInt(dtype == DType.BOOL ? 2 : 5) - (dtype == DType.UINT8 || dtype == DType.BOOL ? 0 : 2);
            else v[i] = dtype.isFloatingPoint() ? rng.nextGaussian() : i * 7919L % 251 - (dtype == DType.UINT8 ? 0 : 120);
        }
        return Torch.tensor(v, DType.FLOAT64).reshape(shape).to(dtype);
    }

    /** The same values in a random non-contiguous layout half of the time. */
    private Tensor relayout(Tensor x) {
        if (x.dim() < 2 || rng.nextBoolean()) return x;
        Tensor t = x.transpose(0, x.dim() - 1).contiguous();   // stored transposed ...
        return t.transpose(0, x.dim() - 1);                    // ... and viewed back
    }

    @Test
    void catThenSplitRoundTrips() {
        for (int trial = 0; trial < 300; trial++) {
            long[] shape = randomShape(4, 4);
            int dim = rng.nextInt(shape.length);
            DType dtype = TYPES[rng.nextInt(TYPES.length)];
            int pieces = 1 + rng.nextInt(4);
            List<Tensor> parts = new ArrayList<>();
            long[] sizes = new long[pieces];
            for (int p = 0; p < pieces; p++) {
                long[] s = shape.clone();
                s[dim] = sizes[p] = rng.nextInt(4);
                parts.add(relayout(randomTensor(s, dtype, true)));
            }
            long negative = dim - shape.length;   // the same dim counted from the end
            Tensor joined = Torch.cat(parts, rng.nextBoolean() ? dim : negative);
            assertEquals(dtype, joined.dtype());
            List<Tensor> back = joined.split(sizes, dim);
            assertEquals(pieces, back.size());
            for (int p = 0; p < pieces; p++) {
                assertEquals(parts.get(p).shape(), back.get(p).shape());
                assertTrue(back.get(p).sharesStorageWith(joined));
                assertArrayEquals(parts.get(p).toDoubleArray(), back.get(p).toDoubleArray(), "trial " + trial + " piece " + p);
            }
            if (shape[dim] > 0 && sizes[0] > 0) {
                List<Tensor> even = joined.split(sizes[0], dim);
                assertEquals(Math.max(1, (joined.size(dim) + sizes[0] - 1) / sizes[0]), even.size());
                assertArrayEquals(joined.toDoubleArray(), Torch.cat(even, dim).toDoubleArray(), "split by size then cat");
            }
        }
    }

    @Test
    void stackThenUnbindRoundTrips() {
        for (int trial = 0; trial < 200; trial++) {
            long[] shape = randomShape(3, 3);
            DType dtype = TYPES[rng.nextInt(TYPES.length)];
            int count = 1 + rng.nextInt(4);
            int dim = rng.nextInt(shape.length + 1);
            List<Tensor> parts = new ArrayList<>();
            for (int p = 0; p < count; p++) parts.add(relayout(randomTensor(shape, dtype, true)));
            Tensor stacked = Torch.stack(parts, dim);
            assertEquals(shape.length + 1, stacked.dim());
            assertEquals(count, stacked.size(dim));
            List<Tensor> back = stacked.unbind(dim);
            for (int p = 0; p < count; p++) assertArrayEquals(parts.get(p).toDoubleArray(), back.get(p).toDoubleArray());
            List<Tensor> chunks = stacked.chunk(count, dim);
            assertEquals(count, chunks.size());
            for (int p = 0; p < count; p++) assertArrayEquals(parts.get(p).toDoubleArray(), chunks.get(p).squeeze(dim).toDoubleArray());
        }
    }

    /** Rows along {@code dim} as Java arrays: [row][position]. */
    private static double[][] rows(Tensor t, int dim) {
        Tensor moved = t.transpose(dim, t.dim() - 1).contiguous();
        int n = (int) t.size(dim);
        double[] flat = moved.toDoubleArray();
        double[][] out = new double[n == 0 ? 0 : flat.length / n][];
        for (int r = 0; r < out.length; r++) out[r] = Arrays.copyOfRange(flat, r * n, (r + 1) * n);
        return out;
    }

    /** PyTorch's order: NaN above everything, -0.0 equal to 0.0. */
    private static int order(double a, double b) {
        boolean na = a != a, nb = b != b;
        if (na || nb) return na == nb ? 0 : na ? 1 : -1;
        return Double.compare(a + 0.0, b + 0.0);
    }

    /** Equal under PyTorch's order (tied values such as 0.0 and -0.0 may be picked either way). */
    private static void assertSameRanks(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++)
            assertEquals(0, order(expected[i], actual[i]), what + " at " + i + ": " + expected[i] + " vs " + actual[i]);
    }

    @Test
    void sortIsAnOrderedPermutation() {
        for (int trial = 0; trial < 300; trial++) {
            long[] shape = randomShape(3, 8);
            int dim = rng.nextInt(shape.length);
            shape[dim] = rng.nextInt(trial % 10 == 0 ? 500 : 40);
            DType dtype = TYPES[rng.nextInt(TYPES.length)];
            Tensor x = relayout(randomTensor(shape, dtype, true));
            boolean descending = rng.nextBoolean(), stable = rng.nextInt(3) == 0;
            ValuesIndices s = x.sort(stable, dim - (rng.nextBoolean() ? 0 : shape.length), descending);
            assertEquals(x.shape(), s.values().shape());
            double[][] in = rows(x, dim), vals = rows(s.values(), dim), idx = rows(s.indices(), dim);
            for (int r = 0; r < in.length; r++) {
                int n = in[r].length;
                boolean[] seen = new boolean[n];
                for (int j = 0; j < n; j++) {
                    int i = (int) idx[r][j];
                    assertTrue(!seen[i], "indices are a permutation");
                    seen[i] = true;
                    assertEquals(0, Double.compare(in[r][i], vals[r][j]), "values are the input at the indices");
                    if (j > 0) {
                        int c = order(vals[r][j - 1], vals[r][j]);
                        assertTrue(descending ? c >= 0 : c <= 0, "row is ordered");
                        if (stable && c == 0) assertTrue(idx[r][j - 1] < idx[r][j], "stable keeps ties in input order");
                    }
                }
            }
            assertArrayEquals(s.indices().toLongArray(), x.argsort(stable, dim, descending).toLongArray());
        }
    }

    @Test
    void topkIsTheHeadOfSort() {
        for (int trial = 0; trial < 300; trial++) {
            long[] shape = randomShape(3, 8);
            int dim = rng.nextInt(shape.length);
            shape[dim] = trial % 10 == 0 ? 300 + rng.nextInt(300) : 1 + rng.nextInt(40);   // both topk paths
            DType dtype = TYPES[rng.nextInt(TYPES.length - 1)];   // no bool, as PyTorch
            boolean ties = rng.nextBoolean();
            Tensor x = relayout(randomTensor(shape, dtype, ties));
            long k = rng.nextInt((int) shape[dim] + 1);
            boolean largest = rng.nextBoolean();
            ValuesIndices top = x.topk(k, dim, largest, true);
            Tensor head = x.sort(dim, largest).values().narrow(dim, 0, k);
            assertSameRanks(head.toDoubleArray(), top.values().toDoubleArray(), "topk values are sort's head");
            double[][] in = rows(x, dim), idx = rows(top.indices(), dim), vals = rows(top.values(), dim);
            for (int r = 0; r < idx.length; r++)
                for (int j = 0; j < k; j++) assertEquals(0, Double.compare(in[r][(int) idx[r][j]], vals[r][j]));
            if (!ties && dtype.isFloatingPoint())   // distinct values: the indices agree too
                assertArrayEquals(x.sort(dim, largest).indices().narrow(dim, 0, k).toLongArray(), top.indices().toLongArray());
            ValuesIndices unsorted = x.topk(k, dim, largest, false);
            assertSameRanks(head.toDoubleArray(), unsorted.values().sort(dim, largest).values().toDoubleArray(),
                    "unsorted topk holds the same values");
            if (k > 0) {
                long kth = largest ? shape[dim] - k + 1 : k;   // the k-th from the chosen end
                ValuesIndices kv = x.kthvalue(kth, dim, true);
                Tensor expected = x.sort(dim, false).values().narrow(dim, kth - 1, 1);
                assertSameRanks(expected.toDoubleArray(), kv.values().toDoubleArray(), "kthvalue is sort's k-th");
            }
        }
    }

    @Test
    void largeRowsSortInParallelLikeSmallOnes() {
        // many rows: split over threads; compare with sorting each row on its own
        Tensor x = randomTensor(new long[]{300, 257}, DType.FLOAT32, true);
        ValuesIndices all = x.sort(1, true);
        for (int r = 0; r < 300; r += 37) {
            ValuesIndices one = x.select(0, r).sort(0, true);
            assertArrayEquals(one.indices().toLongArray(), all.indices().select(0, r).toLongArray());
            assertArrayEquals(one.values().toDoubleArray(), all.values().select(0, r).toDoubleArray());
        }
        // one long row, distinct values: the indices sort the values
        Tensor big = randomTensor(new long[]{200_000}, DType.FLOAT64, false);
        ValuesIndices s = big.sort();
        double[] v = s.values().toDoubleArray(), src = big.toDoubleArray();
        long[] ix = s.indices().toLongArray();
        for (int i = 0; i < v.length; i++) {
            assertEquals(src[(int) ix[i]], v[i]);
            if (i > 0) assertTrue(v[i - 1] <= v[i]);
        }
    }
}
