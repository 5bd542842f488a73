package torch4j;

/**
 * The op layer's one device rule: every tensor operand of an op is on the same device, except a
 * zero-dimensional CPU tensor (a scalar), which may join tensors on any device, as in PyTorch.
 */
final class Devices {
    private Devices() {}

    /** The device an op over {@code operands} runs on, or PyTorch's error when they disagree. */
    static Device common(Tensor... operands) {
        Device found = null;
        for (Tensor t : operands) {
            if (t == null) continue;
            Device d = t.device();
            if (d.isCpu() && t.dim() == 0 && (found == null || !found.isCpu())) continue;
            if (found == null) found = d;
            else if (!found.equals(d)) throw mismatch(found, d);
        }
        return found != null ? found : Device.CPU;
    }

    /** As {@link #common(Tensor...)} but without the scalar exemption (ops that index or copy whole tensors). */
    static Device strict(Tensor... operands) {
        Device found = null;
        for (Tensor t : operands) {
            if (t == null) continue;
            Device d = t.device();
            if (found == null) found = d;
            else if (!found.equals(d)) throw mismatch(found, d);
        }
        return found != null ? found : Device.CPU;
    }

    /** PyTorch's message, naming the non-CPU device first as TensorIterator does. */
    static IllegalArgumentException mismatch(Device a, Device b) {
        if (a.isCpu()) { Device t = a; a = b; b = t; }
        return new IllegalArgumentException("Expected all tensors to be on the same device, but found at least two devices, "
                + describe(a) + " and " + describe(b) + "!");
    }

    /** As PyTorch names a device in errors: {@code cuda:0} for the current CUDA device. */
    static String describe(Device d) {
        return d.isCuda() && d.index() < 0 ? "cuda:0" : d.toString();
    }
}
