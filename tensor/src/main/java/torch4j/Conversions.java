package torch4j;

import java.lang.reflect.Array;
import torch4j.backend.Backends;
import torch4j.backend.Operand;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;
import torch4j.storage.StorageSize;

/** dtype conversion, copies, and export to Java arrays. */
final class Conversions {
    private Conversions() {}

    static Operand operand(Tensor t) { return new Operand(t.storage, t.offset, t.strides); }

    /** {@code out = x} over {@code shape} by the backend of their device (or, across devices, the non-CPU one). */
    static void copy(long[] shape, Operand out, Operand x) { Backends.copy(shape, out, x); }

    /** Operand reading {@code t} broadcast to {@code shape}. */
    static Operand operand(Tensor t, long[] shape) {
        return new Operand(t.storage, t.offset, Shapes.expandStrides(t.shape, t.strides, shape));
    }

    /** A new contiguous tensor holding {@code t}'s values as {@code dtype}. */
    static Tensor convert(Tensor t, DType dtype) {
        Tensor out = t.allocateLike(dtype, t.shape.clone());
        copy(out.shape, operand(out), operand(t));
        return out;
    }

    /** A contiguous copy with the same dtype (internal copies that must be row-major). */
    static Tensor cloneOf(Tensor t) { return convert(t, t.dtype()); }

    /**
     * {@code x.clone()}: PyTorch's preserve_format keeps the strides of a non-overlapping, dense
     * tensor ({@code x.t().clone()} is still transposed); others are copied contiguous.
     */
    static Tensor clonePreservingLayout(Tensor t) {
        if (Recording.needed(t)) return Recording.record("CloneBackward0", (n, g) -> new Tensor[]{g}, () -> clonePreservingLayout(t), new Tensor[]{t});
        return convertPreservingLayout(t, t.dtype());
    }

    /** {@code x.to(dtype)}: a copy laid out as {@link #clonePreservingLayout} does. */
    static Tensor convertPreservingLayout(Tensor t, DType dtype) {
        if (Recording.needed(t)) {
            DType in = t.dtype();
            return Recording.record("ToCopyBackward0", (n, g) -> new Tensor[]{g.to(in)}, () -> convertPreservingLayout(t, dtype), new Tensor[]{t});
        }
        return transfer(t, t.device(), dtype);
    }

    /**
     * {@code x.to(device, dtype)}: a copy on {@code device} (its backend, or across devices the
     * non-CPU one, moves the elements), laid out as {@link #clonePreservingLayout} does; the same
     * tensor when nothing changes.
     */
    static Tensor toDevice(Tensor t, Device device, DType dtype) {
        // "cpu:0" is the CPU; "cuda" is the current CUDA device, the tensor's own when it is on one
        Device target = device.isCpu() ? Device.CPU : device.isCuda() && device.index() < 0 && t.device().isCuda() ? t.device() : device;
        if (target.equals(t.device()) && dtype == t.dtype()) return t;
        Backends.of(target);   // "Torch not compiled with CUDA enabled" before any work
        if (Recording.needed(t)) {
            Device from = t.device();
            DType in = t.dtype();
            return Recording.record("ToCopyBackward0", (n, g) -> new Tensor[]{g.to(from, in)}, () -> toDevice(t, target, dtype), new Tensor[]{t});
        }
        return transfer(t, target, dtype);
    }

    private static Tensor transfer(Tensor t, Device device, DType dtype) {
        if (!Overlap.isNonOverlappingAndDense(t)) {
            Tensor out = Tensor.allocate(dtype, t.shape.clone(), device);
            copy(out.shape, operand(out), operand(t));
            return out;
        }
        long bytes = StorageSize.stridedBytes(t.shape, t.strides, dtype.itemSize());
        Storage s = Backends.of(device).allocate(dtype, bytes / dtype.itemSize(), device);
        Tensor out = new Tensor(s, t.shape.clone(), t.strides.clone(), 0);
        copy(out.shape, operand(out), operand(t));
        return out;
    }

