package torch4j.random;

import torch4j.DType;
import torch4j.Generator;

/**
 * Internal (called by the tensor core): {@code rand}, {@code rand_like}, {@code uniform_} and
 * the uniform inits (notes §3). Each fill writes {@code n} values to {@code dst[off..off+n)} in
 * fill order: row-major for a contiguous tensor, {@link FillOrder} order otherwise (the values
 * do not depend on the layout, only their placement does).
 *
 * <pre>{@code
 * jshell> var g = new Generator().manualSeed(0); var a = new float[3];
 * jshell> Uniform.fill(g, a, 0, 3, 0, 1); a
 * a ==> float[3] { 0.4962566, 0.7682218, 0.08847743 }
 * }</pre>
 */
public final class Uniform {
    private Uniform() {}

    /**
     * float32 {@code uniform_(from, to)}: {@code fmaf(U24, f32(to) - f32(from), f32(from))},
     * one rounding (§3); n engine words.
     *
     * @throws IllegalArgumentException with PyTorch's message when the bounds are invalid
     */
    public static void fill(Generator g, float[] dst, int off, int n, double from, double to) {
        checkBounds(DType.FLOAT32, from, to);
        final float lo = (float) from;
        final float span = (float) to - lo; // computed in the dtype
        Mt19937 e = g.engine();
        synchronized (e) {
            int[] words = e.scratch;
            while (n > 0) {
                int k = Math.min(n, words.length);
                e.fill32(words, 0, k);
                for (int i = 0; i < k; i++) {
                    float u = (words[i] & Draws.U24_MASK) * Draws.TWO_POW_M24;
                    dst[off + i] = Math.fma(u, span, lo);
                }
                off += k;
                n -= k;
            }
        }
    }

    /**
     * float64 {@code uniform_(from, to)}: {@code fma(U53, to - from, from)} (§3); 2n engine words.
     *
     * @throws IllegalArgumentException with PyTorch's message when the bounds are invalid
     */
    public static void fill(Generator g, double[] dst, int off, int n, double from, double to) {
        checkBounds(DType.FLOAT64, from, to);
        final double span = to - from;
        Mt19937 e = g.engine();
        synchronized (e) {
            int[] words = e.scratch;
            int pairsPerChunk = words.length / 2;
            while (n > 0) {
                int k = Math.min(n, pairsPerChunk);
                e.fill32(words, 0, 2 * k);
                for (int i = 0; i < k; i++) {
                    long hi = words[2 * i] & Draws.U53_HIGH_MASK;
                    long lo = words[2 * i + 1] & 0xFFFFFFFFL;
                    double u = ((hi << 32) | lo) * Draws.TWO_POW_M53;
                    dst[off + i] = Math.fma(u, span, from);
                }
                off += k;
                n -= k;
            }
        }
    }

    /**
     * The checks {@code uniform_} makes before drawing ({@code check_uniform_bounds}), with
     * PyTorch's messages: the dtype must be floating, both bounds within its range,
     * {@code from <= to} and {@code to - from <= max}.
     */
    public static void checkBounds(DType dtype, double from, double to) {
        if (!dtype.isFloatingPoint()) {
            throw Messages.notImplemented("check_uniform_bounds", dtype);
        }
        double max = dtype == DType.FLOAT32 ? Float.MAX_VALUE : Double.MAX_VALUE;
        String name = Messages.typeMetaName(dtype);
        if (!(from >= -max && from <= max)) {
            throw new IllegalArgumentException("from is out of bounds for " + name);
        }
        if (!(to >= -max && to <= max)) {
            throw new IllegalArgumentException("to is out of bounds for " + name);
        }
        if (!(from <= to)) {
            throw new IllegalArgumentException("uniform_ expects to return a [from, to) range, but found from="
                    + Messages.cpp(from) + " > to=" + Messages.cpp(to));
        }
        if (!(to - from <= max)) {
            throw new IllegalArgumentException("uniform_ expects to-from <= std::numeric_limits<"
                    + dtype.scalarTypeName() + ">::max(), but found to=" + Messages.cpp(to)
                    + " and from=" + Messages.cpp(from) + " which result in to-from to exceed the limit");
        }
    }
}
