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
        double divisor = reduction == NnLosses.MEAN ? totalWeight : 1;
        if (Recording.needed(x)) {
            long[] shape = x.shape().toArray();
            return Recording.record(node, (n, g) -> new Tensor[]{fromRowsOfClasses(gradRows(g, coef, index, classes, reduction, divisor), shape)},
                    () -> forward(rows, coef, index, target, reduction, divisor), new Tensor[]{x});
        }
        return forward(rows, coef, index, target, reduction, divisor);
    }

    /** Σ or per-sample coef[r]·x[r, index[r]] in one pass over the rows, accumulated in double. */
    private static Tensor forward(Tensor rows, double[] coef, long[] index, Tensor target, int reduction, double divisor) {
        Tensor c = rows.contiguous();
        int m = coef.length, classes = (int) c.size(1);
        double[] picked = new double[m];
        for (int r = 0; r < m; r++) picked[r] = coef[r] == 0 ? 0 : coef[r] * c.storage.getDouble((int) c.offset + r * classes + (int) index[r]);
        if (reduction == NnLosses.NONE) {
            Tensor out = Tensor.allocate(rows.dtype(), target.shape().toArray());
            out.storage.storeDouble(0, 1, m, picked);
            return out;
        }
        double sum = 0;
        for (double v : picked) sum += v;
        Tensor out = Tensor.allocate(rows.dtype(), new long[0]);
        out.storage.storeDouble(0, 1, 1, new double[]{sum / divisor});
        return out;
    }

    /**
     * The gradient as (samples, classes): coef·g (/ total weight for "mean") at each row's target.
     * With create_graph it is built from tensor ops (a scatter of g), so it is differentiable in g;
     * otherwise written directly.
     */
    private static Tensor gradRows(Tensor g, double[] coef, long[] index, long classes, int reduction, double divisor) {
        int m = coef.length;
        if (torch4j.autograd.GradMode.isEnabled()) {
            Tensor perRow = reduction == NnLosses.NONE ? g.reshape(-1) : g.expand(m);
            Tensor src = Torch.from(coef).to(g.dtype()).mul(perRow).unsqueeze(1);
            if (divisor != 1) src = src.div(divisor);
            return Torch.zeros(new long[]{m, classes}, g.dtype()).scatter(1, Torch.from(index).unsqueeze(1), src);
        }
        double[] gv = reduction == NnLosses.NONE ? g.reshape(-1).toDoubleArray() : null;
        double scalar = gv == null ? g.item() : 0;
        double[] out = new double[(int) (m * classes)];
        for (int r = 0; r < m; r++) out[(int) (r * classes + index[r])] = coef[r] * (gv == null ? scalar : gv[r]) / divisor;
        Tensor grad = Tensor.allocate(g.dtype(), new long[]{m, classes});
        grad.storage.storeDouble(0, 1, out.length, out);
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
