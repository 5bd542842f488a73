package torch4j;

/**
 * The factories that take a device, or all of PyTorch's factory keywords at once
 * ({@link TensorOptions}), and the {@code *_like} family, which follows its model tensor's device,
 * dtype and dense layout as PyTorch's {@code preserve_format} does. {@link Torch} inherits them, so
 * {@code import static torch4j.Torch.*} brings them in with the rest.
 *
 * <pre>{@code
 * jshell> var x = randn(new long[]{64, 3, 28, 28}, Device.META)
 * x ==> tensor(..., device='meta', size=(64, 3, 28, 28))
 * jshell> zerosLike(x)
 * $2 ==> tensor(..., device='meta', size=(64, 3, 28, 28))
 * }</pre>
 */
public abstract class TensorFactories {
    TensorFactories() {}

    /** {@code torch.device("cuda:0")}: parses a device string. */
    public static Device device(String spec) { return Device.of(spec); }

    /** {@code torch.device("cuda", 1)}. */
    public static Device device(String type, int index) { return Device.of(type, index); }

    /** {@code torch.cuda}: availability, device count, seeding and memory figures. */
    public static Cuda cuda() { return Cuda.INSTANCE; }

    // ---------------------------------------------------------------- filled shapes on a device

    /** {@code torch.zeros(*shape, dtype=, device=, requires_grad=)}. */
    public static Tensor zeros(long[] shape, TensorOptions options) { return filled(shape, 0, options); }
    public static Tensor zeros(long[] shape, Device device) { return zeros(shape, TensorOptions.device(device)); }
    public static Tensor zeros(long[] shape, DType dtype, Device device) { return zeros(shape, TensorOptions.device(device).withDtype(dtype)); }

    /** {@code torch.ones(*shape, dtype=, device=, requires_grad=)}. */
    public static Tensor ones(long[] shape, TensorOptions options) { return filled(shape, 1, options); }
    public static Tensor ones(long[] shape, Device device) { return ones(shape, TensorOptions.device(device)); }
    public static Tensor ones(long[] shape, DType dtype, Device device) { return ones(shape, TensorOptions.device(device).withDtype(dtype)); }

    /** {@code torch.empty(*shape, dtype=, device=, requires_grad=)} (zero-filled: Java arrays always are). */
    public static Tensor empty(long[] shape, TensorOptions options) { return filled(shape, 0, options); }
    public static Tensor empty(long[] shape, Device device) { return empty(shape, TensorOptions.device(device)); }
    public static Tensor empty(long[] shape, DType dtype, Device device) { return empty(shape, TensorOptions.device(device).withDtype(dtype)); }

    /** {@code torch.full(shape, value, dtype=, device=, requires_grad=)}; the default dtype follows the value as for {@code full(shape, value)}. */
    public static Tensor full(long[] shape, double value, TensorOptions options) { return filled(shape, value, options); }
    public static Tensor full(long[] shape, double value, Device device) { return full(shape, value, TensorOptions.device(device)); }
    public static Tensor full(long[] shape, long value, TensorOptions options) {
        DType dtype = options.dtypeOr(DType.INT64);
        Device device = options.deviceOr(Device.CPU);
        return options.finish(dtype.isFloatingPoint() ? Creation.full(shape, value, dtype, device) : Creation.fullLong(shape, value, dtype, device));
    }
    public static Tensor full(long[] shape, long value, Device device) { return full(shape, value, TensorOptions.device(device)); }

    /** {@code torch.eye(n, m, dtype=, device=, requires_grad=)}. */
    public static Tensor eye(long n, long m, TensorOptions options) {
        return options.finish(Creation.eye(n, m, options.dtypeOr(DType.defaultFloat()), options.deviceOr(Device.CPU)));
    }
    public static Tensor eye(long n, Device device) { return eye(n, n, TensorOptions.device(device)); }

