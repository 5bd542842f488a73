package torch4j.random;

/**
 * Internal: the uniform numbers every transform starts from (notes §3). Callers hold the
 * engine's monitor. Bulk forms draw through the engine's scratch buffer so that tempering and
 * conversion run as simple array loops.
 */
final class Draws {
    /** 2^-24 and 2^-53: the uniform scale factors of float32 and float64. */
    static final float TWO_POW_M24 = 0x1p-24f;
    static final double TWO_POW_M53 = 0x1p-53;
    static final int U24_MASK = 0xFFFFFF;
    static final long U53_HIGH_MASK = 0x1FFFFFL; // low 21 bits of the first draw

    private Draws() {}

    /** U24: the low 24 bits of one draw, times 2^-24 (exact). */
    static float u24(Mt19937 e) {
        return (e.next32() & U24_MASK) * TWO_POW_M24;
    }

    /** U53: the low 21 bits of the first draw and all 32 of the second, times 2^-53 (exact). */
    static double u53(Mt19937 e) {
        long hi = e.next32() & U53_HIGH_MASK;
        long lo = e.next32() & 0xFFFFFFFFL;
        return ((hi << 32) | lo) * TWO_POW_M53;
    }

    /** {@code dst[off..off+n) = U24} in order; n engine words. */
    static void fillU24(Mt19937 e, float[] dst, int off, int n) {
        int[] words = e.scratch;
        while (n > 0) {
            int k = Math.min(n, words.length);
            e.fill32(words, 0, k);
            for (int i = 0; i < k; i++) {
                dst[off + i] = (words[i] & U24_MASK) * TWO_POW_M24;
            }
            off += k;
            n -= k;
        }
    }

    /** {@code dst[off..off+n) = U53} in order; 2n engine words. */
    static void fillU53(Mt19937 e, double[] dst, int off, int n) {
        int[] words = e.scratch;
        int pairsPerChunk = words.length / 2;
        while (n > 0) {
            int k = Math.min(n, pairsPerChunk);
            e.fill32(words, 0, 2 * k);
            for (int i = 0; i < k; i++) {
                long hi = words[2 * i] & U53_HIGH_MASK;
                long lo = words[2 * i + 1] & 0xFFFFFFFFL;
                dst[off + i] = ((hi << 32) | lo) * TWO_POW_M53;
            }
            off += k;
            n -= k;
        }
    }
}
