package torch4j.random;

import torch4j.DType;
import torch4j.Generator;

/**
 * Internal (called by the tensor core): {@code random_()}, {@code random_(to)},
 * {@code random_(from, to)}, {@code random_(from, None)} and {@code torch.randint} for every
 * dtype (notes §5.1, §5.2). {@code dst} is the dtype's storage array (see {@link TypedStore});
 * {@code n} values go to {@code dst[off..off+n)} in fill order.
 *
 * <p>Every form reduces to "draw, take it modulo {@code range}, add {@code base}" with a 32- or
 * 64-bit draw; the value is computed in int64 and converted to the dtype once per chunk.
 *
 * <pre>{@code
 * jshell> var g = new Generator().manualSeed(0); var a = new long[8];
 * jshell> IntegerRandom.fillFromTo(g, DType.INT64, a, 0, 8, 0, 10); a
 * a ==> long[8] { 4, 9, 3, 0, 3, 9, 7, 3 }
 * }</pre>
 */
public final class IntegerRandom {
    private static final int CHUNK = Mt19937.N / 2; // values per chunk (two words each at most)

    private IntegerRandom() {}

    /** {@code random_()} without bounds (§5.1): [0, 2^63) for int64, [0, 2^24] for float32, ... */
    public static void fill(Generator g, DType dtype, Object dst, int off, int n) {
        TypedStore.requireArray(dtype, dst);
        switch (dtype) {
            case INT64 -> draw(g, dtype, dst, off, n, true, 1L << 63, 0);
            case FLOAT64 -> draw(g, dtype, dst, off, n, true, (1L << 53) + 1, 0);
            case FLOAT32 -> draw(g, dtype, dst, off, n, false, (1L << 24) + 1, 0);
            case INT32 -> draw(g, dtype, dst, off, n, false, 1L << 31, 0);
            case INT16 -> draw(g, dtype, dst, off, n, false, 1L << 15, 0);
            case INT8 -> draw(g, dtype, dst, off, n, false, 1L << 7, 0);
            case UINT8 -> draw(g, dtype, dst, off, n, false, 1L << 8, 0);
            case BOOL -> draw(g, dtype, dst, off, n, false, 2, 0);
        }
    }

    /**
     * {@code random_(from, to)} and {@code torch.randint(from, to, ...)}: values in [from, to)
     * (§5.2), float bounds adjusted first, PyTorch's checks and messages.
     */
    public static void fillFromTo(Generator g, DType dtype, Object dst, int off, int n, long from, long to) {
        TypedStore.requireArray(dtype, dst);
        if (from >= to) {
            throw new IllegalArgumentException("random_ expects 'from' to be less than 'to', but got from="
                    + from + " >= to=" + to);
        }
        if (dtype.isFloatingPoint()) {
            from = FloatBounds.updateFrom(from, dtype);
            to = FloatBounds.updateTo(to, dtype);
            if (from >= to) {
                throw new IllegalArgumentException("random_ expects 'from' casted to dtype to be less than 'to'"
                        + " casted to dtype, but got from=" + from + " >= to=" + to);
            }
        }
        FloatBounds.checkInRange(from, to - 1, dtype);
        long range = to - from; // unsigned 64-bit
        draw(g, dtype, dst, off, n, uses64BitDraw(dtype, range), range, from);
    }

    /**
     * {@code random_(from, None)}: values in [from, dtype max] (2^digits for floats); with
     * {@code from == Long.MIN_VALUE} the full 64-bit range (int64, float32, float64 only).
     */
    public static void fillFrom(Generator g, DType dtype, Object dst, int off, int n, long from) {
        TypedStore.requireArray(dtype, dst);
        if (from == Long.MIN_VALUE) {
            if (dtype == DType.BOOL) throw Messages.notImplemented("random_full_64_bits_range_kernel_cpu", dtype);
            if (dtype != DType.INT64 && dtype != DType.FLOAT32 && dtype != DType.FLOAT64) {
                throw new IllegalArgumentException(
                        "random_full_64_bits_range_kernel_cpu handles only int64, double, float and bfloat16");
            }
            draw(g, dtype, dst, off, n, true, 0, 0); // range 0 stands for 2^64: the draw read as signed
            return;
        }
        long toInclusive;
        if (dtype.isFloatingPoint()) {
            toInclusive = 1L << FloatBounds.digits(dtype);
            from = FloatBounds.updateFrom(from, dtype);
            if (from >= toInclusive) {
                throw new IllegalArgumentException("random_ expects 'from' casted to dtype to be less than or equal to"
                        + " 'to_inc' casted to dtype, but got from=" + from + " > to_inc=" + toInclusive);
            }
        } else {
            toInclusive = FloatBounds.integralMax(dtype);
        }
        FloatBounds.checkInRange(from, toInclusive, dtype);
        long range = toInclusive - from + 1;
        draw(g, dtype, dst, off, n, uses64BitDraw(dtype, range), range, from);
    }

    /** §5.2: 64-bit draws iff range ≥ 2^32 (unsigned) and the dtype is int64, float32 or float64. */
    static boolean uses64BitDraw(DType dtype, long range) {
        boolean wide = dtype == DType.INT64 || dtype == DType.FLOAT32 || dtype == DType.FLOAT64;
        return wide && Long.compareUnsigned(range, 1L << 32) >= 0;
    }

    /**
     * The common kernel: value = (draw mod range) + base in 64-bit wrap-around arithmetic, read as
     * int64 and converted to the dtype; {@code range == 0} means 2^64 (no reduction).
     */
    private static void draw(Generator g, DType dtype, Object dst, int off, int n,
                             boolean draw64, long range, long base) {
        long[] values = new long[Math.min(n, CHUNK)];
        Mt19937 e = g.engine();
        synchronized (e) {
            int[] words = e.scratch;
            while (n > 0) {
                int k = Math.min(n, CHUNK);
                if (draw64) {
                    e.fill32(words, 0, 2 * k);
                    for (int i = 0; i < k; i++) {
                        long v = ((long) words[2 * i] << 32) | (words[2 * i + 1] & 0xFFFFFFFFL);
                        values[i] = (range == 0 ? v : Long.remainderUnsigned(v, range)) + base;
                    }
                } else {
                    e.fill32(words, 0, k);
                    for (int i = 0; i < k; i++) {
                        long v = words[i] & 0xFFFFFFFFL;
                        values[i] = Long.remainderUnsigned(v, range) + base;
                    }
                }
                TypedStore.store(dtype, dst, off, values, k);
                off += k;
                n -= k;
            }
        }
    }
}
