package torch4j.nn.functional;

import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;

/**
 * The hinge-embedding and Gaussian likelihood losses and cosine similarity of {@link F}, kept in their own file for size:
 * PyTorch 1.13's composites (ATen's {@code Loss.cpp} and {@code functional.py}) in the same ops
 * and order, so the graph has PyTorch's nodes and float32 rounds as PyTorch's does. Users call
 * them as {@code F.cosineEmbeddingLoss(...)} and so on.
 */
class LossF {
    LossF() {}

    /** ATen's {@code apply_loss_reduction}. */
    static Tensor reduce(Tensor loss, String reduction) {
        return switch (Losses.reduction(reduction)) {
            case 1 -> loss.mean();
            case 2 -> loss.sum();
            default -> loss;
        };
    }

    /** C++'s {@code scalar - tensor}: a new tensor filled with the scalar, then {@code sub_} (node {@code SubBackward0}, as PyTorch's). */
    static Tensor rsub(double scalar, Tensor t) {
        Tensor filled;
        try (var _ = GradMode.noGrad()) { filled = Torch.emptyLike(t).fill_(scalar); }
        return filled.sub_(t);
    }

    /**
     * {@code F.hinge_embedding_loss(input, target, margin=1.0, reduction="mean")}: x where the
     * target is 1, max(0, margin − x) where it is −1 (both where it is neither).
     *
     * <pre>{@code
     * jshell> F.hingeEmbeddingLoss(tensor(0.3, 2.0), tensor(1.0, -1.0))
     * $1 ==> tensor(0.1500)
     * }</pre>
     */
    public static Tensor hingeEmbeddingLoss(Tensor input, Tensor target, double margin, String reduction) {
        Losses.reduction(reduction);
        Tensor zeros = Torch.zerosLike(input);
        Tensor marginClamp = rsub(margin, input).clampMin_(0.0);
        Tensor outputMargin = Torch.where(target.ne(1L), marginClamp, zeros);
        Tensor outputSelf = Torch.where(target.ne(-1L), input, zeros);
        return reduce(outputMargin.add(outputSelf), reduction);
    }

    /** {@code F.hinge_embedding_loss(input, target)}: margin 1, mean. */
    public static Tensor hingeEmbeddingLoss(Tensor input, Tensor target) { return hingeEmbeddingLoss(input, target, 1.0, "mean"); }

    private static void checkReduction(String reduction) {
        if (!reduction.equals("none") && !reduction.equals("mean") && !reduction.equals("sum"))
            throw new IllegalArgumentException(reduction + " is not valid");
    }

    /**
     * {@code F.gaussian_nll_loss(input, target, var, full=False, eps=1e-06, reduction="mean")}:
     * ½·(log var + (x − t)² / var), var clamped to at least eps (without gradient through the
     * clamp); {@code full} adds ½·log 2π. {@code var} has input's shape, or one dimension fewer,
     * or a last dimension of 1 (one variance shared along the last dimension).
     *
     * <pre>{@code
     * jshell> F.gaussianNllLoss(tensor(1.0, 2.0), tensor(0.0, 2.0), ones(2))
     * $1 ==> tensor(0.2500)
     * }</pre>
     *
     * @throws IllegalArgumentException "var is of incorrect size", "… is not valid", "var has negative entry/entries"
     */
    public static Tensor gaussianNllLoss(Tensor input, Tensor target, Tensor var, boolean full, double eps, String reduction) {
        long[] in = input.shape().toArray(), vs = var.shape().toArray();
        if (!java.util.Arrays.equals(in, vs)) {
            long[] inHead = java.util.Arrays.copyOf(in, Math.max(in.length - 1, 0));
            if (java.util.Arrays.equals(inHead, vs)) var = var.unsqueeze(-1);
            else if (!(vs.length > 0 && java.util.Arrays.equals(inHead, java.util.Arrays.copyOf(vs, vs.length - 1)) && vs[vs.length - 1] == 1))
                throw new IllegalArgumentException("var is of incorrect size");
        }
        checkReduction(reduction);
        if (var.lt(0L).any().item() != 0) throw new IllegalArgumentException("var has negative entry/entries");
        var = var.clone();
        try (var _ = GradMode.noGrad()) { var.clamp_(eps, Double.POSITIVE_INFINITY); }
        Tensor loss = var.log().add(input.sub(target).pow(2L).div(var)).mul(0.5);
        if (full) loss.add_(0.5 * Math.log(2 * Math.PI));
        return reduce(loss, reduction);
    }

    /** {@code F.gaussian_nll_loss(input, target, var)}: not full, eps 1e-6, mean. */
    public static Tensor gaussianNllLoss(Tensor input, Tensor target, Tensor var) { return gaussianNllLoss(input, target, var, false, 1e-6, "mean"); }

    /**
     * {@code F.cosine_similarity(x1, x2, dim=1, eps=1e-08)}: x₁·x₂ / (‖x₁‖·‖x₂‖) along {@code dim},
     * the inputs broadcast to one shape. As PyTorch 1.13: each input divided by its own norm
     * (the squared norm clamped to at least eps², without gradient through the clamp), then the
     * product summed.
     *
     * <pre>{@code
     * jshell> F.cosineSimilarity(tensor(new double[][]{{1, 0}, {1, 1}}), tensor(new double[][]{{1, 0}, {1, 0}}))
     * $1 ==> tensor([1.0000, 0.7071])
     * }</pre>
     *
     * @throws IllegalArgumentException "expected common dtype to be floating point, yet common dtype is Long"
     */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, long dim, double eps) {
        DType common = DType.promote(x1.dtype(), x2.dtype());
        if (!common.isFloatingPoint())
            throw new IllegalArgumentException("expected common dtype to be floating point, yet common dtype is " + common.scalarTypeName());
        long[] shape = torch4j.storage.Shapes.broadcast(x1.shape().toArray(), x2.shape().toArray());
        Tensor a = x1.expand(shape), b = x2.expand(shape);
        Tensor aNorm = a.pow(2L).sum(dim, true), bNorm = b.pow(2L).sum(dim, true);
        try (var _ = GradMode.noGrad()) {
            aNorm.clampMin_(eps * eps);
            bNorm.clampMin_(eps * eps);
        }
        return a.div(aNorm.sqrt_()).mul(b.div(bNorm.sqrt_())).sum(dim);
    }

    /** {@code F.cosine_similarity(x1, x2)}: dim 1, eps 1e-8. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2) { return cosineSimilarity(x1, x2, 1, 1e-8); }

    /** {@code F.cosine_similarity(x1, x2, dim)}: eps 1e-8. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, long dim) { return cosineSimilarity(x1, x2, dim, 1e-8); }
}
