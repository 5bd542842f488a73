package torch4j.nn.functional;

import torch4j.NnFunctions;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;
import torch4j.random.Bernoulli;

/**
 * Instance normalisation and alpha dropout of {@link F}, kept in their own file for size: ATen
 * 1.13's composites ({@code instance_norm}, {@code _dropout_impl}) in the same ops and order, so
 * the graph has PyTorch's nodes and the dropout draws PyTorch's numbers. Users call them as
 * {@code F.instanceNorm(...)} and {@code F.alphaDropout(...)}.
 */
class NormF extends LossF {
    NormF() {}

    /**
     * {@code F.instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None,
     * use_input_stats=True, momentum=0.1, eps=1e-05)}: each (sample, channel) of an (N, C, …)
     * input normalised over its own spatial elements. As ATen: the input viewed as (1, N·C, …),
     * weight, bias and running statistics repeated N times, one {@code batch_norm}
     * ({@code NativeBatchNormBackward0}), the result viewed back; running statistics, when given,
     * become the mean over the batch of the per-sample updates.
     *
     * <pre>{@code
     * jshell> F.instanceNorm(tensor(new double[][][]{{{1, 3}}, {{2, 6}}}))
     * $1 ==> tensor([[[-1.0000,  1.0000]],
     *
     *         [[-1.0000,  1.0000]]])
     * }</pre>
     *
     * @throws IllegalArgumentException "Expected more than 1 spatial element when training, got input size torch.Size([…])"
     */
    public static Tensor instanceNorm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                      boolean useInputStats, double momentum, double eps) {
        if (useInputStats) {
            long prod = 1;
            for (int i = 2; i < input.dim(); i++) prod *= input.size(i);
            if (prod == 1) throw new IllegalArgumentException("Expected more than 1 spatial element when training, got input size " + input.shape());
        }
        if (!useInputStats && (runningMean == null || runningVar == null))
            throw new IllegalArgumentException("Expected running_mean and running_var to be defined when use_input_stats is false");
        long b = input.size(0), c = input.size(1);
        long[] shape = input.shape().toLongArray();
        shape[1] = b * c;
        shape[0] = 1;
        Tensor weight_ = weight == null ? null : NnFunctions.repeat(weight, b);
        Tensor bias_ = bias == null ? null : NnFunctions.repeat(bias, b);
        Tensor runningMean_ = runningMean == null ? null : NnFunctions.repeat(runningMean, b);
        Tensor runningVar_ = runningVar == null ? null : NnFunctions.repeat(runningVar, b);
        Tensor out = F.batchNorm(input.contiguous().view(shape), runningMean_, runningVar_, weight_, bias_, useInputStats, momentum, eps);
        try (var _ = GradMode.noGrad()) {
            if (runningMean != null) runningMean.copy_(runningMean_.view(b, c).mean(0, false));
            if (runningVar != null) runningVar.copy_(runningVar_.view(b, c).mean(0, false));
        }
        return out.view(input.shape().toLongArray());
    }

    /** {@code F.instance_norm(input)}: batch statistics, no affine transform, eps 1e-5. */
    public static Tensor instanceNorm(Tensor input) { return instanceNorm(input, null, null, null, null, true, 0.1, 1e-5); }

    /** {@code F.instance_norm(input, weight=..., bias=..., eps=...)} with batch statistics; weight and bias may be null. */
    public static Tensor instanceNorm(Tensor input, Tensor weight, Tensor bias, double eps) {
        return instanceNorm(input, null, null, weight, bias, true, 0.1, eps);
    }

    /**
     * {@code F.alpha_dropout(input, p=0.5, training=False)}: dropout that keeps a SELU network's
     * mean and variance — dropped elements become −α·λ (α = 1.7581 the SELU saturation), then
     * the whole result is scaled by a and shifted by b. Draws as ATen 1.13: a contiguous noise
     * tensor filled by {@code bernoulli_(1 − p)}, {@code b = (noise − 1)·α·a + α·a·p},
     * {@code noise ·= a}, then {@code input × noise + b}. Note PyTorch's default: not training.
     *
     * <pre>{@code
     * jshell> manualSeed(0); F.alphaDropout(ones(4), 0.5, true)
     * $1 ==> tensor([-0.7792, -0.7792,  1.6656, -0.7792])
     * }</pre>
     *
     * @throws IllegalArgumentException "dropout probability has to be between 0 and 1, but got …"
     */
    public static Tensor alphaDropout(Tensor input, double p, boolean training) { return alphaDropout(input, p, training, false); }

    /** {@code F.alpha_dropout(input, p)}: not training, so the input itself. */
    public static Tensor alphaDropout(Tensor input, double p) { return alphaDropout(input, p, false, false); }

    /** {@code F.alpha_dropout(input, p, training, inplace=True)}: the same draws and values, written into {@code input}. */
    public static Tensor alphaDropout_(Tensor input, double p, boolean training) { return alphaDropout(input, p, training, true); }

    private static Tensor alphaDropout(Tensor input, double p, boolean training, boolean inplace) {
        Bernoulli.checkDropoutP(p);
        if (p == 0 || !training || input.numel() == 0) return input;
        if (p == 1) {
            Tensor zero = Torch.zeros(new long[0], input.dtype(), input.device());
            return inplace ? input.mul_(zero) : input.mul(zero);
        }
        Tensor noise = Torch.empty(input.shape().toLongArray(), input.dtype(), input.device()).bernoulli_(1 - p);
        final double alpha = 1.7580993408473766;
        double a = 1. / Math.sqrt((alpha * alpha * p + 1) * (1 - p));
        Tensor b = noise.add(-1L).mul_(alpha * a).add_(alpha * a * p);
        noise.mul_(a);
        return (inplace ? input.mul_(noise) : input.mul(noise)).add_(b);
    }
}
