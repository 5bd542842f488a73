package torch4j;

/**
 * {@code torch.bilinear}: y = x₁ᵀ·A·x₂ + b over the last dimension, as ATen composes it: both
 * inputs reshaped to rows ({@code ReshapeAliasBackward0}), one {@code _trilinear} contraction
 * ({@code TrilinearBackward0}), the result reshaped to the batch shape and the bias added
 * ({@code AddBackward0}). The contraction is one GEMM (x₁ against the weight laid out as
 * (in1, out·in2)) and a row-wise product with x₂; its backward is three GEMMs built from tensor
 * ops, so it is differentiable again as PyTorch's is.
 */
final class NnBilinear {
    private NnBilinear() {}

    static Tensor bilinear(Tensor x1, Tensor x2, Tensor weight, Tensor bias) {
        if (x1.dim() != x2.dim())
            throw new IllegalArgumentException("bilinear(): input dimensions do not match: got " + x1.dim() + " and " + x2.dim());
        for (int i = 0; i < x1.dim() - 1; i++)
            if (x1.shape[i] != x2.shape[i])
                throw new IllegalArgumentException("bilinear(): input batch dimensions do not match at dim " + i + ": got "
                        + x1.shape[i] + " and " + x2.shape[i]);
        if (weight.dim() != 3) throw new IllegalArgumentException("bilinear(): weight must be 3-D, got " + weight.dim() + "-D");
        long in1 = x1.shape[x1.dim() - 1], in2 = x2.shape[x2.dim() - 1];
        if (in1 != weight.shape[1])
            throw new IllegalArgumentException("bilinear(): input1 size does not match weight size: got " + in1 + " but expected " + weight.shape[1]);
        if (in2 != weight.shape[2])
            throw new IllegalArgumentException("bilinear(): input2 size does not match weight size: got " + in2 + " but expected " + weight.shape[2]);
        if (bias != null && bias.shape[0] != weight.shape[0])
            throw new IllegalArgumentException("bilinear(): bias size does not match weight size: got " + bias.shape[0] + " but expected " + weight.shape[0]);
        for (Tensor t : new Tensor[]{weight, x2})   // _trilinear's bmm names the first operand that differs
            if (t.dtype() != x1.dtype())
                throw new IllegalArgumentException("expected scalar type " + x1.dtype().scalarTypeName() + " but found " + t.dtype().scalarTypeName());
        long[] outShape = java.util.Arrays.copyOf(x1.shape, x1.dim());
        outShape[outShape.length - 1] = weight.shape[0];
        Tensor out = trilinear(x1.reshape(-1, in1), weight, x2.reshape(-1, in2)).reshape(outShape);
        return bias == null ? out : out.add(bias);
    }

    /** {@code _trilinear(x1, w, x2, [1,3], [0], [1,2], [2,3])}: out[b, o] = Σᵢⱼ x1[b, i]·w[o, i, j]·x2[b, j]. */
    private static Tensor trilinear(Tensor x1, Tensor w, Tensor x2) {
        if (Recording.needed(x1, w, x2))
            return Recording.record("TrilinearBackward0", (n, g) -> {
                Tensor a = n.saved(0), wt = n.saved(1), b = n.saved(2);
                return new Tensor[]{
                        n.needs(0) ? gradX1(g, wt, b) : null,
                        n.needs(1) ? gradWeight(g, a, b) : null,
                        n.needs(2) ? gradX2(g, a, wt) : null};
            }, () -> trilinear(x1, w, x2), new Tensor[]{x1, w, x2}, x1, w, x2);
        long rows = x1.shape[0], in1 = w.shape[1], out = w.shape[0], in2 = w.shape[2];
        Tensor left = x1.matmul(w.permute(1, 0, 2).reshape(in1, out * in2)).view(rows, out, in2);
        return left.mul(x2.unsqueeze(1)).sum(new long[]{2}, false);
    }

    /** ∂/∂x1[b, i] = Σₒⱼ g[b, o]·x2[b, j]·w[o, i, j]. */
    private static Tensor gradX1(Tensor g, Tensor w, Tensor x2) {
        long rows = g.shape[0], out = w.shape[0], in1 = w.shape[1], in2 = w.shape[2];
        Tensor gx2 = g.unsqueeze(2).mul(x2.unsqueeze(1)).reshape(rows, out * in2);
        return gx2.matmul(w.permute(0, 2, 1).reshape(out * in2, in1));
    }

    /** ∂/∂w[o, i, j] = Σ_b g[b, o]·x1[b, i]·x2[b, j]. */
    private static Tensor gradWeight(Tensor g, Tensor x1, Tensor x2) {
        long rows = g.shape[0], out = g.shape[1], in1 = x1.shape[1], in2 = x2.shape[1];
        Tensor gx1 = g.unsqueeze(2).mul(x1.unsqueeze(1)).reshape(rows, out * in1);
        return gx1.t().matmul(x2).view(out, in1, in2);
    }

    /** ∂/∂x2[b, j] = Σₒᵢ g[b, o]·x1[b, i]·w[o, i, j]. */
    private static Tensor gradX2(Tensor g, Tensor x1, Tensor w) {
        long rows = g.shape[0], out = w.shape[0], in1 = w.shape[1], in2 = w.shape[2];
        Tensor gx1 = g.unsqueeze(2).mul(x1.unsqueeze(1)).reshape(rows, out * in1);
        return gx1.matmul(w.reshape(out * in1, in2));
    }
}
