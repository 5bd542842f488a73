package torch4j.nn;

/**
 * Instance normalisation of (N, C, D, H, W) or (C, D, H, W) input ({@code nn.InstanceNorm3d}); see
 * {@link InstanceNorm} for the options and the running statistics.
 *
 * <pre>{@code
 * jshell> new InstanceNorm3d(3).call(randn(2, 3, 2, 2, 2)).shape()
 * $1 ==> torch.Size([2, 3, 2, 2, 2])
 * }</pre>
 */
public class InstanceNorm3d extends InstanceNorm {
    /** {@code nn.InstanceNorm3d(num_features)}: eps 1e-5, momentum 0.1, no affine transform, no running statistics. */
    public InstanceNorm3d(long numFeatures) { this(numFeatures, 1e-5, 0.1, false, false); }

    /** {@code nn.InstanceNorm3d(num_features, eps, momentum, affine, track_running_stats)}. */
    public InstanceNorm3d(long numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    @Override int noBatchDim() { return 4; }
}
