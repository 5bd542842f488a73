package torch4j.utils.data;

import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import torch4j.DType;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * PyTorch's {@code WeightedRandomSampler}: {@code numSamples} indices of {@code [0, len(weights))}
 * drawn with probabilities proportional to the weights, by one
 * {@code torch.multinomial(weights, num_samples, replacement, generator)} over float64 weights
 * at the first index of each pass, so a seeded pass yields PyTorch's indices.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var s = new WeightedRandomSampler(new double[] {0.1, 0.9, 0.4, 0.7, 3.0, 0.6}, 5);
 * jshell> for (int i : s) System.out.print(i + " ")
 * 5 4 4 5 4
 * }</pre>
 */
public final class WeightedRandomSampler implements Sampler<Integer> {
    private final Tensor weights;
    private final int numSamples;
    private final boolean replacement;
    private final Generator generator;

    /** {@code WeightedRandomSampler(weights, num_samples)}: with replacement, the global generator. */
    public WeightedRandomSampler(double[] weights, int numSamples) {
        this(weights, numSamples, true, null);
    }

    public WeightedRandomSampler(double[] weights, int numSamples, boolean replacement) {
        this(weights, numSamples, replacement, null);
    }

    /** @param generator null for the global generator */
    public WeightedRandomSampler(double[] weights, int numSamples, boolean replacement, Generator generator) {
        this(Torch.tensor(weights.clone(), DType.FLOAT64), numSamples, replacement, generator);
    }

    /**
     * Weights from a tensor ({@code torch.as_tensor(weights, dtype=torch.double)}).
     *
     * @throws IllegalArgumentException "num_samples should be a positive integer value, but got
     *         num_samples=0"; "weights should be a 1d sequence but given weights have shape (2, 2)"
     */
    public WeightedRandomSampler(Tensor weights, int numSamples, boolean replacement, Generator generator) {
        if (numSamples <= 0) {
            throw new IllegalArgumentException("num_samples should be a positive integer value, but got num_samples=" + numSamples);
        }
        Tensor w = weights.detach().to(DType.FLOAT64);
        if (w.dim() != 1) {
            throw new IllegalArgumentException("weights should be a 1d sequence but given weights have shape " + pythonTuple(w.shape().toLongArray()));
        }
        this.weights = w;
        this.numSamples = numSamples;
        this.replacement = replacement;
        this.generator = generator;
    }

    private static String pythonTuple(long[] shape) {
        String inner = Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", "));
        return "(" + inner + (shape.length == 1 ? ",)" : ")");
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Generated<>() {
            private long[] drawn;
            private int pos;

            @Override
            protected Integer compute() {
                if (drawn == null) drawn = Torch.multinomial(weights, numSamples, replacement, generator).toLongArray();
                return pos < drawn.length ? Integer.valueOf((int) drawn[pos++]) : end();
            }
        };
    }

    @Override
    public int size() {
        return numSamples;
    }

    /** The float64 weights ({@code .weights}). */
    public Tensor weights() {
        return weights;
    }

    @Override
    public String toString() {
        return "WeightedRandomSampler(num_samples=" + numSamples + ", replacement=" + replacement + ")";
    }
}
