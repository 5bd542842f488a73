package torch4j.utils.data;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An epoch with {@code num_workers=0} (PyTorch's {@code _SingleProcessDataLoaderIter}): each batch
 * draws its indices and is fetched in the iterating thread when {@link #hasNext()} asks for it.
 */
final class SingleProcessIterator<B> implements DataLoaderIterator<B> {
    private final Iterator<int[]> indices;
    private final Fetcher fetcher;
    private Object pending;
    private boolean ready; // a batch is in pending (a custom collate may return null)
    private boolean done;

    SingleProcessIterator(DataLoader<B> loader) {
        // PyTorch's order: iter(index_sampler), then _base_seed, then the fetcher (iter(dataset))
        indices = loader.indexBatches();
        RandomSampler.drawSeed(loader.generator);
        fetcher = loader.newFetcher();
    }

    @Override
    public boolean hasNext() {
        if (!ready && !done) {
            Object batch = indices.hasNext() ? fetcher.fetch(indices.next()) : Fetcher.END;
            if (batch == Fetcher.END) {
                done = true;
            } else {
                pending = batch;
                ready = true;
            }
        }
        return ready;
    }

    @Override
    @SuppressWarnings("unchecked")
    public B next() {
        if (!hasNext()) throw new NoSuchElementException();
        Object batch = pending;
        pending = null;
        ready = false;
        return (B) batch;
    }

    @Override
    public void close() {
        done = true;
        ready = false;
        pending = null;
    }
}
