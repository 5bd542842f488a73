package torch4j.utils.data;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator written like a Python generator: {@link #compute()} runs to the next element (or
 * to the end) exactly when Python would resume the generator, i.e. on the first
 * {@link #hasNext()} that needs it. Samplers rely on this to draw random numbers at PyTorch's
 * moments, not earlier.
 */
abstract class Generated<T> implements Iterator<T> {
    private T next;
    private boolean ready;
    private boolean finished;

    /** The next element, or {@link #end()}. */
    protected abstract T compute();

    /** Marks the end of the stream (Python's {@code StopIteration}); returns a placeholder. */
    protected final T end() {
        finished = true;
        return null;
    }

    @Override
    public final boolean hasNext() {
        if (!ready && !finished) {
            T value = compute();
            if (!finished) {
                next = value;
                ready = true;
            }
        }
        return ready;
    }

    @Override
    public final T next() {
        if (!hasNext()) throw new NoSuchElementException();
        ready = false;
        T value = next;
        next = null;
        return value;
    }
}
