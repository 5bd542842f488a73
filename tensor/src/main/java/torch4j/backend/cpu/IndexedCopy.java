package torch4j.backend.cpu;

import torch4j.storage.Storage;

/**
 * Copies between storages at computed element offsets: the loop under gather, scatter, advanced
 * indexing and index_put_. The caller describes each side as rows: row {@code r} is a run of
 * {@code runLength} elements starting at {@code rows[r]} and advancing by a fixed stride. Runs of
 * one element (the indexed dimension is innermost) read and write single elements; longer runs
 * move through the chunk buffers like {@link Elementwise}.
 *
 * <p>The compute domain is double when either side is floating, else long, so int64 values stay
 * exact and float32 sums round once (a double holds the exact float sum's correctly rounded value).
 * Rows run in order on the calling thread, so with repeated destinations the last write wins and
 * accumulation sees every earlier one.
 */
public final class IndexedCopy {
    private IndexedCopy() {}

    /** Reads rows of {@code src} into consecutive rows of {@code dst} starting at {@code dstBase}. */
    public static void gather(Storage src, int[] srcRows, int srcStride, int runLength, Storage dst, int dstBase) {
        boolean dbl = src.dtype().isFloatingPoint() || dst.dtype().isFloatingPoint();
        Kernels.Buffers buf = Kernels.buffers();
        int rows = srcRows.length;
        if (runLength == 1) {
            for (int start = 0; start < rows; start += StridedLoop.CHUNK) {
                int n = Math.min(StridedLoop.CHUNK, rows - start);
                if (dbl) {
                    double[] d = buf.d[0];
                    for (int i = 0; i < n; i++) d[i] = src.getDouble(srcRows[start + i]);
                    dst.storeDouble(dstBase + start, 1, n, d);
                } else {
                    long[] l = buf.l[0];
                    for (int i = 0; i < n; i++) l[i] = src.getLong(srcRows[start + i]);
                    dst.storeLong(dstBase + start, 1, n, l);
                }
            }
            return;
        }
        if (srcStride == 1 && src.dtype() == dst.dtype()) {
            // contiguous rows of the same dtype (index_select of rows, a DataLoader batch): plain copies
            Object from = src.array(), to = dst.array();
            for (int r = 0; r < rows; r++) System.arraycopy(from, srcRows[r], to, dstBase + r * runLength, runLength);
            return;
        }
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < runLength; k += StridedLoop.CHUNK) {
                int n = Math.min(StridedLoop.CHUNK, runLength - k);
                int from = srcRows[r] + k * srcStride, to = dstBase + r * runLength + k;
                if (dbl) {
                    src.loadDouble(from, srcStride, n, buf.d[0]);
                    dst.storeDouble(to, 1, n, buf.d[0]);
                } else {
                    src.loadLong(from, srcStride, n, buf.l[0]);
                    dst.storeLong(to, 1, n, buf.l[0]);
                }
            }
        }
    }

    /** Largest result {@link #gatherNew} assembles in a per-thread staging array (elements; 4 MB of floats). */
    private static final int STAGED_LIMIT = 1 << 20;
    private static final ThreadLocal<Object[]> STAGING = ThreadLocal.withInitial(() -> new Object[1]);

    /**
     * Rows of {@code src} (unit stride, {@code runLength} elements each) in a new array of its
     * element type, or null where this path does not apply (other element types, larger results).
     * The rows are gathered into a per-thread staging array and copied out with
     * {@code Arrays.copyOf}, whose new array the JIT does not zero first: an index_select of 64
     * rows of 784 floats (a DataLoader batch) then writes 200 KB once instead of twice (the two
     * copy patterns alone, best of single calls: 22 us against 37 us for a zeroed array and
     * copies into it). Rows that follow each other in memory (an in-order DataLoader batch, a
     * range of indices) are one {@code Arrays.copyOfRange}, at any size: no staging pass.
     */
    public static Object gatherNew(Storage src, int[] srcRows, int runLength) {
        long total = (long) srcRows.length * runLength;
        Object from = src.array();
        if (!(from instanceof float[] || from instanceof double[] || from instanceof long[] || from instanceof int[])) return null;
        if (total <= Integer.MAX_VALUE && consecutive(srcRows, runLength)) return copyOfRange(from, srcRows[0], (int) total);
        if (total > STAGED_LIMIT) return null;
        int n = (int) total;
        Object[] slot = STAGING.get();
        Object staging = slot[0];
        if (staging == null || staging.getClass() != from.getClass() || java.lang.reflect.Array.getLength(staging) < n) {
            staging = java.lang.reflect.Array.newInstance(from.getClass().getComponentType(), Math.max(n, 1024));
            slot[0] = staging;
        }
        Object into = staging;
        // split over the cores as ATen's index_select is: the rows' reads are what takes the time
        Parallel.forRange(srcRows.length, Math.max(1, Parallel.GRAIN / runLength), (lo, hi) -> {
            for (int r = (int) lo; r < hi; r++) System.arraycopy(from, srcRows[r], into, r * runLength, runLength);
        });
        return switch (staging) {
            case float[] f -> java.util.Arrays.copyOf(f, n);
            case double[] d -> java.util.Arrays.copyOf(d, n);
            case long[] l -> java.util.Arrays.copyOf(l, n);
            case int[] i -> java.util.Arrays.copyOf(i, n);
            default -> throw new IllegalStateException(staging.getClass().toString());
        };
    }

    /** Whether row r starts where row r-1 ends, for every r (so the rows are one run). */
    private static boolean consecutive(int[] srcRows, int runLength) {
        for (int r = 1; r < srcRows.length; r++) if (srcRows[r] != srcRows[r - 1] + runLength) return false;
        return srcRows.length > 0;
    }

    /** {@code n} elements from {@code start} in a new array, which the JIT does not zero first. */
    private static Object copyOfRange(Object from, int start, int n) {
        return switch (from) {
            case float[] f -> java.util.Arrays.copyOfRange(f, start, start + n);
            case double[] d -> java.util.Arrays.copyOfRange(d, start, start + n);
            case long[] l -> java.util.Arrays.copyOfRange(l, start, start + n);
            case int[] i -> java.util.Arrays.copyOfRange(i, start, start + n);
            default -> throw new IllegalStateException(from.getClass().toString());
        };
    }

    /**
     * Writes row {@code r} of {@code src} to row {@code r} of {@code dst}, adding to what is there
     * when {@code accumulate}. The caller guarantees that {@code src} does not alias {@code dst}.
     */
    public static void scatter(Storage src, int[] srcRows, int srcStride, Storage dst, int[] dstRows, int dstStride,
                               int runLength, boolean accumulate) {
        boolean dbl = src.dtype().isFloatingPoint() || dst.dtype().isFloatingPoint();
        Kernels.Buffers buf = Kernels.buffers();
        double[] one = new double[1];
        long[] oneLong = new long[1];
        for (int r = 0; r < srcRows.length; r++) {
            if (runLength == 1) {
                if (dbl) {
                    one[0] = src.getDouble(srcRows[r]) + (accumulate ? dst.getDouble(dstRows[r]) : 0);
                    dst.storeDouble(dstRows[r], 1, 1, one);
                } else {
                    oneLong[0] = src.getLong(srcRows[r]) + (accumulate ? dst.getLong(dstRows[r]) : 0);
                    dst.storeLong(dstRows[r], 1, 1, oneLong);
                }
                continue;
            }
            for (int k = 0; k < runLength; k += StridedLoop.CHUNK) {
                int n = Math.min(StridedLoop.CHUNK, runLength - k);
                int from = srcRows[r] + k * srcStride, to = dstRows[r] + k * dstStride;
                if (dbl) {
                    double[] v = buf.d[0], old = buf.d[1];
                    src.loadDouble(from, srcStride, n, v);
                    if (accumulate) {
                        dst.loadDouble(to, dstStride, n, old);
                        for (int i = 0; i < n; i++) v[i] += old[i];
                    }
                    dst.storeDouble(to, dstStride, n, v);
                } else {
                    long[] v = buf.l[0], old = buf.l[1];
                    src.loadLong(from, srcStride, n, v);
                    if (accumulate) {
                        dst.loadLong(to, dstStride, n, old);
                        for (int i = 0; i < n; i++) v[i] += old[i];
                    }
                    dst.storeLong(to, dstStride, n, v);
                }
            }
        }
    }
}
