package torch4j.backend;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import torch4j.Device;
import torch4j.storage.Storage;

/**
 * Finds the {@link Backend} for a device. Backends are discovered once, with
 * {@link ServiceLoader}, from every jar on the class path ({@code META-INF/services/torch4j.backend.Backend}).
 */
public final class Backends {
    private Backends() {}

    private static final Map<String, Backend> BY_TYPE = discover();
    /** The CPU backend, kept in a field: the one looked up on every small op. */
    private static final Backend CPU = BY_TYPE.get("cpu");

    private static Map<String, Backend> discover() {
        Map<String, Backend> found = new HashMap<>();
        for (Backend b : ServiceLoader.load(Backend.class, Backends.class.getClassLoader()))
            found.putIfAbsent(b.type(), b);
        if (!found.containsKey("cpu")) throw new IllegalStateException("torch4j: no CPU backend on the class path");
        return Map.copyOf(found);
    }

    /** The backend of a storage's device. */
    public static Backend of(Storage storage) {
        Device d = storage.device();
        return d == Device.CPU ? CPU : of(d);
    }

    /**
     * The backend for {@code device}; for CUDA without a CUDA backend on the class path, PyTorch's
     * "Torch not compiled with CUDA enabled".
     */
    public static Backend of(Device device) {
        if (device.isCpu()) return CPU;
        Backend b = BY_TYPE.get(device.type());
        if (b == null) {
            if (device.isCuda()) throw new IllegalStateException("Torch not compiled with CUDA enabled");
            throw new UnsupportedOperationException("torch4j has no backend for device type " + device.type());
        }
        return b;
    }

    /** The backend for a device type, or null when none is on the class path. */
    public static Backend find(String type) { return BY_TYPE.get(type); }

    /**
     * {@code out = x} over {@code shape} (the {@link Backend#copy} contract): by their device's
     * backend, or across devices by the non-CPU one, which knows how to reach the CPU.
     */
    public static void copy(long[] shape, Operand out, Operand x) {
        Storage so = out.storage();
        (so.device().isCpu() ? of(x.storage()) : of(so)).copy(shape, out, x);
    }

    /** The CPU backend. */
    public static Backend cpu() { return CPU; }
}
