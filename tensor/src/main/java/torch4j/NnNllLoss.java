package torch4j;

/**
 * {@code nll_loss} and {@code nll_loss2d}: −weight[t]·x[t] per sample (0 where t is the ignored
 * index), summed, or divided by the total weight of the counted samples for "mean". The input is
 * read as rows of classes; the backward scatters the scaled gradient into those rows
 * ({@code NllLossBackward0} / {@code NllLoss2DBackward0}).
 */
final class NnNllLoss {
    private NnNllLoss() {}

    /** (C) or (N, C) input, () or (N) target. */
    static Tensor nllLoss(Tensor x, Tensor target, Tensor weight, int reduction, long ignoreIndex) {
        if (x.dim() < 1 || x.dim() > 2) throw new IllegalArgumentException("input tensor should be 1D or 2D");
        if (target.dim() > 1) throw new IllegalArgumentException("0D or 1D target tensor expected, multi-target not supported");
        if (x.dim() == 2 && x.size(0) != target.size(0))
            throw new IllegalArgumentException("size mismatch (got input: " + x.shape() + ", target: " + target.shape() + ")");
        return run("NllLossBackward0", x, target, weight, reduction, ignoreIndex);
    }

    /** (N, C, H, W) input, (N, H, W) target. */
    static Tensor nllLoss2d(Tensor x, Tensor target, Tensor weight, int reduction, long ignoreIndex) {
        if (target.dim() != 3)
            throw new IllegalArgumentException("only batches of spatial targets supported (3D tensors) but got targets of dimension: " + target.dim());
        if (x.dim() != 4)
            throw new IllegalArgumentException("only batches of spatial inputs supported (4D tensors), but got input of dimension: " + x.dim());
        if (x.size(0) != target.size(0) || x.size(2) != target.size(1) || x.size(3) != target.size(2))
            throw new IllegalArgumentException("input and target batch or spatial sizes don't match: target " + target.shape()
                    + ", input " + x.shape());
        return run("NllLoss2DBackward0", x, target, weight, reduction, ignoreIndex);
    }

    private static Tensor run(String node, Tensor x, Tensor target, Tensor weight, int reduction, long ignoreIndex) {
        if (target.dtype() != DType.INT64)
            throw new IllegalArgumentException("expected scalar type Long but found " + target.dtype().scalarTypeName());
        long classes = x.dim() == 1 ? x.size(0) : x.size(1);
        if (weight != null && (weight.dim() != 1 || weight.numel() != classes))
            throw new IllegalArgumentException("weight tensor should be defined either for all " + classes
                    + " classes or no classes but got weight tensor of shape: " + java.util.Arrays.toString(weight.shape().toLongArray()));
        if (weight == null) Devices.common(x, target);
        else Devices.common(x, target, weight);
        Tensor rows;
        try (var _ = torch4j.autograd.GradMode.noGrad()) { rows = rowsOfClasses(x); }
        Tensor flatTarget = target.reshape(-1);
        Tensor[] total = new Tensor[1];   // the forward's total weight of the counted rows, which mean's gradient divides by
        java.util.function.Supplier<Tensor> forward = () -> {
            Tensor c = rows.contiguous();
            Tensor out = x.allocateLike(x.dtype(), reduction == NnLosses.NONE ? target.shape().toLongArray() : new long[0]);
            total[0] = x.allocateLike(DType.FLOAT64, new long[0]);
            x.backend().reductions().nllLoss(reduction, ignoreIndex, flatTarget.numel(), classes, Reductions.operand(out),
                    Reductions.operand(total[0]), Reductions.operand(c), Reductions.operand(flatTarget),
                    weight == null ? null : Reductions.operand(weight));
            return out;
        };
        if (Recording.needed(x)) {
            long[] shape = x.shape().toLongArray();
            return Recording.record(node, (n, g) -> new Tensor[]{fromRowsOfClasses(
                            gradRows(g, flatTarget, weight, total[0], classes, reduction, ignoreIndex), shape)},
                    forward, new Tensor[]{x});
        }
        return forward.get();
    }

    /**
     * The gradient as (samples, classes): −weight[t]·g (/ total weight for "mean") at each row's
     * target. With create_graph it is built from tensor ops (a scatter of g), so it is
     * differentiable in g; otherwise the backend writes it directly.
     */
    private static Tensor gradRows(Tensor g, Tensor target, Tensor weight, Tensor total, long classes, int reduction, long ignoreIndex) {
        long m = target.numel();
        if (torch4j.autograd.GradMode.isEnabled()) {
            long[] t = target.toLongArray();
            double[] w = weight == null ? null : weight.toDoubleArray();
            double[] coef = new double[t.length];   // −weight[t], 0 for ignored samples
            long[] index = new long[t.length];      // the target column (0 for ignored rows, whose coefficient is 0)
            for (int r = 0; r < t.length; r++) {
                if (t[r] == ignoreIndex) continue;
                coef[r] = -(w == null ? 1 : w[(int) t[r]]);
                index[r] = t[r];
            }
            double divisor = reduction == NnLosses.MEAN ? total.item() : 1;
            Tensor perRow = reduction == NnLosses.NONE ? g.reshape(-1) : g.expand(m);
            Tensor src = Torch.from(coef).to(g.dtype()).mul(perRow).unsqueeze(1);
            if (divisor != 1) src = src.div(divisor);
            return Torch.zeros(new long[]{m, classes}, g.dtype()).scatter(1, Torch.from(index).unsqueeze(1), src);
        }
        Tensor grad = g.allocateLike(g.dtype(), new long[]{m, classes});
        Tensor gRows = reduction == NnLosses.NONE ? g.reshape(-1) : g;
        g.backend().reductions().nllLossBackward(reduction, ignoreIndex, m, classes, Reductions.operand(grad), Reductions.operand(gRows),
                Reductions.operand(target), weight == null ? null : Reductions.operand(weight), Reductions.operand(total));
        return grad;
    }

    /** The input as (samples, classes): classes are dim 0 of a 1-D input, else dim 1 (moved last). */
    private static Tensor rowsOfClasses(Tensor x) {
        if (x.dim() == 1) return x.unsqueeze(0);
        if (x.dim() == 2) return x;
        return x.permute(0, 2, 3, 1).reshape(-1, x.size(1));
    }

    private static Tensor fromRowsOfClasses(Tensor rows, long[] shape) {
        if (shape.length == 1) return rows.view(shape);
        if (shape.length == 2) return rows;
        return rows.view(shape[0], shape[2], shape[3], shape[1]).permute(0, 3, 1, 2).contiguous();
    }
}
