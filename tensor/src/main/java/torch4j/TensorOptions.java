package torch4j;

/**
 * A factory's keyword arguments {@code dtype=}, {@code device=} and {@code requires_grad=}, as
 * LibTorch's {@code torch::TensorOptions}: each unset option takes the factory's default.
 *
 * <pre>{@code
 * jshell> zeros(new long[]{2, 3}, TensorOptions.device("meta").withDtype(float64))
 * $1 ==> tensor(..., device='meta', size=(2, 3), dtype=torch.float64)
 * }</pre>
 *
 * @param dtype        the element type, or null for the factory's default
 * @param device       the device, or null for the CPU (for {@code *Like}: the model tensor's device)
 * @param requiresGrad whether the result is a leaf that requires grad
 */
public record TensorOptions(DType dtype, Device device, boolean requiresGrad) {
    /** No option set. */
    public static final TensorOptions DEFAULT = new TensorOptions(null, null, false);

    /** {@code dtype=d}. */
    public static TensorOptions dtype(DType dtype) { return DEFAULT.withDtype(dtype); }

    /** {@code device=d}. */
    public static TensorOptions device(Device device) { return DEFAULT.withDevice(device); }

    /** {@code device="cuda:0"}. */
    public static TensorOptions device(String device) { return DEFAULT.withDevice(Device.of(device)); }

    /** {@code requires_grad=b}. */
    public static TensorOptions requiresGrad(boolean requiresGrad) { return DEFAULT.withRequiresGrad(requiresGrad); }

    /** These options with {@code dtype}. */
    public TensorOptions withDtype(DType dtype) { return new TensorOptions(dtype, device, requiresGrad); }

    /** These options with {@code device}. */
    public TensorOptions withDevice(Device device) { return new TensorOptions(dtype, device, requiresGrad); }

    /** These options with {@code device} parsed as {@link Device#of(String)}. */
    public TensorOptions withDevice(String device) { return withDevice(Device.of(device)); }

    /** These options with {@code requiresGrad}. */
    public TensorOptions withRequiresGrad(boolean requiresGrad) { return new TensorOptions(dtype, device, requiresGrad); }

    DType dtypeOr(DType fallback) { return dtype != null ? dtype : fallback; }

    Device deviceOr(Device fallback) { return device != null ? device : fallback; }

    /** The finished factory result: marked as requiring grad when asked (only floating dtypes may). */
    Tensor finish(Tensor t) { return requiresGrad ? t.requiresGrad_() : t; }
}
