package torch4j.backend.cpu;

/**
 * Walks N operands that share one (broadcast) shape, each with its own strides and offset, and
 * hands the body runs of at most {@link #CHUNK} elements along the innermost dimension. Adjacent
 * dimensions that are laid out back to back in every operand are merged first, so a contiguous
 * tensor of any rank is one long run. Large loops are split over the cores.
 */
public final class StridedLoop {
    private StridedLoop() {}

    /** Run length handed to a body; chunk buffers of this size stay in L1. */
    public static final int CHUNK = 1024;

    /** One run: operand k starts at {@code offsets[k]} and advances by {@code strides[k]}, for {@code n} elements. */
    @FunctionalInterface
    public interface Body { void run(int[] offsets, int[] strides, int n); }

    /**
     * Iterates {@code shape}; {@code strides[k]} are operand k's strides for that shape (0 on
     * broadcast dims) and {@code offsets[k]} its storage offset.
     */
    public static void run(long[] shape, long[][] strides, long[] offsets, Body body) {
        run(shape, strides, offsets, body, true);
    }

    /** As {@link #run}, on the calling thread only (for bodies that write shared accumulators). */
    public static void runSerial(long[] shape, long[][] strides, long[] offsets, Body body) {
        run(shape, strides, offsets, body, false);
    }

    private static void run(long[] shape, long[][] strides, long[] offsets, Body body, boolean parallel) {
        int k = offsets.length;
        long total = 1;
        for (long d : shape) total *= d;
        if (total == 0) return;
        // Coalesce: drop extent-1 dims, merge dim i into the next inner one when contiguous for all.
        int nd = 0;
        long[] sh = new long[Math.max(shape.length, 1)];
        long[][] st = new long[k][sh.length];
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == 1) continue;
            if (nd > 0) {
                boolean merge = true;
                for (int o = 0; o < k && merge; o++) merge = st[o][nd - 1] == strides[o][i] * shape[i];
                if (merge) {
                    sh[nd - 1] *= shape[i];
                    for (int o = 0; o < k; o++) st[o][nd - 1] = strides[o][i];
                    continue;
                }
            }
            sh[nd] = shape[i];
            for (int o = 0; o < k; o++) st[o][nd] = strides[o][i];
            nd++;
        }
        if (nd == 0) { sh[0] = 1; nd = 1; }
        final int dims = nd;
        if (!parallel) { runRange(sh, st, dims, offsets, 0, total, body); return; }
        Parallel.forRange(total, Parallel.GRAIN, (start, end) -> runRange(sh, st, dims, offsets, start, end, body));
    }

    private static void runRange(long[] sh, long[][] st, int nd, long[] base, long start, long end, Body body) {
        int k = base.length;
        long[] idx = new long[nd];
        long rem = start;
        for (int d = nd - 1; d >= 0; d--) { idx[d] = rem % sh[d]; rem /= sh[d]; }
        int[] offs = new int[k];
        int[] inner = new int[k];
        long[] pos = new long[k];
        for (int o = 0; o < k; o++) {
            long p = base[o];
            for (int d = 0; d < nd; d++) p += idx[d] * st[o][d];
            pos[o] = p;
            inner[o] = (int) st[o][nd - 1];
        }
        long innerExtent = sh[nd - 1];
        long done = start;
        while (done < end) {
            long run = Math.min(innerExtent - idx[nd - 1], end - done);
            long r = 0;
            while (r < run) {
                int n = (int) Math.min(CHUNK, run - r);
                for (int o = 0; o < k; o++) offs[o] = (int) (pos[o] + r * inner[o]);
                body.run(offs, inner, n);
                r += n;
            }
            done += run;
            if (done >= end) break;
            // carry into the outer dims
            for (int o = 0; o < k; o++) pos[o] -= idx[nd - 1] * st[o][nd - 1];
            idx[nd - 1] = 0;
            for (int d = nd - 2; d >= 0; d--) {
                idx[d]++;
                for (int o = 0; o < k; o++) pos[o] += st[o][d];
                if (idx[d] < sh[d]) break;
                for (int o = 0; o < k; o++) pos[o] -= idx[d] * st[o][d];
                idx[d] = 0;
            }
        }
    }
}