    /**
     * {@code dst.copy_(src)} with PyTorch's checks: src must broadcast to dst's shape, dst must not
     * write one element twice, src must not partially overlap dst.
     */
    static void copyChecked(Tensor dst, Tensor src) {
        if (Recording.needed(dst, src)) {
            Recording.inPlace(dst, d -> Recording.record("torch::autograd::CopyBackwards",
                    (n, g) -> new Tensor[]{n.needs(0) ? Torch.zerosLike(g) : null, n.needs(1) ? g : null},
                    () -> { Tensor c = cloneOf(d); copyChecked(c, src); return c; }, new Tensor[]{d, src}));
            return;
        }
        long[] shape = Shapes.broadcast(dst.shape, src.shape);
        if (!java.util.Arrays.equals(shape, dst.shape))
            throw new IllegalArgumentException("output with shape " + Shapes.str(dst.shape)
                    + " doesn't match the broadcast shape " + Shapes.str(shape));
        Overlap.checkWritable(dst);
        Overlap.checkNoPartialOverlap(dst, src);
        copyInto(dst, src);
    }

    /** {@code dst.copy_(src)}: broadcasts src to dst's shape, converts dtype. */
    static void copyInto(Tensor dst, Tensor src) {
        Operand in = operand(src, dst.shape);
        if (src.storage == dst.storage && overlaps(src, dst)) in = operand(cloneOf(src), dst.shape);
        copy(dst.shape, operand(dst), in);
        dst.storage.bumpVersion();
    }

    /** Conservative overlap test: both views touch a common storage range. */
    static boolean overlaps(Tensor a, Tensor b) {
        if (a.storage != b.storage) return false;
        long[] ra = extent(a), rb = extent(b);
        return ra[0] <= rb[1] && rb[0] <= ra[1];
    }

    private static long[] extent(Tensor t) {
        long lo = t.offset, hi = t.offset;
        for (int d = 0; d < t.shape.length; d++) {
            if (t.shape[d] == 0) return new long[]{1, 0};
            long span = (t.shape[d] - 1) * t.strides[d];
            if (span < 0) lo += span; else hi += span;
        }
        return new long[]{lo, hi};
    }

    /** Row-major elements as a fresh Java array of {@code dtype}'s array type. */
    static Object toFlatArray(Tensor t, DType dtype) {
        return convert(t, dtype).storage.array();   // always a fresh array: the caller owns it
    }

    /** Nested arrays as {@code tolist()}; 0-dim gives a boxed scalar. */
    static Object toNestedArray(Tensor t) {
        Tensor c = t.isContiguous() && t.offset == 0 ? t : cloneOf(t);
        Object flat = c.storage.array();
        if (t.dim() == 0) return Array.get(flat, (int) c.offset);
        int[] dims = new int[t.dim()];
        // every dim fits in an int once the copy above exists, except after a zero: [0, 2^40] is an empty list
        boolean empty = false;
        for (int i = 0; i < dims.length; i++) {
            dims[i] = empty ? 0 : Math.toIntExact(t.shape[i]);
            empty |= t.shape[i] == 0;
        }
        Object out = Array.newInstance(flat.getClass().getComponentType(), dims);
        fill(out, flat, dims, 0, 0);
        return out;
    }

    /**
     * {@code x.tolist()}: nested {@link torch4j.print.PyList}s of Python's element types (float →
     * Double, integers → Long, bool → Boolean); a 0-dim tensor gives the boxed value alone.
     */
    static Object toPythonList(Tensor t) {
        DType as = t.dtype().isFloatingPoint() ? DType.FLOAT64 : t.dtype() == DType.BOOL ? DType.BOOL : DType.INT64;
        Tensor c = convert(t, as);   // row-major, fresh
        Object flat = c.storage.array();
        if (t.dim() == 0) return Array.get(flat, 0);
        for (long d : t.shape) if (d > Integer.MAX_VALUE) throw new IllegalArgumentException("tolist(): a dim of " + d + " elements does not fit a Java list");
        return pythonList(flat, t.shape, 0, new int[]{0});
    }

