package torch4j.random;

import torch4j.DType;
import torch4j.Generator;

/**
 * Internal (called by the tensor core): {@code bernoulli_(p)}, {@code torch.bernoulli(P)},
 * {@code bernoulli_(P)} and the dropout masks of {@code nn.Dropout} / {@code Dropout2d}
 * (notes §6). Values go to {@code dst[off..off+n)} in fill order.
 *
 * <pre>{@code
 * jshell> var g = new Generator().manualSeed(0); var a = new float[4];
 * jshell> Bernoulli.fill(g, DType.FLOAT32, a, 0, 4, 0.5); a
 * a ==> float[4] { 0.0, 0.0, 1.0, 0.0 }
 * }</pre>
 */
public final class Bernoulli {
    private static final int CHUNK = Mt19937.N / 2;

    private Bernoulli() {}

    /**
     * {@code bernoulli_(p)} with a scalar p: per element one U53 (two words), 1 if U53 &lt; p, for
     * every dtype ({@code dst} is its storage array).
     *
     * @throws IllegalArgumentException "bernoulli_ expects p to be in [0, 1], but got p=…"
     */
    public static void fill(Generator g, DType dtype, Object dst, int off, int n, double p) {
        TypedStore.requireArray(dtype, dst);
        if (!(0 <= p && p <= 1)) {
            throw new IllegalArgumentException("bernoulli_ expects p to be in [0, 1], but got p=" + Messages.cpp(p));
        }
        drawScalar(g, dtype, dst, off, n, p, 1.0);
    }

    /**
     * Dropout's noise in one pass: {@code scale} where {@code bernoulli_(p)} would write 1, else
     * 0 — the same draws as {@link #fill(Generator, DType, Object, int, int, double)} followed by
     * {@code div_(p)}, when {@code scale} is the value that division gives 1 in the dtype.
     * float32 and float64 only ({@code dst} a float[] or double[]).
     *
     * <pre>{@code
     * jshell> var g = new Generator().manualSeed(0); var a = new float[4];
     * jshell> Bernoulli.fillScaled(g, a, 0, 4, 0.5, 2.0); a
     * a ==> float[4] { 0.0, 0.0, 2.0, 0.0 }
     * }</pre>
     */
    public static void fillScaled(Generator g, Object dst, int off, int n, double p, double scale) {
        if (!(dst instanceof float[] || dst instanceof double[])) throw new IllegalArgumentException("fillScaled takes float[] or double[]");
        if (!(0 <= p && p <= 1)) {
            throw new IllegalArgumentException("bernoulli_ expects p to be in [0, 1], but got p=" + Messages.cpp(p));
        }
        drawScalar(g, null, dst, off, n, p, scale);
    }

    /**
     * The scalar-p draws, a chunk of engine words at a time. {@code U53 < p} is tested on the
     * integer: U53 = x·2⁻⁵³ exactly, so U53 &lt; p ⇔ x &lt; p·2⁵³ (exact) ⇔ x &lt; ⌈p·2⁵³⌉, the
     * same outcome for every x without a conversion to double. A kept element gets {@code one}
     * (float and double arrays), other dtypes go through {@link TypedStore} as 0/1.
     */
    private static void drawScalar(Generator g, DType dtype, Object dst, int off, int n, double p, double one) {
        long threshold = (long) Math.ceil(p * 0x1p53);
        float[] f = dst instanceof float[] a ? a : null;
        double[] d = dst instanceof double[] a ? a : null;
        int[] kept = f == null && d == null ? new int[Math.min(n, CHUNK)] : null;
        float oneF = (float) one;
        Mt19937 e = g.engine();
        synchronized (e) {
            int[] w = e.scratch;
            while (n > 0) {
                int k = Math.min(n, CHUNK);
                e.fill32(w, 0, 2 * k);
                if (f != null) {
                    for (int i = 0; i < k; i++) f[off + i] = u53Bits(w, i) < threshold ? oneF : 0f;
                } else if (d != null) {
                    for (int i = 0; i < k; i++) d[off + i] = u53Bits(w, i) < threshold ? one : 0.0;
                } else {
                    for (int i = 0; i < k; i++) kept[i] = u53Bits(w, i) < threshold ? 1 : 0;
                    TypedStore.store(dtype, dst, off, kept, k);
                }
                off += k;
                n -= k;
            }
        }
    }

