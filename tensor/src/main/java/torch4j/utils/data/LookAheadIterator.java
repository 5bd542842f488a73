package torch4j.utils.data;

import java.util.NoSuchElementException;

/**
 * The {@code hasNext}/{@code next} bookkeeping both epoch iterators share: {@link #hasNext()}
 * fetches one batch ahead, since only fetching tells whether the epoch has ended (an iterable
 * dataset, a worker's last task). A batch may be null (a custom collate may return it), so
 * "a batch is waiting" is a flag of its own.
 */
abstract class LookAheadIterator<B> implements DataLoaderIterator<B> {
    private Object pending;
    private boolean ready;
    private boolean finished;

    /** The next batch, or {@link Fetcher#END} when the epoch has no more. */
    abstract Object fetchNext();

    @Override
    public final boolean hasNext() {
        if (!ready && !finished) {
            Object batch = fetchNext();
            if (batch == Fetcher.END) {
                finished = true;
            } else {
                pending = batch;
                ready = true;
            }
        }
        return ready;
    }

    @Override
    @SuppressWarnings("unchecked")
    public final B next() {
        if (!hasNext()) throw new NoSuchElementException();
        Object batch = pending;
        pending = null;
        ready = false;
        return (B) batch;
    }

    /** Ends the epoch: {@link #hasNext()} is false from now on, and a waiting batch is dropped. */
    final void finish() {
        finished = true;
        ready = false;
        pending = null;
    }

    /** Starts a new epoch's bookkeeping (persistent workers reuse their iterator). */
    final void restart() {
        finished = false;
        ready = false;
        pending = null;
    }
}
