package torch4j.nn;

import torch4j.Tensor;

/**
 * Batch normalisation over the features of (N, C) or (N, C, L) input ({@code nn.BatchNorm1d});
 * see {@link BatchNorm} for the running statistics and train/eval behaviour.
 *
 * <pre>{@code
 * jshell> new BatchNorm1d(4, 1e-5, 0.3, true, false)
 * $1 ==> BatchNorm1d(4, eps=1e-05, momentum=0.3, affine=True, track_running_stats=False)
 * }</pre>
 */
public class BatchNorm1d extends BatchNorm {
    /** {@code nn.BatchNorm1d(num_features)}: eps 1e-5, momentum 0.1, affine, tracking running stats. */
    public BatchNorm1d(long numFeatures) { this(numFeatures, 1e-5, 0.1, true, true); }

    /** {@code nn.BatchNorm1d(num_features, eps, momentum, affine, track_running_stats)}; momentum null = cumulative average. */
    public BatchNorm1d(long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    @Override void checkInputDim(Tensor input) {
        if (input.dim() != 2 && input.dim() != 3)
            throw new IllegalArgumentException("expected 2D or 3D input (got " + input.dim() + "D input)");
    }
}