    /** {@code torch.arange(start, end, step, dtype=, device=)}. */
    public static Tensor arange(long start, long end, long step, TensorOptions options) {
        DType dtype = options.dtypeOr(DType.INT64);
        Device device = options.deviceOr(Device.CPU);
        return options.finish(dtype.isFloatingPoint() ? Creation.arange((double) start, end, step, dtype, device)
                : Creation.arange(start, end, step, dtype, device));
    }
    public static Tensor arange(long end, Device device) { return arange(0, end, 1, TensorOptions.device(device)); }
    /** {@code torch.arange(end, dtype=torch.float32)}: {@code arange(12, float32)} is {@code tensor([0., 1., ..., 11.])}. */
    public static Tensor arange(long end, DType dtype) { return arange(0, end, 1, TensorOptions.dtype(dtype)); }
    /** {@code torch.arange(start, end, dtype=)}. */
    public static Tensor arange(long start, long end, DType dtype) { return arange(start, end, 1, TensorOptions.dtype(dtype)); }
    /** {@code torch.arange(start, end, step, dtype=)}. */
    public static Tensor arange(long start, long end, long step, DType dtype) { return arange(start, end, step, TensorOptions.dtype(dtype)); }
    /** {@code torch.arange(end, dtype=, device=, requires_grad=)}. */
    public static Tensor arange(long end, TensorOptions options) { return arange(0, end, 1, options); }
    public static Tensor arange(double start, double end, double step, TensorOptions options) {
        DType dtype = options.dtypeOr(DType.defaultFloat());
        Device device = options.deviceOr(Device.CPU);
        return options.finish(dtype.isFloatingPoint() ? Creation.arange(start, end, step, dtype, device)
                : Creation.arange((long) start, (long) end, (long) step, dtype, device));
    }

    /** {@code torch.linspace(start, end, steps, dtype=, device=)}. */
    public static Tensor linspace(double start, double end, long steps, TensorOptions options) {
        return options.finish(Creation.linspace(start, end, steps, options.dtypeOr(DType.defaultFloat()), options.deviceOr(Device.CPU)));
    }

    /** {@code torch.tensor(data, dtype=, device=, requires_grad=)}: built on the CPU, then moved. */
    public static Tensor tensor(Object data, TensorOptions options) {
        return options.finish(Creation.fromData(data, options.dtype(), options.deviceOr(Device.CPU)));
    }
    public static Tensor tensor(Object data, Device device) { return tensor(data, TensorOptions.device(device)); }

    // ---------------------------------------------------------------- random, on a device

    /** {@code torch.rand(*shape, device=, ...)}: {@code empty(...).uniform_()}, PyTorch's own definition, so the stream is the same. */
    public static Tensor rand(long[] shape, TensorOptions options) {
        return options.finish(blank(shape, options, DType.defaultFloat()).uniform_());
    }
    public static Tensor rand(long[] shape, Device device) { return rand(shape, TensorOptions.device(device)); }

    /** {@code torch.randn(*shape, device=, ...)}: {@code empty(...).normal_()}. */
    public static Tensor randn(long[] shape, TensorOptions options) {
        return options.finish(blank(shape, options, DType.defaultFloat()).normal_());
    }
    public static Tensor randn(long[] shape, Device device) { return randn(shape, TensorOptions.device(device)); }

    /** {@code torch.randint(low, high, shape, device=, ...)}: {@code empty(...).random_(low, high)}. */
    public static Tensor randint(long low, long high, long[] shape, TensorOptions options) {
        return options.finish(blank(shape, options, DType.INT64).random_(low, high));
    }
    public static Tensor randint(long low, long high, long[] shape, Device device) { return randint(low, high, shape, TensorOptions.device(device)); }

    /** {@code torch.randperm(n, dtype=, device=)}. */
    public static Tensor randperm(long n, TensorOptions options) {
        return options.finish(RandomOps.randperm(n, options.dtypeOr(DType.INT64), null, options.deviceOr(Device.CPU)));
    }
    public static Tensor randperm(long n, Device device) { return randperm(n, TensorOptions.device(device)); }

