package torch4j.nn.functional;

import torch4j.DType;
import torch4j.NnFunctions;
import torch4j.SpatialFunctions;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.random.Bernoulli;

/**
 * The functional namespace, PyTorch's {@code torch.nn.functional} (imported as {@code F}):
 * stateless functions on tensors. Names are PyTorch's in camelCase; Python keyword arguments
 * become overloads. Random functions draw from the global generator exactly as PyTorch 1.13
 * does on the CPU.
 *
 * <pre>{@code
 * jshell> manualSeed(0); F.dropout(ones(8), 0.5, true)
 * $1 ==> tensor([0., 0., 2., 0., 0., 0., 2., 2.])
 * }</pre>
 */
public final class F extends MiscF {
    private F() {}

    // ---------------------------------------------------------------- dropout

    /**
     * {@code F.dropout(x, p=0.5, training=True)}: zeroes each element with probability p and
     * scales the rest by 1 / (1 − p). As PyTorch 1.13 on the CPU: a contiguous noise tensor
     * filled by {@code bernoulli_(1 − p)} (two engine words per element, row-major), divided
     * by {@code 1 − p} in the input's dtype, then {@code x × noise}. Returns {@code x} itself,
     * drawing nothing, when p = 0, when not training or when x is empty; p = 1 gives
     * {@code x × 0} without drawing.
     *
     * <pre>{@code
     * jshell> manualSeed(42); F.dropout(ones(6), 0.2, true)
     * $1 ==> tensor([1.2500, 1.2500, 1.2500, 1.2500, 1.2500, 1.2500])
     * }</pre>
     *
     * @throws IllegalArgumentException "dropout probability has to be between 0 and 1, but got …"
     */
    public static Tensor dropout(Tensor x, double p, boolean training) {
        Bernoulli.checkDropoutP(p);
        if (p == 0 || !training || x.numel() == 0) return x;
        if (p == 1) return x.mul(Torch.zeros(new long[0], x.dtype()));
        Tensor noise = NnFunctions.dropoutNoise(x, 1 - p);   // contiguous, as ATen's empty_like(x, LEGACY_CONTIGUOUS)
        return x.mul(noise);
    }

    /** {@code F.dropout(x, p)} in training mode. */
    public static Tensor dropout(Tensor x, double p) {
        return dropout(x, p, true);
    }

    /** {@code F.dropout(x)}: p = 0.5, training. */
    public static Tensor dropout(Tensor x) {
        return dropout(x, 0.5, true);
    }

    /**
     * {@code F.dropout(x, p, training, inplace=True)}: the same draws and values as
     * {@link #dropout(Tensor, double, boolean)}, written into {@code x}.
     *
     * <pre>{@code
     * jshell> manualSeed(0); var x = ones(4); F.dropout_(x, 0.5, true); x
     * x ==> tensor([0., 0., 2., 0.])
     * }</pre>
     */
    public static Tensor dropout_(Tensor x, double p, boolean training) {
        Bernoulli.checkDropoutP(p);
        if (p == 0 || !training || x.numel() == 0) return x;
        if (p == 1) return x.mul_(Torch.zeros(new long[0], x.dtype()));
        Tensor noise = NnFunctions.dropoutNoise(x, 1 - p);   // contiguous, as ATen's empty_like(x, LEGACY_CONTIGUOUS)
        return x.mul_(noise);
    }

