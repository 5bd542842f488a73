package torch4j.random;

import torch4j.DType;
import torch4j.Generator;

/**
 * Internal (called by the tensor core): {@code torch.randperm(n)} (notes §5.3). PyTorch 1.13
 * uses one algorithm for every n: start from the identity, and for i = 0 … n−2 swap positions i
 * and i + ({@code random()} mod (n − i)) — n − 1 draws of 32 bits, none for n ≤ 1.
 *
 * <pre>{@code
 * jshell> var g = new Generator().manualSeed(0); var p = new long[10];
 * jshell> Randperm.fill(g, 10, DType.INT64, p, 0); p
 * p ==> long[10] { 4, 1, 7, 5, 3, 9, 0, 8, 6, 2 }
 * }</pre>
 */
public final class Randperm {
    private Randperm() {}

    /**
     * Writes a permutation of 0 … n−1 to {@code dst[off..off+n)} (the dtype's storage array).
     *
     * @throws IllegalArgumentException as PyTorch: bool is not supported, and the largest
     *         index n − 1 must be representable ({@code check_supported_max_int_with_precision})
     */
    public static void fill(Generator g, int n, DType dtype, Object dst, int off) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be non-negative, got" + n);
        }
        TypedStore.requireArray(dtype, dst);
        checkSupported(n, dtype);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        Mt19937 e = g.engine();
        synchronized (e) {
            int[] words = e.scratch;
            int i = 0;
            while (i < n - 1) {
                int k = Math.min(n - 1 - i, words.length);
                e.fill32(words, 0, k);
                for (int w = 0; w < k; w++, i++) {
                    int z = (int) ((words[w] & 0xFFFFFFFFL) % (n - i));
                    int saved = perm[i];
                    perm[i] = perm[i + z];
                    perm[i + z] = saved;
                }
            }
        }
        TypedStore.store(dtype, dst, off, perm, n);
    }

    private static void checkSupported(int n, DType dtype) {
        long largest = n > 0 ? n - 1 : n;
        switch (dtype) {
            case BOOL -> throw Messages.notImplemented("randperm", dtype);
            case INT8 -> requireFits(largest <= Byte.MAX_VALUE, "int8_t");
            case UINT8 -> requireFits(largest <= 255, "uint8_t");
            case INT16 -> requireFits(largest <= Short.MAX_VALUE, "int16_t");
            case FLOAT32 -> {
                if (n > (1 << 24) + 1) {
                    throw new IllegalArgumentException("n cannot be greater than 2^24+1 for Float type.");
                }
            }
            default -> { } // int32, int64, float64 hold every Java array index
        }
    }

    private static void requireFits(boolean fits, String cType) {
        if (!fits) {
            throw new IllegalArgumentException("value cannot be converted to type " + cType + " without overflow");
        }
    }
}
