package torch4j.nn.functional;

import torch4j.NnFunctions;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The margin and embedding losses of {@link F} and the normalisations that go with them, kept in
 * their own file for size: PyTorch 1.13's composites (ATen's {@code Loss.cpp},
 * {@code Distance.cpp}, {@code functional.py}) in the same ops and order, so the graph has
 * PyTorch's nodes, and the ATen ops with nodes of their own through {@link NnFunctions}. Users
 * call them as {@code F.marginRankingLoss(...)} and so on; reduction is "none", "mean" or "sum".
 */
class MarginLossF extends ActivationF {
    MarginLossF() {}

    /**
     * {@code F.margin_ranking_loss(input1, input2, target, margin=0, reduction="mean")}:
     * max(0, −target·(input1 − input2) + margin), target ±1 saying which input should rank higher.
     * <pre>{@code
     * jshell> F.marginRankingLoss(tensor(1.0, 2.0), tensor(2.0, 1.0), tensor(1.0, 1.0), 0.5, "none")
     * $1 ==> tensor([1.5000, 0.0000])
     * }</pre>
     *
     * @throws IllegalArgumentException "margin_ranking_loss : All input tensors should have same dimension but got sizes: …"
     */
    public static Tensor marginRankingLoss(Tensor input1, Tensor input2, Tensor target, double margin, String reduction) {
        if (input1.dim() != input2.dim() || input1.dim() != target.dim())
            throw new IllegalArgumentException("margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: "
                    + input1.shape() + ", input2: " + input2.shape() + ", target: " + target.shape() + " ");
        Losses.reduction(reduction);
        return reduce(target.neg().mul(input1.sub(input2)).add(margin).clampMin_(0.0), reduction);
    }
    /** {@code F.margin_ranking_loss(input1, input2, target)}: margin 0, mean. */
    public static Tensor marginRankingLoss(Tensor input1, Tensor input2, Tensor target) { return marginRankingLoss(input1, input2, target, 0, "mean"); }

    /**
     * {@code F.cosine_embedding_loss(input1, input2, target, margin=0, reduction="mean")}:
     * 1 − cos(x₁, x₂) where the target is 1, max(0, cos − margin) where it is −1; cos along the
     * last dim with 1e-12 added to each squared norm, as ATen.
     * <pre>{@code
     * jshell> F.cosineEmbeddingLoss(tensor(1.0, 0.0), tensor(1.0, 1.0), tensor(-1.0))
     * $1 ==> tensor(0.7071)
     * }</pre>
     *
     * @throws IllegalArgumentException "0D or 1D target tensor expected, multi-target not supported", or the input sizes' message
     */
    public static Tensor cosineEmbeddingLoss(Tensor input1, Tensor input2, Tensor target, double margin, String reduction) {
        int targDim = target.dim();
        if (targDim != 0 && targDim != 1) throw new IllegalArgumentException("0D or 1D target tensor expected, multi-target not supported");
        int want = targDim == 1 ? 2 : 1;
        if (input1.dim() != want || input2.dim() != want)
            throw new IllegalArgumentException(targDim + "D target tensor expects " + want + "D input tensors, but found inputs with sizes "
                    + java.util.Arrays.toString(input1.shape().toArray()) + " and " + java.util.Arrays.toString(input2.shape().toArray()) + ".");
        Losses.reduction(reduction);
        final double epsilon = 1e-12;
        Tensor prodSum = input1.mul(input2).sum(targDim);
        Tensor magSquare1 = input1.mul(input1).sum(targDim).add(epsilon);
        Tensor magSquare2 = input2.mul(input2).sum(targDim).add(epsilon);
        Tensor denom = magSquare1.mul(magSquare2).sqrt_();
        Tensor cos = prodSum.div(denom);
        Tensor zeros = Torch.zerosLike(cos);
        Tensor pos = rsub(1.0, cos);
        Tensor neg = cos.sub(margin).clampMin_(0.0);
        Tensor outputPos = Torch.where(target.eq(1.0), pos, zeros);
        Tensor outputNeg = Torch.where(target.eq(-1.0), neg, zeros);
        return reduce(outputPos.add(outputNeg), reduction);
    }
    /** {@code F.cosine_embedding_loss(input1, input2, target)}: margin 0, mean. */
    public static Tensor cosineEmbeddingLoss(Tensor input1, Tensor input2, Tensor target) { return cosineEmbeddingLoss(input1, input2, target, 0, "mean"); }

