package torch4j.nn;

import torch4j.Tensor;

/**
 * Batch normalisation over the channels of (N, C, H, W) input ({@code nn.BatchNorm2d}); see
 * {@link BatchNorm} for the running statistics and train/eval behaviour.
 *
 * <pre>{@code
 * jshell> var bn = new BatchNorm2d(3); bn.call(randn(4, 3, 2, 2)); bn.numBatchesTracked()
 * $1 ==> tensor(1)
 * }</pre>
 */
public class BatchNorm2d extends BatchNorm {
    /** {@code nn.BatchNorm2d(num_features)}: eps 1e-5, momentum 0.1, affine, tracking running stats. */
    public BatchNorm2d(long numFeatures) { this(numFeatures, 1e-5, 0.1, true, true); }

    /** {@code nn.BatchNorm2d(num_features, eps, momentum, affine, track_running_stats)}; momentum null = cumulative average. */
    public BatchNorm2d(long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    @Override void checkInputDim(Tensor input) {
        if (input.dim() != 4) throw new IllegalArgumentException("expected 4D input (got " + input.dim() + "D input)");
    }
}
