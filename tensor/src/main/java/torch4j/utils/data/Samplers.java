package torch4j.utils.data;

import torch4j.DType;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.random.Randperm;

/**
 * PyTorch's {@code SequentialSampler} and {@code RandomSampler} (without replacement) as index
 * streams that draw exactly when PyTorch's Python generators do: {@link IndexStream#next()}
 * returns the next index or −1 once exhausted.
 */
final class Samplers {
    private Samplers() {}

    interface IndexStream {
        int next();
    }

    /** {@code torch.empty((), dtype=torch.int64).random_(generator=g).item()}: 64 bits mod 2^63. */
    static long drawSeed(Generator g) {
        Tensor t = Torch.empty(new long[0], DType.INT64);
        return (g == null ? t.random_() : t.random_(g)).longValue();
    }

    static IndexStream sequential(int n) {
        return new IndexStream() {
            private int i;

            @Override
            public int next() {
                return i < n ? i++ : -1;
            }
        };
    }

    /**
     * {@code RandomSampler(data, generator=generator)} with num_samples = n: at the first index,
     * without a generator, a seed is drawn from the global generator for a fresh
     * {@code torch.Generator()}; then {@code randperm(n)} is yielded, and once it is used up the
     * sampler's tail step draws one more {@code randperm(n)} (PyTorch yields its first
     * {@code n % n = 0} elements), as the Python generator does.
     */
    static IndexStream random(int n, Generator generator) {
        return new IndexStream() {
            private Generator gen;
            private int[] current;
            private int pos;
            private int stage; // 0: not started, 1: full permutation, 2: tail drawn

            @Override
            public int next() {
                while (true) {
                    if (current != null && pos < current.length) return current[pos++];
                    if (stage == 0) {
                        gen = generator != null ? generator : new Generator().manualSeed(drawSeed(null));
                        current = permutation(gen, n);
                        stage = 1;
                    } else if (stage == 1) {
                        permutation(gen, n); // randperm(n).tolist()[:num_samples % n]: nothing kept
                        current = new int[0];
                        stage = 2;
                    } else {
                        return -1;
                    }
                    pos = 0;
                }
            }
        };
    }

    private static int[] permutation(Generator g, int n) {
        int[] perm = new int[n];
        Randperm.fill(g, n, DType.INT32, perm, 0);
        return perm;
    }
}