    /**
     * {@code F.soft_margin_loss(input, target, reduction="mean")}: log(1 + e^(−input·target)), the
     * two-class logistic loss for targets ±1 ({@code SoftMarginLossBackward0}).
     * <pre>{@code
     * jshell> F.softMarginLoss(tensor(0.0, 2.0), tensor(1.0, -1.0))
     * $1 ==> tensor(1.4100)
     * }</pre>
     */
    public static Tensor softMarginLoss(Tensor input, Tensor target, String reduction) {
        return NnFunctions.softMarginLoss(input, target, Losses.reduction(reduction));
    }
    /** {@code F.soft_margin_loss(input, target)}: mean. */
    public static Tensor softMarginLoss(Tensor input, Tensor target) { return softMarginLoss(input, target, "mean"); }

    /**
     * {@code F.multilabel_soft_margin_loss(input, target, weight=None, reduction="mean")}: binary
     * cross-entropy of σ(input) against 0/1 targets, averaged over the classes (last dim), as
     * PyTorch's Python composite.
     * <pre>{@code
     * jshell> F.multilabelSoftMarginLoss(tensor(new double[][]{{0, 2}}), tensor(new double[][]{{1, 0}}))
     * $1 ==> tensor(1.4100)
     * }</pre>
     *
     * @throws IllegalArgumentException "… is not valid" for another reduction
     */
    public static Tensor multilabelSoftMarginLoss(Tensor input, Tensor target, Tensor weight, String reduction) {
        Tensor loss = target.mul(logsigmoid(input)).add(target.neg().add(1L).mul(logsigmoid(input.neg()))).neg();
        if (weight != null) loss = loss.mul(weight);
        int classDim = input.dim() - 1;
        loss = loss.sum(classDim).div(input.size(classDim));
        return switch (reduction) {
            case "none" -> loss;
            case "mean" -> loss.mean();
            case "sum" -> loss.sum();
            default -> throw new IllegalArgumentException(reduction + " is not valid");
        };
    }
    /** {@code F.multilabel_soft_margin_loss(input, target)}: no weight, mean. */
    public static Tensor multilabelSoftMarginLoss(Tensor input, Tensor target) { return multilabelSoftMarginLoss(input, target, null, "mean"); }

    /**
     * {@code F.poisson_nll_loss(input, target, log_input=True, full=False, eps=1e-08, reduction="mean")}:
     * e^input − target·input for a log rate (or input − target·log(input + eps) for a rate);
     * {@code full} adds Stirling's term target·log target − target + ½·log(2π·target) where target > 1.
     * <pre>{@code
     * jshell> F.poissonNllLoss(tensor(0.0, 1.0), tensor(1.0, 2.0))
     * $1 ==> tensor(0.8591)
     * }</pre>
     */
    public static Tensor poissonNllLoss(Tensor input, Tensor target, boolean logInput, boolean full, double eps, String reduction) {
        if (!reduction.equals("none") && !reduction.equals("mean") && !reduction.equals("sum"))
            throw new IllegalArgumentException(reduction + " is not valid");
        Tensor loss = logInput ? input.exp().sub(target.mul(input)) : input.sub(target.mul(input.add(eps).log()));
        if (full) {
            Tensor stirling = target.mul(target.log()).sub(target).add(target.mul(2 * Math.PI).log().mul(0.5));
            loss.add_(stirling.maskedFill(target.le(1.0), 0.0));
        }
        return reduce(loss, reduction);
    }
    /** {@code F.poisson_nll_loss(input, target)}: log input, not full, eps 1e-8, mean. */
    public static Tensor poissonNllLoss(Tensor input, Tensor target) { return poissonNllLoss(input, target, true, false, 1e-8, "mean"); }

