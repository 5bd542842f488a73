package torch4j;

/**
 * The kernel layer behind {@link torch4j.nn.functional.F}: the ops of {@code torch.nn} that need
 * their own autograd nodes or raw storage access. Users call {@code F} (or the tensor methods);
 * these entry points only route to the package-private kernels, each with its PyTorch 1.13
 * backward node. Reductions are ATen's enum: 0 none, 1 mean, 2 sum.
 *
 * <pre>{@code
 * jshell> NnFunctions.mseLoss(tensor(1.0, 2.0), tensor(0.0, 0.0), 1)
 * $1 ==> tensor(2.5000)
 * }</pre>
 */
public final class NnFunctions {
    private NnFunctions() {}

    /**
     * {@code torch.addmm(bias, mat1, mat2)}: bias + mat1·mat2 in one GEMM, {@code AddmmBackward0}.
     * <pre>{@code
     * jshell> NnFunctions.addmm(ones(2), ones(1, 3), ones(3, 2))
     * $1 ==> tensor([[4., 4.]])
     * }</pre>
     */
    public static Tensor addmm(Tensor bias, Tensor mat1, Tensor mat2) { return NnLinear.addmm(bias, mat1, mat2); }

    /** {@code F.leaky_relu}: x, or x·slope where x ≤ 0 ({@code LeakyReluBackward0}; in place {@code LeakyReluBackward1}). */
    public static Tensor leakyRelu(Tensor x, double negativeSlope, boolean inplace) { return NnActivations.leakyRelu(x, negativeSlope, inplace); }

    /** {@code F.elu}: x, or alpha·(eˣ − 1) where x ≤ 0 ({@code EluBackward0}; in place {@code EluBackward1}). */
    public static Tensor elu(Tensor x, double alpha, boolean inplace) { return NnActivations.elu(x, alpha, inplace); }

    /** {@code F.hardtanh}: x clamped to [min, max] ({@code HardtanhBackward0}, in place too, as PyTorch 1.13). */
    public static Tensor hardtanh(Tensor x, double min, double max, boolean inplace) { return NnActivations.hardtanh(x, min, max, inplace); }

    /** {@code F.gelu} with approximate "none" or "tanh" ({@code GeluBackward0}). */
    public static Tensor gelu(Tensor x, String approximate) { return NnActivations.gelu(x, approximate); }

    /** {@code F.softplus} ({@code SoftplusBackward0}). */
    public static Tensor softplus(Tensor x, double beta, double threshold) { return NnActivations.softplus(x, beta, threshold); }

    /** {@code torch.erf} ({@code ErfBackward0}). */
    public static Tensor erf(Tensor x) { return Pointwise.apply(NnActivations.ERF, x); }

    /** {@code torch.softmax(x, dim)} ({@code SoftmaxBackward0}). */
    public static Tensor softmax(Tensor x, long dim) { return NnSoftmax.softmax(x, dim); }

    /** {@code torch.log_softmax(x, dim)} ({@code LogSoftmaxBackward0}). */
    public static Tensor logSoftmax(Tensor x, long dim) { return NnSoftmax.logSoftmax(x, dim); }

    /** {@code torch.logsumexp(x, dims, keepdim)} ({@code LogsumexpBackward0}). */
    public static Tensor logsumexp(Tensor x, long[] dims, boolean keepdim) { return NnSoftmax.logsumexp(x, dims, keepdim); }

    /** {@code mse_loss} on same-shape tensors ({@code MseLossBackward0}). */
    public static Tensor mseLoss(Tensor input, Tensor target, int reduction) { return NnLosses.mse(input, target, reduction); }

