package torch4j;

/**
 * A part of {@link Tensor}'s methods: Python's idioms on a tensor: its values as Python shows them, operator forms, the {@code new_*} family, types.
 * Split from {@code Tensor} only to keep files small; users see one class.
 */
abstract sealed class PythonMethods extends LinalgMethods permits Tensor {
    PythonMethods(torch4j.storage.Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }
}
