package torch4j;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;
import torch4j.storage.StorageSize;

/**
 * Tensor factories: from Java values and arrays, filled shapes, ranges. Filled shapes and ranges
 * are allocated on their device and written by its backend; data from Java arrays is made on the
 * CPU and copied to the device.
 */
final class Creation {
    private Creation() {}

    /** The dtype PyTorch infers for a Java element type ({@code torch.tensor} rules, DESIGN §2). */
    static DType literalType(Class<?> component) {
        if (component == double.class || component == float.class || component == Double.class || component == Float.class)
            return DType.defaultFloat();
        if (component == boolean.class || component == Boolean.class) return DType.BOOL;
        if (component == long.class || component == int.class || component == short.class || component == byte.class
                || component == Long.class || component == Integer.class || component == Short.class || component == Byte.class)
            return DType.INT64;
        throw new IllegalArgumentException("Could not infer dtype of " + component.getSimpleName());
    }

    /** {@code torch.tensor(data)} for a Java scalar or a (nested, rectangular) primitive array; always copies. */
    static Tensor fromData(Object data, DType dtype) {
        // torch.tensor(t) of a tensor (or a numpy array): a detached copy, in dtype when given
        if (data instanceof NDArray a) data = a.toTensor();
        if (data instanceof Tensor t) return t.detach().clone().to(dtype != null ? dtype : t.dtype());
        List<Long> dims = new ArrayList<>();
        Class<?> leaf = shapeOf(data, dims);
        DType target = dtype != null ? dtype : literalType(leaf);
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        Object flat = Array.newInstance(leaf.isPrimitive() ? leaf : unbox(leaf), (int) Shapes.numel(shape));
        flatten(data, shape, 0, flat, 0);
        Tensor src = new Tensor(Storage.wrap(widenBytes(flat)), shape, Shapes.contiguousStrides(shape), 0);
        return Conversions.convert(src, target);
    }

    /** {@code torch.tensor(data, device=device)}: made on the CPU, then copied to the device. */
    static Tensor fromData(Object data, DType dtype, Device device) {
        return fromData(data, dtype).to(device);
    }

    /** {@code torch.from_numpy}-like: keeps the Java element type; a 1-D array is shared, not copied. */
    static Tensor fromArray(Object array) {
        if (!array.getClass().isArray()) throw new IllegalArgumentException("from() expects a Java array, got " + array.getClass());
        if (!array.getClass().getComponentType().isArray()) {
            long n = Array.getLength(array);
            return new Tensor(Storage.wrap(array), new long[]{n}, new long[]{1}, 0);
        }
        List<Long> dims = new ArrayList<>();
        Class<?> leaf = shapeOf(array, dims);
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        Object flat = Array.newInstance(leaf, (int) Shapes.numel(shape));
        flatten(array, shape, 0, flat, 0);
        return new Tensor(Storage.wrap(flat), shape, Shapes.contiguousStrides(shape), 0);
    }

    private static Class<?> unbox(Class<?> c) {
        if (c == Double.class) return double.class;
        if (c == Float.class) return float.class;
        if (c == Long.class) return long.class;
        if (c == Integer.class) return int.class;
        if (c == Short.class) return short.class;
        if (c == Byte.class) return byte.class;
        if (c == Boolean.class) return boolean.class;
        return c;
    }

    /** byte[] from literals means small integers, not int8 storage: widen before converting. */
    private static Object widenBytes(Object flat) {
        if (!(flat instanceof byte[] b)) return flat;
        long[] out = new long[b.length];
        for (int i = 0; i < b.length; i++) out[i] = b[i];
        return out;
    }

    /** Records the extents of a nested array; returns the leaf element class. */
    private static Class<?> shapeOf(Object data, List<Long> dims) {
        if (data == null) throw new IllegalArgumentException("Could not infer dtype of NoneType");
        if (!data.getClass().isArray()) return data.getClass();
        int n = Array.getLength(data);
        dims.add((long) n);
        Class<?> comp = data.getClass().getComponentType();
        if (!comp.isArray()) return comp;
        if (n == 0) {
            // an empty outer array: still descend the type to find the leaf class
            Class<?> c = comp;
            while (c.isArray()) { dims.add(0L); c = c.getComponentType(); }
            return c;
        }
        return shapeOf(Array.get(data, 0), dims);
    }

