package torch4j;

/**
 * A part of {@link Tensor}'s methods: Elementwise math beyond the basics of {@link TensorMath}: PyTorch's special functions, bitwise and logical ops, predicates and aliases.
 * Split from {@code Tensor} only to keep files small; users see one class.
 */
abstract sealed class PointwiseMethods extends TensorMath permits ReductionMethods {
    PointwiseMethods(torch4j.storage.Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }
}
