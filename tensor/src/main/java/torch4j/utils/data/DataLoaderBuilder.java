package torch4j.utils.data;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntConsumer;
import torch4j.Generator;

/**
 * The keyword arguments of PyTorch's {@code DataLoader(...)}, one method each (camelCase names,
 * PyTorch's defaults), checked by {@link #build()} with PyTorch's errors. Made by
 * {@link DataLoader#builder(Dataset)}.
 *
 * <p>The batch type {@code B} starts as the item type: default collation keeps an item's shape
 * ({@code Tensor} → {@code Tensor}, {@code Tensor[]} → {@code Tensor[]}, a list, map or record of
 * tensors and numbers → the same with stacked tensors). Items that collate into something else
 * (numbers and strings themselves, {@code float[]}) need {@link #batchType(Class)}, or a
 * {@link #collate(Function)} of your own; the loader says so at the first such batch.
 *
 * <pre>{@code
 * jshell> var dl = DataLoader.builder(new TensorDataset(randn(100, 3), arange(100)))
 *    ...>     .batchSize(16).shuffle(true).dropLast(true).numWorkers(2).build();
 * jshell> dl.size()
 * $2 ==> 6
 * }</pre>
 *
 * @param <T> the dataset's item type
 * @param <B> the batch type
 */
public final class DataLoaderBuilder<T, B> {
    final Dataset<T> dataset;
    int batchSize = 1;
    Boolean shuffle;
    Sampler<Integer> sampler;
    Sampler<List<Integer>> batchSampler;
    int numWorkers;
    Function<List<Object>, Object> collate;
    boolean defaultCollate = true;
    Class<?> batchType;
    boolean pinMemory;
    boolean dropLast;
    double timeout;
    IntConsumer workerInitFn;
    Generator generator;
    int prefetchFactor = 2;
    boolean persistentWorkers;

    DataLoaderBuilder(Dataset<T> dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** {@code batch_size} (default 1): items per batch. */
    public DataLoaderBuilder<T, B> batchSize(int batchSize) {
        this.batchSize = batchSize;
        return this;
    }

    /** {@code shuffle}: a new random order every epoch ({@link RandomSampler} with this loader's generator). */
    public DataLoaderBuilder<T, B> shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    /** {@code sampler}: the order of the indices (mutually exclusive with shuffle). */
    public DataLoaderBuilder<T, B> sampler(Sampler<Integer> sampler) {
        this.sampler = sampler;
        return this;
    }

    /** {@code batch_sampler}: whole lists of indices per batch (excludes batchSize, shuffle, sampler and dropLast). */
    public DataLoaderBuilder<T, B> batchSampler(Sampler<List<Integer>> batchSampler) {
        this.batchSampler = batchSampler;
        return this;
    }

    /**
     * {@code num_workers} (default 0: load in the iterating thread). With n &gt; 0, n worker
     * threads fetch and collate batches ahead ({@link #prefetchFactor(int)} each) and the loader
     * hands them out in order; the dataset and collate function must then be safe to call from
     * several threads.
     */
    public DataLoaderBuilder<T, B> numWorkers(int numWorkers) {
        this.numWorkers = numWorkers;
        return this;
    }

    /**
     * {@code collate_fn}: turns the list of a batch's items into the batch.
     *
     * <pre>{@code
     * jshell> var dl = DataLoader.builder(Dataset.of(List.of("a", "b", "c"))).batchSize(2).collate(items -> String.join("", items)).build();
     * jshell> dl.iterator().next()
     * $2 ==> "ab"
     * }</pre>
     */
    @SuppressWarnings("unchecked")
    public <C> DataLoaderBuilder<T, C> collate(Function<? super List<T>, ? extends C> collateFn) {
        Objects.requireNonNull(collateFn, "collateFn");
        this.collate = items -> collateFn.apply((List<T>) (List<?>) items);
        this.defaultCollate = false;
        this.batchType = null;
        return (DataLoaderBuilder<T, C>) this;
    }

    /**
     * Default collation ({@link Collate#defaultCollate}) with batches of the given type, for items
     * whose batches are not of their own type: {@code Tensor.class} for numbers,
     * {@code List.class} for strings, {@code Object.class} to take whatever comes.
     *
     * <pre>{@code
     * jshell> var dl = DataLoader.builder(Dataset.of(List.of(1, 2, 3))).batchSize(2).batchType(Tensor.class).build();
     * jshell> dl.iterator().next()
     * $2 ==> tensor([1, 2])
     * }</pre>
     */
    @SuppressWarnings("unchecked")
    public <C> DataLoaderBuilder<T, C> batchType(Class<C> type) {
        this.batchType = Objects.requireNonNull(type, "type");
        this.collate = null;
        this.defaultCollate = true;
        return (DataLoaderBuilder<T, C>) this;
    }

    /**
     * {@code pin_memory}: accepted and ignored. PyTorch pins host memory only when CUDA is
     * available, to speed up copies to the GPU; torch4j's CPU tensors live in the Java heap and
     * {@code .to(cuda)} copies them either way, so there is nothing to pin.
     */
    public DataLoaderBuilder<T, B> pinMemory(boolean pinMemory) {
        this.pinMemory = pinMemory;
        return this;
    }

    /** {@code drop_last}: drop a last batch shorter than batchSize. */
    public DataLoaderBuilder<T, B> dropLast(boolean dropLast) {
        this.dropLast = dropLast;
        return this;
    }

    /** {@code timeout}: seconds to wait for a worker's batch before "DataLoader timed out after N seconds" (0: wait forever). */
    public DataLoaderBuilder<T, B> timeout(double seconds) {
        this.timeout = seconds;
        return this;
    }

    /**
     * {@code worker_init_fn}: called in each worker thread with its id, after its generator is
     * seeded ({@code base_seed + id}) and before it loads anything.
     */
    public DataLoaderBuilder<T, B> workerInitFn(IntConsumer workerInitFn) {
        this.workerInitFn = workerInitFn;
        return this;
    }

    /** {@code generator}: draws the shuffling and the workers' base seed (default: the global generator). */
    public DataLoaderBuilder<T, B> generator(Generator generator) {
        this.generator = generator;
        return this;
    }

    /** {@code prefetch_factor} (default 2): batches each worker loads ahead; only with numWorkers &gt; 0. */
    public DataLoaderBuilder<T, B> prefetchFactor(int prefetchFactor) {
        this.prefetchFactor = prefetchFactor;
        return this;
    }

    /** {@code persistent_workers}: keep the worker threads (and their generators) from one epoch to the next. */
    public DataLoaderBuilder<T, B> persistentWorkers(boolean persistentWorkers) {
        this.persistentWorkers = persistentWorkers;
        return this;
    }

    /**
     * The loader, after PyTorch's checks in PyTorch's order.
     *
     * @throws IllegalArgumentException e.g. "batch_sampler option is mutually exclusive with
     *         batch_size, shuffle, sampler, and drop_last", "sampler option is mutually exclusive
     *         with shuffle", "DataLoader with IterableDataset: expected unspecified shuffle
     *         option, but got shuffle=True"
     */
    public DataLoader<B> build() {
        return new DataLoader<>(this);
    }
}