    private static int flatten(Object data, long[] shape, int d, Object flat, int pos) {
        if (!data.getClass().isArray()) {
            Array.set(flat, pos, data);
            return pos + 1;
        }
        int n = Array.getLength(data);
        if (n != shape[d])
            throw new IllegalArgumentException("expected sequence of length " + shape[d] + " at dim " + d + " (got " + n + ")");
        if (d == shape.length - 1) {
            System.arraycopy(data, 0, flat, pos, n);
            return pos + n;
        }
        for (int i = 0; i < n; i++) pos = flatten(Array.get(data, i), shape, d + 1, flat, pos);
        return pos;
    }

    static Tensor full(long[] shape, double value, DType dtype) { return full(shape, value, dtype, Device.CPU); }

    static Tensor fullLong(long[] shape, long value, DType dtype) { return fullLong(shape, value, dtype, Device.CPU); }

    /** {@code torch.full(shape, value, dtype=dtype, device=device)}; zeros are the allocation's own. */
    static Tensor full(long[] shape, double value, DType dtype, Device device) {
        checkShape(shape);
        Conversions.checkScalarFits(Conversions.scalar(value), dtype);
        Tensor t = Tensor.allocate(dtype, shape.clone(), device);
        if (!isPositiveZero(value)) fill(t, value);   // -0.0 == 0, but its sign is kept: full((2,), -0.) is [-0., -0.]
        return t;
    }

    /** True only for +0.0, the allocation's own fill ({@code -0.0 == 0} in Java as in Python). */
    static boolean isPositiveZero(double value) { return Double.doubleToRawLongBits(value) == 0L; }

    /** The same with an integral value (exact beyond 2^53). */
    static Tensor fullLong(long[] shape, long value, DType dtype, Device device) {
        checkShape(shape);
        Conversions.checkScalarFits(Conversions.scalar(value), dtype);
        Tensor t = Tensor.allocate(dtype, shape.clone(), device);
        if (value != 0) fill(t, value);
        return t;
    }

    /**
     * The shape of a {@code *_like} result, after PyTorch's size check for it: empty_like lays the
     * result out with the input's dense strides, so an overflow names those strides.
     */
    static long[] likeShape(Tensor t, DType dtype) {
        StorageSize.stridedBytes(t.shape, Sorting.denseStrides(t.shape, t.strides), dtype.itemSize());
        return t.shape;
    }

    /** {@code t.fill_(value)} without version bookkeeping, by t's backend (a Double or a Long value). */
    static void fill(Tensor t, Number value) {
        t.backend().pointwise().fill(t.shape, Conversions.operand(t), value);
    }

    static void checkShape(long[] shape) {
        for (long s : shape)
            if (s < 0) throw new IllegalArgumentException("Trying to create tensor with negative dimension " + s + ": "
                    + Arrays.toString(shape));
    }

    static Tensor eye(long n, long m, DType dtype) { return eye(n, m, dtype, Device.CPU); }

    /** {@code torch.eye(n, m, dtype=dtype, device=device)}. */
    static Tensor eye(long n, long m, DType dtype, Device device) {
        if (n < 0) throw new IllegalArgumentException("n must be greater or equal to 0, got " + n);
        if (m < 0) throw new IllegalArgumentException("m must be greater or equal to 0, got " + m);
        Shapes.checkedNumel(new long[]{n, m});   // PyTorch's eye resizes its output: the numel check comes first
        Tensor t = Tensor.allocate(dtype, new long[]{n, m}, device);
        long k = Math.min(n, m);
        // the diagonal as a strided view, filled in one pass
        Tensor diag = t.view(new long[]{k}, new long[]{m + 1}, 0);
        fill(diag, 1L);
        return t;
    }

