package torch4j.utils.data;

import java.util.Iterator;

/**
 * PyTorch's {@code IterableDataset}: a stream of items ({@code __iter__}) rather than items by
 * index, for data that comes from a file, a socket or a generator. As in PyTorch it is a kind of
 * {@link Dataset} (so {@code DataLoader.builder} takes either); it has no items by index, and a
 * length only when it says so by overriding {@link #size()}.
 *
 * <p>A {@link DataLoader} over it takes batches from the iterator in order (no sampler, no
 * shuffling). With {@code numWorkers > 0} every worker calls {@link #iterator()} for its own
 * stream, so an unsharded dataset is read once per worker, as in PyTorch; shard it inside
 * {@code iterator()} with {@link DataUtils#getWorkerInfo()}. torch4j's workers are threads that
 * share this object (PyTorch's processes each get a copy), so configure per-worker state in
 * {@code iterator()} rather than by mutating the dataset in a {@code workerInitFn}.
 *
 * <pre>{@code
 * jshell> IterableDataset<Integer> ds = () -> {
 *    ...>     var w = DataUtils.getWorkerInfo();   // null in the main thread
 *    ...>     int id = w == null ? 0 : w.id(), step = w == null ? 1 : w.numWorkers();
 *    ...>     return IntStream.iterate(id, i -> i < 10, i -> i + step).boxed().iterator();
 *    ...> };
 * jshell> for (var b : DataLoader.builder(ds).batchSize(4).batchType(Tensor.class).numWorkers(2).build()) System.out.println(b)
 * tensor([0, 2, 4, 6])
 * tensor([1, 3, 5, 7])
 * tensor([8])
 * tensor([9])
 * }</pre>
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface IterableDataset<T> extends Dataset<T>, Iterable<T> {
    /** A new stream of the items ({@code __iter__}). */
    @Override
    Iterator<T> iterator();

    /** Not supported: an iterable dataset has no items by index (PyTorch's {@code NotImplementedError}). */
    @Override
    default T get(int index) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is an IterableDataset: it has no items by index");
    }

    /**
     * The number of items, when the dataset knows it (override to say); by default there is
     * none, as Python's {@code len()} of an object without {@code __len__}.
     *
     * @throws UnsupportedOperationException "object of type 'X' has no len()"
     */
    @Override
    default int size() {
        throw new UnsupportedOperationException("object of type '" + getClass().getSimpleName() + "' has no len()");
    }

    /**
     * An iterable dataset over an {@link Iterable}'s elements (each pass is a new iterator).
     *
     * <pre>{@code
     * jshell> IterableDataset.of(List.of(1, 2, 3)).iterator().next()
     * $1 ==> 1
     * }</pre>
     */
    static <T> IterableDataset<T> of(Iterable<T> items) {
        return items::iterator;
    }
}
