package torch4j;

import java.util.Arrays;

/**
 * ATen's memory-overlap checks for ops that write into an existing tensor (in-place ops, copy_):
 * a written tensor whose elements share memory (an expanded view) is rejected, and so is an
 * input that partially overlaps the output; both with PyTorch's messages.
 */
final class Overlap {
    private Overlap() {}

    /** PyTorch's is_non_overlapping_and_dense: some permutation of the dims is a contiguous layout. */
    static boolean isNonOverlappingAndDense(Tensor t) {
        if (t.isContiguous()) return true;   // as ATen, which also counts every empty tensor as contiguous
        int n = t.dim();
        if (n == 1) return t.shape[0] < 2 || t.strides[0] == 1;
        Integer[] perm = new Integer[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        // dims of size < 2 go last; the rest by increasing stride (a stable sort, as ATen's)
        Arrays.sort(perm, (a, b) -> {
            boolean sa = t.shape[a] < 2, sb = t.shape[b] < 2;
            if (sa || sb) return Boolean.compare(sa, sb);
            return Long.compare(t.strides[a], t.strides[b]);
        });
        long require = 1;
        for (int d : perm) {
            long size = t.shape[d];
            if (size < 2) return true;
            if (t.strides[d] != require) return false;
            require *= size;
        }
        return true;
    }

    /** ATen's assert_no_internal_overlap: a size > 1 dim with stride 0 writes one element many times. */
    static void checkWritable(Tensor t) {
        if (isNonOverlappingAndDense(t)) return;
        for (int d = 0; d < t.dim(); d++)
            if (t.shape[d] > 1 && t.strides[d] == 0)
                throw new IllegalArgumentException("unsupported operation: more than one element of the written-to tensor refers"
                        + " to a single memory location. Please clone() the tensor before performing the operation.");
    }

    /** ATen's assert_no_partial_overlap between the written tensor and an input (decided only for dense tensors). */
    static void checkNoPartialOverlap(Tensor out, Tensor in) {
        if (out == in || out.storage != in.storage || out.numel() == 0 || in.numel() == 0) return;
        if (!isNonOverlappingAndDense(out) || !isNonOverlappingAndDense(in)) return;
        long outBegin = out.offset, outEnd = out.offset + out.numel(), inBegin = in.offset, inEnd = in.offset + in.numel();
        boolean partial = outBegin == inBegin && outEnd == inEnd ? !Arrays.equals(out.strides, in.strides)
                : outBegin < inEnd && inBegin < outEnd;
        if (partial)
            throw new IllegalArgumentException("unsupported operation: some elements of the input tensor and the written-to tensor"
                    + " refer to a single memory location. Please clone() the tensor before performing the operation.");
    }

    /** Whether two views address exactly the same elements in the same order (ATen's FULL overlap). */
    static boolean sameElements(Tensor a, Tensor b) {
        return a.storage == b.storage && a.offset == b.offset && Arrays.equals(a.shape, b.shape) && Arrays.equals(a.strides, b.strides);
    }
}
