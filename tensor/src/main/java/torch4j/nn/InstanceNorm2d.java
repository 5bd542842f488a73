package torch4j.nn;

/**
 * Instance normalisation of (N, C, H, W) or (C, H, W) input ({@code nn.InstanceNorm2d}); see
 * {@link InstanceNorm} for the options and the running statistics.
 *
 * <pre>{@code
 * jshell> new InstanceNorm2d(3).call(randn(2, 3, 4, 4)).shape()
 * $1 ==> torch.Size([2, 3, 4, 4])
 * }</pre>
 */
public class InstanceNorm2d extends InstanceNorm {
    /** {@code nn.InstanceNorm2d(num_features)}: eps 1e-5, momentum 0.1, no affine transform, no running statistics. */
    public InstanceNorm2d(long numFeatures) { this(numFeatures, 1e-5, 0.1, false, false); }

    /** {@code nn.InstanceNorm2d(num_features, eps, momentum, affine, track_running_stats)}. */
    public InstanceNorm2d(long numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    @Override int noBatchDim() { return 3; }
}