    /** {@code smooth_l1_loss} with {@code beta} ({@code SmoothL1LossBackward0}). */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, int reduction, double beta) { return NnLosses.smoothL1(input, target, reduction, beta); }

    /** {@code huber_loss} with {@code delta} ({@code HuberLossBackward0}). */
    public static Tensor huberLoss(Tensor input, Tensor target, int reduction, double delta) { return NnLosses.huber(input, target, reduction, delta); }

    /** {@code binary_cross_entropy}; weight may be null ({@code BinaryCrossEntropyBackward0}). */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, int reduction) {
        return NnLosses.binaryCrossEntropy(input, target, weight, reduction);
    }

    /** {@code binary_cross_entropy_with_logits}; weight and posWeight may be null ({@code BinaryCrossEntropyWithLogitsBackward0}). */
    public static Tensor bceWithLogits(Tensor input, Tensor target, Tensor weight, Tensor posWeight, int reduction) {
        return NnLosses.bceWithLogits(input, target, weight, posWeight, reduction);
    }

    /** {@code nll_loss} for (C) or (N, C) input; weight may be null ({@code NllLossBackward0}). */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, int reduction, long ignoreIndex) {
        return NnNllLoss.nllLoss(input, target, weight, reduction, ignoreIndex);
    }

    /** {@code nll_loss2d} for (N, C, H, W) input ({@code NllLoss2DBackward0}). */
    public static Tensor nllLoss2d(Tensor input, Tensor target, Tensor weight, int reduction, long ignoreIndex) {
        return NnNllLoss.nllLoss2d(input, target, weight, reduction, ignoreIndex);
    }

    /** {@code embedding(weight, indices)}: rows of weight; the padding row gets no gradient ({@code EmbeddingBackward0}). */
    public static Tensor embedding(Tensor weight, Tensor indices, long paddingIdx) { return NnEmbedding.embedding(weight, indices, paddingIdx, false); }

    /** {@code embedding(weight, indices, padding_idx, scale_grad_by_freq)}: each row's gradient divided by its count in the indices. */
    public static Tensor embedding(Tensor weight, Tensor indices, long paddingIdx, boolean scaleGradByFreq) {
        return NnEmbedding.embedding(weight, indices, paddingIdx, scaleGradByFreq);
    }

    /** {@code embedding_renorm_}: rescales the named rows whose norm exceeds {@code maxNorm}, in place. */
    public static void embeddingRenorm_(Tensor weight, Tensor indices, double maxNorm, double normType) {
        NnEmbedding.renorm_(weight, indices, maxNorm, normType);
    }

    /**
     * {@code torch.bilinear(x1, x2, weight, bias)}: x₁ᵀ·weight[o]·x₂ (+ bias[o]) over the last dimension;
     * bias may be null ({@code TrilinearBackward0} under reshapes, as ATen composes it).
     */
    public static Tensor bilinear(Tensor x1, Tensor x2, Tensor weight, Tensor bias) { return NnBilinear.bilinear(x1, x2, weight, bias); }

    /**
     * {@code _embedding_bag} on 1-D indices and offsets; mode 0 sum, 1 mean, 2 max; perSampleWeights and
     * paddingIdx may be null ({@code EmbeddingBagBackward0}).
     */
    public static Tensor embeddingBag(Tensor weight, Tensor indices, Tensor offsets, boolean scaleGradByFreq, int mode,
                                      Tensor perSampleWeights, boolean includeLastOffset, Long paddingIdx) {
        return NnEmbeddingBag.embeddingBag(weight, indices, offsets, scaleGradByFreq, mode, perSampleWeights, includeLastOffset, paddingIdx);
    }

    /** {@code _ctc_loss}: the per-sample negative log-likelihood of (T, N, C) log-probabilities ({@code CtcLossBackward0}). */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, long[] inputLengths, long[] targetLengths, long blank, boolean zeroInfinity) {
        return NnCtcLoss.ctcLoss(logProbs, targets, inputLengths, targetLengths, blank, zeroInfinity);
    }

    /** {@code channel_shuffle(x, groups)}: channels regrouped; no derivative in PyTorch 1.13 (a {@code NotImplemented} node). */
    public static Tensor channelShuffle(Tensor x, long groups) { return NnChannelShuffle.channelShuffle(x, groups); }

    /** C++'s {@code mul(Tensor, Scalar)}, which ATen's composite losses record ({@code MulBackward1}). */
    public static Tensor mulScalar(Tensor x, double s) { return NnLosses.mulScalar(x, s); }

    /** C++'s {@code div(Tensor, Scalar)} ({@code DivBackward1}). */
    public static Tensor divScalar(Tensor x, double s) { return NnLosses.divScalar(x, s); }

    /**
     * Dropout's noise for x (ATen's {@code _dropout}): a contiguous tensor like x, each element
     * 1/keep with probability keep else 0, drawn from the default generator as
     * {@code empty_like(x).bernoulli_(keep).div_(keep)} draws it.
     * <pre>{@code
     * jshell> manualSeed(0); NnFunctions.dropoutNoise(ones(4), 0.5)
     * $1 ==> tensor([0., 0., 2., 0.])
     * }</pre>
     */
    public static Tensor dropoutNoise(Tensor x, double keep) { return RandomOps.dropoutNoise(x, keep, null); }

    /**
     * {@code torch.baddbmm(self, batch1, batch2)}: self + batch1·batch2 over a batch of matrices
     * ({@code BaddbmmBackward0}), self broadcast to the result.
     * <pre>{@code
     * jshell> NnFunctions.baddbmm(ones(1, 1, 2), ones(2, 1, 3), ones(2, 3, 2))
     * $1 ==> tensor([[[4., 4.]],
     *
     *                [[4., 4.]]])
     * }</pre>
     */
    public static Tensor baddbmm(Tensor self, Tensor batch1, Tensor batch2) { return NnAttention.baddbmm(self, batch1, batch2); }

    /** {@code x.repeat(*sizes)}: x tiled along each dim, extra leading sizes adding dims ({@code RepeatBackward0}). */
    public static Tensor repeat(Tensor x, long... sizes) { return NnAttention.repeat(x, sizes); }

    // ---------------------------------------------------------------- the remaining activations (NnActivationOps, NnActivationNodes)

    /** {@code F.silu} ({@code SiluBackward0}, in place too). */
    public static Tensor silu(Tensor x, boolean inplace) { return NnActivationOps.silu(x, inplace); }

    /** {@code F.mish} ({@code MishBackward0}, in place too). */
    public static Tensor mish(Tensor x, boolean inplace) { return NnActivationOps.mish(x, inplace); }

    /** {@code F.hardswish} ({@code HardswishBackward0}, in place too). */
    public static Tensor hardswish(Tensor x, boolean inplace) { return NnActivationOps.hardswish(x, inplace); }

    /** {@code F.hardsigmoid} ({@code HardsigmoidBackward0}, in place too). */
    public static Tensor hardsigmoid(Tensor x, boolean inplace) { return NnActivationOps.hardsigmoid(x, inplace); }

    /**
     * ATen's {@code elu(x, alpha, scale, input_scale)}: SELU is node "Elu", CELU "Celu"
     * ({@code …Backward0}, in place {@code …Backward1}).
     */
    public static Tensor eluScaled(Tensor x, double alpha, double scale, double inputScale, double backwardInputScale, boolean inplace, String node) {
        return NnActivationOps.eluScaled(x, alpha, scale, inputScale, backwardInputScale, inplace, node);
    }

    /** {@code F.logsigmoid} ({@code LogSigmoidBackward0}). */
    public static Tensor logSigmoid(Tensor x) { return NnActivationOps.logSigmoid(x); }

    /** {@code F.softshrink} ({@code SoftshrinkBackward0}). */
    public static Tensor softshrink(Tensor x, double lambd) { return NnActivationOps.softshrink(x, lambd); }

    /** {@code F.hardshrink} ({@code HardshrinkBackward0}). */
    public static Tensor hardshrink(Tensor x, double lambd) { return PointwiseExtras.hardshrink(x, lambd); }

    /** {@code F.threshold} ({@code ThresholdBackward0}; in place {@code ThresholdBackward1}). */
    public static Tensor threshold(Tensor x, double threshold, double value, boolean inplace) { return NnActivationOps.threshold(x, threshold, value, inplace); }

    /** {@code F.glu} ({@code GluBackward0}). */
    public static Tensor glu(Tensor x, long dim) { return NnActivationNodes.glu(x, dim); }

    /** {@code F.prelu} ({@code PreluBackward0}). */
    public static Tensor prelu(Tensor x, Tensor weight) { return PointwiseExtras.prelu(x, weight); }

    /** {@code F.rrelu} ({@code RreluWithNoiseBackward0}; in place {@code …1}), drawing from the global generator in training. */
    public static Tensor rrelu(Tensor x, double lower, double upper, boolean training, boolean inplace) {
        return NnActivationNodes.rrelu(x, lower, upper, training, inplace);
    }

    // ---------------------------------------------------------------- margin losses, norm, group norm (NnMarginLosses)

    /** {@code soft_margin_loss} ({@code SoftMarginLossBackward0}). */
    public static Tensor softMarginLoss(Tensor input, Tensor target, int reduction) { return NnMarginLosses.softMarginLoss(input, target, reduction); }

    /** {@code multi_margin_loss}, p 1 or 2, weight may be null ({@code MultiMarginLossBackward0}). */
    public static Tensor multiMarginLoss(Tensor input, Tensor target, int p, double margin, Tensor weight, int reduction) {
        return NnMarginLosses.multiMarginLoss(input, target, p, margin, weight, reduction);
    }

    /** {@code multilabel_margin_loss} ({@code MultilabelMarginLossBackward0}). */
    public static Tensor multilabelMarginLoss(Tensor input, Tensor target, int reduction) { return NnMarginLosses.multilabelMarginLoss(input, target, reduction); }

    /** {@code native_group_norm}; weight and bias may be null ({@code NativeGroupNormBackward0}). */
    public static Tensor groupNorm(Tensor x, long groups, Tensor weight, Tensor bias, double eps) { return NnMarginLosses.groupNorm(x, groups, weight, bias, eps); }
}