    /** {@code torch.arange}: values {@code start + i*step} computed in double, then cast. */
    static Tensor arange(double start, double end, double step, DType dtype) { return arange(start, end, step, dtype, Device.CPU); }

    /** The same on {@code device}, the values computed as its backend's arange kernel does. */
    static Tensor arange(double start, double end, double step, DType dtype, Device device) {
        if (step == 0) throw new IllegalArgumentException("step must be nonzero");
        if (!Double.isFinite(start) || !Double.isFinite(end))
            throw new IllegalArgumentException("unsupported range: " + cppDouble(start) + " -> " + cppDouble(end));
        if ((step > 0 && end < start) || (step < 0 && end > start))
            throw new IllegalArgumentException("upper bound and larger bound inconsistent with step sign");
        long n = rangeSize(Math.ceil((end - start) / step));
        StorageSize.checkAllocatable(new long[]{n}, dtype.itemSize());
        Tensor t = Tensor.allocate(dtype, new long[]{n}, device);
        t.backend().pointwise().arange(Conversions.operand(t), n, start, step);
        return t;
    }

    /** A double as C++'s {@code std::ostream} prints it (%g, 6 significant digits), for messages. */
    static String cppDouble(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return 1 / v < 0 ? "-0" : "0";
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(6));
        int exp = d.precision() - d.scale() - 1;
        if (exp < -4 || exp >= 6) {
            String m = d.movePointLeft(exp).stripTrailingZeros().toPlainString();
            return m + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return d.stripTrailingZeros().toPlainString();
    }

    /** {@code torch.arange} over integers, exact in int64. */
    static Tensor arange(long start, long end, long step, DType dtype) { return arange(start, end, step, dtype, Device.CPU); }

    /** The same on {@code device}. */
    static Tensor arange(long start, long end, long step, DType dtype, Device device) {
        if (step == 0) throw new IllegalArgumentException("step must be nonzero");
        if ((step > 0 && end < start) || (step < 0 && end > start))
            throw new IllegalArgumentException("upper bound and larger bound inconsistent with step sign");
        // ATen's size: for int64, in int64 arithmetic that wraps on overflow (a span past 2^63
        // comes out negative and is refused below); for narrower types, in double
        double size = dtype == DType.INT64 ? (double) ((end - start + step - Long.signum(step)) / step)
                : Math.ceil(((double) end - (double) start) / (double) step);
        long n = rangeSize(size);
        StorageSize.checkAllocatable(new long[]{n}, dtype.itemSize());
        Tensor t = Tensor.allocate(dtype, new long[]{n}, device);
        t.backend().pointwise().arange(Conversions.operand(t), n, start, step);
        return t;
    }

    /** arange's element count from its size in double, with ATen's checks. */
    private static long rangeSize(double size) {
        if (!(size >= 0 && size <= (double) Long.MAX_VALUE)) throw new IllegalArgumentException("invalid size, possible overflow?");
        // (double) INT64_MAX is 2^63, which passes; C++ then converts it to INT64_MIN (x86's
        // cvttsd2si), where Java would saturate, and the size is refused as a SymInt
        long n = size >= 0x1p63 ? Long.MIN_VALUE : (long) size;
        if (n < 0) throw new IllegalArgumentException("IntArrayRef contains an int that cannot be represented as a SymInt: " + n);
        return n;
    }

    /** {@code torch.linspace}, values as the device's kernel computes them (both endpoints exact). */
    static Tensor linspace(double start, double end, long steps, DType dtype) { return linspace(start, end, steps, dtype, Device.CPU); }

    /** The same on {@code device}. */
    static Tensor linspace(double start, double end, long steps, DType dtype, Device device) {
        if (steps < 0) throw new IllegalArgumentException("number of steps must be non-negative");
        Tensor t = Tensor.allocate(dtype, new long[]{steps}, device);
        t.backend().pointwise().linspace(Conversions.operand(t), steps, start, end);
        return t;
    }
}
