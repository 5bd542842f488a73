package torch4j.backend;

import torch4j.storage.Storage;

/**
 * Gathers and scatters at positions picked by index values: ATen's index kernel under advanced
 * indexing, gather, index_select, take and embedding, and its put kernel under index_put_,
 * scatter(_add) and their backward passes. Part of the {@link Backend} primitive set; the contract
 * of {@link Backend} applies.
 *
 * <p>Every primitive here describes its positions with an {@link Indexed}: over an iteration shape
 * (the result's shape for a gather, the written values' shape for a scatter), element {@code i}
 * lives at
 * <pre>
 *   base.offset + sum_d i[d] * base.strides[d] + sum_j v_j(i) * dimStrides[j]
 * </pre>
 * where {@code v_j(i)} is index tensor {@code j}'s value at {@code i}. The op layer lays the
 * strides out (0 on the dims an index replaces, 0 for an index on the dims it is broadcast over),
 * so one description serves all the ops above. Index values are data: only the backend reads them,
 * so only the backend checks them (a meta tensor has none, and PyTorch's meta kernels check none).
 */
public interface IndexingPrimitives {

    /** PyTorch's error for an index value outside its dim; called at most once, on the first bad value. */
    @FunctionalInterface
    interface OutOfRange {
        /**
         * The exception to throw.
         *
         * @param value the index value as read
         * @param slot  which index tensor it came from ({@code j} of {@link Indexed#indices})
         * @param size  the size of the dim it indexes
         */
        RuntimeException error(long value, int slot, long size);
    }

    /**
     * Positions in {@code base.storage()} picked partly by strides and partly by index values.
     *
     * @param base          the indexed storage, its offset, and its strides over the iteration shape
     *                      (0 on the dims an index replaces)
     * @param indices       one int64 or int32 operand per indexed dim, with strides over the
     *                      iteration shape (0 where broadcast); on the backend's device
     * @param sizes         size of each indexed dim: a value {@code v} is valid in
     *                      {@code [-size, size)} when {@code negativeWraps} (and counts from the end
     *                      when negative), else in {@code [0, size)}
     * @param dimStrides    element stride of each indexed dim in {@code base.storage()}
     * @param negativeWraps whether negative values count from the end (advanced indexing, take) or
     *                      are out of range (gather, scatter, index_select)
     * @param outOfRange    the error for a value out of range
     */
    record Indexed(Operand base, Operand[] indices, long[] sizes, long[] dimStrides, boolean negativeWraps,
                   OutOfRange outOfRange) {}

    /**
     * A new storage on this backend's device, of {@code src}'s dtype, holding the element at each
     * position of {@code src} over {@code shape}, in row-major (contiguous) order. Unlike most
     * primitives it allocates its result, because a backend can fill it without zeroing it first.
     * Every index value is checked before the result is returned; an empty {@code shape} checks
     * none (ATen checks values while copying). The positions may repeat and overlap.
     */
    Storage gather(long[] shape, Indexed src);

    /**
     * {@code dst[position(i)] = value[i]} over {@code shape}, or {@code +=} when {@code accumulate}.
     * Every index value is checked before the first write, so a failing call changes nothing.
     * Positions may repeat: writes happen in row-major order of {@code shape}, so without
     * {@code accumulate} a later one wins (as on ATen's CPU), and with it every value is added.
     * {@code value} may be broadcast (stride 0) but does not share elements with {@code dst}'s
     * storage (the op layer copies it first).
     */
    void scatter(long[] shape, Indexed dst, Operand value, boolean accumulate);

    /**
     * {@code torch.take}: a new storage (as {@link #gather}'s) holding, for each element of
     * {@code index} (int64, strides over {@code shape}), the element of {@code self} (of
     * {@code selfShape}, strides over it) at that row-major flat position; negative positions
     * count from the end. Every value is checked against {@code self}'s element count first.
     * PyTorch 1.13 has no meta kernel for {@code aten::take}: a backend without data raises that
     * error here.
     */
    Storage take(long[] shape, Operand index, long[] selfShape, Operand self, OutOfRange outOfRange);

    /**
     * ATen's {@code embedding_renorm_}, in place: each distinct value among the {@code count}
     * index values of {@code indices} (a 1-D int64 or int32 operand) names a row of the 2-D
     * {@code weight} ({@code rows} by {@code cols}, strides in {@code weight}); taken in ascending
     * order of the values, a row whose {@code normType}-norm exceeds {@code maxNorm} is scaled by
     * {@code maxNorm / (norm + 1e-7)}. A value is valid in {@code [-rows, rows)} (negative ones
     * count from the end); every value is checked before the first row changes.
     */
    void embeddingRenorm(long rows, long cols, Operand weight, long count, Operand indices, double maxNorm, double normType,
                         OutOfRange outOfRange);
}
