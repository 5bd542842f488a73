package torch4j;

/**
 * The static entry point, PyTorch's {@code torch} namespace. The REPL imports it statically, so
 * {@code randn(2, 3)} works there as {@code torch.randn(2, 3)} does in Python.
 *
 * <pre>{@code
 * jshell> tensor(new double[][]{{1, 2}, {3, 4}})
 * $1 ==> tensor([[1., 2.],
 *                [3., 4.]])
 * jshell> arange(5)
 * $2 ==> tensor([0, 1, 2, 3, 4])
 * }</pre>
 *
 * Literals follow Python's rules: Java {@code double}/{@code float} give float32 (the default
 * dtype), {@code int}/{@code long} give int64, {@code boolean} gives bool. {@link #from(Object)}
 * keeps the Java element type instead.
 */
public final class Torch {
    private Torch() {}

    /** dtype constants, so {@code zeros(new long[]{2}, float64)} reads like Python. */
    public static final DType float32 = DType.FLOAT32, float64 = DType.FLOAT64, int64 = DType.INT64,
            int32 = DType.INT32, int16 = DType.INT16, int8 = DType.INT8, uint8 = DType.UINT8, bool = DType.BOOL;

    // ---------------------------------------------------------------- from Java values

    /** A 0-dim float32 tensor. */
    public static Tensor tensor(double value) { return Creation.fromData(value, null); }
    /** A 0-dim int64 tensor. */
    public static Tensor tensor(long value) { return Creation.fromData(value, null); }
    /** A 0-dim bool tensor. */
    public static Tensor tensor(boolean value) { return Creation.fromData(value, null); }
    /** A 1-D float32 tensor. */
    public static Tensor tensor(double... values) { return Creation.fromData(values, null); }
    /** A 1-D float32 tensor. */
    public static Tensor tensor(float... values) { return Creation.fromData(values, null); }
    /** A 1-D int64 tensor. */
    public static Tensor tensor(long... values) { return Creation.fromData(values, null); }
    /** A 1-D int64 tensor (Java int literals are Python ints). */
    public static Tensor tensor(int... values) { return Creation.fromData(values, null); }
    /** A 1-D bool tensor. */
    public static Tensor tensor(boolean... values) { return Creation.fromData(values, null); }
    /** From a nested rectangular Java array such as {@code double[][]} or {@code int[][][]}; always copies. */
    public static Tensor tensor(Object data) { return Creation.fromData(data, null); }
    /** From a Java value or nested array, converted to {@code dtype}. */
    public static Tensor tensor(Object data, DType dtype) { return Creation.fromData(data, dtype); }

    /**
     * Like {@code torch.from_numpy}: keeps the array's element type (float[] is float32, double[]
     * float64, int[] int32, byte[] int8, ...). A 1-D array is shared, so writes show through.
     */
    public static Tensor from(Object array) { return Creation.fromArray(array); }

    /** A uint8 tensor over {@code bytes} (shared), e.g. image pixels. */
    public static Tensor fromUnsigned(byte[] bytes) {
        return new Tensor(torch4j.storage.Storage.wrapUnsigned(bytes), new long[]{bytes.length}, new long[]{1}, 0);
    }

    // ---------------------------------------------------------------- filled shapes

    /** Zeros of the default float dtype. */
    public static Tensor zeros(long... shape) { return Creation.full(shape, 0, DType.defaultFloat()); }
    public static Tensor zeros(Size shape) { return zeros(shape.toArray()); }
    public static Tensor zeros(long[] shape, DType dtype) { return Creation.full(shape, 0, dtype); }
    /** Ones of the default float dtype. */
    public static Tensor ones(long... shape) { return Creation.full(shape, 1, DType.defaultFloat()); }
    public static Tensor ones(Size shape) { return ones(shape.toArray()); }
    public static Tensor ones(long[] shape, DType dtype) { return Creation.full(shape, 1, dtype); }
    /** Uninitialised in PyTorch; here zero-filled (Java arrays always are). */
    public static Tensor empty(long... shape) { return zeros(shape); }
    public static Tensor empty(long[] shape, DType dtype) { return zeros(shape, dtype); }
    /** Filled with {@code value}; a double fills float32, as {@code torch.full((2,), 1.5)}. */
    public static Tensor full(long[] shape, double value) { return Creation.full(shape, value, DType.defaultFloat()); }
    /** Filled with an integer: int64, as {@code torch.full((2,), 7)}. */
    public static Tensor full(long[] shape, long value) { return Creation.fullLong(shape, value, DType.INT64); }
    public static Tensor full(long[] shape, boolean value) { return Creation.fullLong(shape, value ? 1 : 0, DType.BOOL); }
    public static Tensor full(long[] shape, double value, DType dtype) { return Creation.full(shape, value, dtype); }
    /** An integer fill value is exact in int64 and may wrap into uint8 from -255, as in PyTorch. */
    public static Tensor full(long[] shape, long value, DType dtype) { return Creation.fullLong(shape, value, dtype); }
    /** The n×n identity. */
    public static Tensor eye(long n) { return Creation.eye(n, n, DType.defaultFloat()); }
    public static Tensor eye(long n, long m) { return Creation.eye(n, m, DType.defaultFloat()); }
    public static Tensor eye(long n, long m, DType dtype) { return Creation.eye(n, m, dtype); }

