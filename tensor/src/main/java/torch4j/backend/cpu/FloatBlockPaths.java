package torch4j.backend.cpu;

/**
 * The four paths of {@code cascade_sum}'s loop body (notes/pytorch-cpu-float-sum.md §4) for a
 * block whose dim 0 is reduced: n1 results, one per position along dim 1, each a sum over n0
 * elements. Independent results are computed in parallel; each is the float32 sum PyTorch forms.
 */
final class FloatBlockPaths {
    private FloatBlockPaths() {}

    private static final int W = FloatCascade.W;
    /** Elements per parallel piece of a block (ATen's grain). */
    private static final long GRAIN = Parallel.GRAIN;
    /** Columns per tile of paths B and D. */
    private static final int TILE = 1024;

    /**
     * {@code r[j]} = the sum of column j (elements {@code in[off + i * is0 + j * is1]}, i < n0)
     * in the order of the first matching path:
     * A (contiguous inner, n0 >= W): {@link FloatCascade#innerVec};
     * B (contiguous outer, n1 >= W): one cascade per column for the first 4W·⌊n1/4W⌋ columns, a
     * row sum for the rest; C (inner stride smaller): a row sum per column;
     * D (otherwise): one cascade per column for the first 4·⌊n1/4⌋ columns, a row sum for the rest.
     */
    static void results(float[] in, long off, long n0, long n1, long is0, long is1, float[] r, FloatSum.Scratch scratch) {
        if (is0 == 1 && n0 >= W) {
            forColumns(n0, n1, 1, scratch, (s, e, sc) -> {
                for (long j = s; j < e; j++) r[(int) j] = FloatCascade.innerVec(in, off + j * is1, n0, sc.acc, sc.chains);
            });
        } else if (is1 == 1 && n1 >= W) {
            outerPath(in, off, n0, n1, is0, 1, 4 * W, r, scratch);
        } else if (is0 < is1) {
            forColumns(n0, n1, 1, scratch, (s, e, sc) -> {
                for (long j = s; j < e; j++) r[(int) j] = FloatCascade.rowSum(in, off + j * is1, n0, is0);
            });
        } else {
            outerPath(in, off, n0, n1, is0, is1, 4, r, scratch);
        }
    }

    /**
     * Paths B and D: the first {@code group·⌊n1/group⌋} columns are cascades of n0 terms run side
     * by side (each column its own chain), the rest row sums.
     */
    private static void outerPath(float[] in, long off, long n0, long n1, long is0, long is1, int group, float[] r,
                                  FloatSum.Scratch scratch) {
        long g = group * (n1 / group);
        // columns in tiles of whole groups: a tile's accumulators stay in the L1 cache, and tiles are shared
        // out, at least one per thread (one 992-column tile of a 1000-column sum left the second thread idle);
        // each column's cascade is its own, so the tiling changes no bits
        long perThread = group * Math.ceilDiv(Math.ceilDiv(g, Parallel.threads()), group);
        int tile = (int) Math.max(group, Math.min(perThread, Math.min(g, TILE / group * group)));
        forColumns(n0, n1, tile, scratch, (s, e, sc) -> {
            long cascadeEnd = Math.min(e, g);
            FloatCascade.Acc acc = null;
            for (long j = s; j < cascadeEnd; j += tile) {
                int width = (int) Math.min(tile, cascadeEnd - j);
                if (acc == null) acc = width <= FloatCascade.LANES ? sc.acc : new FloatCascade.Acc(tile);
                FloatCascade.cascade(in, off + j * is1, n0, is0, width, is1, acc, r, (int) j);
            }
            long tail = Math.max(s, g);
            if (tail < e) {
                int cols = (int) (e - tail);
                FloatCascade.Acc tailAcc = cols <= FloatCascade.LANES ? sc.acc : new FloatCascade.Acc(cols);
                FloatCascade.rowSums(in, off + tail * is1, n0, is0, cols, is1, tailAcc, r, (int) tail);
            }
        });
    }

    /** A body over the columns [s, e) with its own scratch. */
    private interface Columns { void run(long s, long e, FloatSum.Scratch scratch); }

    /**
     * Runs {@code body} over the n1 columns, split at multiples of {@code align} into pieces of
     * about {@link #GRAIN} elements when the block is large enough to share.
     */
    private static void forColumns(long n0, long n1, int align, FloatSum.Scratch scratch, Columns body) {
        long units = Math.ceilDiv(n1, align);
        long grain = Math.max(1, GRAIN / Math.max(1, n0 * align));
        if (units < 2 || units < 2 * grain || Parallel.threads() == 1) { body.run(0, n1, scratch); return; }
        Parallel.forRange(units, grain, (s, e) -> body.run(s * align, Math.min(n1, e * align), new FloatSum.Scratch()));
    }
}
