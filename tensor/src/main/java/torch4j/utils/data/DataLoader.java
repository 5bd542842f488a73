package torch4j.utils.data;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import torch4j.Generator;
import torch4j.Tensor;

/**
 * PyTorch's {@code DataLoader}: batches of a dataset, one epoch per {@link #iterator()} (so a
 * for-each loop is an epoch), drawing the same random numbers as PyTorch 1.13 at the same
 * moments. Built with {@link #builder(Dataset)}, whose methods are PyTorch's keyword arguments:
 *
 * <pre>{@code
 * jshell> manualSeed(0); var dl = DataLoader.builder(new TensorDataset(arange(10))).batchSize(4).shuffle(true).build();
 * jshell> for (Tensor[] b : dl) System.out.println(b[0]);
 * tensor([6, 7, 1, 4])
 * tensor([2, 0, 9, 8])
 * tensor([3, 5])
 * }</pre>
 *
 * <p><b>Random numbers.</b> Starting an epoch draws PyTorch's {@code _base_seed} (one int64
 * {@code random_()}) from the loader's generator, or from the global one. With shuffling and no
 * generator, the first batch then draws the sampler's seed from the global generator and
 * permutes with a fresh generator seeded by it; see {@link RandomSampler} for the rest. So the
 * global stream after an epoch is where PyTorch leaves it.
 *
 * <p><b>Workers.</b> With {@code numWorkers(n)}, n &gt; 0, batches are fetched and collated by n
 * background threads, each {@code prefetchFactor} batches ahead, and delivered in order: the
 * same batches, and the same state of the loader's and the global generator afterwards, as with
 * no workers (PyTorch's {@code num_workers=n} order, checked against it). As in PyTorch, the
 * indices are drawn in the iterating thread, the batches go to the workers round-robin, and each
 * worker's global generator is its own, seeded with {@code base_seed + id}: random transforms in
 * a dataset draw PyTorch's numbers there too ({@link DataUtils#getWorkerInfo()} tells a dataset
 * which worker it runs in). An exception in a worker is thrown again in the iterating thread, of
 * the same class where it can be rebuilt, with PyTorch's "Caught X in DataLoader worker process
 * N." and the original as its cause. The threads stop at the end of the epoch, on
 * {@link DataLoaderIterator#close()}, or, for an epoch left early (a {@code break}), once its
 * iterator is garbage (a {@link java.lang.ref.Cleaner}); {@code persistentWorkers(true)} keeps
 * them for the next epoch, as PyTorch does.
 *
 * @param <B> the batch type ({@code Tensor[]}, one stacked tensor per column, for tensor datasets)
 */
public final class DataLoader<B> implements Iterable<B> {
    final Dataset<?> dataset;
    final boolean iterable;
    final Integer batchSize;
    final boolean shuffle;
    final boolean dropLast;
    final Sampler<Integer> sampler;
    final Sampler<List<Integer>> batchSampler;
    final int numWorkers;
    final int prefetchFactor;
    final boolean pinMemory;
    final boolean persistentWorkers;
    final double timeout;
    final IntConsumer workerInitFn;
    final Generator generator;
    final Function<List<Object>, Object> collate;
    final TensorRows rows;
    private MultiWorkerIterator<B> persistent; // PyTorch's loader._iterator

