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
                    + " classes or no classes but got weight tensor of shape: " + java.util.Arrays.toString(weight.shape().toArray()));
        Tensor rows;
        try (var _ = torch4j.autograd.GradMode.noGrad()) { rows = rowsOfClasses(x); }
        long[] t = target.toLongArray();
        double[] w = weight == null ? null : weight.toDoubleArray();
        double[] coef = new double[t.length];   // −weight[t], 0 for ignored samples
        long[] index = new long[t.length];      // where each row's gradient goes (0 for ignored rows, whose coefficient is 0)
        double totalWeight = 0;
        for (int r = 0; r < t.length; r++) {
            if (t[r] == ignoreIndex) continue;
            if (t[r] < 0 || t[r] >= classes) throw new IndexOutOfBoundsException("Target " + t[r] + " is out of bounds.");
            double wr = w == null ? 1 : w[(int) t[r]];
            coef[r] = -wr;
            index[r] = t[r];
            totalWeight += wr;
        }
        Tensor coefT = Torch.from(coef).to(x.dtype());
        Tensor indexT = Torch.from(index).unsqueeze(1);
        double divisor = reduction == NnLosses.MEAN ? totalWeight : 1;
        if (Recording.needed(x)) {
            long[] shape = x.shape().toArray();
            return Recording.record(node, (n, g) -> {
                Tensor perRow = reduction == NnLosses.NONE ? g.reshape(-1) : g.expand(coefT.numel());
                Tensor src = coefT.mul(perRow).unsqueeze(1);
                if (divisor != 1) src = src.div(divisor);
                Tensor gradRows = Torch.zeros(new long[]{coefT.numel(), classes}, g.dtype()).scatter(1, indexT, src);
                return new Tensor[]{fromRowsOfClasses(gradRows, shape)};
            }, () -> finish(rows, coefT, indexT, target, reduction, divisor), new Tensor[]{x});
        }
        return finish(rows, coefT, indexT, target, reduction, divisor);
    }

    private static Tensor finish(Tensor rows, Tensor coefT, Tensor indexT, Tensor target, int reduction, double divisor) {
        Tensor picked = rows.gather(1, indexT).squeeze(1).mul(coefT);
        if (reduction == NnLosses.NONE) return picked.view(target.shape().toArray());
        Tensor sum = picked.sum();
        return reduction == NnLosses.MEAN ? sum.div(divisor) : sum;
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
