package torch4j.backend.cpu;

import java.util.Arrays;

/**
 * The iteration layout TensorIterator builds for a reduction (notes/pytorch-cpu-float-sum.md §3):
 * the output is contiguous over the kept dims with stride 0 along reduced ones; dims are ordered
 * innermost first by {@code reorder_dimensions} (reduced before kept, then by stride) and
 * neighbours that are back to back in both operands are coalesced. Strides are in elements.
 */
final class FloatSumLayout {
    /** Sizes, innermost first, and the input's and the output's strides along them. */
    final long[] shape, inStrides, outStrides;
    /** Elements of the output. */
    final long outputs;

    private FloatSumLayout(long[] shape, long[] inStrides, long[] outStrides, long outputs) {
        this.shape = shape;
        this.inStrides = inStrides;
        this.outStrides = outStrides;
        this.outputs = outputs;
    }

    long numel() {
        long n = 1;
        for (long s : shape) n *= s;
        return n;
    }

    /** The layout of reducing the {@code reduced} dims of a tensor of {@code sizes} read through {@code strides}. */
    static FloatSumLayout of(long[] sizes, boolean[] reduced, long[] strides) {
        int nd = sizes.length;
        // the output as allocated: contiguous over the kept sizes (1 where reduced), broadcast (stride 0) where reduced
        long[] out = new long[nd];
        long outputs = 1;
        for (int d = nd - 1; d >= 0; d--) {
            long size = reduced[d] ? 1 : sizes[d];
            out[d] = outputs;
            outputs *= Math.max(size, 1);
        }
        for (int d = 0; d < nd; d++) {
            if (reduced[d] && sizes[d] != 1) out[d] = 0;
            if (!reduced[d] && sizes[d] == 0) outputs = 0;
        }
        if (nd == 0) return new FloatSumLayout(new long[]{1}, new long[]{0}, new long[]{0}, 1);
        // reorder_dimensions: insertion sort of the reversed dims with TensorIterator's comparison
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++) perm[i] = nd - 1 - i;
        for (int i = 1; i < nd; i++) {
            int dim1 = i;
            for (int dim0 = i - 1; dim0 >= 0; dim0--) {
                int c = shouldSwap(perm[dim0], perm[dim1], sizes, out, strides);
                if (c > 0) {
                    int t = perm[dim0]; perm[dim0] = perm[dim1]; perm[dim1] = t;
                    dim1 = dim0;
                } else if (c < 0) break;
            }
        }
        long[] sh = new long[nd], is = new long[nd], os = new long[nd];
        for (int i = 0; i < nd; i++) { sh[i] = sizes[perm[i]]; is[i] = strides[perm[i]]; os[i] = out[perm[i]]; }
        // coalesce_dimensions
        int prev = 0;
        for (int d = 1; d < nd; d++) {
            boolean can = sh[prev] == 1 || sh[d] == 1
                    || (sh[prev] * is[prev] == is[d] && sh[prev] * os[prev] == os[d]);
            if (can) {
                if (sh[prev] == 1) { is[prev] = is[d]; os[prev] = os[d]; }
                sh[prev] *= sh[d];
            } else {
                prev++;
                if (prev != d) { is[prev] = is[d]; os[prev] = os[d]; sh[prev] = sh[d]; }
            }
        }
        int n = prev + 1;
        return new FloatSumLayout(Arrays.copyOf(sh, n), Arrays.copyOf(is, n), Arrays.copyOf(os, n), outputs);
    }

    /**
     * TensorIterator's {@code should_swap} for a reduction (operands: the output, then the input):
     * 1 when dim0 should go outside dim1, -1 when it stays inside, 0 when undecided.
     */
    private static int shouldSwap(int dim0, int dim1, long[] sizes, long[] out, long[] in) {
        for (int arg = 0; arg < 2; arg++) {
            long[] st = arg == 0 ? out : in;
            long s0 = st[dim0], s1 = st[dim1];
            if (arg == 0 && (s0 == 0) != (s1 == 0)) return s1 == 0 ? 1 : -1;   // reduced dims go inside
            if (s0 == 0 || s1 == 0) continue;
            if (s0 < s1) return -1;
            if (s0 > s1) return 1;
            if (sizes[dim0] > sizes[dim1]) return 1;
        }
        return 0;
    }

    /** Whether iteration dim d is reduced ({@code is_dim_reduced}). */
    boolean isReduced(int d) { return outStrides[d] == 0 && shape[d] > 1; }

    /**
     * {@code find_split_dim}: from the outermost dim inwards, stopping at the first reduced one,
     * the first with at least {@code threads} positions, else the largest seen.
     */
    int splitDim(int threads) {
        int best = shape.length - 1;
        for (int d = best; d >= 0 && !isReduced(d); d--) {
            if (shape[d] >= threads) return d;
            if (shape[d] > shape[best]) best = d;
        }
        return best;
    }

    /** This layout with dim {@code d} cut to {@code size} positions (the caller offsets the data). */
    FloatSumLayout narrow(int d, long size) {
        long[] sh = shape.clone();
        sh[d] = size;
        return new FloatSumLayout(sh, inStrides, outStrides, outputs);
    }
}
