package torch4j;

/**
 * A part of {@link Tensor}'s methods: Shape, flipping, splitting, triangle/diagonal and scatter-into-slice ops.
 * Split from {@code Tensor} only to keep files small; users see one class.
 */
abstract sealed class ShapeMethods extends ReductionMethods permits LinalgMethods {
    ShapeMethods(torch4j.storage.Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }
}
