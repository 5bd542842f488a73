package torch4j.utils.data;

import java.util.Iterator;

/**
 * One epoch of a {@link DataLoader} ({@code iter(loader)}). A for-each loop needs nothing more;
 * {@link #close()} stops an epoch's worker threads at once when it is left early
 * (try-with-resources), where otherwise they stop when the iterator is garbage collected.
 *
 * <pre>{@code
 * jshell> try (var it = dl.iterator()) { var first = it.next(); }
 * }</pre>
 *
 * @param <B> the batch type
 */
public interface DataLoaderIterator<B> extends Iterator<B>, AutoCloseable {
    /** Stops this epoch's workers (a no-op without workers, and for persistent workers, which the loader keeps). */
    @Override
    void close();
}
