package torch4j.random;

import torch4j.Generator;

/**
 * Internal (called by the tensor core): the with-replacement draws of {@code torch.multinomial}
 * as PyTorch 1.13's CPU kernel makes them ({@code multinomial_with_replacement_apply}). Per row
 * of the distribution: the running sum in the input's precision is checked and normalised into a
 * cumulative distribution whose last bucket is forced to 1; each sample then draws one 53-bit
 * uniform ({@code random64()}, two engine words) and binary-searches the first bucket not below
 * it. The without-replacement path is {@code exponential_}, divide and top-k, in the tensor core.
 *
 * <pre>{@code
 * jshell> var g = new Generator().manualSeed(0); var out = new long[4];
 * jshell> Multinomial.withReplacement(g, new double[] {1, 0, 3}, 0, 1, 3, 4, out); out
 * out ==> long[4] { 2, 2, 2, 2 }
 * }</pre>
 */
public final class Multinomial {
    private Multinomial() {}

    /**
     * Samples {@code nSample} categories for each of {@code rows} distributions stored row-major
     * in {@code probs} from {@code off} ({@code categories} values each) into {@code out}
     * ({@code rows × nSample}, row-major).
     *
     * @throws IllegalArgumentException PyTorch's "invalid multinomial distribution (...)" messages
     */
    public static void withReplacement(Generator g, double[] probs, int off, int rows, int categories,
                                       int nSample, long[] out) {
        sample(g, rows, categories, nSample, out, (r, cum) -> {
            double sum = 0;
            for (int j = 0; j < categories; j++) {
                double v = probs[off + r * categories + j];
                checkEntry(v >= 0, Double.isFinite(v));
                sum += v;
                cum[j] = sum;
            }
            checkSum(sum > 0);
            for (int j = 0; j < categories; j++) cum[j] /= sum;
        });
    }

    /** The float32 kernel: the sum and the cumulative distribution are kept in float, as ATen's {@code scalar_t}. */
    public static void withReplacement(Generator g, float[] probs, int off, int rows, int categories,
                                       int nSample, long[] out) {
        sample(g, rows, categories, nSample, out, (r, cum) -> {
            float sum = 0;
            for (int j = 0; j < categories; j++) {
                float v = probs[off + r * categories + j];
                checkEntry(v >= 0, Float.isFinite(v));
                sum += v;
                cum[j] = sum;
            }
            checkSum(sum > 0);
            // float division, as ATen's float loop; the widened values compare with u as floats would
            for (int j = 0; j < categories; j++) cum[j] = (float) cum[j] / sum;
        });
    }

    /** Fills {@code cum} with row {@code r}'s normalised cumulative distribution, checking it as ATen does. */
    @FunctionalInterface
    private interface RowDistribution {
        void cumulative(int r, double[] cum);
    }

    /** The draws shared by both precisions: one uniform per sample, then a binary search of the row's distribution. */
    private static void sample(Generator g, int rows, int categories, int nSample, long[] out, RowDistribution row) {
        double[] cum = new double[categories];
        Mt19937 e = g.engine();
        synchronized (e) {
            for (int r = 0; r < rows; r++) {
                row.cumulative(r, cum);
                for (int s = 0; s < nSample; s++) {
                    double u = Draws.u53(e);
                    cum[categories - 1] = 1;
                    int left = 0, right = categories;
                    while (right - left > 0) {
                        int mid = left + (right - left) / 2;
                        if (cum[mid] < u) left = mid + 1;
                        else right = mid;
                    }
                    out[r * nSample + s] = left;
                }
            }
        }
    }

    // The checks come in ATen's order: a NaN fails "< 0" first, since NaN >= 0 is false.
    private static void checkEntry(boolean nonNegative, boolean finite) {
        if (!nonNegative) throw new IllegalArgumentException("invalid multinomial distribution (encountering probability entry < 0)");
        if (!finite) throw new IllegalArgumentException("invalid multinomial distribution (encountering probability entry = infinity or NaN)");
    }

    private static void checkSum(boolean positive) {
        if (!positive) throw new IllegalArgumentException("invalid multinomial distribution (sum of probabilities <= 0)");
    }
}
