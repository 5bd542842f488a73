package torch4j;

import java.util.Arrays;

/**
 * An immutable tensor shape; prints as PyTorch's {@code torch.Size([5, 3])}.
 *
 * <pre>{@code
 * jshell> zeros(5, 3).shape()
 * torch.Size([5, 3])
 * }</pre>
 */
public final class Size {
    private final long[] dims;

    private Size(long[] dims) { this.dims = dims; }

    /** A Size holding a copy of {@code dims}. */
    public static Size of(long... dims) { return new Size(dims.clone()); }

    /** Number of dimensions ({@code len(size)}). */
    public int length() { return dims.length; }

    /** The extent of dimension {@code i}; negative {@code i} counts from the end, as in Python. */
    public long get(int i) {
        int d = i < 0 ? i + dims.length : i;
        if (d < 0 || d >= dims.length)
            throw new IndexOutOfBoundsException("tuple index out of range");
        return dims[d];
    }

    /** Product of the extents ({@code size.numel()}); 1 for a scalar's empty Size. */
    public long numel() {
        long n = 1;
        for (long d : dims) n *= d;
        return n;
    }

    /** A copy of the extents. */
    public long[] toArray() { return dims.clone(); }

    @Override public boolean equals(Object o) { return o instanceof Size s && Arrays.equals(dims, s.dims); }
    @Override public int hashCode() { return Arrays.hashCode(dims); }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(dims[i]);
        }
        return sb.append("])").toString();
    }
}
