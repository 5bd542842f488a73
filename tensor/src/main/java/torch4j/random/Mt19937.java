package torch4j.random;

/**
 * Internal: the engine inside {@link torch4j.Generator} — PyTorch's {@code at::mt19937} plus the
 * two cached normal samples of {@code CPUGeneratorImpl} (notes/pytorch-cpu-rng.md §2).
 *
 * <p>Not thread-safe by itself: every caller holds the engine's monitor for a whole fill, as
 * PyTorch holds {@code generator->mutex_} for a whole kernel ({@code synchronized (engine)}).
 * The kernels of this package do that; nothing outside {@code torch4j} should call it.
 */
public final class Mt19937 {
    /** Number of 32-bit state words (MERSENNE_STATE_N). */
    public static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908B0DF;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7FFFFFFF;

    final int[] state = new int[N];
    long initialSeed;
    /** Draws left before the next twist, plus one (PyTorch's {@code left_}, 1..624). */
    int left;
    /** Index of the next state word to temper and return (PyTorch's {@code next_}, 0..624). */
    int next;

    /** §2.4: the sine half of the last scalar Box-Muller pair, if {@link #hasCachedDouble}. */
    double cachedDoubleNormal;
    boolean hasCachedDouble;
    /** §2.4: no CPU kernel of 1.13 sets the float cache, but get/set state carry it. */
    float cachedFloatNormal;
    boolean hasCachedFloat;

    /** Scratch buffer for bulk draws; only touched while the engine's monitor is held. */
    final int[] scratch = new int[N];

    /** An engine seeded with {@code seed} (only its low 32 bits reach the state, §2.1). */
    public Mt19937(long seed) {
        seed(seed);
    }

    /**
     * §2.1: classic {@code init_genrand} with the low 32 bits of {@code seed}; the full 64 bits
     * are kept as the initial seed. Empties both normal caches.
     */
    public void seed(long seed) {
        initialSeed = seed;
        state[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            int prev = state[i - 1];
            state[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
        left = 1;
        next = 0;
        hasCachedDouble = false;
        cachedDoubleNormal = 0.0;
        hasCachedFloat = false;
        cachedFloatNormal = 0.0f;
    }

    /** The full 64-bit seed last given to {@link #seed} (or restored from a state). */
    public long initialSeed() {
        return initialSeed;
    }

    /** One 32-bit engine word ({@code random()} of the notes), as the bits of an int. */
    public int next32() {
        // §2.2: decrement left; at 0 regenerate. The next == N test only matters for states that
        // PyTorch accepts but would read past its array for (undefined behaviour there).
        if (--left == 0 || next >= N) {
            twist();
        }
        int y = state[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >>> 18;
        return y;
    }

    /** {@code random64()}: the first draw in the high 32 bits, the second in the low 32 bits. */
    public long next64() {
        long hi = next32() & 0xFFFFFFFFL;
        long lo = next32() & 0xFFFFFFFFL;
        return (hi << 32) | lo;
    }

    /**
     * Writes the next {@code len} engine words to {@code dst[off..off+len)} — the same words
     * {@code len} calls of {@link #next32} would return, tempered in bulk so the loop vectorises.
     */
    public void fill32(int[] dst, int off, int len) {
        final int[] mt = state;
        while (len > 0) {
            if (left == 1 || next >= N) {
                // The draw that finds left == 1 twists and then reads word 0 (§2.2); in bulk form
                // that is "twist, then N words are available".
                twist();
                left = N + 1;
            }
            int take = Math.min(len, Math.min(left - 1, N - next));
            int src = next;
            for (int k = 0; k < take; k++) {
                int y = mt[src + k];
                y ^= y >>> 11;
                y ^= (y << 7) & 0x9D2C5680;
                y ^= (y << 15) & 0xEFC60000;
                y ^= y >>> 18;
                dst[off + k] = y;
            }
            next += take;
            left -= take;
            off += take;
            len -= take;
        }
    }

    /** The standard MT19937 regeneration of all 624 words, in index order (§2.2). */
    private void twist() {
        final int[] mt = state;
        int k = 0;
        for (; k < N - M; k++) {
            int y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
            mt[k] = mt[k + M] ^ (y >>> 1) ^ (-(mt[k + 1] & 1) & MATRIX_A);
        }
        for (; k < N - 1; k++) {
            int y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
            mt[k] = mt[k + M - N] ^ (y >>> 1) ^ (-(mt[k + 1] & 1) & MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(mt[0] & 1) & MATRIX_A);
        left = N;
        next = 0;
    }

    /** A copy with the same state words, position, seed and caches (C++ {@code clone()}). */
    public Mt19937 copy() {
        Mt19937 c = new Mt19937(0);
        System.arraycopy(state, 0, c.state, 0, N);
        c.initialSeed = initialSeed;
        c.left = left;
        c.next = next;
        c.cachedDoubleNormal = cachedDoubleNormal;
        c.hasCachedDouble = hasCachedDouble;
        c.cachedFloatNormal = cachedFloatNormal;
        c.hasCachedFloat = hasCachedFloat;
        return c;
    }
}
