package torch4j;

/**
 * A part of {@link Tensor}'s methods: Linear algebra a learner meets: products, decompositions, solves, norms.
 * Split from {@code Tensor} only to keep files small; users see one class.
 */
abstract sealed class LinalgMethods extends ShapeMethods permits PythonMethods {
    LinalgMethods(torch4j.storage.Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }
}
