package torch4j.backend.cpu;

/**
 * The summation orders of ATen 1.13's CPU float sum ({@code SumKernel.cpp}), in float32: the
 * four-level cascade of one accumulator chain ({@code multi_row_sum}), the four-chain row sum
 * ({@code row_sum}) and the vectorised row sum over {@link #W} lanes ({@code vectorized_inner_sum}).
 * notes/pytorch-cpu-float-sum.md §2 gives them in pseudocode; the names here follow it.
 *
 * <p>Chains that share a length are run side by side over arrays of accumulators, one slot per
 * chain (the rounding of each chain is unchanged: every slot is its own float sum); the two common
 * layouts go through {@link FloatCascadeBlocks}, whose loops the JIT can vectorise.
 */
final class FloatCascade {
    private FloatCascade() {}

    /** Floats per vector of PyTorch's default (AVX2 and generic) CPU kernels: {@code Vectorized<float>::size()}. */
    static final int W = 8;
    /** Chains of the vectorised row sum: 4 (row_sum's ILP) times W lanes. */
    static final int LANES = 4 * W;

    /** {@code utils::CeilLog2}: 1 for m <= 2, else the bit length of m - 1. */
    static int ceilLog2(long m) {
        return m <= 2 ? 1 : 64 - Long.numberOfLeadingZeros(m - 1);
    }

    /** log2 of the cascade's level period for chains of m terms: 4 up to 2^19 terms, then more. */
    static int levelPower(long m) {
        return Math.max(4, ceilLog2(m) / 4);
    }

    /** Four levels of accumulators for {@code width} chains run side by side. */
    static final class Acc {
        final float[] a0, a1, a2, a3;
        /** A copy of the terms being added ({@link FloatCascadeBlocks}); made on first use. */
        float[] copy;

        Acc(int width) { a0 = new float[width]; a1 = new float[width]; a2 = new float[width]; a3 = new float[width]; }

        float[] copy(int size) {
            if (copy == null || copy.length < size) copy = new float[size];
            return copy;
        }
    }

    /**
     * {@code width} cascades of {@code m} terms each: chain c's term i is
     * {@code x[off + i * stepStride + c * chainStride]}; chain c's sum goes to {@code res[resOff + c]}.
     * {@code acc} holds at least {@code width} slots per level.
     *
     * <p>Level 1 is flushed into level 2 every step^2 terms, each time holding the sum of a block
     * that started from zeroed levels 0 and 1; so a long cascade sums those blocks in parallel
     * and then replays levels 2 and 3 over them in order: the same additions, the same bits.
     */
    static void cascade(float[] x, long off, long m, long stepStride, int width, long chainStride,
                        Acc acc, float[] res, int resOff) {
        int lp = levelPower(m);
        long block = 1L << (2 * lp), blocks = m / block;
        if (blocks >= 2 && m * width >= PARALLEL_TERMS && Parallel.threads() > 1) {
            float[] sums = new float[(int) (blocks * width)];
            Parallel.forRange(blocks, 1, (s, e) -> {
                Acc own = new Acc(width);
                for (long b = s; b < e; b++) {
                    levels(x, off + b * block * stepStride, block, stepStride, width, chainStride, lp, own);
                    System.arraycopy(own.a2, 0, sums, (int) (b * width), width);
                }
            });
            long done = blocks * block;
            levels(x, off + done * stepStride, m - done, stepStride, width, chainStride, lp, acc);   // a2, a3 stay 0
            float[] a2 = acc.a2, a3 = acc.a3;
            long mask2 = ((1L << lp) - 1) << (2 * lp);
            for (int b = 0; b < blocks; b++) {
                for (int c = 0; c < width; c++) a2[c] += sums[b * width + c];
                if ((((b + 1) * block) & mask2) == 0) flush(a2, a3, width);
            }
        } else {
            levels(x, off, m, stepStride, width, chainStride, lp, acc);
        }
        float[] a0 = acc.a0, a1 = acc.a1, a2 = acc.a2, a3 = acc.a3;
        for (int c = 0; c < width; c++) res[resOff + c] = ((a0[c] + a1[c]) + a2[c]) + a3[c];
    }

    /** Terms per cascade call from which its level-1 blocks are summed in parallel (ATen's 2 · GRAIN_SIZE). */
    private static final long PARALLEL_TERMS = 2 * Parallel.GRAIN;