    /**
     * {@code F.dropout2d(x, p=0.5, training=True)}: channel-wise dropout — one Bernoulli per
     * (sample, channel), drawn row-major into an (N, C, 1, 1) noise tensor, divided by
     * {@code 1 − p} and broadcast over the spatial dimensions. As in PyTorch 1.13, a 3-D input is
     * read as (N, C, L) (one draw per (dim 0, dim 1) pair) with PyTorch's warning, and inputs
     * that are neither 3-D nor 4-D are accepted with its deprecation warning.
     *
     * <pre>{@code
     * jshell> manualSeed(0); F.dropout2d(ones(1, 4, 1, 1), 0.5, true).flatten()
     * $1 ==> tensor([0., 0., 2., 0.])
     * }</pre>
     *
     * @throws IllegalArgumentException "dropout probability has to be between 0 and 1, but got …",
     *         or PyTorch's error for fewer than 2 dimensions
     */
    public static Tensor dropout2d(Tensor x, double p, boolean training) {
        checkDropout2d(x, p);
        return featureDropout(x, p, training, false);
    }

    /** {@code F.dropout2d(x, p)} in training mode. */
    public static Tensor dropout2d(Tensor x, double p) {
        return dropout2d(x, p, true);
    }

    /**
     * {@code F.dropout2d(x, p, training, inplace=True)}: the same draws, values and warnings as
     * {@link #dropout2d(Tensor, double, boolean)}, multiplied into {@code x} ({@code mul_}, so
     * the node is {@code MulBackward0} as in PyTorch 1.13) and {@code x} returned.
     *
     * <pre>{@code
     * jshell> manualSeed(0); var x = ones(1, 4, 1, 1); F.dropout2d_(x, 0.5, true); x.flatten()
     * $3 ==> tensor([0., 0., 2., 0.])
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #dropout2d(Tensor, double, boolean)}
     */
    public static Tensor dropout2d_(Tensor x, double p, boolean training) {
        checkDropout2d(x, p);
        return featureDropout(x, p, training, true);
    }

    private static void checkDropout2d(Tensor x, double p) {
        Bernoulli.checkDropoutP(p);
        int dim = x.dim();
        if (dim != 3 && dim != 4) {
            warn("dropout2d: Received a " + dim + "-D input to dropout2d, which is deprecated "
                    + "and will result in an error in a future release. To retain the behavior "
                    + "and silence this warning, please use dropout instead. Note that dropout2d "
                    + "exists to provide channel-wise dropout on inputs with 2 spatial dimensions, "
                    + "a channel dimension, and an optional batch dimension (i.e. 3D or 4D inputs).");
        }
        if (dim == 3) {
            warn("dropout2d: Received a 3D input to dropout2d and assuming that channel-wise "
                    + "1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C "
                    + "is the channel dim. This behavior will change in a future release to interpret the "
                    + "input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D "
                    + "channel-wise dropout behavior, please switch to using dropout1d instead.");
        }
    }

    static void warn(String message) {
        System.err.println("UserWarning: " + message);
    }

    // ---------------------------------------------------------------- linear (helper nn)

