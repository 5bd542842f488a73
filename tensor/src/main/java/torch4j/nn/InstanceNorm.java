package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * What {@link InstanceNorm1d}, {@link InstanceNorm2d} and {@link InstanceNorm3d} share
 * (PyTorch's {@code _InstanceNorm}): each (sample, channel) normalised over its own spatial
 * elements. Off by default, as in PyTorch: the affine weight (ones) and bias (zeros) and the
 * running statistics (buffers {@code running_mean}, {@code running_var},
 * {@code num_batches_tracked}, registered as BatchNorm's are). With running statistics,
 * evaluation normalises with them; an input without the batch dimension is treated as a batch
 * of one.
 *
 * <pre>{@code
 * jshell> new InstanceNorm2d(3, 1e-5, 0.1, true, false)
 * $1 ==> InstanceNorm2d(3, eps=1e-05, momentum=0.1, affine=True, track_running_stats=False)
 * }</pre>
 */
public abstract class InstanceNorm extends Module {
    /** Channels C of the (N, C, …) input. */
    public final long numFeatures;
    /** Added to the variance before the square root. */
    public final double eps;
    /** The running-average factor. */
    public final double momentum;
    /** Learnable weight and bias; running statistics kept in buffers. */
    public final boolean affine, trackRunningStats;
    /** (numFeatures) scale, or null without {@code affine}. */
    public final Parameter weight;
    /** (numFeatures) shift, or null without {@code affine}. */
    public final Parameter bias;

    InstanceNorm(long numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        this.numFeatures = numFeatures;
        this.eps = eps;
        this.momentum = momentum;
        this.affine = affine;
        this.trackRunningStats = trackRunningStats;
        this.weight = affine ? register("weight", new Parameter(Torch.ones(numFeatures))) : null;
        this.bias = affine ? register("bias", new Parameter(Torch.zeros(numFeatures))) : null;
        if (!affine) {
            registerParameter("weight", null);
            registerParameter("bias", null);
        }
        registerBuffer("running_mean", trackRunningStats ? Torch.zeros(numFeatures) : null);
        registerBuffer("running_var", trackRunningStats ? Torch.ones(numFeatures) : null);
        registerBuffer("num_batches_tracked", trackRunningStats ? Torch.tensor(0L) : null);
    }

    /** The running mean buffer (null without {@code trackRunningStats}). */
    public Tensor runningMean() { return getBuffer("running_mean"); }

    /** The running variance buffer (null without {@code trackRunningStats}). */
    public Tensor runningVar() { return getBuffer("running_var"); }

    /** The number of dimensions of an input without the batch dimension (PyTorch's {@code _get_no_batch_dim}). */
    abstract int noBatchDim();

    @Override public Tensor forward(Tensor input) {
        int dims = noBatchDim();
        if (input.dim() != dims && input.dim() != dims + 1)
            throw new IllegalArgumentException("expected " + dims + "D or " + (dims + 1) + "D input (got " + input.dim() + "D input)");
        if (input.dim() == dims) return applyInstanceNorm(input.unsqueeze(0)).squeeze(0);
        return applyInstanceNorm(input);
    }

    private Tensor applyInstanceNorm(Tensor input) {
        return F.instanceNorm(input, runningMean(), runningVar(), weight, bias, isTraining() || !trackRunningStats, momentum, eps);
    }

    @Override public String extraRepr() {
        return numFeatures + ", eps=" + PyRepr.floatRepr(eps) + ", momentum=" + PyRepr.floatRepr(momentum)
                + ", affine=" + PyRepr.bool(affine) + ", track_running_stats=" + PyRepr.bool(trackRunningStats);
    }
}
