package torch4j.nn;

import torch4j.Tensor;

/**
 * Batch normalisation over the channels of (N, C, D, H, W) input ({@code nn.BatchNorm3d}); see
 * {@link BatchNorm} for the running statistics and train/eval behaviour.
 *
 * <pre>{@code
 * jshell> var bn = new BatchNorm3d(3); bn.call(randn(4, 3, 2, 2, 2)); bn.numBatchesTracked()
 * $1 ==> tensor(1)
 * }</pre>
 */
public class BatchNorm3d extends BatchNorm {
    /** {@code nn.BatchNorm3d(num_features)}: eps 1e-5, momentum 0.1, affine, tracking running stats. */
    public BatchNorm3d(long numFeatures) { this(numFeatures, 1e-5, 0.1, true, true); }

    /** {@code nn.BatchNorm3d(num_features, eps, momentum, affine, track_running_stats)}; momentum null = cumulative average. */
    public BatchNorm3d(long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    @Override void checkInputDim(Tensor input) {
        if (input.dim() != 5) throw new IllegalArgumentException("expected 5D input (got " + input.dim() + "D input)");
    }
}
