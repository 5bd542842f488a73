package torch4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Storage offsets of the elements (or rows) an indexing op visits, built as an outer sum of
 * per-dimension contributions: a strided dimension contributes {@code i * stride}, an indexed
 * block contributes the offsets its index values pick. Offsets fit in an int because a CPU storage
 * holds at most 2^31 - 9 elements.
 */
final class Offsets {
    private Offsets() {}

    /** {@code 0, stride, 2*stride, ...} for a dimension of {@code size}. */
    static long[] strided(long size, long stride) {
        long[] c = new long[Math.toIntExact(size)];
        for (int i = 0; i < c.length; i++) c[i] = i * stride;
        return c;
    }

    /** Row-major outer sum: entry (i0, i1, ...) is {@code base + c0[i0] + c1[i1] + ...}. */
    static int[] outerSum(long base, List<long[]> contributions) {
        long total = 1;
        for (long[] c : contributions) total *= c.length;
        int[] out = new int[Math.toIntExact(total)];
        if (total == 0) return out;
        out[0] = Math.toIntExact(base);
        int filled = 1;
        for (long[] c : contributions) {
            // Expand in place from the back: entry i moves to i*len .. i*len+len-1, and entry i is
            // read for the last time when j reaches 0, which is also when it is overwritten.
            int len = c.length;
            for (int i = filled - 1; i >= 0; i--) {
                long start = out[i];
                for (int j = len - 1; j >= 0; j--) out[i * len + j] = (int) (start + c[j]);
            }
            filled *= len;
        }
        return out;
    }

    /** Offsets of every element of a strided layout, row-major. */
    static int[] ofElements(long base, long[] shape, long[] strides) {
        List<long[]> cs = new ArrayList<>(shape.length);
        for (int d = 0; d < shape.length; d++) cs.add(strided(shape[d], strides[d]));
        return outerSum(base, cs);
    }

    /**
     * Row offsets of a strided layout whose innermost dimension is moved as one run (when
     * {@code innerRun}); otherwise of every element.
     */
    static int[] ofRows(long base, long[] shape, long[] strides, boolean innerRun) {
        int n = innerRun ? shape.length - 1 : shape.length;
        List<long[]> cs = new ArrayList<>(n);
        for (int d = 0; d < n; d++) cs.add(strided(shape[d], strides[d]));
        return outerSum(base, cs);
    }
}