    /** {@code torch.normal(mean, std, size, device=, ...)}: {@code empty(...).normal_(mean, std)}. */
    public static Tensor normal(double mean, double std, long[] shape, TensorOptions options) {
        return options.finish(blank(shape, options, DType.defaultFloat()).normal_(mean, std));
    }

    // ---------------------------------------------------------------- *_like: the model's device, dtype and layout

    public static Tensor zerosLike(Tensor t) { return like(t, t.dtype(), t.device()); }
    public static Tensor zerosLike(Tensor t, DType dtype) { return like(t, dtype, t.device()); }
    public static Tensor zerosLike(Tensor t, TensorOptions o) { return o.finish(like(t, o.dtypeOr(t.dtype()), o.deviceOr(t.device()))); }
    public static Tensor onesLike(Tensor t) { return fill(like(t, t.dtype(), t.device()), 1); }
    public static Tensor onesLike(Tensor t, DType dtype) { return fill(like(t, dtype, t.device()), 1); }
    public static Tensor onesLike(Tensor t, TensorOptions o) { return o.finish(fill(like(t, o.dtypeOr(t.dtype()), o.deviceOr(t.device())), 1)); }
    public static Tensor emptyLike(Tensor t) { return like(t, t.dtype(), t.device()); }
    public static Tensor emptyLike(Tensor t, DType dtype) { return like(t, dtype, t.device()); }
    public static Tensor emptyLike(Tensor t, TensorOptions o) { return o.finish(like(t, o.dtypeOr(t.dtype()), o.deviceOr(t.device()))); }
    public static Tensor fullLike(Tensor t, double value) { return fill(like(t, t.dtype(), t.device()), value); }
    public static Tensor fullLike(Tensor t, double value, DType dtype) { return fill(like(t, dtype, t.device()), value); }
    public static Tensor fullLike(Tensor t, double value, TensorOptions o) { return o.finish(fill(like(t, o.dtypeOr(t.dtype()), o.deviceOr(t.device())), value)); }
    public static Tensor randLike(Tensor t) { return like(t, t.dtype(), t.device()).uniform_(); }
    public static Tensor randLike(Tensor t, DType dtype) { return like(t, dtype, t.device()).uniform_(); }
    public static Tensor randnLike(Tensor t) { return like(t, t.dtype(), t.device()).normal_(); }
    public static Tensor randnLike(Tensor t, DType dtype) { return like(t, dtype, t.device()).normal_(); }
    public static Tensor randintLike(Tensor t, long high) { return like(t, t.dtype(), t.device()).random_(0, high); }
    public static Tensor randintLike(Tensor t, long low, long high) { return like(t, t.dtype(), t.device()).random_(low, high); }

    // ---------------------------------------------------------------- helpers

    /** A zero-filled tensor laid out as {@code t} is (dense strides in its dimension order), on {@code device}. */
    static Tensor like(Tensor t, DType dtype, Device device) {
        long[] shape = Creation.likeShape(t, dtype).clone();
        long[] strides = Sorting.denseStrides(shape, t.strides);
        long bytes = torch4j.storage.StorageSize.stridedBytes(shape, strides, dtype.itemSize());
        torch4j.storage.Storage s = torch4j.backend.Backends.of(device).allocate(dtype, bytes / dtype.itemSize(), device);
        return new Tensor(s, shape, strides, 0);
    }

    private static Tensor blank(long[] shape, TensorOptions options, DType fallback) {
        Creation.checkShape(shape);
        return Tensor.allocate(options.dtypeOr(fallback), shape.clone(), options.deviceOr(Device.CPU));
    }

    private static Tensor filled(long[] shape, double value, TensorOptions options) {
        Tensor t = blank(shape, options, DType.defaultFloat());
        return options.finish(fill(t, value));
    }

    private static Tensor fill(Tensor t, double value) {
        if (!Creation.isPositiveZero(value)) Conversions.fill(t, Conversions.scalar(value));
        return t;
    }

}