    /** The cascade's loop over {@code m} steps from zeroed levels, with level period 2^lp; the levels are left in {@code acc}. */
    private static void levels(float[] x, long off, long m, long stepStride, int width, long chainStride, int lp, Acc acc) {
        float[] a0 = acc.a0, a1 = acc.a1, a2 = acc.a2, a3 = acc.a3;
        java.util.Arrays.fill(a0, 0, width, 0f);
        java.util.Arrays.fill(a1, 0, width, 0f);
        java.util.Arrays.fill(a2, 0, width, 0f);
        java.util.Arrays.fill(a3, 0, width, 0f);
        long step = 1L << lp, mask = step - 1;
        boolean lanes = FloatCascadeBlocks.lanesBlock(step, stepStride, width, chainStride);
        long i = 0;
        while (i + step <= m) {
            // level 0 starts each step-term block from +0 and is flushed into level 1 after it
            if (lanes) FloatCascadeBlocks.addLanesBlock(x, off + i * stepStride, acc.copy(LANES * 16), a1);
            else addTerms(x, off + i * stepStride, step, stepStride, width, chainStride, a0, acc);
            i += step;
            if (!lanes) flush(a0, a1, width);
            if ((i & (mask << lp)) != 0) continue;
            flush(a1, a2, width);
            if ((i & (mask << (2 * lp))) != 0) continue;
            flush(a2, a3, width);
        }
        if (lanes && m - i >= FloatCascadeBlocks.MIN_TAIL) {
            FloatCascadeBlocks.addLanesTail(x, off + i * stepStride, (int) (m - i), acc.copy(LANES * 16), a0);
        } else {
            addTerms(x, off + i * stepStride, m - i, stepStride, width, chainStride, a0, acc);
        }
    }

    /**
     * {@code a0[c] += term} for {@code steps} consecutive steps of every chain. Eight chains at a
     * time are held in locals across the steps: accumulating in the array itself would chain
     * every addition through a store and a load.
     */
    private static void addTerms(float[] x, long from, long steps, long stepStride, int width, long chainStride,
                                 float[] a0, Acc acc) {
        if (chainStride == 1 && width >= FloatCascadeBlocks.MIN_ROW) {
            FloatCascadeBlocks.addRows(x, from, steps, stepStride, width, a0, acc.copy(width));
            return;
        }
        int c = 0;
        for (; c + 8 <= width; c += 8) {
            float s0 = a0[c], s1 = a0[c + 1], s2 = a0[c + 2], s3 = a0[c + 3];
            float s4 = a0[c + 4], s5 = a0[c + 5], s6 = a0[c + 6], s7 = a0[c + 7];
            long p = from + c * chainStride;
            if (chainStride == 1) {
                for (long k = 0; k < steps; k++, p += stepStride) {
                    int q = (int) p;
                    s0 += x[q]; s1 += x[q + 1]; s2 += x[q + 2]; s3 += x[q + 3];
                    s4 += x[q + 4]; s5 += x[q + 5]; s6 += x[q + 6]; s7 += x[q + 7];
                }
            } else {
                long cs = chainStride;
                for (long k = 0; k < steps; k++, p += stepStride) {
                    s0 += x[(int) p]; s1 += x[(int) (p + cs)]; s2 += x[(int) (p + 2 * cs)]; s3 += x[(int) (p + 3 * cs)];
                    s4 += x[(int) (p + 4 * cs)]; s5 += x[(int) (p + 5 * cs)]; s6 += x[(int) (p + 6 * cs)]; s7 += x[(int) (p + 7 * cs)];
                }
            }
            a0[c] = s0; a0[c + 1] = s1; a0[c + 2] = s2; a0[c + 3] = s3;
            a0[c + 4] = s4; a0[c + 5] = s5; a0[c + 6] = s6; a0[c + 7] = s7;
        }
        for (; c < width; c++) {
            float s0 = a0[c];
            long p = from + c * chainStride;
            for (long k = 0; k < steps; k++, p += stepStride) s0 += x[(int) p];
            a0[c] = s0;
        }
    }

    private static void flush(float[] lower, float[] upper, int width) {
        for (int c = 0; c < width; c++) { upper[c] += lower[c]; lower[c] = 0f; }
    }

