package torch4j;

/**
 * {@code embedding}: rows of the weight picked by an index tensor of any shape, and
 * {@code embedding_renorm_} for {@code max_norm}. The backward adds each output row's gradient
 * into the row it came from, skipping the padding index ({@code EmbeddingBackward0}).
 */
final class NnEmbedding {
    private NnEmbedding() {}

    static Tensor embedding(Tensor weight, Tensor indices, long paddingIdx) {
        if (indices.dtype() != DType.INT64 && indices.dtype() != DType.INT32)
            throw new IllegalArgumentException("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int;"
                    + " but got torch." + indices.dtype().scalarTypeName() + "Tensor instead (while checking arguments for embedding)");
        if (weight.dim() != 2) throw new IllegalArgumentException("'weight' must be 2-D");
        Tensor flat = indices.reshape(-1).toLong();
        long rows = weight.size(0), dim = weight.size(1);
        for (long i : flat.toLongArray())
            if (i < 0 || i >= rows) throw new IndexOutOfBoundsException("index out of range in self");
        long[] outShape = java.util.Arrays.copyOf(indices.shape().toArray(), indices.dim() + 1);
        outShape[indices.dim()] = dim;
        if (Recording.needed(weight))
            return Recording.record("EmbeddingBackward0", (n, g) -> {
                Tensor g2 = g.reshape(-1, dim);
                if (paddingIdx >= 0) g2 = g2.mul(flat.ne(paddingIdx).unsqueeze(1).to(g2.dtype()));
                Tensor index = flat.unsqueeze(1).expand(flat.numel(), dim);
                return new Tensor[]{Torch.zeros(new long[]{rows, dim}, g.dtype()).scatterAdd(0, index, g2)};
            }, () -> embedding(weight, indices, paddingIdx), new Tensor[]{weight});
        return weight.indexSelect(0, flat).view(outShape);
    }

    /** Scales, in place, each row that {@code indices} names whose p-norm exceeds {@code maxNorm} down to it (ATen's 1e-7 guard). */
    static void renorm_(Tensor weight, Tensor indices, double maxNorm, double normType) {
        try (var _ = torch4j.autograd.GradMode.noGrad()) {
            java.util.TreeSet<Long> unique = new java.util.TreeSet<>();
            for (long i : indices.reshape(-1).toLongArray()) unique.add(i);
            for (long i : unique) {
                Tensor row = weight.select(0, i);
                double norm = Math.pow(row.abs().pow(normType).sum().item(), 1 / normType);
                if (norm > maxNorm) row.mul_(maxNorm / (norm + 1e-7));
            }
        }
    }
}