    /**
     * {@code F.pairwise_distance(x1, x2, p=2.0, eps=1e-6, keepdim=False)}: ‖x₁ − x₂ + eps‖_p
     * along the last dim of the broadcast inputs ({@code NormBackward1}).
     * <pre>{@code
     * jshell> F.pairwiseDistance(tensor(new double[][]{{0, 0}}), tensor(new double[][]{{3, 4}}))
     * $1 ==> tensor([5.0000])
     * }</pre>
     */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
        int outputDim = Math.max(x1.dim(), x2.dim());
        return NnFunctions.norm(x1.sub(x2).add(eps), p, outputDim - 1, keepdim);
    }
    /** {@code F.pairwise_distance(x1, x2)}: p 2, eps 1e-6. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2) { return pairwiseDistance(x1, x2, 2.0, 1e-6, false); }

    /**
     * {@code F.triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, reduction="mean")}:
     * max(0, margin + d(a, p) − d(a, n)) with the pairwise distance d; with {@code swap}, d(a, n)
     * is replaced by d(p, n) where that is smaller.
     * <pre>{@code
     * jshell> F.tripletMarginLoss(tensor(new double[][]{{0, 0}}), tensor(new double[][]{{0, 1}}), tensor(new double[][]{{3, 4}}))
     * $1 ==> tensor(0.)
     * }</pre>
     *
     * @throws IllegalArgumentException "All inputs should have same dimension but got …"
     */
    public static Tensor tripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative, double margin, double p, double eps, boolean swap,
                                           String reduction) {
        if (anchor.dim() != positive.dim() || positive.dim() != negative.dim())
            throw new IllegalArgumentException("All inputs should have same dimension but got " + anchor.dim() + "D, " + positive.dim() + "D and "
                    + negative.dim() + "D inputs.");
        Losses.reduction(reduction);
        Tensor distPos = pairwiseDistance(anchor, positive, p, eps, false);
        Tensor distNeg = pairwiseDistance(anchor, negative, p, eps, false);
        if (swap) distNeg = distNeg.minimum(pairwiseDistance(positive, negative, p, eps, false));
        return reduce(distPos.add(margin).sub(distNeg).clampMin(0.0), reduction);
    }
    /** {@code F.triplet_margin_loss(anchor, positive, negative)}: margin 1, p 2, eps 1e-6, no swap, mean. */
    public static Tensor tripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative) {
        return tripletMarginLoss(anchor, positive, negative, 1.0, 2.0, 1e-6, false, "mean");
    }

    /**
     * {@code F.multi_margin_loss(input, target, p=1, margin=1, weight=None, reduction="mean")}: the
     * multi-class hinge loss Σ_{d ≠ y} max(0, margin − x[y] + x[d])^p · w[y] / classes for (N, C)
     * or (C) input and class indices y ({@code MultiMarginLossBackward0}).
     * <pre>{@code
     * jshell> F.multiMarginLoss(tensor(new double[][]{{0.1, 0.2, 0.4, 0.8}}), tensor(3L))
     * $1 ==> tensor(0.3250)
     * }</pre>
     *
     * @throws IllegalArgumentException "only p == 1 and p == 2 supported", "weight must be one-dimensional",
     *         "inconsistent target size, got: …", "target out of range"
     */
    public static Tensor multiMarginLoss(Tensor input, Tensor target, int p, double margin, Tensor weight, String reduction) {
        if (p != 1 && p != 2) throw new IllegalArgumentException("only p == 1 and p == 2 supported");
        if (weight != null && weight.dim() != 1) throw new IllegalArgumentException("weight must be one-dimensional");
        return NnFunctions.multiMarginLoss(input, target, p, margin, weight, Losses.reduction(reduction));
    }
    /** {@code F.multi_margin_loss(input, target)}: p 1, margin 1, no weight, mean. */
    public static Tensor multiMarginLoss(Tensor input, Tensor target) { return multiMarginLoss(input, target, 1, 1.0, null, "mean"); }

    /**
     * {@code F.multilabel_margin_loss(input, target, reduction="mean")}: the multi-label hinge
     * loss; each row of target lists the target classes, ended by −1
     * ({@code MultilabelMarginLossBackward0}).
     * <pre>{@code
     * jshell> F.multilabelMarginLoss(tensor(new double[][]{{0.1, 0.2, 0.4, 0.8}}), tensor(new long[][]{{3, 0, -1, 1}}))
     * $1 ==> tensor(0.8500)
     * }</pre>
     *
     * @throws IllegalArgumentException "inconsistent size … for argument #2 'target'", "argument #2 'target' is out of range"
     */
    public static Tensor multilabelMarginLoss(Tensor input, Tensor target, String reduction) {
        return NnFunctions.multilabelMarginLoss(input, target, Losses.reduction(reduction));
    }
    /** {@code F.multilabel_margin_loss(input, target)}: mean. */
    public static Tensor multilabelMarginLoss(Tensor input, Tensor target) { return multilabelMarginLoss(input, target, "mean"); }

    // ---------------------------------------------------------------- normalize, group_norm, local_response_norm

    /**
     * {@code F.normalize(input, p=2.0, dim=1, eps=1e-12)}: input / max(‖input‖_p, eps) along dim,
     * as PyTorch: the norm kept, clamped, expanded, then divided.
     * <pre>{@code
     * jshell> F.normalize(tensor(new double[][]{{3, 4}}))
     * $1 ==> tensor([[0.6000, 0.8000]])
     * }</pre>
     */
    public static Tensor normalize(Tensor input, double p, long dim, double eps) {
        Tensor denom = NnFunctions.norm(input, p, dim, true).clampMin(eps).expandAs(input);
        return input.div(denom);
    }
    /** {@code F.normalize(input)}: p 2, dim 1, eps 1e-12. */
    public static Tensor normalize(Tensor input) { return normalize(input, 2.0, 1, 1e-12); }
    /** {@code F.normalize(input, p, dim)}: eps 1e-12. */
    public static Tensor normalize(Tensor input, double p, long dim) { return normalize(input, p, dim, 1e-12); }

    /**
     * {@code F.group_norm(input, num_groups, weight=None, bias=None, eps=1e-05)}: each sample's
     * channels split into groups, each group normalised by its mean and biased variance, then
     * scaled and shifted per channel ({@code NativeGroupNormBackward0}).
     * <pre>{@code
     * jshell> F.groupNorm(tensor(new double[][]{{1, 3, 5, 9}}), 2)
     * $1 ==> tensor([[-1.0000,  1.0000, -1.0000,  1.0000]])
     * }</pre>
     *
     * @throws IllegalArgumentException "Expected number of channels in input to be divisible by num_groups, …"
     */
    public static Tensor groupNorm(Tensor input, long numGroups, Tensor weight, Tensor bias, double eps) {
        if (input.dim() < 2) throw new IllegalArgumentException("Expected at least 2 dimensions for input tensor but received " + input.dim());
        long prod = input.size(0) * input.size(1) / numGroups;
        for (int i = 2; i < input.dim(); i++) prod *= input.size(i);
        if (prod == 1) {
            long[] size = input.shape().toArray();   // PyTorch passes a list here, so it prints as one
            size[0] = input.size(0) * input.size(1) / numGroups;
            size[1] = numGroups;
            throw new IllegalArgumentException("Expected more than 1 value per channel when training, got input size " + java.util.Arrays.toString(size));
        }
        if (input.size(1) % numGroups != 0)
            throw new IllegalArgumentException("Expected number of channels in input to be divisible by num_groups, but got input of shape "
                    + java.util.Arrays.toString(input.shape().toArray()) + " and num_groups=" + numGroups);
        return NnFunctions.groupNorm(input, numGroups, weight, bias, eps);
    }
    /** {@code F.group_norm(input, num_groups)}: no affine, eps 1e-5. */
    public static Tensor groupNorm(Tensor input, long numGroups) { return groupNorm(input, numGroups, null, null, 1e-5); }

    /**
     * {@code F.local_response_norm(input, size, alpha=1e-4, beta=0.75, k=1.0)}: each element divided
     * by (k + α·mean of the squares of {@code size} neighbouring channels)^β, as PyTorch's
     * composite (padded average pooling of the squares). For 4-D and larger inputs PyTorch pools
     * with avg_pool3d over (channels, dim 2, the rest); here the same windows are pooled with
     * avg_pool2d over (channels, the rest flattened): the same values, an AvgPool2D node inside.
     * <pre>{@code
     * jshell> F.localResponseNorm(ones(1, 2, 1), 2, 1.0, 1.0, 1.0)
     * $1 ==> tensor([[[0.6667],
     *          [0.5000]]])
     * }</pre>
     *
     * @throws IllegalArgumentException "Expected 3D or higher dimensionality input (got … dimensions)" (PyTorch's spacing)
     */
    public static Tensor localResponseNorm(Tensor input, int size, double alpha, double beta, double k) {
        int dim = input.dim();
        if (dim < 3) throw new IllegalArgumentException("Expected 3D or higher dimensionality                          input (got " + dim + " dimensions)");
        if (input.numel() == 0) return input;
        Tensor div = input.mul(input).unsqueeze(1);
        long[] sizes = input.shape().toArray();
        if (dim > 3) div = div.reshape(sizes[0], 1, sizes[1], -1);
        div = pad(div, new long[]{0, 0, size / 2, (size - 1) / 2});
        div = avgPool2d(div, new int[]{size, 1}, new int[]{1, 1}, new int[]{0, 0}, false, true, null).squeeze(1);
        if (dim > 3) div = div.view(sizes);
        div = div.mul(alpha).add(k).pow(beta);
        return input.div(div);
    }
    /** {@code F.local_response_norm(input, size)}: alpha 1e-4, beta 0.75, k 1. */
    public static Tensor localResponseNorm(Tensor input, int size) { return localResponseNorm(input, size, 1e-4, 0.75, 1.0); }
}
