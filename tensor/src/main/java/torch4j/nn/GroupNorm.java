package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * Group normalisation ({@code nn.GroupNorm}): the channels of each sample split into
 * {@code numGroups} groups, each normalised by its own mean and biased variance, then scaled by
 * {@code weight} (ones) and shifted by {@code bias} (zeros) per channel when {@code affine}.
 * Independent of the batch size, so the same in training and eval.
 *
 * <pre>{@code
 * jshell> new GroupNorm(2, 4)
 * $1 ==> GroupNorm(2, 4, eps=1e-05, affine=True)
 * }</pre>
 */
public class GroupNorm extends Module {
    /** How many groups the channels form. */
    public final long numGroups;
    /** The channel count (dim 1 of the input). */
    public final long numChannels;
    /** Added to the variance before the square root. */
    public final double eps;
    /** Whether weight and bias exist. */
    public final boolean affine;
    /** Shaped (numChannels), or null without {@code affine}. */
    public final Parameter weight, bias;

    /** {@code nn.GroupNorm(num_groups, num_channels)}: eps 1e-5, affine. */
    public GroupNorm(long numGroups, long numChannels) { this(numGroups, numChannels, 1e-5, true); }

    /**
     * {@code nn.GroupNorm(num_groups, num_channels, eps, affine)}.
     *
     * @throws IllegalArgumentException "num_channels must be divisible by num_groups"
     */
    public GroupNorm(long numGroups, long numChannels, double eps, boolean affine) {
        if (numChannels % numGroups != 0) throw new IllegalArgumentException("num_channels must be divisible by num_groups");
        this.numGroups = numGroups;
        this.numChannels = numChannels;
        this.eps = eps;
        this.affine = affine;
        this.weight = affine ? register("weight", new Parameter(Torch.ones(numChannels))) : null;
        this.bias = affine ? register("bias", new Parameter(Torch.zeros(numChannels))) : null;
        if (!affine) {
            registerParameter("weight", null);
            registerParameter("bias", null);
        }
    }

    @Override public Tensor forward(Tensor input) { return F.groupNorm(input, numGroups, weight, bias, eps); }

    @Override public String extraRepr() {
        return numGroups + ", " + numChannels + ", eps=" + PyRepr.floatRepr(eps) + ", affine=" + PyRepr.bool(affine);
    }
}
