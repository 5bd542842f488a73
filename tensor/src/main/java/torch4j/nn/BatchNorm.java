package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;
import torch4j.nn.functional.F;

/**
 * What {@link BatchNorm1d}, {@link BatchNorm2d} and {@link BatchNorm3d} share (PyTorch's {@code _BatchNorm}): affine
 * weight (ones) and bias (zeros), the buffers {@code running_mean} (zeros), {@code running_var}
 * (ones) and {@code num_batches_tracked}, and the train/eval behaviour. In training the batch
 * statistics normalise and update the running ones by {@code momentum}, or by a cumulative
 * average (1 / batches seen) when momentum is null; in evaluation the running ones normalise.
 *
 * <pre>{@code
 * jshell> new BatchNorm2d(6)
 * $1 ==> BatchNorm2d(6, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
 * }</pre>
 */
public abstract class BatchNorm extends NormBase {
    BatchNorm(long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    /** {@code reset_running_stats()}: mean 0, variance 1, no batches seen. */
    public void resetRunningStats() {
        if (!trackRunningStats) return;
        try (var _ = GradMode.noGrad()) {
            runningMean().zero_();
            runningVar().fill_(1.0);
            numBatchesTracked().zero_();
        }
    }

    /** PyTorch's {@code _check_input_dim}. */
    abstract void checkInputDim(Tensor input);

    @Override public Tensor forward(Tensor input) {
        checkInputDim(input);
        double factor = momentum == null ? 0.0 : momentum;
        if (isTraining() && trackRunningStats && numBatchesTracked() != null) {
            try (var _ = GradMode.noGrad()) { numBatchesTracked().add_(1L); }
            if (momentum == null) factor = 1.0 / numBatchesTracked().doubleValue();
        }
        boolean batchStats = isTraining() || (runningMean() == null && runningVar() == null);
        boolean useRunning = !isTraining() || trackRunningStats;
        return F.batchNorm(input, useRunning ? runningMean() : null, useRunning ? runningVar() : null, weight, bias, batchStats, factor, eps);
    }

    @Override public String extraRepr() {
        return numFeatures + ", eps=" + PyRepr.floatRepr(eps) + ", momentum=" + (momentum == null ? "None" : PyRepr.floatRepr(momentum))
                + ", affine=" + PyRepr.bool(affine) + ", track_running_stats=" + PyRepr.bool(trackRunningStats);
    }
}