    /**
     * {@code F.linear(x, weight, bias)}: x·weightᵀ + bias. A 2-D input with a bias is one
     * {@code addmm} ({@code AddmmBackward0}); a contiguous 3-D input is flattened into it and viewed
     * back, as PyTorch 1.13 does; other inputs use matmul then add.
     * <pre>{@code
     * jshell> F.linear(ones(1, 2), ones(3, 2), zeros(3))
     * $1 ==> tensor([[2., 2., 2.]])
     * }</pre>
     */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        if (bias != null && x.dim() == 2) return NnFunctions.addmm(bias, x, weight.t());
        if (bias != null && x.dim() == 3 && x.isContiguous()) {
            long a = x.size(0), b = x.size(1);
            Tensor out = NnFunctions.addmm(bias, x.view(a * b, x.size(2)), weight.t());
            return out.view(a, b, out.size(1));
        }
        Tensor out = x.matmul(weight.t());
        return bias == null ? out : out.add(bias);
    }

    /** {@code F.linear(x, weight)}: x·weightᵀ without bias. */
    public static Tensor linear(Tensor x, Tensor weight) { return linear(x, weight, null); }

    // ---------------------------------------------------------------- activations (helper nn)

    /** {@code F.relu(x)}: max(x, 0), {@code ReluBackward0}. */
    public static Tensor relu(Tensor x) { return x.relu(); }

    /** {@code F.relu(x, inplace)}: in place when {@code inplace}. */
    public static Tensor relu(Tensor x, boolean inplace) { return inplace ? x.relu_() : x.relu(); }

    /** {@code F.relu_(x)}: in place. */
    public static Tensor relu_(Tensor x) { return x.relu_(); }

    /**
     * {@code F.leaky_relu(x, negative_slope=0.01)}: x, or x·slope where x ≤ 0.
     * <pre>{@code
     * jshell> F.leakyRelu(tensor(-2.0, 3.0), 0.1)
     * $1 ==> tensor([-0.2000,  3.0000])
     * }</pre>
     */
    public static Tensor leakyRelu(Tensor x) { return NnFunctions.leakyRelu(x, 0.01, false); }
    /** {@code F.leaky_relu(x, negative_slope)}. */
    public static Tensor leakyRelu(Tensor x, double negativeSlope) { return NnFunctions.leakyRelu(x, negativeSlope, false); }
    /** {@code F.leaky_relu(x, negative_slope, inplace)}. */
    public static Tensor leakyRelu(Tensor x, double negativeSlope, boolean inplace) { return NnFunctions.leakyRelu(x, negativeSlope, inplace); }

    /**
     * {@code F.hardtanh(x)}: x clamped to [−1, 1] ({@code HardtanhBackward0}).
     * <pre>{@code
     * jshell> F.hardtanh(tensor(-2.0, 0.5, 3.0))
     * $1 ==> tensor([-1.0000,  0.5000,  1.0000])
     * }</pre>
     */
    public static Tensor hardtanh(Tensor x) { return NnFunctions.hardtanh(x, -1, 1, false); }
    /** {@code F.hardtanh(x, min_val, max_val)}. */
    public static Tensor hardtanh(Tensor x, double minVal, double maxVal) { return NnFunctions.hardtanh(x, minVal, maxVal, false); }
    /** {@code F.hardtanh(x, min_val, max_val, inplace)}. */
    public static Tensor hardtanh(Tensor x, double minVal, double maxVal, boolean inplace) { return NnFunctions.hardtanh(x, minVal, maxVal, inplace); }
    /** {@code F.hardtanh_(x, min_val, max_val)}: in place. */
    public static Tensor hardtanh_(Tensor x, double minVal, double maxVal) { return NnFunctions.hardtanh(x, minVal, maxVal, true); }

    /**
     * {@code F.relu6(x)}: min(max(x, 0), 6), hardtanh over [0, 6] as PyTorch computes it
     * ({@code HardtanhBackward0}).
     * <pre>{@code
     * jshell> F.relu6(tensor(-1.0, 3.0, 7.0))
     * $1 ==> tensor([0., 3., 6.])
     * }</pre>
     */
    public static Tensor relu6(Tensor x) { return NnFunctions.hardtanh(x, 0, 6, false); }
    /** {@code F.relu6(x, inplace)}: in place when {@code inplace}. */
    public static Tensor relu6(Tensor x, boolean inplace) { return NnFunctions.hardtanh(x, 0, 6, inplace); }

    /**
     * {@code F.elu(x, alpha=1.0)}: x, or alpha·(eˣ − 1) where x ≤ 0.
     * <pre>{@code
     * jshell> F.elu(tensor(-1.0, 1.0))
     * $1 ==> tensor([-0.6321,  1.0000])
     * }</pre>
     */
    public static Tensor elu(Tensor x) { return NnFunctions.elu(x, 1.0, false); }
    /** {@code F.elu(x, alpha)}. */
    public static Tensor elu(Tensor x, double alpha) { return NnFunctions.elu(x, alpha, false); }
    /** {@code F.elu(x, alpha, inplace)}. */
    public static Tensor elu(Tensor x, double alpha, boolean inplace) { return NnFunctions.elu(x, alpha, inplace); }

    /**
     * {@code F.gelu(x)}: x·Φ(x), Φ the standard normal CDF.
     * <pre>{@code
     * jshell> F.gelu(tensor(-1.0, 1.0))
     * $1 ==> tensor([-0.1587,  0.8413])
     * }</pre>
     */
    public static Tensor gelu(Tensor x) { return NnFunctions.gelu(x, "none"); }
    /** {@code F.gelu(x, approximate)}: "none" or "tanh". */
    public static Tensor gelu(Tensor x, String approximate) { return NnFunctions.gelu(x, approximate); }

    /** {@code F.sigmoid(x)}: {@code torch.sigmoid}, with PyTorch's deprecation warning (once). */
    public static Tensor sigmoid(Tensor x) {
        Warnings.once("nn.functional.sigmoid is deprecated. Use torch.sigmoid instead.");
        return x.sigmoid();
    }
    /** {@code F.tanh(x)}: {@code torch.tanh}, with PyTorch's deprecation warning (once). */
    public static Tensor tanh(Tensor x) {
        Warnings.once("nn.functional.tanh is deprecated. Use torch.tanh instead.");
        return x.tanh();
    }

    /**
     * {@code F.softplus(x, beta=1, threshold=20)}: log(1 + e^(βx)) / β, linear above the threshold.
     * <pre>{@code
     * jshell> F.softplus(tensor(0.0, 30.0))
     * $1 ==> tensor([ 0.6931, 30.0000])
     * }</pre>
     */
    public static Tensor softplus(Tensor x) { return NnFunctions.softplus(x, 1, 20); }
    /** {@code F.softplus(x, beta, threshold)}. */
    public static Tensor softplus(Tensor x, double beta, double threshold) { return NnFunctions.softplus(x, beta, threshold); }

    /**
     * {@code F.softmax(x, dim)}.
     * <pre>{@code
     * jshell> F.softmax(tensor(new double[][] {{1, 1}, {0, 2}}), 1)
     * $1 ==> tensor([[0.5000, 0.5000],
     *                [0.1192, 0.8808]])
     * }</pre>
     */
    public static Tensor softmax(Tensor x, long dim) { return NnFunctions.softmax(x, dim); }
    /** {@code F.softmax(x)} without a dim: PyTorch's implicit choice (0 for 0-, 1- and 3-D inputs, else 1) and its warning. */
    public static Tensor softmax(Tensor x) { return NnFunctions.softmax(x, implicitDim("softmax", x.dim())); }
    /** {@code F.log_softmax(x, dim)}. */
    public static Tensor logSoftmax(Tensor x, long dim) { return NnFunctions.logSoftmax(x, dim); }
    /** {@code F.softmax(x, dim, dtype=torch.float64)}: x converted first, as PyTorch ({@code ToCopyBackward0} under {@code SoftmaxBackward0}). */
    public static Tensor softmax(Tensor x, long dim, DType dtype) { return NnFunctions.softmax(x.to(dtype), dim); }
    /** {@code F.log_softmax(x, dim, dtype=torch.float64)}, converted first as {@link #softmax(Tensor, long, DType)}. */
    public static Tensor logSoftmax(Tensor x, long dim, DType dtype) { return NnFunctions.logSoftmax(x.to(dtype), dim); }
    /** {@code F.log_softmax(x)} with the implicit dim and warning. */
    public static Tensor logSoftmax(Tensor x) { return NnFunctions.logSoftmax(x, implicitDim("log_softmax", x.dim())); }

    /** PyTorch's {@code _get_softmax_dim}, with its UserWarning (once, as Python shows it). */
    public static long implicitDim(String name, int ndim) {
        Warnings.once("Implicit dimension choice for " + name + " has been deprecated. Change the call to include dim=X as an argument.");
        return ndim == 0 || ndim == 1 || ndim == 3 ? 0 : 1;
    }

    // ---------------------------------------------------------------- embedding, one_hot (helper nn)

    /**
     * {@code F.embedding(input, weight)}: the rows of {@code weight} named by the int64 indices,
     * shaped input.shape + (embedding_dim).
     * <pre>{@code
     * jshell> F.embedding(tensor(2L, 0L), arange(6.0).view(3, 2))
     * $1 ==> tensor([[4., 5.],
     *                [0., 1.]])
     * }</pre>
     */
    public static Tensor embedding(Tensor input, Tensor weight) { return embedding(input, weight, null, null, 2.0); }

    /**
     * {@code F.embedding(input, weight, padding_idx, max_norm, norm_type)}: the padding row (negative
     * counts from the end; null for none) gets no gradient; with a max norm the looked-up rows
     * of weight are first rescaled in place to at most that norm.
     */
    public static Tensor embedding(Tensor input, Tensor weight, Long paddingIdx, Double maxNorm, double normType) {
        return embedding(input, weight, paddingIdx, maxNorm, normType, false);
    }

    /**
     * {@code F.embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq)}: as
     * above; with {@code scaleGradByFreq} the gradient each looked-up row receives is divided by
     * how often that row occurs in {@code input} (the node stays {@code EmbeddingBackward0}).
     *
     * <pre>{@code
     * jshell> var w = ones(3, 2).requiresGrad_(); F.embedding(tensor(0L, 0L, 2L), w, null, null, 2.0, true).sum().backward(); w.grad()
     * $2 ==> tensor([[1., 1.],
     *                [0., 0.],
     *                [1., 1.]])
     * }</pre>
     */
    public static Tensor embedding(Tensor input, Tensor weight, Long paddingIdx, Double maxNorm, double normType, boolean scaleGradByFreq) {
        long padding = -1;
        if (paddingIdx != null) {
            long rows = weight.size(0);
            if (paddingIdx >= rows || paddingIdx < -rows) throw new IllegalArgumentException("Padding_idx must be within num_embeddings");
            padding = paddingIdx < 0 ? paddingIdx + rows : paddingIdx;
        }
        if (maxNorm != null) NnFunctions.embeddingRenorm_(weight, input.contiguous(), maxNorm, normType);
        return NnFunctions.embedding(weight, input, padding, scaleGradByFreq);
    }

    /**
     * {@code F.one_hot(x)}: int64 one-hot rows, as many classes as the largest value + 1.
     * <pre>{@code
     * jshell> F.oneHot(tensor(0L, 2L))
     * $1 ==> tensor([[1, 0, 0],
     *                [0, 0, 1]])
     * }</pre>
     */
    public static Tensor oneHot(Tensor x) { return Losses.oneHot(x, -1); }
    /** {@code F.one_hot(x, num_classes)}. */
    public static Tensor oneHot(Tensor x, long numClasses) { return Losses.oneHot(x, numClasses); }

    // ---------------------------------------------------------------- losses (helper nn); reduction is "mean", "sum" or "none"

    /**
     * {@code F.mse_loss(input, target)}: mean of squared differences.
     * <pre>{@code
     * jshell> F.mseLoss(tensor(1.0, 2.0), tensor(0.0, 0.0))
     * $1 ==> tensor(2.5000)
     * }</pre>
     */
    public static Tensor mseLoss(Tensor input, Tensor target) { return Losses.mse(input, target, "mean"); }
    /** {@code F.mse_loss(input, target, reduction=...)}. */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) { return Losses.mse(input, target, reduction); }

    /** {@code F.l1_loss(input, target)}: mean absolute difference. */
    public static Tensor l1Loss(Tensor input, Tensor target) { return Losses.l1(input, target, "mean"); }
    /** {@code F.l1_loss(input, target, reduction=...)}. */
    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) { return Losses.l1(input, target, reduction); }

    /** {@code F.smooth_l1_loss(input, target)}: quadratic below beta = 1, linear above. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target) { return Losses.smoothL1(input, target, "mean", 1.0); }
    /** {@code F.smooth_l1_loss(input, target, reduction=..., beta=...)}. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) { return Losses.smoothL1(input, target, reduction, beta); }

    /** {@code F.huber_loss(input, target)}: quadratic below delta = 1, then delta-scaled linear. */
    public static Tensor huberLoss(Tensor input, Tensor target) { return Losses.huber(input, target, "mean", 1.0); }
    /** {@code F.huber_loss(input, target, reduction=..., delta=...)}. */
    public static Tensor huberLoss(Tensor input, Tensor target, String reduction, double delta) { return Losses.huber(input, target, reduction, delta); }

    /**
     * {@code F.cross_entropy(input, target)}: log_softmax over the classes (dim 1, or 0 for a
     * 1-D input) then the negative log-likelihood of int64 class indices; a float target of
     * input's shape is read as class probabilities.
     * <pre>{@code
     * jshell> F.crossEntropy(tensor(new double[][] {{2, 0}}), tensor(0L))
     * $1 ==> tensor(0.1269)
     * }</pre>
     */
    public static Tensor crossEntropy(Tensor input, Tensor target) { return Losses.crossEntropy(input, target, null, -100, "mean", 0.0); }
    /** {@code F.cross_entropy(input, target, reduction=...)}. */
    public static Tensor crossEntropy(Tensor input, Tensor target, String reduction) { return Losses.crossEntropy(input, target, null, -100, reduction, 0.0); }
    /** {@code F.cross_entropy(input, target, weight, ignore_index, reduction, label_smoothing)}; weight may be null. */
    public static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction, double labelSmoothing) {
        return Losses.crossEntropy(input, target, weight, ignoreIndex, reduction, labelSmoothing);
    }

    /** {@code F.nll_loss(input, target)}: −input[target] averaged, input being log-probabilities. */
    public static Tensor nllLoss(Tensor input, Tensor target) { return Losses.nll(input, target, null, -100, "mean"); }
    /** {@code F.nll_loss(input, target, weight, ignore_index, reduction)}; weight may be null. */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
        return Losses.nll(input, target, weight, ignoreIndex, reduction);
    }

    /** {@code F.binary_cross_entropy(input, target)} on probabilities in [0, 1]. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target) { return Losses.binaryCrossEntropy(input, target, null, "mean"); }
    /** {@code F.binary_cross_entropy(input, target, weight, reduction=...)}; weight may be null. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, String reduction) {
        return Losses.binaryCrossEntropy(input, target, weight, reduction);
    }

    /**
     * {@code F.binary_cross_entropy_with_logits(input, target)}: sigmoid and BCE in one stable step.
     * <pre>{@code
     * jshell> F.binaryCrossEntropyWithLogits(tensor(0.0), tensor(1.0))
     * $1 ==> tensor(0.6931)
     * }</pre>
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target) { return Losses.bceWithLogits(input, target, null, "mean", null); }
    /** {@code F.binary_cross_entropy_with_logits(input, target, weight, reduction=..., pos_weight=...)}; weight and posWeight may be null. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor weight, String reduction, Tensor posWeight) {
        return Losses.bceWithLogits(input, target, weight, reduction, posWeight);
    }

    /** {@code F.kl_div(input, target)}: input log-probabilities, target probabilities; "mean" warns as PyTorch does. */
    public static Tensor klDiv(Tensor input, Tensor target) { return Losses.klDiv(input, target, "mean", false); }
    /** {@code F.kl_div(input, target, reduction=...)}, reduction also "batchmean". */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction) { return Losses.klDiv(input, target, reduction, false); }
    /** {@code F.kl_div(input, target, reduction=..., log_target=...)}. */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) { return Losses.klDiv(input, target, reduction, logTarget); }
}