    /** The 53-bit integer of the i-th U53 in a run of words: the low 21 bits of the first word, then the second. */
    private static long u53Bits(int[] w, int i) {
        return ((w[2 * i] & Draws.U53_HIGH_MASK) << 32) | (w[2 * i + 1] & 0xFFFFFFFFL);
    }

    /**
     * {@code bernoulli_(P)} / {@code torch.bernoulli(P)} with a float32 probability per element
     * ({@code p} aligned with the output's fill order): one U24 (one word) compared in float.
     *
     * @throws IllegalArgumentException at the first p outside [0, 1], after the elements before
     *         it have drawn (PyTorch checks inside the loop)
     */
    public static void fill(Generator g, DType dtype, Object dst, int off, int n, float[] p, int pOff) {
        TypedStore.requireArray(dtype, dst);
        long[] values = new long[Math.min(n, CHUNK)];
        Mt19937 e = g.engine();
        synchronized (e) {
            int done = 0;
            while (done < n) {
                int k = Math.min(n - done, CHUNK);
                for (int i = 0; i < k; i++) {
                    float pi = p[pOff + done + i];
                    if (!(pi >= 0 && pi <= 1)) {
                        TypedStore.store(dtype, dst, off + done, values, i);
                        throw pOutOfRange();
                    }
                    values[i] = Draws.u24(e) < pi ? 1 : 0;
                }
                TypedStore.store(dtype, dst, off + done, values, k);
                done += k;
            }
        }
    }

    /** As {@link #fill(Generator, DType, Object, int, int, float[], int)} with float64 P: one U53 each. */
    public static void fill(Generator g, DType dtype, Object dst, int off, int n, double[] p, int pOff) {
        TypedStore.requireArray(dtype, dst);
        long[] values = new long[Math.min(n, CHUNK)];
        Mt19937 e = g.engine();
        synchronized (e) {
            int done = 0;
            while (done < n) {
                int k = Math.min(n - done, CHUNK);
                for (int i = 0; i < k; i++) {
                    double pi = p[pOff + done + i];
                    if (!(pi >= 0 && pi <= 1)) {
                        TypedStore.store(dtype, dst, off + done, values, i);
                        throw pOutOfRange();
                    }
                    values[i] = Draws.u53(e) < pi ? 1 : 0;
                }
                TypedStore.store(dtype, dst, off + done, values, k);
                done += k;
            }
        }
    }

    private static IllegalArgumentException pOutOfRange() {
        return new IllegalArgumentException("Expected p_in >= 0 && p_in <= 1 to be true, but got false."
                + "  (Could this error message be improved?  If so, please report an enhancement request to PyTorch.)");
    }

    /**
     * The noise tensor of {@code nn.Dropout(p)} in training (§6): {@code bernoulli_(1 − p)} on a
     * contiguous float32 buffer, then divided by {@code f32(1 − p)}, so each element is 0 or
     * {@code f32(1 / f32(1 − p))}; the output is {@code x × noise}. For feature dropout
     * ({@code Dropout1d/2d/3d}) n is N × C and the noise broadcasts over the other dimensions.
     * PyTorch draws nothing for p = 0, in eval mode or for an empty input, and returns
     * {@code x × 0} for p = 1: the caller handles those before calling this.
     *
     * @throws IllegalArgumentException "dropout probability has to be between 0 and 1, but got …"
     */
    public static void dropoutNoise(Generator g, float[] noise, int off, int n, double p) {
        checkDropoutP(p);
        fill(g, DType.FLOAT32, noise, off, n, 1 - p);
        float keep = (float) (1 - p);
        for (int i = 0; i < n; i++) noise[off + i] = noise[off + i] / keep;
    }

    /** The float64 twin of {@link #dropoutNoise(Generator, float[], int, int, double)}. */
    public static void dropoutNoise(Generator g, double[] noise, int off, int n, double p) {
        checkDropoutP(p);
        fill(g, DType.FLOAT64, noise, off, n, 1 - p);
        double keep = 1 - p;
        for (int i = 0; i < n; i++) noise[off + i] = noise[off + i] / keep;
    }

    /** {@code F.dropout}'s check (a Python ValueError there). */
    public static void checkDropoutP(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + Messages.pythonRepr(p));
        }
    }

}
