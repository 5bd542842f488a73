package torch4j.nn;

/**
 * Instance normalisation of (N, C, L) or (C, L) input ({@code nn.InstanceNorm1d}); see
 * {@link InstanceNorm} for the options and the running statistics.
 *
 * <pre>{@code
 * jshell> new InstanceNorm1d(3).call(randn(2, 3, 4)).shape()
 * $1 ==> torch.Size([2, 3, 4])
 * }</pre>
 */
public class InstanceNorm1d extends InstanceNorm {
    /** {@code nn.InstanceNorm1d(num_features)}: eps 1e-5, momentum 0.1, no affine transform, no running statistics. */
    public InstanceNorm1d(long numFeatures) { this(numFeatures, 1e-5, 0.1, false, false); }

    /** {@code nn.InstanceNorm1d(num_features, eps, momentum, affine, track_running_stats)}. */
    public InstanceNorm1d(long numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    @Override int noBatchDim() { return 2; }
}