    public static Tensor zerosLike(Tensor t) { return zeros(t.shape, t.dtype()); }
    public static Tensor zerosLike(Tensor t, DType dtype) { return zeros(t.shape, dtype); }
    public static Tensor onesLike(Tensor t) { return ones(t.shape, t.dtype()); }
    public static Tensor onesLike(Tensor t, DType dtype) { return ones(t.shape, dtype); }
    public static Tensor emptyLike(Tensor t) { return zeros(t.shape, t.dtype()); }
    public static Tensor fullLike(Tensor t, double value) { return Creation.full(t.shape, value, t.dtype()); }
    public static Tensor fullLike(Tensor t, double value, DType dtype) { return Creation.full(t.shape, value, dtype); }

    // ---------------------------------------------------------------- ranges

    /** {@code 0, 1, ..., end-1} as int64. */
    public static Tensor arange(long end) { return Creation.arange(0L, end, 1L, DType.INT64); }
    public static Tensor arange(long start, long end) { return Creation.arange(start, end, 1L, DType.INT64); }
    public static Tensor arange(long start, long end, long step) { return Creation.arange(start, end, step, DType.INT64); }
    /** With any floating argument the result is float32. */
    public static Tensor arange(double end) { return Creation.arange(0, end, 1, DType.defaultFloat()); }
    public static Tensor arange(double start, double end) { return Creation.arange(start, end, 1, DType.defaultFloat()); }
    public static Tensor arange(double start, double end, double step) { return Creation.arange(start, end, step, DType.defaultFloat()); }
    public static Tensor arange(double start, double end, double step, DType dtype) {
        return dtype.isFloatingPoint() ? Creation.arange(start, end, step, dtype)
                : Creation.arange((long) start, (long) end, (long) step, dtype);
    }
    /** {@code steps} evenly spaced values from start to end inclusive. */
    public static Tensor linspace(double start, double end, long steps) { return Creation.linspace(start, end, steps, DType.defaultFloat()); }
    public static Tensor linspace(double start, double end, long steps, DType dtype) { return Creation.linspace(start, end, steps, dtype); }

    // ---------------------------------------------------------------- elementwise

    /** {@code condition ? x : y}, broadcasting all three. */
    public static Tensor where(Tensor condition, Tensor x, Tensor y) { return Pointwise.where(condition, x, y); }
    public static Tensor where(Tensor condition, Tensor x, double y) { return Pointwise.where(condition, x, Conversions.scalar(y)); }
    public static Tensor where(Tensor condition, double x, Tensor y) { return Pointwise.where(condition, Conversions.scalar(x), y); }
    public static Tensor where(Tensor condition, double x, double y) {
        return Pointwise.where(condition, Conversions.scalar(x), Conversions.scalar(y));
    }
    /** Integer scalars keep an integer result, as {@code torch.where(c, x, 0)}. */
    public static Tensor where(Tensor condition, Tensor x, long y) { return Pointwise.where(condition, x, Conversions.scalar(y)); }
    public static Tensor where(Tensor condition, long x, Tensor y) { return Pointwise.where(condition, Conversions.scalar(x), y); }
    public static Tensor where(Tensor condition, long x, long y) {
        return Pointwise.where(condition, Conversions.scalar(x), Conversions.scalar(y));
    }
    public static Tensor maximum(Tensor a, Tensor b) { return a.maximum(b); }
    public static Tensor minimum(Tensor a, Tensor b) { return a.minimum(b); }
    public static Tensor clamp(Tensor x, double min, double max) { return x.clamp(min, max); }
    public static Tensor clamp(Tensor x, long min, long max) { return x.clamp(min, max); }
    public static boolean equal(Tensor a, Tensor b) { return a.equal(b); }
    public static boolean allclose(Tensor a, Tensor b) { return a.allclose(b); }
}
