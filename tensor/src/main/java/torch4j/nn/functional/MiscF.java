package torch4j.nn.functional;

import torch4j.DType;
import torch4j.NnFunctions;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * {@code F.bilinear}, {@code F.embedding_bag} and {@code F.ctc_loss}, and the small forms
 * NnCoverageTest found missing ({@code elu_}, {@code leaky_relu_}, {@code channel_shuffle}, the
 * deprecated {@code upsample*}), kept in their own file for size: PyTorch 1.13's Python wrappers
 * (argument checks and warnings in its words, 2-D inputs turned into bags, max_norm) and ATen's
 * composites around the kernels (the CTC reductions), over the ops in {@link NnFunctions}. Users
 * call them as {@code F.embeddingBag(...)} and so on.
 */
class MiscF extends MarginLossF {
    MiscF() {}

    // ---------------------------------------------------------------- bilinear

    /**
     * {@code F.bilinear(input1, input2, weight, bias)}: y[..., o] = x₁·weight[o]·x₂ + bias[o] over
     * the last dimension; weight (out, in1, in2), bias (out) or null. The graph is PyTorch's:
     * {@code AddBackward0} over {@code ReshapeAliasBackward0} over {@code TrilinearBackward0}.
     *
     * <pre>{@code
     * jshell> F.bilinear(ones(1, 2), ones(1, 3), ones(4, 2, 3), zeros(4))
     * $1 ==> tensor([[6., 6., 6., 6.]])
     * }</pre>
     *
     * @throws IllegalArgumentException PyTorch's "bilinear(): …" errors for mismatched sizes
     */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
        return NnFunctions.bilinear(input1, input2, weight, bias);
    }

    /** {@code F.bilinear(input1, input2, weight)}: without a bias. */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight) { return NnFunctions.bilinear(input1, input2, weight, null); }

    // ---------------------------------------------------------------- embedding_bag

    /**
     * {@code F.embedding_bag(input, weight, offsets)}: the mean of each bag's rows of {@code weight};
     * a 1-D input with 1-D offsets (where each bag starts), or a 2-D input (one bag per row) with
     * null offsets.
     *
     * <pre>{@code
     * jshell> F.embeddingBag(tensor(0L, 1L, 2L), arange(6.0).view(3, 2), tensor(0L, 1L))
     * $1 ==> tensor([[0., 1.],
     *                [3., 4.]])
     * }</pre>
     */
    public static Tensor embeddingBag(Tensor input, Tensor weight, Tensor offsets) {
        return embeddingBag(input, weight, offsets, null, 2.0, false, "mean", null, false, null);
    }

    /** {@code F.embedding_bag(input, weight)}: a 2-D input, one bag per row, mean. */
    public static Tensor embeddingBag(Tensor input, Tensor weight) { return embeddingBag(input, weight, null); }

    /** {@code F.embedding_bag(input, weight, offsets, mode=...)}: mode "sum", "mean" or "max". */
    public static Tensor embeddingBag(Tensor input, Tensor weight, Tensor offsets, String mode) {
        return embeddingBag(input, weight, offsets, null, 2.0, false, mode, null, false, null);
    }

    /**
     * {@code F.embedding_bag(input, weight, offsets, max_norm, norm_type, scale_grad_by_freq, mode,
     * per_sample_weights=..., include_last_offset=..., padding_idx=...)} (nulls are None; dense
     * gradients only, so there is no {@code sparse}): per-sample weights scale each row (mode "sum"
     * only); with {@code includeLastOffset} offsets has one entry more, the end of the last bag;
     * indices equal to the padding index (negative counts from the end) are left out of their bag;
     * with a max norm the looked-up rows of weight are first rescaled in place. The node is
     * {@code EmbeddingBagBackward0}.
     *
     * <pre>{@code
     * jshell> F.embeddingBag(tensor(0L, 1L, 2L), arange(6.0).view(3, 2), tensor(0L, 1L), null, 2.0, false, "sum", tensor(2.0, 1.0, 1.0), false, null)
     * $1 ==> tensor([[0., 2.],
     *                [6., 8.]])
     * }</pre>
     *
     * @throws IllegalArgumentException PyTorch's ValueErrors and ATen's errors, in their words
     */
    public static Tensor embeddingBag(Tensor input, Tensor weight, Tensor offsets, Double maxNorm, double normType, boolean scaleGradByFreq,
                                      String mode, Tensor perSampleWeights, boolean includeLastOffset, Long paddingIdx) {
        if (perSampleWeights != null && !input.shape().equals(perSampleWeights.shape()))
            throw new IllegalArgumentException("embedding_bag: If per_sample_weights (" + perSampleWeights.shape()
                    + ") is not None, then it must have the same shape as the input (" + input.shape() + ")");
        if (input.dim() == 2) {
            if (offsets != null)
                throw new IllegalArgumentException("if input is 2D, then offsets has to be None, as input is treated is a mini-batch of fixed length"
                        + " sequences. However, found offsets of type <class 'torch.Tensor'>");
            offsets = Torch.arange(0L, input.numel(), input.size(1)).to(input.dtype());
            input = input.reshape(-1);
            if (perSampleWeights != null) perSampleWeights = perSampleWeights.reshape(-1);
        } else if (input.dim() == 1) {
            if (offsets == null) throw new IllegalArgumentException("offsets has to be a 1D Tensor but got None");
            if (offsets.dim() != 1) throw new IllegalArgumentException("offsets has to be a 1D Tensor");
        } else {
            throw new IllegalArgumentException("input has to be 1D or 2D Tensor, but got Tensor of dimension " + input.dim());
        }
        int modeEnum = switch (mode) {
            case "sum" -> 0;
            case "mean" -> 1;
            case "max" -> {
                if (scaleGradByFreq) throw new IllegalArgumentException("max mode does not support scaling the gradient by the frequency");
                yield 2;
            }
            default -> throw new IllegalArgumentException("mode has to be one of sum, mean or max");
        };
        if (maxNorm != null) NnFunctions.embeddingRenorm_(weight, input, maxNorm, normType);
        if (perSampleWeights != null && modeEnum != 0)
            throw new UnsupportedOperationException("embedding_bag: per_sample_weights was not None. per_sample_weights is only supported for mode='sum'"
                    + " (got mode='" + mode + "'). Please open a feature request on GitHub.");
        return NnFunctions.embeddingBag(weight, input, offsets, scaleGradByFreq, modeEnum, perSampleWeights, includeLastOffset, paddingIdx);
    }

    // ---------------------------------------------------------------- ctc_loss

    /**
     * {@code F.ctc_loss(log_probs, targets, input_lengths, target_lengths)}: the Connectionist
     * Temporal Classification loss of (T, N, C) log-probabilities (or (T, C) for one sequence)
     * against int64 targets, padded (N, S) or concatenated (sum of target lengths); blank 0,
     * reduction "mean" (each loss divided by its target length, then averaged).
     *
     * <pre>{@code
     * jshell> F.ctcLoss(full(new long[]{3, 1, 2}, Math.log(0.5)), tensor(new long[][]{{1}}), tensor(3L), tensor(1L))
     * $1 ==> tensor(0.2877)
     * }</pre>
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) {
        return ctcLoss(logProbs, targets, inputLengths, targetLengths, 0, "mean", false);
    }

    /**
     * {@code F.ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity)}
     * with the lengths as integer tensors: as {@link #ctcLoss(Tensor, Tensor, long[], long[], long, String, boolean)}.
     *
     * @throws IllegalArgumentException "input_lengths must be integral" (or target_lengths) for float lengths
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths, long blank, String reduction,
                                 boolean zeroInfinity) {
        int red = Losses.reduction(reduction);
        if (!integral(inputLengths)) throw new IllegalArgumentException("input_lengths must be integral");
        if (!integral(targetLengths)) throw new IllegalArgumentException("target_lengths must be integral");
        return ctc(logProbs, targets, inputLengths.toLongArray(), targetLengths.toLongArray(), blank, red, zeroInfinity);
    }

    /** {@code F.ctc_loss(log_probs, targets, input_lengths, target_lengths)} with the lengths as Python lists. */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, long[] inputLengths, long[] targetLengths) {
        return ctcLoss(logProbs, targets, inputLengths, targetLengths, 0, "mean", false);
    }

    /**
     * {@code F.ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity)}:
     * reduction "none" gives each sequence's loss ({@code CtcLossBackward0}), "sum" their sum and
     * "mean" the mean of each divided by its target length (at least 1), as ATen; with
     * {@code zeroInfinity} infinite losses (no alignment possible) and their gradients become 0.
     * The backward is ATen's CPU one, so as there, it is the gradient through a log_softmax.
     *
     * <pre>{@code
     * jshell> F.ctcLoss(full(new long[]{3, 1, 2}, Math.log(0.5)), tensor(1L), new long[]{3}, new long[]{1}, 0, "sum", false)
     * $1 ==> tensor(0.2877)
     * }</pre>
     *
     * @throws IllegalArgumentException ATen's errors for sizes, lengths and blank, in its words
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, long[] inputLengths, long[] targetLengths, long blank, String reduction,
                                 boolean zeroInfinity) {
        return ctc(logProbs, targets, inputLengths, targetLengths, blank, Losses.reduction(reduction), zeroInfinity);
    }

    private static boolean integral(Tensor t) { return !t.dtype().isFloatingPoint() && t.dtype() != DType.BOOL; }

    /** ATen's {@code ctc_loss} composite: unbatched input as a batch of one, zero_infinity, then the reduction. */
    private static Tensor ctc(Tensor logProbs, Tensor targets, long[] inputLengths, long[] targetLengths, long blank, int reduction,
                              boolean zeroInfinity) {
        boolean batched = logProbs.dim() == 3;
        Tensor lp = batched ? logProbs : logProbs.unsqueeze(1);
        Tensor res = NnFunctions.ctcLoss(lp, targets.toLong(), inputLengths, targetLengths, blank, zeroInfinity);
        if (zeroInfinity) res = Torch.where(res.eq(Double.POSITIVE_INFINITY), Torch.zeros(new long[0], res.dtype()), res);
        if (reduction == 1) {
            double[] lengths = new double[targetLengths.length];
            for (int i = 0; i < lengths.length; i++) lengths[i] = targetLengths[i];
            return res.div(Torch.from(lengths).to(res.dtype()).clampMin(1.0)).mean();
        }
        if (reduction == 2) return res.sum();
        return batched ? res : res.squeeze(0);
    }

    // ---------------------------------------------------------------- small forms of existing ops

    /**
     * {@code F.elu_(x, alpha=1.0)}: ELU in place ({@code EluBackward1}).
     * <pre>{@code
     * jshell> var x = tensor(-1.0, 1.0); F.elu_(x); x
     * x ==> tensor([-0.6321,  1.0000])
     * }</pre>
     */
    public static Tensor elu_(Tensor x) { return NnFunctions.elu(x, 1.0, true); }
    /** {@code F.elu_(x, alpha)}. */
    public static Tensor elu_(Tensor x, double alpha) { return NnFunctions.elu(x, alpha, true); }

    /**
     * {@code F.leaky_relu_(x, negative_slope=0.01)}: leaky ReLU in place ({@code LeakyReluBackward1}).
     * <pre>{@code
     * jshell> var x = tensor(-2.0, 3.0); F.leakyRelu_(x, 0.1); x
     * x ==> tensor([-0.2000,  3.0000])
     * }</pre>
     */
    public static Tensor leakyRelu_(Tensor x) { return NnFunctions.leakyRelu(x, 0.01, true); }
    /** {@code F.leaky_relu_(x, negative_slope)}. */
    public static Tensor leakyRelu_(Tensor x, double negativeSlope) { return NnFunctions.leakyRelu(x, negativeSlope, true); }

    /**
     * {@code F.channel_shuffle(x, groups)}: the C channels of (N, C, *) split into groups and
     * interleaved (channel g·(C/groups) + k goes to k·groups + g). As in PyTorch 1.13 it has no
     * derivative: backward through it raises "derivative for channel_shuffle is not implemented".
     *
     * <pre>{@code
     * jshell> F.channelShuffle(arange(4).view(1, 4, 1), 2).flatten()
     * $1 ==> tensor([0, 2, 1, 3])
     * }</pre>
     */
    public static Tensor channelShuffle(Tensor x, long groups) { return NnFunctions.channelShuffle(x, groups); }

    /**
     * {@code F.upsample(input, size, mode, align_corners)}: {@link #interpolate(Tensor, long[], String, Boolean)}
     * with PyTorch's deprecation warning.
     * <pre>{@code
     * jshell> F.upsample(tensor(1., 2.).view(1, 1, 1, 2), new long[]{1, 4}, "nearest", null)
     * $1 ==> tensor([[[[1., 1., 2., 2.]]]])
     * }</pre>
     */
    public static Tensor upsample(Tensor input, long[] size, String mode, Boolean alignCorners) {
        Warnings.once("nn.functional.upsample is deprecated. Use nn.functional.interpolate instead.");
        return interpolate(input, size, mode, alignCorners);
    }
    /** {@code F.upsample(input, scale_factor=s, mode=mode, align_corners=...)}, with the deprecation warning. */
    public static Tensor upsample(Tensor input, double scaleFactor, String mode, Boolean alignCorners) {
        Warnings.once("nn.functional.upsample is deprecated. Use nn.functional.interpolate instead.");
        return interpolate(input, scaleFactor, mode, alignCorners);
    }
    /** {@code F.upsample(input, size)}: nearest. */
    public static Tensor upsample(Tensor input, long[] size) { return upsample(input, size, "nearest", null); }
    /** {@code F.upsample(input, scale_factor=s)}: nearest. */
    public static Tensor upsample(Tensor input, double scaleFactor) { return upsample(input, scaleFactor, "nearest", null); }

    /** {@code F.upsample_nearest(input, size)}: interpolate, nearest, with PyTorch's deprecation warning. */
    public static Tensor upsampleNearest(Tensor input, long[] size) {
        Warnings.once("nn.functional.upsample_nearest is deprecated. Use nn.functional.interpolate instead.");
        return interpolate(input, size, "nearest", null);
    }
    /** {@code F.upsample_nearest(input, scale_factor=s)}. */
    public static Tensor upsampleNearest(Tensor input, double scaleFactor) {
        Warnings.once("nn.functional.upsample_nearest is deprecated. Use nn.functional.interpolate instead.");
        return interpolate(input, scaleFactor, "nearest", null);
    }

    /** {@code F.upsample_bilinear(input, size)}: interpolate, bilinear with align_corners=True, with PyTorch's deprecation warning. */
    public static Tensor upsampleBilinear(Tensor input, long[] size) {
        Warnings.once("nn.functional.upsample_bilinear is deprecated. Use nn.functional.interpolate instead.");
        return interpolate(input, size, "bilinear", true);
    }
    /** {@code F.upsample_bilinear(input, scale_factor=s)}. */
    public static Tensor upsampleBilinear(Tensor input, double scaleFactor) {
        Warnings.once("nn.functional.upsample_bilinear is deprecated. Use nn.functional.interpolate instead.");
        return interpolate(input, scaleFactor, "bilinear", true);
    }
}
