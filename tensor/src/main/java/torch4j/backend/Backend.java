package torch4j.backend;

import torch4j.DType;
import torch4j.Device;
import torch4j.storage.Storage;

/**
 * The primitives every device implements: the seam between torch4j's op layer (argument checks,
 * dtype promotion, broadcasting, output shapes and strides, autograd) and a device's kernels.
 * Implementations are found with {@link java.util.ServiceLoader} (see {@link Backends}); the CPU
 * and meta backends ship with torch4j, others (CUDA) come in their own jars.
 *
 * <p>Contract common to every primitive:
 * <ul>
 *   <li>The op layer has already checked arguments, computed the output's shape and dtype,
 *       allocated it on this backend's device and broadcast each input's strides to the iteration
 *       shape (0 on broadcast dimensions). A primitive never allocates its output and never
 *       raises a user-facing shape or dtype error.</li>
 *   <li>Inputs are read through their strides; they may be non-contiguous, broadcast (stride 0)
 *       or overlap each other. An output may overlap an input only when it is the same elements
 *       at the same index (in-place ops); the op layer copies first in every other case (see
 *       {@code MemoryOverlap}).</li>
 *   <li>A backend without data (meta) does nothing: the op layer has already produced every
 *       piece of metadata a primitive's result has.</li>
 * </ul>
 *
 * <p>The primitives are grouped by kind, each group an interface of its own.
 */
public interface Backend {
    /** The device type this backend serves: {@code "cpu"}, {@code "meta"}, {@code "cuda"}. */
    String type();

    /** Whether a device of this type can be used in this process (a CUDA backend without a driver: false). */
    default boolean isAvailable() { return true; }

    /** Number of devices of this type ({@code torch.cuda.device_count()}); 1 for cpu and meta. */
    default int deviceCount() { return 1; }

    /** The name of device {@code index} ({@code torch.cuda.get_device_name}). */
    default String deviceName(int index) { return type(); }

    /** Waits for every queued kernel on device {@code index} to finish ({@code torch.cuda.synchronize}); synchronous backends return at once. */
    default void synchronize(int index) {}

    /** Bytes held by live tensors on device {@code index} ({@code torch.cuda.memory_allocated}); 0 where the JVM's heap holds them. */
    default long memoryAllocated(int index) { return 0; }

    /** Bytes the backend's caching allocator holds on device {@code index}, in use or cached ({@code torch.cuda.memory_reserved}). */
    default long memoryReserved(int index) { return 0; }

    /** Returns cached, unused device memory to the driver ({@code torch.cuda.empty_cache}). */
    default void emptyCache() {}

    /** Seeds the random streams of every device of this type ({@code torch.cuda.manual_seed_all}); the CPU's is seeded by {@code manualSeed}. */
    default void manualSeedAll(long seed) {}

    /**
     * A zero-filled storage of {@code numel} elements of {@code dtype} on {@code device}, or
     * PyTorch's allocator error when it cannot be had.
     */
    Storage allocate(DType dtype, long numel, Device device);

    /**
     * {@code out[i] = cast(x[i])} over {@code shape}, converting to {@code out}'s dtype as PyTorch's
     * casts do. Both operands are on this backend's device, or one of them is on the CPU (a
     * transfer, which the non-CPU backend performs). Overlap as for any primitive.
     */
    void copy(long[] shape, Operand out, Operand x);

    /**
     * Runs {@code body} on the calling thread with this backend's intra-op parallelism turned off
     * for every primitive it calls: DataLoader workers do so, as PyTorch's call
     * {@code torch.set_num_threads(1)}, so that loading in the background leaves the cores to the
     * training step. Backends without host threads run {@code body} as it is.
     */
    default void runSingleThreaded(Runnable body) { body.run(); }

    /**
     * PyTorch's intra-op thread count ({@code torch.get_num_threads()}) where it decides the
     * order of a result (the CPU's large reductions); 1 for backends without host threads.
     */
    default int numThreads() { return 1; }

    /** Sets {@link #numThreads()} ({@code torch.set_num_threads}); a positive count. */
    default void setNumThreads(int threads) {
        if (threads <= 0) throw new IllegalArgumentException("set_num_threads expects a positive integer");
    }

    /** Elementwise maps, selections and fused updates. */
    PointwisePrimitives pointwise();

    /** Reductions along dimensions, scans, sorting. */
    ReductionPrimitives reductions();

    /** Gathers, scatters and index copies. */
    IndexingPrimitives indexing();

    /** Matrix products. */
    LinalgPrimitives linalg();

    /** Convolution and pooling. */
    SpatialPrimitives spatial();

    /** Random fills from a generator's stream. */
    RandomPrimitives random();
}
