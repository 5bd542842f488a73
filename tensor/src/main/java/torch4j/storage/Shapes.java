package torch4j.storage;

import java.util.Arrays;

/** Shape and stride arithmetic shared by views, broadcasting and kernels, with PyTorch's error texts. */
public final class Shapes {
    private Shapes() {}

    /**
     * The product of the sizes. Unchecked: every tensor's shape passed {@link #checkedNumel} when
     * the tensor was made, so this cannot overflow for a tensor's shape (nor for a sub-list of it
     * unless the shape has a zero).
     */
    public static long numel(long[] shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    /**
     * The product of the sizes, or PyTorch's "numel: integer multiplication overflow" when it
     * does not fit in int64 (c10's safe_compute_numel: an unsigned product with a sticky overflow
     * flag, so {@code [0, 2^40, 2^40]} is 0 elements while {@code [2^40, 2^40, 0]} overflows; a
     * negative size counts as an overflow, as in PyTorch's resize_).
     */
    public static long checkedNumel(long[] shape) {
        long n = 1;
        boolean overflow = false;
        for (long d : shape) {
            overflow |= Math.unsignedMultiplyHigh(n, d) != 0;
            n *= d;
        }
        if (overflow || n < 0) throw new IllegalArgumentException("numel: integer multiplication overflow");
        return n;
    }

    /** Row-major strides for {@code shape} (a size-0 or size-1 dim gets the stride it would have). */
    public static long[] contiguousStrides(long[] shape) {
        long[] st = new long[shape.length];
        long s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            st[i] = s;
            s *= Math.max(shape[i], 1);
        }
        return st;
    }

    /** PyTorch's is_contiguous: an empty tensor is; otherwise strides of dims with extent != 1 match the row-major strides. */
    public static boolean isContiguous(long[] shape, long[] strides) {
        for (long s : shape) if (s == 0) return true;
        long expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != expected) return false;
            expected *= shape[i];
        }
        return true;
    }

    /** Wraps a possibly negative dim into [0, ndim), with PyTorch's message when out of range. */
    public static int wrapDim(long dim, int ndim) {
        int n = Math.max(ndim, 1);   // a 0-dim tensor accepts dims -1 and 0
        if (dim < -n || dim >= n)
            throw new IndexOutOfBoundsException("Dimension out of range (expected to be in range of ["
                    + (-n) + ", " + (n - 1) + "], but got " + dim + ")");
        return (int) (dim < 0 ? dim + n : dim);
    }

    /**
     * The broadcast shape of two shapes, or PyTorch's "The size of tensor a (3) must match ..." error,
     * which (like ATen's infer_size) names the innermost mismatching dimension.
     */
    public static long[] broadcast(long[] a, long[] b) {
        int n = Math.max(a.length, b.length);
        long[] out = new long[n];
        for (int i = n - 1; i >= 0; i--) {
            int ia = a.length - n + i, ib = b.length - n + i;
            long da = ia >= 0 ? a[ia] : 1, db = ib >= 0 ? b[ib] : 1;
            if (da != db && da != 1 && db != 1)
                throw new IllegalArgumentException("The size of tensor a (" + da + ") must match the size of tensor b ("
                        + db + ") at non-singleton dimension " + i);
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** Strides that read a tensor of (shape, strides) as if expanded to {@code target} (0 on broadcast dims). */
    public static long[] expandStrides(long[] shape, long[] strides, long[] target) {
        long[] out = new long[target.length];
        int lead = target.length - shape.length;
        if (lead < 0) throw new IllegalArgumentException("expand: target has fewer dims than the tensor");
        for (int i = 0; i < target.length; i++) {
            int j = i - lead;
            if (j < 0) { out[i] = 0; continue; }
            if (shape[j] == target[i]) out[i] = strides[j];
            else if (shape[j] == 1) out[i] = 0;
            else throw new IllegalArgumentException("The expanded size of the tensor (" + target[i]
                    + ") must match the existing size (" + shape[j] + ") at non-singleton dimension " + i
                    + ".  Target sizes: " + str(target) + ".  Tensor sizes: " + str(shape));
        }
        return out;
    }

    /** {@code [2, 3]} as PyTorch writes sizes in messages. */
    public static String str(long[] shape) {
        return Arrays.toString(shape);
    }

    /** Resolves one -1 in a requested view shape, or PyTorch's "shape '[...]' is invalid" error. */
    public static long[] inferShape(long[] requested, long numel) {
        long[] out = requested.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == -1) {
                if (infer >= 0) throw new IllegalArgumentException("only one dimension can be inferred");
                infer = i;
            } else if (out[i] < 0) {
                throw new IllegalArgumentException("invalid shape dimension " + out[i]);
            } else known *= out[i];
        }
        if (infer >= 0 && known != 0 && numel % known == 0) out[infer] = numel / known;
        else if (infer >= 0 && known == 0 && numel == 0) throw new IllegalArgumentException(
                "cannot reshape tensor of 0 elements into shape " + str(requested)
                        + " because the unspecified dimension size -1 can be any value and is ambiguous");
        if ((infer >= 0 && (known == 0 || numel % known != 0)) || (infer < 0 && known != numel))
            throw new IllegalArgumentException("shape '" + str(requested) + "' is invalid for input of size " + numel);
        return out;
    }

    /**
     * Strides for viewing (shape, strides) as {@code newShape} without copying, or null when the
     * memory layout does not allow it (PyTorch's computeStride, from THTensor_compute_stride).
     */
    public static long[] viewStrides(long[] shape, long[] strides, long[] newShape) {
        long numel = numel(shape);
        long[] newStrides = new long[newShape.length];
        if (numel == 0) return contiguousStrides(newShape);
        if (shape.length == 0) {   // a 0-dim tensor views as any shape of one element
            java.util.Arrays.fill(newStrides, 1);
            return newStrides;
        }
        int viewD = newShape.length - 1;
        long chunkBase = strides.length == 0 ? 1 : strides[strides.length - 1];
        long tensorNumel = 1, viewNumel = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            tensorNumel *= shape[d];
            if (d == 0 || (shape[d - 1] != 1 && strides[d - 1] != tensorNumel * chunkBase)) {
                while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1)) {
                    newStrides[viewD] = viewNumel * chunkBase;
                    viewNumel *= newShape[viewD];
                    viewD--;
                }
                if (viewNumel != tensorNumel) return null;
                if (d > 0) {
                    chunkBase = strides[d - 1];
                    tensorNumel = 1;
                    viewNumel = 1;
                }
            }
        }
        if (viewD != -1) return null;
        return newStrides;
    }
}
