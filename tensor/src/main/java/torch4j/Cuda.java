package torch4j;

import torch4j.backend.Backend;
import torch4j.backend.Backends;

/**
 * {@code torch.cuda}: whether CUDA is there and what it holds. Without a CUDA backend on the class
 * path (or without a GPU and driver) {@link #isAvailable()} is false and {@link #deviceCount()} 0,
 * never an exception, so the lessons' {@code device = "cuda" if torch.cuda.is_available() else "cpu"}
 * works everywhere; the calls that need a device raise PyTorch's "Torch not compiled with CUDA
 * enabled", and the ones PyTorch answers lazily (seeding, cache and memory figures) answer as it does.
 *
 * <pre>{@code
 * jshell> Device device = cuda().isAvailable() ? Device.of("cuda") : Device.CPU
 * device ==> cpu
 * }</pre>
 */
public final class Cuda {
    static final Cuda INSTANCE = new Cuda();

    private Cuda() {}

    private static Backend backend() { return Backends.find("cuda"); }

    private static Backend required() {
        Backend b = backend();
        if (b == null || !b.isAvailable()) throw new IllegalStateException("Torch not compiled with CUDA enabled");
        return b;
    }

    /** {@code torch.cuda.is_available()}: a CUDA backend, a driver and at least one GPU. */
    public boolean isAvailable() {
        Backend b = backend();
        return b != null && b.isAvailable() && b.deviceCount() > 0;
    }

    /** {@code torch.cuda.device_count()}: 0 without CUDA. */
    public int deviceCount() {
        Backend b = backend();
        return b == null || !b.isAvailable() ? 0 : b.deviceCount();
    }

    /** {@code torch.cuda.is_initialized()}: whether CUDA has been set up in this process. */
    public boolean isInitialized() { return isAvailable(); }

    /** {@code torch.cuda.current_device()}. */
    public int currentDevice() {
        required();
        return 0;
    }

    /** {@code torch.cuda.get_device_name()} of the current device. */
    public String getDeviceName() { return getDeviceName(currentDevice()); }

    /** {@code torch.cuda.get_device_name(n)}. */
    public String getDeviceName(int index) { return required().deviceName(index); }

    /** {@code torch.cuda.synchronize()}: waits for the current device's queued work. */
    public void synchronize() { required().synchronize(currentDevice()); }

    /** {@code torch.cuda.manual_seed(seed)}: seeds the GPUs' streams; nothing to do without CUDA, as in PyTorch. */
    public void manualSeed(long seed) { manualSeedAll(seed); }

    /** {@code torch.cuda.manual_seed_all(seed)}. */
    public void manualSeedAll(long seed) {
        Backend b = backend();
        if (b != null && b.isAvailable()) b.manualSeedAll(seed);
    }

    /** {@code torch.cuda.empty_cache()}: frees cached blocks; nothing to do without CUDA. */
    public void emptyCache() {
        Backend b = backend();
        if (b != null && b.isAvailable()) b.emptyCache();
    }

    /** {@code torch.cuda.memory_allocated()}: bytes in live tensors on the current device; 0 without CUDA. */
    public long memoryAllocated() {
        Backend b = backend();
        return b == null || !b.isAvailable() ? 0 : b.memoryAllocated(0);
    }

    /** {@code torch.cuda.memory_reserved()}: bytes the caching allocator holds; 0 without CUDA. */
    public long memoryReserved() {
        Backend b = backend();
        return b == null || !b.isAvailable() ? 0 : b.memoryReserved(0);
    }

    @Override public String toString() { return "<module 'torch.cuda'>"; }
}
