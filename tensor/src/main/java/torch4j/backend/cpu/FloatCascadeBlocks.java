package torch4j.backend.cpu;

/**
 * Loop shapes of {@link FloatCascade} that C2 turns into SIMD code, for the two common layouts:
 * a contiguous row summed in W lanes ({@code x.sum()}) and many contiguous columns side by side
 * ({@code x.sum(0)}). Every chain still adds its own terms one after another in float32, so the
 * bits are those of the scalar loops.
 *
 * <p>Why the copies: JDK 25's auto-vectoriser only packs a loop when it can prove its stores do not
 * overlap its loads; an accumulator array read at {@code x[p + c]} cannot be proven apart from
 * {@code x} (both are float arrays), while {@code acc[c] += copy[c]} (the same index) or an
 * in-place update of one array at constant distances can. The copy is one vectorised
 * {@code System.arraycopy} of data that is read anyway; measured, the contiguous 100k-float sum's
 * lane loop took about half the CPU time of the scalar eight-locals loop, and a 1000-column
 * accumulation about half as well. The 16 terms of a lane block are written out because a loop
 * over them would read at a variable distance, which the vectoriser cannot prove either.
 */
final class FloatCascadeBlocks {
    private FloatCascadeBlocks() {}

    /** Columns from which {@link #addRows} beats eight chains in locals (measured: 32 columns are slower). */
    static final int MIN_ROW = 64;

    /** Whether one level-0 block is 16 steps of the W·4 contiguous lane chains: {@link #addLanesBlock} applies. */
    static boolean lanesBlock(long step, long stepStride, int width, long chainStride) {
        return step == 16 && width == FloatCascade.LANES && stepStride == FloatCascade.LANES && chainStride == 1;
    }

    /**
     * One level-0 block of the lane chains flushed into level 1: for each of the 32 chains,
     * {@code a1[c] += t0 + t1 + ... + t15} (left to right; term k of chain c is
     * {@code x[from + 32k + c]}). ATen starts level 0 at +0: {@code (+0 + t0)} differs from
     * {@code t0} only for t0 = -0, and a zero of either sign leaves level 1 (never -0, as it starts
     * at +0) unchanged, so the bits agree.
     */
    static void addLanesBlock(float[] x, long from, float[] blk, float[] a1) {
        System.arraycopy(x, (int) from, blk, 0, 512);
        reduceBlock(blk);
        for (int c = 0; c < 32; c++) a1[c] += blk[c];
    }

    /** Tail steps from which {@link #addLanesTail} beats the scalar loop. */
    static final int MIN_TAIL = 4;

    /**
     * The last {@code steps < 16} steps of the lane chains into level 0 (which is +0 here): the
     * block of {@link #addLanesBlock} with the missing terms +0. Adding +0 changes no float
     * except −0, and a sum that starts at +0 (level 0) is never −0, so the bits are those of
     * adding the {@code steps} terms alone.
     */
    static void addLanesTail(float[] x, long from, int steps, float[] blk, float[] a0) {
        System.arraycopy(x, (int) from, blk, 0, 32 * steps);
        java.util.Arrays.fill(blk, 32 * steps, 512, 0f);
        reduceBlock(blk);
        for (int c = 0; c < 32; c++) a0[c] += blk[c];
    }

    /** Each lane chain's 16 terms of {@code blk}, left to right, into {@code blk[0..31]}. */
    private static void reduceBlock(float[] blk) {
        for (int c = 0; c < 32; c++) {
            blk[c] = blk[c] + blk[c + 32] + blk[c + 64] + blk[c + 96] + blk[c + 128] + blk[c + 160] + blk[c + 192]
                    + blk[c + 224] + blk[c + 256] + blk[c + 288] + blk[c + 320] + blk[c + 352] + blk[c + 384]
                    + blk[c + 416] + blk[c + 448] + blk[c + 480];
        }
    }

    /** {@code a0[c] += x[from + k * stepStride + c]} for k < steps, c < width: one contiguous row per step. */
    static void addRows(float[] x, long from, long steps, long stepStride, int width, float[] a0, float[] row) {
        long p = from;
        for (long k = 0; k < steps; k++, p += stepStride) {
            System.arraycopy(x, (int) p, row, 0, width);
            for (int c = 0; c < width; c++) a0[c] += row[c];
        }
    }
}
