package torch4j.utils.data;

import java.util.Iterator;
import torch4j.DType;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.random.IntegerRandom;
import torch4j.random.Randperm;

/**
 * PyTorch's {@code RandomSampler}: a shuffled pass over a dataset, or {@code numSamples} draws
 * with replacement, drawing the numbers PyTorch 1.13 draws, when it draws them:
 * <ul>
 *   <li>at the first index, without a generator, one int64 seed from the global generator for a
 *       fresh {@code torch.Generator()} that the pass then uses;</li>
 *   <li>without replacement, {@code randperm(n)} for each full round of n indices, then one more
 *       {@code randperm(n)} of which only the first {@code numSamples % n} are used (so a
 *       plain shuffled pass draws a second, unused permutation when it ends, as PyTorch's
 *       does; it is skipped when the pass drew from its own fresh generator, whose state
 *       nothing can see);</li>
 *   <li>with replacement, {@code randint(n, (32,))} per 32 indices, then one
 *       {@code randint(n, (numSamples % 32,))}.</li>
 * </ul>
 *
 * <pre>{@code
 * jshell> manualSeed(0); var s = new RandomSampler(Dataset.of(List.of(10, 20, 30, 40)));
 * jshell> var it = s.iterator(); it.next()
 * $3 ==> 2
 * }</pre>
 */
public final class RandomSampler implements Sampler<Integer> {
    private static final int CHUNK = 32;

    private final Dataset<?> dataSource;
    private final boolean replacement;
    private final Integer numSamples;
    private final Generator generator;

    /** {@code RandomSampler(data_source)}: a permutation per pass, seeded from the global generator. */
    public RandomSampler(Dataset<?> dataSource) {
        this(dataSource, false, null, null);
    }

    /** {@code RandomSampler(data_source, generator=generator)}; a null generator means the global one seeds each pass. */
    public RandomSampler(Dataset<?> dataSource, Generator generator) {
        this(dataSource, false, null, generator);
    }

    /**
     * {@code RandomSampler(data_source, replacement, num_samples, generator)}.
     *
     * <pre>{@code
     * jshell> new RandomSampler(Dataset.of(List.of(1, 2, 3)), true, 5, new Generator().manualSeed(1)).size()
     * $1 ==> 5
     * }</pre>
     *
     * @param numSamples null for len(dataset) (read at each use, as PyTorch's property)
     * @param generator  null: each pass seeds a fresh generator from the global one
     * @throws IllegalArgumentException "num_samples should be a positive integer value, but got
     *         num_samples=0"
     */
    public RandomSampler(Dataset<?> dataSource, boolean replacement, Integer numSamples, Generator generator) {
        this.dataSource = dataSource;
        this.replacement = replacement;
        this.numSamples = numSamples;
        this.generator = generator;
        int resolved = size();
        if (resolved <= 0) {
            throw new IllegalArgumentException("num_samples should be a positive integer value, but got num_samples=" + resolved);
        }
    }

    /** {@code num_samples}: the given count, or the dataset's current length. */
    @Override
    public int size() {
        return numSamples != null ? numSamples : dataSource.size();
    }

    public boolean replacement() {
        return replacement;
    }

    public Generator generator() {
        return generator;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Generated<>() {
            private boolean started;
            private int n;
            private int samples;
            private Generator gen;
            private int roundsLeft;
            private boolean tailDrawn;
            private long[] draws;
            private int pos;
            private int limit;

            @Override
            protected Integer compute() {
                if (!started) {
                    started = true;
                    n = dataSource.size();
                    samples = size();
                    gen = generator != null ? generator : new Generator().manualSeed(drawSeed(null));
                    roundsLeft = replacement ? samples / CHUNK : samples / n;
                }
                while (pos >= limit) {
                    int block = replacement ? CHUNK : n;
                    if (roundsLeft > 0) {
                        roundsLeft--;
                        refill(block, block);
                    } else if (!tailDrawn && (samples % block > 0 || generator != null)) {
                        // a tail of none is still drawn from a user's generator (its state after the
                        // pass is PyTorch's); from the pass's own fresh generator nobody sees it
                        tailDrawn = true;
                        refill(block, samples % block);
                    } else {
                        return end();
                    }
                }
                return (int) draws[pos++];
            }

            /** One randperm(n) or randint(n, (count,)), of which the first {@code keep} are yielded. */
            private void refill(int block, int keep) {
                if (replacement) {
                    draws = new long[keep];
                    IntegerRandom.fillFromTo(gen, DType.INT64, draws, 0, keep, 0, n);
                } else {
                    draws = new long[n];
                    Randperm.fill(gen, n, DType.INT64, draws, 0);
                }
                pos = 0;
                limit = keep;
            }
        };
    }

    /**
     * {@code torch.empty((), dtype=torch.int64).random_(generator=g).item()}: a seed in
     * [0, 2^63), from the global generator when {@code g} is null. PyTorch draws the DataLoader's
     * {@code _base_seed} and a shuffling pass's seed this way.
     */
    static long drawSeed(Generator g) {
        Tensor t = Torch.empty(new long[0], DType.INT64);
        return (g == null ? t.random_() : t.random_(g)).longValue();
    }

    @Override
    public String toString() {
        return "RandomSampler(replacement=" + replacement + ", num_samples=" + size() + ")";
    }
}
