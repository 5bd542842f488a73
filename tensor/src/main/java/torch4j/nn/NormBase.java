package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;

/**
 * What batch and instance normalisation share (PyTorch's {@code _NormBase}): the options, an
 * affine weight (ones) and bias (zeros), and the buffers {@code running_mean} (zeros),
 * {@code running_var} (ones) and {@code num_batches_tracked}, registered in PyTorch's order so
 * that state-dict keys match; absent ones are registered as null, as PyTorch does.
 */
public abstract class NormBase extends Module {
    /** Channels C of the (N, C, …) input. */
    public final long numFeatures;
    /** Added to the variance before the square root. */
    public final double eps;
    /** The running-average factor, or null for a cumulative average (batch norm only). */
    public final Double momentum;
    /** Learnable weight and bias; running statistics kept in buffers. */
    public final boolean affine, trackRunningStats;
    /** (numFeatures) scale, or null without {@code affine}. */
    public final Parameter weight;
    /** (numFeatures) shift, or null without {@code affine}. */
    public final Parameter bias;

    NormBase(long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
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

    /** How many training batches updated the running statistics (null without {@code trackRunningStats}). */
    public Tensor numBatchesTracked() { return getBuffer("num_batches_tracked"); }
}
