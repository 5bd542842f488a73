package torch4j;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * ATen's MemoryOverlap checks, which the writing indexing ops (setitem, index_put_, scatter_) run
 * before touching memory: a written-to tensor must not have two elements at one address, and must
 * not partly overlap a tensor it reads. Like ATen, only dense layouts are compared exactly; other
 * layouts are "too hard" and pass (callers that could then read what they wrote copy first).
 */
final class MemoryOverlap {
    private MemoryOverlap() {}

    enum Status { NO, FULL, PARTIAL, TOO_HARD }

    static final String INTERNAL_OVERLAP = "unsupported operation: more than one element of the written-to tensor refers"
            + " to a single memory location. Please clone() the tensor before performing the operation.";
    static final String OVERLAP = "unsupported operation: some elements of the input tensor and the written-to tensor refer"
            + " to a single memory location. Please clone() the tensor before performing the operation.";

    /** ATen's has_internal_overlap == YES: a broadcast (stride 0) dimension with more than one element. */
    static boolean hasInternalOverlap(Tensor t) {
        for (int d = 0; d < t.dim(); d++)
            if (t.strides[d] == 0 && t.shape[d] > 1) return true;
        return false;
    }

    static void assertNoInternalOverlap(Tensor t) {
        if (hasInternalOverlap(t)) throw new IllegalArgumentException(INTERNAL_OVERLAP);
    }

    /** Fails when {@code written} and {@code read} share any element (ATen's assert_no_overlap). */
    static void assertNoOverlap(Tensor written, Tensor read) {
        Status s = status(written, read);
        if (s == Status.PARTIAL || s == Status.FULL) throw new IllegalArgumentException(OVERLAP);
    }

    /** Fails when the two overlap without being the very same elements (ATen's assert_no_partial_overlap). */
    static void assertNoPartialOverlap(Tensor written, Tensor read) {
        if (status(written, read) == Status.PARTIAL) throw new IllegalArgumentException(OVERLAP);
    }

    /** ATen's get_overlap_status. */
    static Status status(Tensor a, Tensor b) {
        if (a == b) return Status.FULL;
        if (a.numel() == 0 || b.numel() == 0) return Status.NO;
        if (!isNonOverlappingAndDense(a) || !isNonOverlappingAndDense(b)) return Status.TOO_HARD;
        if (a.storage != b.storage) return Status.NO;
        long aBegin = a.offset, aEnd = a.offset + a.numel(), bBegin = b.offset, bEnd = b.offset + b.numel();
        if (aBegin == bBegin && aEnd == bEnd) return Arrays.equals(a.strides, b.strides) ? Status.FULL : Status.PARTIAL;
        if (aBegin < bEnd && bBegin < aEnd) return Status.PARTIAL;
        return Status.NO;
    }

    /** Whether the elements fill a gap-free block, in some dimension order (a permuted contiguous tensor). */
    static boolean isNonOverlappingAndDense(Tensor t) {
        int n = t.dim();
        if (n == 0) return true;
        if (n == 1) return t.shape[0] < 2 || t.strides[0] == 1;
        Integer[] byStride = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byStride, Comparator.comparingLong((Integer d) -> t.strides[d]));
        long required = 1;
        for (int d : byStride) {
            long size = t.shape[d];
            if (size < 2) continue;
            if (t.strides[d] != required) return false;
            required *= size;
        }
        return true;
    }

    /** Whether the two may touch a common element: used to decide when to read a copy instead. */
    static boolean mayShareElements(Tensor a, Tensor b) {
        return a.storage == b.storage && status(a, b) != Status.NO;
    }
}
