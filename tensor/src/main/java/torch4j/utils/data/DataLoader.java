package torch4j.utils.data;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * PyTorch's {@code DataLoader} with {@code num_workers=0}: batches of a map-style dataset, in
 * order or shuffled by PyTorch's {@code RandomSampler}, drawing the same numbers as PyTorch 1.13.
 * Each {@link #iterator()} is one epoch. Starting an epoch draws PyTorch's {@code _base_seed}
 * (one int64 {@code random_()}) from the loader's generator, or from the global one; with
 * shuffling and no generator, the first batch then draws the sampler's seed from the global
 * generator and permutes with a fresh generator seeded by it. So the global stream after an
 * epoch is where PyTorch leaves it.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var dl = DataLoader.of(new TensorDataset(arange(10)), 4, true);
 * jshell> for (Tensor[] b : dl) System.out.println(b[0]);
 * tensor([6, 7, 1, 4])
 * tensor([2, 0, 9, 8])
 * tensor([3, 5])
 * }</pre>
 *
 * @param <B> the batch type ({@code Tensor[]}, one stacked tensor per column, for tensor datasets)
 */
public final class DataLoader<B> implements Iterable<B> {
    private final Dataset<?> dataset;
    private final int batchSize;
    private final boolean shuffle;
    private final boolean dropLast;
    private final Generator generator;
    private final Function<int[], B> fetch;

    private <T> DataLoader(Dataset<T> dataset, int batchSize, boolean shuffle, boolean dropLast,
                           Generator generator, Function<List<T>, B> collate) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch_size should be a positive integer value, but got batch_size=" + batchSize);
        }
        if (shuffle && dataset.size() <= 0) {
            throw new IllegalArgumentException("num_samples should be a positive integer value, but got num_samples=" + dataset.size());
        }
        this.dataset = dataset;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.dropLast = dropLast;
        this.generator = generator;
        this.fetch = indices -> {
            List<T> items = new ArrayList<>(indices.length);
            for (int i : indices) items.add(dataset.get(i));
            return collate.apply(items);
        };
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
        return new DataLoader<>(dataset, batchSize, shuffle, dropLast, generator, DataLoader::stackColumns);
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
        return new DataLoader<>(dataset, batchSize, shuffle, dropLast, generator, collate);
    }

    private static Tensor[] stackColumns(List<Tensor[]> rows) {
        int columns = rows.get(0).length;
        Tensor[] out = new Tensor[columns];
        for (int c = 0; c < columns; c++) {
            List<Tensor> column = new ArrayList<>(rows.size());
            for (Tensor[] row : rows) column.add(row[c]);
            out[c] = Torch.stack(column, 0);
        }
        return out;
    }

    /** The number of batches per epoch ({@code len(loader)}). */
    public int size() {
        int n = dataset.size();
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }

    /** The dataset this loader reads. */
    public Dataset<?> dataset() {
        return dataset;
    }

    public int batchSize() {
        return batchSize;
    }

    /** One epoch: draws {@code _base_seed} now, the shuffle at the first batch. */
    @Override
    public Iterator<B> iterator() {
        int n = dataset.size();
        Samplers.IndexStream sampler = shuffle ? Samplers.random(n, generator) : Samplers.sequential(n);
        Samplers.drawSeed(generator); // _base_seed (used only by worker processes)
        return new Iterator<>() {
            private int[] pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    pending = nextIndices();
                    if (pending == null) done = true;
                }
                return pending != null;
            }

            @Override
            public B next() {
                if (!hasNext()) throw new NoSuchElementException();
                int[] indices = pending;
                pending = null;
                return fetch.apply(indices);
            }

            /** BatchSampler: up to batch_size indices; a short tail unless drop_last. */
            private int[] nextIndices() {
                int[] batch = new int[batchSize];
                int k = 0;
                while (k < batchSize) {
                    int i = sampler.next();
                    if (i < 0) break;
                    batch[k++] = i;
                }
                if (k == batchSize) return batch;
                if (k == 0 || dropLast) return null;
                return java.util.Arrays.copyOf(batch, k);
            }
        };
    }

    @Override
    public String toString() {
        return "DataLoader(batch_size=" + batchSize + ", shuffle=" + shuffle + ", drop_last=" + dropLast + ")";
    }
}
