package torch4j;

import torch4j.storage.Shapes;

/**
 * {@code embedding}: rows of the weight picked by an index tensor of any shape, and
 * {@code embedding_renorm_} for {@code max_norm}. The backward adds each output row's gradient
 * into the row it came from, skipping the padding index ({@code EmbeddingBackward0}); with
 * {@code scale_grad_by_freq} each contribution is first scaled by 1 / (how often its row occurs in
 * the indices), as ATen's {@code embedding_dense_backward_cpu}.
 */
final class NnEmbedding {
    private NnEmbedding() {}

    static Tensor embedding(Tensor weight, Tensor indices, long paddingIdx, boolean scaleGradByFreq) {
        if (indices.dtype() != DType.INT64 && indices.dtype() != DType.INT32)
            throw new IllegalArgumentException("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int;"
                    + " but got torch." + indices.dtype().scalarTypeName() + "Tensor instead (while checking arguments for embedding)");
        if (weight.dim() != 2) throw new IllegalArgumentException("'weight' must be 2-D");
        Tensor flat = indices.reshape(-1).toLong();
        long rows = weight.size(0), dim = weight.size(1);
        // index_select checks every value ("index out of range in self") on the weight's device
        long[] outShape = java.util.Arrays.copyOf(indices.shape().toLongArray(), indices.dim() + 1);
        outShape[indices.dim()] = dim;
        if (Recording.needed(weight))
            return Recording.record("EmbeddingBackward0", (n, g) -> new Tensor[]{denseBackward(g, flat, rows, paddingIdx, scaleGradByFreq)},
                    () -> embedding(weight, indices, paddingIdx, scaleGradByFreq), new Tensor[]{weight});
        return weight.indexSelect(0, flat).view(outShape);
    }

    /**
     * ATen's {@code embedding_dense_backward}: each output row's gradient added into the row it came
     * from (scaled by 1 / its count with {@code scaleGradByFreq}), the padding row left at zero. Its
     * own backward ({@code EmbeddingDenseBackwardBackward0}) is ATen's
     * {@code embedding_dense_double_backward}: the rows picked again, padding zeroed and, as in
     * PyTorch 1.13, not scaled by the counts.
     */
    private static Tensor denseBackward(Tensor g, Tensor flat, long rows, long paddingIdx, boolean scaleGradByFreq) {
        long dim = g.size(g.dim() - 1);
        if (Recording.needed(g))
            return Recording.record("EmbeddingDenseBackwardBackward0", (n, gg) -> {
                Tensor picked = gg.indexSelect(0, flat);
                if (paddingIdx >= 0) picked = picked.maskedFill(flat.eq(paddingIdx).unsqueeze(1), 0.0);
                return new Tensor[]{picked.view(g.shape().toLongArray())};
            }, () -> denseBackward(g, flat, rows, paddingIdx, scaleGradByFreq), new Tensor[]{g});
        Tensor g2 = g.reshape(-1, dim);
        if (paddingIdx >= 0) g2 = g2.mul(flat.ne(paddingIdx).unsqueeze(1).to(g2.dtype()));
        if (scaleGradByFreq) g2 = g2.mul(inverseCounts(flat, rows).unsqueeze(1).to(g2.dtype()));
        Tensor index = flat.unsqueeze(1).expand(flat.numel(), dim);
        return g.allocateLike(g.dtype(), new long[]{rows, dim}).scatterAdd(0, index, g2);
    }

    /**
     * For each index, 1 / (the number of times its row occurs among all the indices), as a double
     * (ATen's scale): the counts are a scatter_add of ones, read back with gather, on the indices' device.
     */
    private static Tensor inverseCounts(Tensor flat, long rows) {
        Tensor ones = flat.allocateLike(DType.INT64, flat.shape().toLongArray()).fill_(1L);
        Tensor counts = flat.allocateLike(DType.INT64, new long[]{rows}).scatterAdd(0, flat, ones);
        return counts.gather(0, flat).to(DType.FLOAT64).reciprocal();
    }

    /**
     * Scales, in place, each row that {@code indices} names whose p-norm exceeds {@code maxNorm}
     * down to it (ATen's 1e-7 guard), on the weight's device. An index out of range fails as
     * ATen's {@code self[i]} does there; a negative one counts from the end.
     */
    static void renorm_(Tensor weight, Tensor indices, double maxNorm, double normType) {
        if (weight.dim() != 2)
            throw new IllegalArgumentException("Expected 2-dimensional tensor, but got " + weight.dim()
                    + "-dimensional tensor for argument #1 'self' (while checking arguments for embedding_renorm_)");
        if (indices.dtype() != DType.INT64 && indices.dtype() != DType.INT32)
            throw new IllegalArgumentException("Expected tensor for argument #2 'indices' to have one of the following scalar types: Long, Int;"
                    + " but got torch." + indices.dtype().scalarTypeName() + "Tensor instead (while checking arguments for embedding_renorm_)");
        Devices.strict(weight, indices);
        Tensor flat = indices.reshape(-1);
        long rows = weight.size(0);
        String size = Shapes.str(weight.shape);
        weight.backend().indexing().embeddingRenorm(rows, weight.size(1), Conversions.operand(weight), flat.numel(),
                Conversions.operand(flat), maxNorm, normType,
                (v, j, n) -> new IndexOutOfBoundsException("select(): index " + v + " out of range for tensor of size " + size + " at dimension 0"));
        weight.storage.bumpVersion();
    }
}
