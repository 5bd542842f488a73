package torch4j.random;

/**
 * Internal (called by the tensor core): the order in which PyTorch's random fills visit the
 * elements of a tensor, and whether it counts as contiguous (notes §3, §4.1).
 *
 * <p>Random kernels run over a {@code TensorIterator}, which sorts the dimensions by stride
 * (smallest innermost; {@code reorder_dimensions}), so a transposed tensor is filled in memory
 * order and a column slice {@code x[:, ::2]} row by row. The element sequence a kernel draws
 * belongs to these storage positions, in this order. Only the output's strides decide here; an
 * input (the probabilities of {@code bernoulli_(P)}) can only break exact stride ties.
 *
 * <pre>{@code
 * jshell> FillOrder.storageIndices(new long[] {3, 2}, new long[] {1, 3}, 0)   // torch.empty(2, 3).t()
 * $1 ==> int[6] { 0, 1, 2, 3, 4, 5 }
 * }</pre>
 */
public final class FillOrder {
    private FillOrder() {}

    /** PyTorch's {@code is_contiguous()}: row-major strides, size-1 dimensions ignored. */
    public static boolean isContiguous(long[] shape, long[] strides) {
        long expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] == 0) return true;
        }
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1) {
                if (strides[d] != expected) return false;
                expected *= shape[d];
            }
        }
        return true;
    }

    /**
     * The dimensions from fastest to slowest as {@code TensorIterator::reorder_dimensions} sorts
     * them for a single output (an insertion sort that leaves ambiguous pairs in place).
     */
    public static int[] iterationOrder(long[] shape, long[] strides) {
        int ndim = shape.length;
        int[] perm = new int[ndim];
        for (int i = 0; i < ndim; i++) perm[i] = ndim - 1 - i; // start from row-major: last dim fastest
        for (int i = 1; i < ndim; i++) {
            int dim1 = i;
            for (int dim0 = i - 1; dim0 >= 0; dim0--) {
                int comparison = shouldSwap(perm[dim0], perm[dim1], shape, strides);
                if (comparison > 0) {
                    int t = perm[dim0];
                    perm[dim0] = perm[dim1];
                    perm[dim1] = t;
                    dim1 = dim0;
                } else if (comparison < 0) {
                    break;
                }
            }
        }
        return perm;
    }

    private static int shouldSwap(int dim0, int dim1, long[] shape, long[] strides) {
        long s0 = strides[dim0];
        long s1 = strides[dim1];
        if (s0 == 0 || s1 == 0) return 0;
        if (s0 < s1) return -1;
        if (s0 > s1) return 1;
        return shape[dim0] > shape[dim1] ? 1 : 0; // equal strides: the smaller size goes inner
    }

    /**
     * The storage index of each element, in the order a random fill visits them.
     *
     * @param shape   the tensor's sizes
     * @param strides its strides, in elements
     * @param offset  its storage offset, in elements
     */
    public static int[] storageIndices(long[] shape, long[] strides, long offset) {
        return storageIndices(shape, strides, offset, iterationOrder(shape, strides));
    }

    /**
     * The storage index of each element when the dimensions are visited in {@code order}
     * (fastest first): with the output's {@link #iterationOrder}, this lines an input up with
     * the output's fill order (e.g. the probabilities of {@code bernoulli_(P)}, expanded to the
     * output's shape with stride 0 on broadcast dimensions).
     */
    public static int[] storageIndices(long[] shape, long[] strides, long offset, int[] order) {
        long numel = 1;
        for (long s : shape) numel *= s;
        if (numel > Integer.MAX_VALUE) throw new IllegalArgumentException("tensor too large: " + numel);
        int[] out = new int[(int) numel];
        if (numel == 0) return out;
        int[] perm = order;
        int ndim = shape.length;
        long[] counter = new long[ndim];
        long position = offset;
        for (int k = 0; k < numel; k++) {
            out[k] = Math.toIntExact(position);
            // odometer over the permuted dimensions, perm[0] fastest
            for (int p = 0; p < ndim; p++) {
                int d = perm[p];
                if (++counter[d] < shape[d]) {
                    position += strides[d];
                    break;
                }
                position -= strides[d] * (shape[d] - 1);
                counter[d] = 0;
            }
        }
        return out;
    }

    /**
     * {@code storage[indices[k]] = values[valuesOff + k]} for every k: places a buffer filled in
     * fill order into a strided tensor's storage. Both arrays must be of the same primitive type.
     */
    public static void scatter(Object values, int valuesOff, Object storage, int[] indices) {
        switch (values) {
            case float[] v -> { float[] s = (float[]) storage; for (int k = 0; k < indices.length; k++) s[indices[k]] = v[valuesOff + k]; }
            case double[] v -> { double[] s = (double[]) storage; for (int k = 0; k < indices.length; k++) s[indices[k]] = v[valuesOff + k]; }
            case long[] v -> { long[] s = (long[]) storage; for (int k = 0; k < indices.length; k++) s[indices[k]] = v[valuesOff + k]; }
            case int[] v -> { int[] s = (int[]) storage; for (int k = 0; k < indices.length; k++) s[indices[k]] = v[valuesOff + k]; }
            case short[] v -> { short[] s = (short[]) storage; for (int k = 0; k < indices.length; k++) s[indices[k]] = v[valuesOff + k]; }
            case byte[] v -> { byte[] s = (byte[]) storage; for (int k = 0; k < indices.length; k++) s[indices[k]] = v[valuesOff + k]; }
            case boolean[] v -> { boolean[] s = (boolean[]) storage; for (int k = 0; k < indices.length; k++) s[indices[k]] = v[valuesOff + k]; }
            default -> throw new IllegalArgumentException("not a primitive array: " + values.getClass());
        }
    }
}
