package torch4j.storage;

import torch4j.DType;
import torch4j.Device;

/**
 * A flat, typed block of elements on a device. On the CPU it is a Java primitive array
 * (garbage-collected, so a long REPL session leaks nothing); on the meta device it is only a size
 * ({@link MetaStorage}). Tensors are views on a storage through (shape, strides, offset).
 *
 * <p>Kernels never touch elements one by one through this class: they move runs of elements in
 * and out of chunk buffers in one of two compute domains, {@code double} (floating dtypes, and
 * integer operands of a floating op) and {@code long} (integer and bool dtypes). Each subclass
 * implements those four moves once for its array type; the ops then need one loop per domain,
 * not one per dtype. Stores convert as PyTorch's casts do: float to int truncates toward zero and
 * narrow integers wrap; anything nonzero becomes {@code true} in a bool storage.
 *
 * <p>Internal: users meet storage only through {@code Tensor}.
 */
public abstract sealed class Storage
        permits FloatStorage, DoubleStorage, LongStorage, IntStorage, ShortStorage, ByteStorage, BoolStorage, MetaStorage {

    private final DType dtype;
    /** Bumped by every in-place write; autograd compares it with the version it saved. */
    private int version;

    Storage(DType dtype) { this.dtype = dtype; }

    /**
     * A zero-filled storage for a contiguous tensor of {@code shape}, or PyTorch's error when the
     * size overflows or cannot be allocated (see {@link StorageSize}).
     */
    public static Storage allocate(DType dtype, long[] shape) {
        long bytes = StorageSize.contiguousBytes(shape, dtype.itemSize());
        return allocateElements(dtype, bytes / dtype.itemSize(), bytes);
    }

    /**
     * A zero-filled storage under a tensor of {@code shape} and {@code strides} (empty_strided),
     * with PyTorch's errors naming both.
     */
    public static Storage allocate(DType dtype, long[] shape, long[] strides) {
        long bytes = StorageSize.stridedBytes(shape, strides, dtype.itemSize());
        return allocateElements(dtype, bytes / dtype.itemSize(), bytes);
    }

    /** A zero-filled storage of {@code n} elements, with the errors of {@link #allocate(DType, long[])}. */
    public static Storage allocate(DType dtype, long n) {
        return allocate(dtype, new long[]{n});
    }

    private static Storage allocateElements(DType dtype, long n, long bytes) {
        if (n > StorageSize.MAX_ELEMENTS) throw StorageSize.cannotAllocate(bytes);
        int len = (int) n;
        try {
            return switch (dtype) {
                case FLOAT32 -> new FloatStorage(new float[len]);
                case FLOAT64 -> new DoubleStorage(new double[len]);
                case INT64 -> new LongStorage(new long[len]);
                case INT32 -> new IntStorage(new int[len]);
                case INT16 -> new ShortStorage(new short[len]);
                case INT8 -> new ByteStorage(new byte[len], false);
                case UINT8 -> new ByteStorage(new byte[len], true);
                case BOOL -> new BoolStorage(new boolean[len]);
            };
        } catch (OutOfMemoryError e) {
            // Only this array failed, and it was never reachable: the heap is as it was, so this is
            // PyTorch's recoverable allocator error rather than a JVM crash.
            throw StorageSize.cannotAllocate(bytes);
        }
    }

    /** Wraps a Java array without copying; the dtype follows the array type ({@code byte[]} is int8). */
    public static Storage wrap(Object array) {
        return switch (array) {
            case float[] a -> new FloatStorage(a);
            case double[] a -> new DoubleStorage(a);
            case long[] a -> new LongStorage(a);
            case int[] a -> new IntStorage(a);
            case short[] a -> new ShortStorage(a);
            case byte[] a -> new ByteStorage(a, false);
            case boolean[] a -> new BoolStorage(a);
            default -> throw new IllegalArgumentException("cannot make a tensor from " + array.getClass().getSimpleName());
        };
    }

    /** Wraps a {@code byte[]} as uint8 storage (as {@code torch.from_numpy} of a uint8 array). */
    public static Storage wrapUnsigned(byte[] array) { return new ByteStorage(array, true); }

    public final DType dtype() { return dtype; }

    /** The device holding the elements: the CPU for every array-backed storage. */
    public Device device() { return Device.CPU; }

    /** Number of elements (an int: a CPU storage is one Java array). */
    public abstract int length();

    /** Number of elements, on any device (a meta storage may hold more than an array can). */
    public long numel() { return length(); }

    /** Grows or shrinks the backing array to {@code n} elements, keeping the first ones (for {@code resize_}). */
    public abstract void resize(int n);

    /**
     * Grows to {@code n} elements ({@code bytes} in PyTorch's count) for {@code resize_}, or
     * fails with the allocator's error when that is past an array or the heap.
     */
    public void grow(long n, long bytes) {
        if (n > StorageSize.MAX_ELEMENTS) throw StorageSize.cannotAllocate(bytes);
        try {
            resize((int) n);
        } catch (OutOfMemoryError e) {
            throw StorageSize.cannotAllocate(bytes);   // the old array is still in place: nothing changed
        }
    }

    /** The backing Java array (float[], double[], long[], int[], short[], byte[] or boolean[]). */
    public abstract Object array();

    public final int version() { return version; }

    /** Records an in-place modification (for autograd's saved-tensor check). */
    public final void bumpVersion() { version++; }

    /** {@code dst[i] = (double) this[off + i*stride]} for i in [0, n). */
    public abstract void loadDouble(int off, int stride, int n, double[] dst);

    /** {@code this[off + i*stride] = cast(src[i])} for i in [0, n). */
    public abstract void storeDouble(int off, int stride, int n, double[] src);

    /** {@code dst[i] = (long) this[off + i*stride]}; floats truncate toward zero. */
    public abstract void loadLong(int off, int stride, int n, long[] dst);

    /** {@code this[off + i*stride] = cast(src[i])}; narrow integers wrap. */
    public abstract void storeLong(int off, int stride, int n, long[] src);

    /** Sum of a run in double precision, unrolled over eight accumulators (no buffer pass). */
    public abstract double sumDouble(int off, int stride, int n);

    /** {@code acc[accOff + i] += this[off + i*stride]} for i in [0, n): one pass, no buffer (outer-dim sums). */
    public abstract void accumulateDouble(int off, int stride, int n, double[] acc, int accOff);

    /** One element as a double (for printing and {@code item()}). */
    public abstract double getDouble(int i);

    /** One element as a long. */
    public abstract long getLong(int i);

    /** Copies a run of elements between two storages of the same class without conversion. */
    public abstract void copyRaw(int srcOff, int srcStride, Storage dst, int dstOff, int dstStride, int n);
}
