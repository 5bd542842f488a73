package torch4j.utils.data;

/**
 * What {@link DataUtils#getWorkerInfo()} returns inside a {@link DataLoader} worker (PyTorch's
 * {@code WorkerInfo}): the worker's id in [0, numWorkers), the number of workers, the seed of
 * the worker's generator ({@code base_seed + id}; print with {@link Long#toUnsignedString(long)}
 * to see PyTorch's digits when it wraps) and the dataset. Unlike PyTorch's per-process copies,
 * the dataset is the loader's own object, shared by all workers.
 *
 * <pre>{@code
 * jshell> DataUtils.getWorkerInfo()   // in the main thread
 * $1 ==> null
 * }</pre>
 */
public record WorkerInfo(int id, int numWorkers, long seed, Dataset<?> dataset) {
    @Override
    public String toString() {
        return "WorkerInfo(id=" + id + ", num_workers=" + numWorkers + ", seed=" + Long.toUnsignedString(seed)
                + ", dataset=" + dataset + ")";
    }
}
