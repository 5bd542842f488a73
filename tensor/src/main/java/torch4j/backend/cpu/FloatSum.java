package torch4j.backend.cpu;

import java.util.Arrays;
import torch4j.backend.Operand;

/**
 * PyTorch 1.13's CPU float32 sum, bit for bit: ATen's {@code cascade_sum} driven by the
 * TensorIterator reduction as notes/pytorch-cpu-float-sum.md describes it. The iteration layout
 * ({@link FloatSumLayout}: dims ordered and coalesced as TensorIterator does) is walked in 2-D
 * blocks; each block takes one of the kernel's four paths; results are added to the +0-filled
 * output in walk order. With PyTorch's thread count T above 1 and 32768 elements or more, the
 * work is split as ATen's {@code parallel_reduce} splits it: a full reduction sums T ranges into a
 * buffer of T partial sums and then sums the buffer; any other is split along a kept dim.
 *
 * <p>The bits depend only on T ({@link IntraOpThreads}), not on how many threads torch4j uses:
 * independent rows, column groups and cascade superblocks run in parallel, and their results are
 * added in PyTorch's order.
 */
final class FloatSum {
    private FloatSum() {}

    /**
     * The most elements walked one by one; a larger (broadcast) view is summed in closed form
     * instead (see {@code CpuReductions}), where PyTorch would walk it for hours.
     */
    static final long MAX_WALK = Integer.MAX_VALUE;

    /** ATen's {@code internal::GRAIN_SIZE}. */
    private static final long GRAIN = Parallel.GRAIN;

    /**
     * Sums {@code x} (float32) over the {@code reduced} dims of {@code shape} into {@code out}:
     * float32, dense row-major from its offset, one element per output.
     */
    static void sum(long[] shape, boolean[] reduced, Operand x, Operand out) {
        float[] in = (float[]) x.storage().array();
        float[] res = (float[]) out.storage().array();
        FloatSumLayout it = FloatSumLayout.of(shape, reduced, x.strides());
        int outBase = (int) out.offset();
        long outputs = it.outputs;
        Arrays.fill(res, outBase, (int) (outBase + outputs), 0f);
        long numel = it.numel();
        if (numel == 0) return;
        int threads = IntraOpThreads.get();
        if (numel < GRAIN || threads == 1) walk(it, 0, numel, in, x.offset(), res, outBase);
        else if (outputs == 1) twoPass(it, threads, in, x.offset(), res, outBase);
        else dimSplit(it, threads, in, x.offset(), res, outBase);
    }

    /**
     * {@code two_pass_reduction}: thread t of {@code min(T, ceil(numel / GRAIN))} walks its range of
     * the linear index into slot t of a +0-filled buffer of T floats; the buffer is then summed as
     * a contiguous 1-D tensor of T elements and added to the output.
     */
    private static void twoPass(FloatSumLayout it, int threads, float[] in, long inBase, float[] res, int outBase) {
        long numel = it.numel();
        float[] buf = new float[threads];
        // at::parallel_for runs one range when numel does not exceed the grain
        long parts = numel > GRAIN ? Math.min(threads, Math.ceilDiv(numel, GRAIN)) : 1;
        long chunk = Math.ceilDiv(numel, parts);
        Parallel.forRange(parts, 1, (s, e) -> {
            for (long t = s; t < e; t++) {
                long begin = t * chunk;
                if (begin < numel) walk(it, begin, Math.min(numel, begin + chunk), in, inBase, buf, (int) t);
            }
        });
        res[outBase] += threads >= FloatCascade.W
                ? FloatCascade.innerVec(buf, 0, threads, new FloatCascade.Acc(FloatCascade.LANES), new float[FloatCascade.LANES])
                : FloatCascade.rowSum(buf, 0, threads, 1);
    }

