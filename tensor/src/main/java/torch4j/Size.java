package torch4j;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable tensor shape; prints as PyTorch's {@code torch.Size([5, 3])}. Like Python's
 * {@code torch.Size} (a tuple), it is a {@code List<Long>}: iterable, sliceable to a {@code Size},
 * and equal to any list of the same numbers.
 *
 * <pre>{@code
 * jshell> zeros(5, 3, 2).shape()
 * torch.Size([5, 3, 2])
 * jshell> zeros(5, 3, 2).shape().slice(1, 3)
 * torch.Size([3, 2])
 * jshell> zeros(5, 3).shape().equals(List.of(5, 3))
 * true
 * jshell> for (long d : zeros(5, 3).shape()) print(d)
 * 5
 * 3
 * }</pre>
 */
public final class Size extends AbstractList<Long> implements RandomAccess {
    private final long[] dims;

    private Size(long[] dims) { this.dims = dims; }

    /** A Size holding a copy of {@code dims}. */
    public static Size of(long... dims) { return new Size(dims.clone()); }

    /** Number of dimensions ({@code len(size)}). */
    public int length() { return dims.length; }

    /** Number of dimensions ({@code len(size)}), as a {@code List}. */
    @Override public int size() { return dims.length; }

    /** The extent of dimension {@code i}; negative {@code i} counts from the end, as in Python. */
    @Override public Long get(int i) { return dims[wrap(i)]; }

    private int wrap(int i) {
        int d = i < 0 ? i + dims.length : i;
        if (d < 0 || d >= dims.length)
            throw new IndexOutOfBoundsException("tuple index out of range");
        return d;
    }

    /**
     * Python's {@code size[start:stop]}: negative bounds count from the end and out-of-range bounds
     * are clipped, as for a tuple.
     */
    public Size slice(int start, int stop) { return slice(start, stop, 1); }

    /** Python's {@code size[start:]}. */
    public Size slice(int start) { return slice(start, dims.length, 1); }

    /** Python's {@code size[start:stop:step]} (a positive step). */
    public Size slice(int start, int stop, int step) {
        if (step <= 0) throw new IllegalArgumentException("slice step must be positive");
        int n = dims.length;
        int a = clip(start, n), b = clip(stop, n);
        long[] out = new long[Math.max(0, (b - a + step - 1) / step)];
        for (int i = 0; i < out.length; i++) out[i] = dims[a + i * step];
        return new Size(out);
    }

    private static int clip(int i, int n) { return i < 0 ? Math.max(0, i + n) : Math.min(i, n); }

    /** Java's {@code subList}, as a {@code Size} (a copy: a Size is immutable). */
    @Override public Size subList(int fromIndex, int toIndex) {
        if (fromIndex < 0 || toIndex > dims.length || fromIndex > toIndex)
            throw new IndexOutOfBoundsException("fromIndex " + fromIndex + ", toIndex " + toIndex + ", size " + dims.length);
        return new Size(Arrays.copyOfRange(dims, fromIndex, toIndex));
    }

    /** Product of the extents ({@code size.numel()}); 1 for a scalar's empty Size. */
    public long numel() {
        long n = 1;
        for (long d : dims) n *= d;
        return n;
    }

    /** A copy of the extents ({@code toArray()} is {@code List}'s, of boxed Longs). */
    public long[] toLongArray() { return dims.clone(); }

    /**
     * Equal to any list of the same integers, whatever their boxed type: {@code List.of(5, 3)}
     * (Integers) as {@code List.of(5L, 3L)}, as Python's {@code torch.Size([5, 3]) == (5, 3)}.
     */
    @Override public boolean equals(Object o) {
        if (o instanceof Size s) return Arrays.equals(dims, s.dims);
        if (!(o instanceof List<?> l) || l.size() != dims.length) return false;
        for (int i = 0; i < dims.length; i++) {
            Object e = l.get(i);
            if (!(e instanceof Long || e instanceof Integer || e instanceof Short || e instanceof Byte)
                    || ((Number) e).longValue() != dims[i]) return false;
        }
        return true;
    }

    /** {@code List}'s hash of the Long elements (so a Size and an equal {@code List<Long>} hash alike). */
    @Override public int hashCode() { return super.hashCode(); }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(dims[i]);
        }
        return sb.append("])").toString();
    }
}
