package torch4j;

/**
 * Where a tensor's storage lives: {@code cpu}, {@code meta} (shapes and dtypes only, no data, as
 * PyTorch's {@code device="meta"}) or {@code cuda:N}. Prints as PyTorch does.
 *
 * <pre>{@code
 * jshell> zeros(2).device()
 * $1 ==> cpu
 * jshell> Device.of("cuda:1")
 * $2 ==> cuda:1
 * }</pre>
 *
 * @param type  the device type, {@code "cpu"}, {@code "meta"} or {@code "cuda"}
 * @param index the device index, or -1 for "the current one" (PyTorch's {@code None})
 */
public record Device(String type, int index) {
    /** The CPU, the default device. */
    public static final Device CPU = new Device("cpu", -1);
    /** The meta device: tensors with a shape, strides and dtype but no data. */
    public static final Device META = new Device("meta", -1);
    /** The current CUDA device. */
    public static final Device CUDA = new Device("cuda", -1);

    /** PyTorch 1.13's device types, in the order its parse error lists them. */
    private static final String KNOWN = "cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, ort, xla, lazy, vulkan, mps, meta, hpu, privateuseone";

    public Device {
        if (index < -1) throw new IllegalArgumentException("Device index must be -1 or non-negative, got " + index);
    }

    /**
     * Parses a device string as {@code torch.device} does: {@code "cpu"}, {@code "meta"},
     * {@code "cuda"}, {@code "cuda:1"}, with PyTorch's errors for anything else.
     */
    public static Device of(String spec) {
        int colon = spec.indexOf(':');
        String type = colon < 0 ? spec : spec.substring(0, colon);
        if (!java.util.Arrays.asList(KNOWN.split(", ")).contains(type))
            throw new IllegalArgumentException("Expected one of " + KNOWN + " device type at start of device string: " + spec);
        int index = -1;
        if (colon >= 0) {
            String digits = spec.substring(colon + 1);
            if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || (digits.length() > 1 && digits.charAt(0) == '0'))
                throw new IllegalArgumentException("Invalid device string: '" + spec + "'");
            index = Integer.parseInt(digits);
        }
        if (!type.equals("cpu") && !type.equals("meta") && !type.equals("cuda"))
            throw new UnsupportedOperationException("torch4j has no backend for device type " + type);
        return new Device(type, index);
    }

    /** {@code torch.device("cuda", n)}. */
    public static Device of(String type, int index) { return of(type + ":" + index); }

    /** True for the CPU. */
    public boolean isCpu() { return type.equals("cpu"); }

    /** True for CUDA devices. */
    public boolean isCuda() { return type.equals("cuda"); }

    /** True for the meta device. */
    public boolean isMeta() { return type.equals("meta"); }

    @Override public String toString() { return index < 0 ? type : type + ":" + index; }
}
