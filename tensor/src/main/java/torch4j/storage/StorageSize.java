package torch4j.storage;

/**
 * The one size check in front of every CPU allocation, with PyTorch 1.13's texts.
 *
 * <p>Sizes are multiplied as c10 does (unsigned 64-bit products with a sticky overflow flag, so a
 * zero met <em>before</em> an overflow makes the product 0, and one met after does not; then the
 * byte count must fit in int64), so exactly the shapes PyTorch refuses with "Storage size
 * calculation overflowed" are refused here with the same message. A size that fits in int64 bytes
 * but not in one Java array (more than {@link #MAX_ELEMENTS} elements), or that the heap cannot
 * hold, gets the text PyTorch's CPU allocator prints when {@code posix_memalign} fails, rather than
 * a {@code NegativeArraySizeException} or {@code OutOfMemoryError}.
 *
 * <p>Internal: users meet these checks through the factories, views and ops of {@code Tensor}.
 */
public final class StorageSize {
    private StorageSize() {}

    /** The most elements a storage holds: the largest Java array HotSpot allocates. */
    public static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    /** Bytes of a contiguous tensor of {@code sizes} (c10's computeStorageNbytesContiguous), or PyTorch's overflow error. */
    public static long contiguousBytes(long[] sizes, int itemSize) {
        return contiguousBytes(sizes, 0, itemSize);
    }

    /** As {@link #contiguousBytes(long[], int)} for a tensor starting {@code offset} elements into its storage ({@code resize_}). */
    public static long contiguousBytes(long[] sizes, long offset, int itemSize) {
        long n = 1;
        boolean overflow = false;
        for (long s : sizes) {
            overflow |= Math.unsignedMultiplyHigh(n, s) != 0;
            n *= s;
        }
        long withOffset = n + offset;
        overflow |= Long.compareUnsigned(withOffset, n) < 0;
        n = withOffset;
        overflow |= Math.unsignedMultiplyHigh(n, itemSize) != 0;
        n *= itemSize;
        if (overflow || n < 0)   // n < 0: above int64's maximum as an unsigned value
            throw new IllegalArgumentException("Storage size calculation overflowed with sizes=" + Shapes.str(sizes));
        return n;
    }

    /**
     * Bytes a storage needs under a tensor of {@code sizes} and {@code strides} (c10's
     * computeStorageNbytes, as {@code empty_strided} and the {@code *_like} factories use it), or
     * PyTorch's overflow error naming both.
     */
    public static long stridedBytes(long[] sizes, long[] strides, int itemSize) {
        return stridedBytes(sizes, strides, 0, itemSize);
    }

    /**
     * As {@link #stridedBytes(long[], long[], int)} for a view starting {@code offset} elements into
     * its storage ({@code set_}); an empty view needs no storage whatever its offset, as in c10.
     */
    public static long stridedBytes(long[] sizes, long[] strides, long offset, int itemSize) {
        long n = 1;
        boolean overflow = false;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] == 0) return 0;
            long span = (sizes[i] - 1) * strides[i];
            overflow |= Math.unsignedMultiplyHigh(sizes[i] - 1, strides[i]) != 0;
            long sum = n + span;
            overflow |= Long.compareUnsigned(sum, n) < 0;
            n = sum;
        }
        long withOffset = n + offset;
        overflow |= Long.compareUnsigned(withOffset, n) < 0;
        n = withOffset;
        overflow |= Math.unsignedMultiplyHigh(n, itemSize) != 0;
        n *= itemSize;
        if (overflow || n < 0)
            throw new IllegalArgumentException("Storage size calculation overflowed with sizes=" + Shapes.str(sizes)
                    + " and strides=" + Shapes.str(strides));
        return n;
    }

    /** Checks that a contiguous tensor of {@code sizes} could be allocated, with the error its allocation would raise. */
    public static void checkAllocatable(long[] sizes, int itemSize) {
        long bytes = contiguousBytes(sizes, itemSize);
        if (bytes / itemSize > MAX_ELEMENTS) throw cannotAllocate(bytes);
    }

    /**
     * PyTorch's CPU allocator failure, word for word as 1.13 raises it on Linux
     * ({@code c10/core/impl/alloc_cpu.cpp}, ENOMEM from posix_memalign).
     */
    public static IllegalArgumentException cannotAllocate(long bytes) {
        return new IllegalArgumentException("[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory:"
                + " you tried to allocate " + bytes + " bytes. Error code 12 (Cannot allocate memory)");
    }
}
