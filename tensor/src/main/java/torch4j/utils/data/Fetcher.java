package torch4j.utils.data;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * PyTorch's dataset fetchers ({@code _MapDatasetFetcher}, {@code _IterableDatasetFetcher}): one
 * batch from a list of indices, in the iterating thread or in a worker. An iterable dataset's
 * stream is opened when the fetcher is made, as PyTorch's fetcher calls {@code iter(dataset)}.
 */
abstract class Fetcher {
    /** The end of an iterable dataset's stream (PyTorch's {@code StopIteration} from a fetch). */
    static final Object END = new Object();

    /** A batch for {@code indices}; for an iterable dataset only their count matters. */
    abstract Object fetch(int[] indices);

    static Fetcher create(Dataset<?> dataset, Function<List<Object>, Object> collate, TensorRows rows, boolean dropLast) {
        if (dataset instanceof IterableDataset<?> iterable) return new Streamed(iterable.iterator(), collate, dropLast);
        return new Indexed(dataset, collate, rows);
    }

    private static final class Indexed extends Fetcher {
        private final Dataset<?> dataset;
        private final Function<List<Object>, Object> collate;
        private final TensorRows rows;

        Indexed(Dataset<?> dataset, Function<List<Object>, Object> collate, TensorRows rows) {
            this.dataset = dataset;
            this.collate = collate;
            this.rows = rows;
        }

        @Override
        Object fetch(int[] indices) {
            if (rows != null) {
                Object gathered = rows.gather(indices);
                if (gathered != null) return gathered;
            }
            List<Object> items = new ArrayList<>(indices.length);
            for (int i : indices) items.add(dataset.get(i));
            return collate.apply(items);
        }
    }

    private static final class Streamed extends Fetcher {
        private final Iterator<?> stream;
        private final Function<List<Object>, Object> collate;
        private final boolean dropLast;
        private boolean ended;

        Streamed(Iterator<?> stream, Function<List<Object>, Object> collate, boolean dropLast) {
            this.stream = stream;
            this.collate = collate;
            this.dropLast = dropLast;
        }

        @Override
        Object fetch(int[] indices) {
            if (ended) return END;
            List<Object> items = new ArrayList<>(indices.length);
            for (int k = 0; k < indices.length; k++) {
                if (!stream.hasNext()) {
                    ended = true;
                    break;
                }
                items.add(stream.next());
            }
            if (items.isEmpty() || (dropLast && items.size() < indices.length)) return END;
            return collate.apply(items);
        }
    }
}