    DataLoader(DataLoaderBuilder<?, ?> b) {
        if (b.numWorkers < 0) {
            throw new IllegalArgumentException("num_workers option should be non-negative; use num_workers=0 to disable multiprocessing.");
        }
        if (b.timeout < 0) throw new IllegalArgumentException("timeout option should be non-negative");
        if (b.numWorkers == 0 && b.prefetchFactor != 2) {
            throw new IllegalArgumentException("prefetch_factor option could only be specified in multiprocessing."
                    + "let num_workers > 0 to enable multiprocessing.");
        }
        if (b.prefetchFactor <= 0) throw new IllegalArgumentException("prefetch_factor should be a positive integer, but got " + b.prefetchFactor);
        if (b.persistentWorkers && b.numWorkers == 0) throw new IllegalArgumentException("persistent_workers option needs num_workers > 0");
        iterable = b.dataset instanceof IterableDataset;
        boolean shuffled = Boolean.TRUE.equals(b.shuffle);
        if (iterable) {
            if (shuffled) {
                throw new IllegalArgumentException("DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle=True");
            }
            if (b.sampler != null) {
                throw new IllegalArgumentException("DataLoader with IterableDataset: expected unspecified sampler option, but got sampler=" + b.sampler);
            }
            if (b.batchSampler != null) {
                throw new IllegalArgumentException("DataLoader with IterableDataset: expected unspecified batch_sampler option, but got batch_sampler="
                        + b.batchSampler);
            }
        }
        if (b.sampler != null && shuffled) throw new IllegalArgumentException("sampler option is mutually exclusive with shuffle");
        Sampler<Integer> indexSampler = null;
        Sampler<List<Integer>> batches = b.batchSampler;
        if (batches != null) {
            if (b.batchSize != 1 || shuffled || b.sampler != null || b.dropLast) {
                throw new IllegalArgumentException("batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last");
            }
            batchSize = null;
            dropLast = false;
        } else {
            batchSize = b.batchSize;
            dropLast = b.dropLast;
            if (!iterable) {
                indexSampler = b.sampler != null ? b.sampler
                        : shuffled ? new RandomSampler(b.dataset, b.generator) : new SequentialSampler(b.dataset);
                batches = new BatchSampler(indexSampler, b.batchSize, b.dropLast);
            } else if (b.batchSize <= 0) {
                throw new IllegalArgumentException("batch_size should be a positive integer value, but got batch_size=" + b.batchSize);
            }
        }
        dataset = b.dataset;
        shuffle = shuffled;
        sampler = indexSampler;
        batchSampler = batches;
        numWorkers = b.numWorkers;
        prefetchFactor = b.prefetchFactor;
        pinMemory = b.pinMemory;
        persistentWorkers = b.persistentWorkers;
        timeout = b.timeout;
        workerInitFn = b.workerInitFn;
        generator = b.generator;
        collate = b.collate != null ? b.collate : defaultCollate(b.batchType);
        rows = b.defaultCollate && !iterable ? TensorRows.of(dataset) : null;
    }

    /** Default collation, its batches checked against the declared batch type (or the item's kind). */
    private static Function<List<Object>, Object> defaultCollate(Class<?> batchType) {
        return items -> {
            Object batch = Collate.defaultCollate(items);
            if (batchType != null ? batchType.isInstance(batch) : Collate.sameKind(items.get(0), batch)) return batch;
            String made = batch.getClass().getSimpleName();
            throw new ClassCastException(batchType != null
                    ? "DataLoader: default collation made a " + made + " batch, not a " + batchType.getSimpleName()
                    : "DataLoader: default collation made a " + made + " batch out of " + items.get(0).getClass().getSimpleName()
                            + " items, but this loader's batches are typed as its items; add .batchType(" + made
                            + ".class) to the builder (or give it a .collate(...) function)");
        };
    }

    /**
     * A builder for {@code DataLoader(dataset, ...)}: set PyTorch's keyword arguments, then
     * {@code build()}. Batches are typed as the items until {@code batchType} or
     * {@code collate} says otherwise (see {@link DataLoaderBuilder}).
     *
     * <pre>{@code
     * jshell> var dl = DataLoader.builder(new TensorDataset(randn(60, 784), randint(0, 10, 60))).batchSize(64).shuffle(true).numWorkers(2).build();
     * jshell> for (Tensor[] b : dl) { var x = b[0]; var y = b[1]; }
     * }</pre>
     */
    public static <T> DataLoaderBuilder<T, T> builder(Dataset<T> dataset) {
        return new DataLoaderBuilder<>(dataset);
    }

    /** {@code DataLoader(dataset, batch_size)}: in order, keeping a short last batch. */
    public static DataLoader<Tensor[]> of(Dataset<Tensor[]> dataset, int batchSize) {
        return of(dataset, batchSize, false, false, null);
    }

    /** {@code DataLoader(dataset, batch_size, shuffle)}. */
    public static DataLoader<Tensor[]> of(Dataset<Tensor[]> dataset, int batchSize, boolean shuffle) {
        return of(dataset, batchSize, shuffle, false, null);
    }

