package torch4j.utils.data;

import java.util.Iterator;

/**
 * An epoch with {@code num_workers=0} (PyTorch's {@code _SingleProcessDataLoaderIter}): each batch
 * draws its indices and is fetched in the iterating thread when {@link #hasNext()} asks for it.
 */
final class SingleProcessIterator<B> extends LookAheadIterator<B> {
    private final Iterator<int[]> indices;
    private final Fetcher fetcher;

    SingleProcessIterator(DataLoader<B> loader) {
        // PyTorch's order: iter(index_sampler), then _base_seed, then the fetcher (iter(dataset))
        indices = loader.indexBatches();
        RandomSampler.drawSeed(loader.generator);
        fetcher = loader.newFetcher();
    }

    @Override
    Object fetchNext() {
        return indices.hasNext() ? fetcher.fetch(indices.next()) : Fetcher.END;
    }

    @Override
    public void close() {
        finish();
    }
}
