package torch4j;

/**
 * The two ATen ops that {@code F.multi_head_attention_forward} records and torch4j lacked:
 * {@code baddbmm} (the masked attention scores, {@code BaddbmmBackward0}) and {@code repeat}
 * (the learned key/value biases tiled over the batch, {@code RepeatBackward0}). Both are written
 * over existing ops (bmm, expand, contiguous), so they add no kernel; they exist so the graph has
 * PyTorch's node names.
 */
final class NnAttention {
    private NnAttention() {}

    /**
     * {@code torch.baddbmm(self, batch1, batch2)} with beta = alpha = 1: self (broadcast to
     * (B, n, p) and cast to the product's dtype, as ATen copies it into the result) plus
     * batch1·batch2. ATen accumulates the product onto the copy; adding the product to it gives
     * the same sums for a single accumulation block (contraction up to a GEMM block, as attention's
     * head dims are).
     */
    static Tensor baddbmm(Tensor self, Tensor batch1, Tensor batch2) {
        if (Recording.needed(self, batch1, batch2)) {
            long[] selfShape = self.shape.clone();
            return Recording.record("BaddbmmBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(g, selfShape) : null,
                    n.needs(1) ? g.bmm(n.saved(1).transpose(1, 2)) : null,
                    n.needs(2) ? n.saved(0).transpose(1, 2).bmm(g) : null},
                    () -> baddbmm(self, batch1, batch2), new Tensor[]{self, batch1, batch2}, batch1, batch2);
        }
        Tensor out = LinearAlgebra.bmm(batch1, batch2);
        return out.add_(self.expand(out.shape));
    }

    /**
     * {@code x.repeat(*sizes)}: x tiled {@code sizes[d]} times along each dim, leading sizes adding
     * new dims. The copy reads x through a broadcast view (repeat, size) per dim; the backward sums
     * the gradient over the repeat axes of that same view.
     */
    static Tensor repeat(Tensor x, long[] repeats) {
        if (repeats.length < x.dim())
            throw new IllegalArgumentException("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
        int n = repeats.length, lead = n - x.dim();
        long[] padded = new long[n], pairs = new long[2 * n], ones = new long[2 * n], outShape = new long[n];
        for (int d = 0; d < n; d++) {
            padded[d] = d < lead ? 1 : x.shape[d - lead];
            pairs[2 * d] = repeats[d];
            pairs[2 * d + 1] = padded[d];
            ones[2 * d] = 1;
            ones[2 * d + 1] = padded[d];
            outShape[d] = repeats[d] * padded[d];
        }
        if (Recording.needed(x)) {
            long[] xShape = x.shape.clone();
            long[] repeatAxes = new long[n];
            for (int d = 0; d < n; d++) repeatAxes[d] = 2L * d;
            return Recording.record("RepeatBackward0", (node, g) -> new Tensor[]{
                    g.reshape(pairs).sum(repeatAxes).reshape(xShape)}, () -> repeat(x, repeats), new Tensor[]{x});
        }
        return x.reshape(ones).expand(pairs).contiguous().view(outShape);
    }
}