    /**
     * {@code parallel_dim_reduction}: the columns of one kept dim ({@link FloatSumLayout#splitDim})
     * are cut into {@code min(T, cols)} ranges (rounded down to multiples of 32 when that dim is
     * contiguous in the input), each walked as a narrowed iteration of its own.
     */
    private static void dimSplit(FloatSumLayout it, int threads, float[] in, long inBase, float[] res, int outBase) {
        int dim = it.splitDim(threads);
        long cols = it.shape[dim];
        long parts = Math.min(threads, cols), chunk = Math.ceilDiv(cols, parts);
        boolean round = it.inStrides[dim] == 1;
        Parallel.forRange(parts, 1, (s, e) -> {
            for (long t = s; t < e; t++) {
                long begin = t * chunk, end = Math.min(cols, begin + chunk);
                if (begin >= cols) continue;
                if (round) {
                    begin -= begin % 32;
                    if (end != cols) end -= end % 32;
                }
                if (begin >= end) continue;
                FloatSumLayout sub = it.narrow(dim, end - begin);
                walk(sub, 0, sub.numel(), in, inBase + begin * it.inStrides[dim], res, (int) (outBase + begin * it.outStrides[dim]));
            }
        });
    }

    /**
     * {@code serial_for_each} over the linear range [begin, end) of the iteration: 2-D blocks
     * (the rest of the current dim-0 row, or as many whole dim-0 rows along dim 1 as fit), each
     * reduced by {@link #block}.
     */
    static void walk(FloatSumLayout it, long begin, long end, float[] in, long inBase, float[] out, int outBase) {
        int nd = it.shape.length;
        long[] shape = it.shape, is = it.inStrides, os = it.outStrides;
        long[] values = new long[nd];
        long rest = begin;
        for (int d = 0; d < nd; d++) { values[d] = rest % shape[d]; rest /= shape[d]; }
        long offset = begin;
        Scratch scratch = new Scratch();
        while (offset < end) {
            long step0 = Math.min(shape[0] - values[0], end - offset), step1 = 1;
            if (step0 == shape[0] && nd >= 2) step1 = Math.min(shape[1] - values[1], (end - offset) / shape[0]);
            long inOff = inBase, outOff = outBase;
            for (int d = 0; d < nd; d++) { inOff += values[d] * is[d]; outOff += values[d] * os[d]; }
            block(in, inOff, out, outOff, step0, step1, is[0], nd >= 2 ? is[1] : 0, os[0], nd >= 2 ? os[1] : 0, scratch);
            offset += step0 * step1;
            // DimCounter::increment
            int d = 0;
            long overflow = step0;
            if (step1 != 1) { d = 1; overflow = step1; }
            for (; d < nd && overflow > 0; d++) {
                long v = values[d] + overflow;
                if (v >= shape[d]) { overflow = 1; v -= shape[d]; } else overflow = 0;
                values[d] = v;
            }
        }
    }

    /** Per-thread scratch of the block kernel. */
    static final class Scratch {
        final FloatCascade.Acc acc = new FloatCascade.Acc(FloatCascade.LANES);
        final float[] chains = new float[FloatCascade.LANES];
    }

    /**
     * The loop body of {@code cascade_sum} for one block of {@code n0 x n1} elements (strides in
     * elements; {@code is}: input, {@code os}: output): the reduced dim is made dim 0, then the
     * first matching path of notes §4 gives each of the n1 results, added to its output element
     * in order.
     */
    private static void block(float[] in, long inOff, float[] out, long outOff, long n0, long n1,
                              long is0, long is1, long os0, long os1, Scratch scratch) {
        if (os0 != 0 && os1 == 0) {   // move the reduction to dim 0
            long t = is0; is0 = is1; is1 = t;
            t = os0; os0 = os1; os1 = t;
            t = n0; n0 = n1; n1 = t;
        }
        if (os0 != 0) {   // nothing reduced in this block: out += in
            for (long j = 0; j < n1; j++)
                for (long i = 0; i < n0; i++) out[(int) (outOff + i * os0 + j * os1)] += in[(int) (inOff + i * is0 + j * is1)];
            return;
        }
        float[] r = new float[(int) n1];
        FloatBlockPaths.results(in, inOff, n0, n1, is0, is1, r, scratch);
        for (int j = 0; j < n1; j++) out[(int) (outOff + j * os1)] += r[j];
    }
}
