package torch4j;

/**
 * A part of {@link Tensor}'s methods: Reductions, statistics and searches beyond the basics of {@link TensorMath}.
 * Split from {@code Tensor} only to keep files small; users see one class.
 */
abstract sealed class ReductionMethods extends PointwiseMethods permits ShapeMethods {
    ReductionMethods(torch4j.storage.Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }
}
