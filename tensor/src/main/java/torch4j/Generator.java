package torch4j;

import java.security.SecureRandom;
import torch4j.random.Mt19937;
import torch4j.random.RngStateCodec;

/**
 * A CPU random number generator that produces exactly PyTorch's streams: {@code torch.Generator}
 * ({@code CPUGeneratorImpl}, an mt19937 engine plus a cached normal sample). The same seed gives
 * the same numbers as PyTorch 1.13 for {@code rand}, {@code randn}, {@code randint},
 * {@code randperm}, {@code normal}, {@code bernoulli} and dropout.
 *
 * <pre>{@code
 * jshell> var g = new Generator().manualSeed(42)
 * jshell> randn(new long[] {2, 2}, g)
 * $2 ==> tensor([[0.3367, 0.1288],
 *                [0.2345, 0.2303]])
 * }</pre>
 *
 * <p>Thread-safety: every fill holds this generator's lock for its whole duration, as PyTorch
 * holds the generator's mutex; seeding and state access take the same lock.
 */
public final class Generator {
    /** The seed {@code torch.Generator()} starts from (0x3D30F19CD101, notes §2.1). */
    public static final long DEFAULT_SEED = 67280421310721L;

    private static final class DefaultHolder {
        // PyTorch seeds its global generator from /dev/urandom at start-up (notes §2.1).
        static final Generator DEFAULT = new Generator(nonDeterministicSeed());
    }

    private static final class Entropy {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    private final Mt19937 engine;

    /**
     * A generator seeded with {@link #DEFAULT_SEED}, as {@code torch.Generator()}.
     *
     * <pre>{@code
     * jshell> new Generator().initialSeed()
     * $1 ==> 67280421310721
     * }</pre>
     */
    public Generator() {
        this(DEFAULT_SEED);
    }

    private Generator(long seed) {
        engine = new Mt19937(seed);
    }

    /**
     * The global generator behind {@code Torch.manualSeed} and every random function called
     * without a generator ({@code torch.default_generator}). Seeded non-deterministically when
     * first used, so only {@code manualSeed} makes it reproducible.
     *
     * <pre>{@code
     * jshell> Generator.defaultGenerator().manualSeed(0).initialSeed()
     * $1 ==> 0
     * }</pre>
     */
    public static Generator defaultGenerator() {
        return THREAD_DEFAULT.orElse(DefaultHolder.DEFAULT);
    }

    /**
     * A generator standing in for the global one on the threads that run {@link #runAsDefault}:
     * PyTorch's DataLoader workers are processes, each with its own global generator seeded with
     * {@code base_seed + worker_id}; torch4j's workers are threads, so their "global" generator
     * is bound per thread for the worker's lifetime, and the main thread's stream is untouched.
     */
    private static final ScopedValue<Generator> THREAD_DEFAULT = ScopedValue.newInstance();

    /**
     * Internal (for {@code torch4j.utils.data}'s worker threads): runs {@code body} on this thread
     * with {@code generator} as what {@link #defaultGenerator()} (and so {@code manualSeed},
     * {@code rand}, ...) returns; other threads keep the global generator.
     */
    public static void runAsDefault(Generator generator, Runnable body) {
        ScopedValue.where(THREAD_DEFAULT, java.util.Objects.requireNonNull(generator)).run(body);
    }

    /**
     * Seeds this generator ({@code manual_seed}). All 64 bits are kept for {@link #initialSeed()},
     * but only the low 32 bits reach the mt19937 state, so {@code 2^40 + 7} gives the stream of
     * {@code 7} and {@code -1} that of {@code 2^32 - 1}. Empties the cached normal sample.
     *
     * <pre>{@code
     * jshell> var g = new Generator().manualSeed(42)
     * g ==> Generator(seed=42)
     * }</pre>
     *
     * @param seed any 64-bit value; negative values are PyTorch's two's complement reading of
     *             seeds in [-2^63, 0)
     * @return this generator
     */
    public Generator manualSeed(long seed) {
        synchronized (engine) {
            engine.seed(seed);
        }
        return this;
    }

    /**
     * Seeds this generator non-deterministically (64 bits from {@link SecureRandom}, as PyTorch
     * reads /dev/urandom) and returns the seed ({@code Generator.seed()}).
     *
     * <pre>{@code
     * jshell> var s = new Generator().seed()
     * s ==> -3042263427387410389   // different every time
     * }</pre>
     */
    public long seed() {
        long seed = nonDeterministicSeed();
        manualSeed(seed);
        return seed;
    }

    /**
     * The seed last set by {@link #manualSeed}, {@link #seed} or {@link #setState}
     * ({@code initial_seed()}). PyTorch returns it as an unsigned 64-bit integer: print it with
     * {@link Long#toUnsignedString(long)} to see the same digits.
     *
     * <pre>{@code
     * jshell> new Generator().manualSeed(-1).initialSeed()
     * $1 ==> -1        // PyTorch: 18446744073709551615
     * }</pre>
     */
    public long initialSeed() {
        synchronized (engine) {
            return engine.initialSeed();
        }
    }

    /**
     * The generator's state as the 5056 bytes PyTorch's {@code get_state()} returns (seed,
     * position, the 624 state words, the cached normal sample), byte for byte.
     *
     * <pre>{@code
     * jshell> var s = new Generator().manualSeed(0).getState(); s.length
     * $1 ==> 5056
     * }</pre>
     */
    public byte[] getState() {
        synchronized (engine) {
            return RngStateCodec.encode(engine);
        }
    }

    /**
     * Restores a state from {@link #getState()} or from PyTorch's {@code get_rng_state()} bytes
     * (the 5048-byte legacy layout is accepted too), validated as PyTorch does.
     *
     * <pre>{@code
     * jshell> var g = new Generator(); var s = g.getState(); g.setState(s)
     * }</pre>
     *
     * @return this generator
     * @throws IllegalArgumentException "Invalid mt19937 state", or PyTorch's size message
     */
    public Generator setState(byte[] state) {
        synchronized (engine) {
            RngStateCodec.decode(state, engine);
        }
        return this;
    }

    /**
     * Internal: the engine the {@code torch4j.random} kernels draw from. Callers must hold its
     * monitor for a whole fill ({@code synchronized (g.engine())}).
     */
    public Mt19937 engine() {
        return engine;
    }

    private static long nonDeterministicSeed() {
        return Entropy.SOURCE.nextLong();
    }

    /**
     * {@code Generator(seed=42)}: the seed this generator was last seeded with ({@link #initialSeed()},
     * as Java's signed long). PyTorch prints {@code <torch._C.Generator object at 0x7f...>}, a
     * Python object address a Java learner can do nothing with; the seed says which stream this is.
     */
    @Override public String toString() {
        return "Generator(seed=" + initialSeed() + ")";
    }
}
