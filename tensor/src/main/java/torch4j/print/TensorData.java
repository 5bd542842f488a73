package torch4j.print;

import torch4j.DType;

/**
 * What the printer needs from a tensor: its shape, dtype, device and element access by logical
 * (row-major) index. The printer reads only the elements it shows (and, when a tensor is
 * summarized, only those {@code get_summarized_data} would keep), so an implementation may read
 * straight from strided storage without copying.
 *
 * <pre>{@code
 * jshell> TensorFormatter.repr(myTensorData, List.of())
 * $1 ==> "tensor([1., 2., 3.])"
 * }</pre>
 */
public interface TensorData {

    /** The sizes, outermost first; an empty array for a 0-dim tensor. */
    long[] shape();

    /** The element type. */
    DType dtype();

    /** {@code "cpu"} (not printed) or a device such as {@code "cuda:0"} (printed as {@code device='cuda:0'}). */
    String device();

    /**
     * The element at row-major logical index {@code flatIndex}, for floating dtypes; a float32
     * element is returned exactly, widened to double.
     */
    double getDouble(long flatIndex);

    /**
     * The element at row-major logical index {@code flatIndex}, for integer dtypes (uint8 as
     * 0..255) and bool (0 or 1).
     */
    long getLong(long flatIndex);
}