    private static torch4j.print.PyList pythonList(Object flat, long[] shape, int d, int[] pos) {
        int n = (int) shape[d];
        var list = new torch4j.print.PyList();
        list.ensureCapacity(n);
        for (int i = 0; i < n; i++)
            list.add(d == shape.length - 1 ? Array.get(flat, pos[0]++) : pythonList(flat, shape, d + 1, pos));
        return list;
    }

    private static int fill(Object out, Object flat, int[] dims, int d, int pos) {
        int n = dims[d];
        if (d == dims.length - 1) {
            System.arraycopy(flat, pos, out, 0, n);
            return pos + n;
        }
        for (int i = 0; i < n; i++) pos = fill(Array.get(out, i), flat, dims, d + 1, pos);
        return pos;
    }

    /** {@code t.fill_(value)}: the value must fit the tensor's type (fill_ writes through expanded views). */
    static void fill(Tensor t, Tensor value) {
        fill(t, value, "FillBackward2");
    }

    /** fill_ (FillBackward2) and zero_ (ZeroBackward0): the gradient of what was overwritten is zero. */
    static void fill(Tensor t, Tensor value, String node) {
        if (Recording.needed(t)) {
            Recording.inPlace(t, d -> Recording.record(node, (n, g) -> new Tensor[]{Torch.zerosLike(g)},
                    () -> { Tensor c = cloneOf(d); fill(c, value, node); return c; }, new Tensor[]{d}));
            return;
        }
        checkScalarFits(value, t.dtype());
        copyInto(t, value.dtype() == t.dtype() ? value : convert(value, t.dtype()));   // a same-dtype source copies raw
    }

    /**
     * ATen's checked Scalar conversion (fill_, full): a value outside the target type's range is an
     * error, not a wrap. As in c10, a negative integer may wrap into uint8 down to -255.
     */
    static void checkScalarFits(Tensor value, DType target) {
        if (target == DType.BOOL || value.dtype() == DType.BOOL) return;
        boolean overflow;
        if (value.dtype().isFloatingPoint()) {
            double v = value.item();
            overflow = target.isFloatingPoint() ? target == DType.FLOAT32 && Double.isFinite(v) && Math.abs(v) > Float.MAX_VALUE
                    : Double.isNaN(v) || v < (double) minOf(target) || v > (double) maxOf(target);
        } else {
            long v = value.longValue();
            overflow = !target.isFloatingPoint() && (target == DType.UINT8 ? v > 255 || v < -255 : v < minOf(target) || v > maxOf(target));
        }
        if (overflow) throw new IllegalArgumentException("value cannot be converted to type " + switch (target) {
            case UINT8 -> "uint8_t";
            case INT8 -> "int8_t";
            case INT16 -> "int16_t";
            case INT32 -> "int";
            case INT64 -> "int64_t";
            case FLOAT32 -> "float";
            default -> "double";
        } + " without overflow");
    }

    private static long minOf(DType t) {
        return switch (t) {
            case UINT8 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    private static long maxOf(DType t) {
        return switch (t) {
            case UINT8 -> 255;
            case INT8 -> Byte.MAX_VALUE;
            case INT16 -> Short.MAX_VALUE;
            case INT32 -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    /** A 0-dim tensor wrapping a Java number, for scalar operands of ops. */
    static Tensor scalar(double v) {
        return new Tensor(Storage.wrap(new double[]{v}), new long[0], new long[0], 0, true);
    }

    static Tensor scalar(long v) {
        return new Tensor(Storage.wrap(new long[]{v}), new long[0], new long[0], 0, true);
    }

    static Tensor scalar(boolean v) {
        return new Tensor(Storage.wrap(new boolean[]{v}), new long[0], new long[0], 0, true);
    }
}
