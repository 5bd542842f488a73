package torch4j;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/** Tensor factories: from Java values and arrays, filled shapes, ranges. */
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
        List<Long> dims = new ArrayList<>();
        Class<?> leaf = shapeOf(data, dims);
        DType target = dtype != null ? dtype : literalType(leaf);
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        Object flat = Array.newInstance(leaf.isPrimitive() ? leaf : unbox(leaf), (int) Shapes.numel(shape));
        flatten(data, shape, 0, flat, 0);
        Tensor src = new Tensor(Storage.wrap(widenBytes(flat)), shape, Shapes.contiguousStrides(shape), 0);
        return Conversions.convert(src, target);
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

    static Tensor full(long[] shape, double value, DType dtype) {
        checkShape(shape);
        Conversions.checkScalarFits(Conversions.scalar(value), dtype);
        Tensor t = Tensor.allocate(dtype, shape.clone());
        if (value != 0) fill(t, Conversions.scalar(value));
        return t;
    }

    static Tensor fullLong(long[] shape, long value, DType dtype) {
        checkShape(shape);
        Conversions.checkScalarFits(Conversions.scalar(value), dtype);
        Tensor t = Tensor.allocate(dtype, shape.clone());
        if (value != 0) fill(t, Conversions.scalar(value));
        return t;
    }

    /** {@code t.fill_(value)} without version bookkeeping. */
    static void fill(Tensor t, Tensor value) {
        torch4j.backend.cpu.Elementwise.copy(t.shape, Conversions.operand(t), Conversions.operand(value, t.shape));
    }

    static void checkShape(long[] shape) {
        for (long s : shape)
            if (s < 0) throw new IllegalArgumentException("Trying to create tensor with negative dimension " + s + ": "
                    + Arrays.toString(shape));
    }

    static Tensor eye(long n, long m, DType dtype) {
        if (n < 0) throw new IllegalArgumentException("n must be greater or equal to 0, got " + n);
        if (m < 0) throw new IllegalArgumentException("m must be greater or equal to 0, got " + m);
        Tensor t = Tensor.allocate(dtype, new long[]{n, m});
        long k = Math.min(n, m);
        // the diagonal as a strided view, filled in one pass
        Tensor diag = t.view(new long[]{k}, new long[]{m + 1}, 0);
        fill(diag, Conversions.scalar(1L));
        return t;
    }

    /** {@code torch.arange}: values {@code start + i*step} computed in double, then cast. */
    static Tensor arange(double start, double end, double step, DType dtype) {
        if (step == 0) throw new IllegalArgumentException("step must be nonzero");
        if (!Double.isFinite(start) || !Double.isFinite(end))
            throw new IllegalArgumentException("unsupported range: " + start + " -> " + end);
        if ((step > 0 && end < start) || (step < 0 && end > start))
            throw new IllegalArgumentException("upper bound and larger bound inconsistent with step sign");
        long n = (long) Math.ceil((end - start) / step);
        double[] v = new double[(int) n];
        for (int i = 0; i < n; i++) v[i] = start + i * step;
        return Conversions.convert(new Tensor(Storage.wrap(v), new long[]{n}, new long[]{1}, 0), dtype);
    }

    /** {@code torch.arange} over integers, exact in int64. */
    static Tensor arange(long start, long end, long step, DType dtype) {
        if (step == 0) throw new IllegalArgumentException("step must be nonzero");
        if ((step > 0 && end < start) || (step < 0 && end > start))
            throw new IllegalArgumentException("upper bound and larger bound inconsistent with step sign");
        long n = step > 0 ? Math.ceilDiv(end - start, step) : Math.ceilDiv(start - end, -step);
        long[] v = new long[(int) n];
        for (int i = 0; i < n; i++) v[i] = start + i * step;
        Tensor t = new Tensor(Storage.wrap(v), new long[]{n}, new long[]{1}, 0);
        return dtype == DType.INT64 ? t : Conversions.convert(t, dtype);
    }

    /**
     * {@code torch.linspace}: ATen computes in the output type, from the start for the first half
     * and back from the end for the second, so both endpoints are exact.
     */
    static Tensor linspace(double start, double end, long steps, DType dtype) {
        if (steps < 0) throw new IllegalArgumentException("number of steps must be non-negative");
        Tensor t = Tensor.allocate(dtype, new long[]{steps});
        if (steps == 0) return t;
        double[] v = new double[(int) steps];
        if (steps == 1) v[0] = start;
        else if (dtype == DType.FLOAT32) {
            float s = (float) start, e = (float) end, step = (e - s) / (float) (steps - 1);
            long half = steps / 2;
            for (int i = 0; i < steps; i++) v[i] = i < half ? s + step * i : e - step * (steps - i - 1);
        } else {
            double step = (end - start) / (steps - 1);
            long half = steps / 2;
            for (int i = 0; i < steps; i++) v[i] = i < half ? start + step * i : end - step * (steps - i - 1);
        }
        Conversions.copyInto(t, new Tensor(Storage.wrap(v), new long[]{steps}, new long[]{1}, 0));
        return t;
    }
}