    /**
     * {@code DataLoader(dataset, batch_size, shuffle, drop_last=dropLast, generator=generator)}
     * for datasets of tensor rows: each batch is PyTorch's default collation, one tensor per
     * column stacked along a new first dimension.
     *
     * <pre>{@code
     * jshell> var dl = DataLoader.of(new TensorDataset(arange(12)), 5, true, true, new Generator().manualSeed(7));
     * jshell> dl.size()
     * $2 ==> 2
     * }</pre>
     *
     * @param generator null for the global generator
     */
    public static DataLoader<Tensor[]> of(Dataset<Tensor[]> dataset, int batchSize, boolean shuffle,
                                          boolean dropLast, Generator generator) {
        return builder(dataset).batchSize(batchSize).shuffle(shuffle).dropLast(dropLast).generator(generator).build();
    }

    /**
     * A loader over any dataset with a collate function ({@code collate_fn}) that turns the
     * list of a batch's items into a batch.
     *
     * <pre>{@code
     * jshell> var dl = DataLoader.of(Dataset.of(List.of("a", "b", "c")), 2, false, false, null, items -> items);
     * jshell> dl.iterator().next()
     * $2 ==> [a, b]
     * }</pre>
     */
    public static <T, B> DataLoader<B> of(Dataset<T> dataset, int batchSize, boolean shuffle, boolean dropLast,
                                          Generator generator, Function<List<T>, B> collate) {
        return builder(dataset).batchSize(batchSize).shuffle(shuffle).dropLast(dropLast).generator(generator)
                .<B>collate(collate).build();
    }

    /**
     * The number of batches per epoch ({@code len(loader)}): the batch sampler's length, or for
     * an iterable dataset its length over the batch size.
     *
     * @throws UnsupportedOperationException for an iterable dataset without a length
     */
    public int size() {
        if (!iterable) return batchSampler.size();
        int n = dataset.size();
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }

    /** The dataset this loader reads ({@code .dataset}). */
    public Dataset<?> dataset() {
        return dataset;
    }

    /** {@code .batch_size}: null when a batch sampler makes the batches. */
    public Integer batchSize() {
        return batchSize;
    }

    public boolean dropLast() {
        return dropLast;
    }

    public int numWorkers() {
        return numWorkers;
    }

    /** {@code .sampler}: the index sampler (null for an iterable dataset or a given batch sampler). */
    public Sampler<Integer> sampler() {
        return sampler;
    }

    /** {@code .batch_sampler}: null for an iterable dataset. */
    public Sampler<List<Integer>> batchSampler() {
        return batchSampler;
    }

    public Generator generator() {
        return generator;
    }

    /** Whether pinMemory was asked for (a no-op on torch4j's heap tensors; see {@link DataLoaderBuilder#pinMemory}). */
    public boolean pinMemory() {
        return pinMemory;
    }

    /**
     * One epoch: draws {@code _base_seed} now; without workers the indices are drawn batch by
     * batch, with workers the first {@code prefetchFactor × numWorkers} batches' indices at once.
     * With persistent workers this is the loader's one iterator, reset (as PyTorch's).
     */
    @Override
    public DataLoaderIterator<B> iterator() {
        if (numWorkers == 0) return new SingleProcessIterator<>(this);
        if (!persistentWorkers) return new MultiWorkerIterator<>(this);
        synchronized (this) {
            if (persistent == null) persistent = new MultiWorkerIterator<>(this);
            else persistent.reset();
            return persistent;
        }
    }

    /** {@code iter(self._index_sampler)}: lists of indices, or for an iterable dataset only their count. */
    Iterator<int[]> indexBatches() {
        if (iterable) {
            int n = batchSize;
            return new Iterator<>() {
                @Override public boolean hasNext() { return true; }
                @Override public int[] next() { return new int[n]; }
            };
        }
        Iterator<List<Integer>> it = batchSampler.iterator();
        return new Iterator<>() {
            @Override public boolean hasNext() { return it.hasNext(); }

            @Override public int[] next() {
                List<Integer> batch = it.next();
                int[] out = new int[batch.size()];
                for (int i = 0; i < out.length; i++) out[i] = batch.get(i);
                return out;
            }
        };
    }

    Fetcher newFetcher() {
        return Fetcher.create(dataset, collate, rows, dropLast);
    }

    @Override
    public String toString() {
        return "DataLoader(batch_size=" + batchSize + ", shuffle=" + shuffle + ", drop_last=" + dropLast
                + (numWorkers > 0 ? ", num_workers=" + numWorkers : "") + ")";
    }
}