    /**
     * {@code row_sum}: the {@code n} terms {@code x[off + k * stride]} as four interleaved
     * cascades (term k in chain k % 4), the last n % 4 terms into chain 0, then
     * {@code ((p0 + p1) + p2) + p3}. Scalar code with the levels in locals: strided rows are short.
     */
    static float rowSum(float[] x, long off, long n, long stride) {
        long m = n / 4;
        int lp = levelPower(m);
        long step = 1L << lp, mask = step - 1, st4 = 4 * stride;
        float a00 = 0, a01 = 0, a02 = 0, a03 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0;
        float a20 = 0, a21 = 0, a22 = 0, a23 = 0, a30 = 0, a31 = 0, a32 = 0, a33 = 0;
        long i = 0, p = off;
        while (i + step <= m) {
            for (long j = 0; j < step; j++, p += st4) {
                a00 += x[(int) p]; a01 += x[(int) (p + stride)]; a02 += x[(int) (p + 2 * stride)]; a03 += x[(int) (p + 3 * stride)];
            }
            i += step;
            a10 += a00; a11 += a01; a12 += a02; a13 += a03;
            a00 = 0; a01 = 0; a02 = 0; a03 = 0;
            if ((i & (mask << lp)) != 0) continue;
            a20 += a10; a21 += a11; a22 += a12; a23 += a13;
            a10 = 0; a11 = 0; a12 = 0; a13 = 0;
            if ((i & (mask << (2 * lp))) != 0) continue;
            a30 += a20; a31 += a21; a32 += a22; a33 += a23;
            a20 = 0; a21 = 0; a22 = 0; a23 = 0;
        }
        for (; i < m; i++, p += st4) {
            a00 += x[(int) p]; a01 += x[(int) (p + stride)]; a02 += x[(int) (p + 2 * stride)]; a03 += x[(int) (p + 3 * stride)];
        }
        float p0 = ((a00 + a10) + a20) + a30, p1 = ((a01 + a11) + a21) + a31;
        float p2 = ((a02 + a12) + a22) + a32, p3 = ((a03 + a13) + a23) + a33;
        for (long k = 4 * m; k < n; k++) p0 += x[(int) (off + k * stride)];
        return ((p0 + p1) + p2) + p3;
    }

    /**
     * {@link #rowSum} of {@code cols} columns at once (column j's term k is
     * {@code x[off + k * stride + j * colStride]}), into {@code res[resOff + j]}: the four chains of
     * every column run side by side, so the data is read in row order once rather than column by column.
     */
    static void rowSums(float[] x, long off, long n, long stride, int cols, long colStride, Acc acc, float[] res, int resOff) {
        if (cols == 0) return;
        long m = n / 4;
        float[][] p = new float[4][cols];
        for (int k = 0; k < 4; k++) cascade(x, off + k * stride, m, 4 * stride, cols, colStride, acc, p[k], 0);
        for (int j = 0; j < cols; j++) {
            float p0 = p[0][j];
            for (long k = 4 * m; k < n; k++) p0 += x[(int) (off + k * stride + j * colStride)];
            res[resOff + j] = ((p0 + p[1][j]) + p[2][j]) + p[3][j];
        }
    }

    /**
     * {@code vectorized_inner_sum} of one contiguous row of {@code n >= W} floats: W lanes, each
     * a {@link #rowSum} of every W-th element (as whole vectors: 4 chains of {@code n / W / 4}
     * vectors, then the 0-3 leftover vectors into chain 0), then the scalar tail added to +0
     * first and the W lane sums after it, in lane order. {@code acc} and {@code chains} hold
     * {@link #LANES} slots.
     */
    static float innerVec(float[] x, long off, long n, Acc acc, float[] chains) {
        long v = n / W, m = v / 4;
        cascade(x, off, m, LANES, LANES, 1, acc, chains, 0);
        float result = 0f;
        for (long k = v * W; k < n; k++) result += x[(int) (off + k)];
        for (int l = 0; l < W; l++) {
            float p0 = chains[l];
            for (long u = 4 * m; u < v; u++) p0 += x[(int) (off + u * W + l)];
            result += ((p0 + chains[W + l]) + chains[2 * W + l]) + chains[3 * W + l];
        }
        return result;
    }
}
