package torch4j.utils.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * PyTorch's {@code BatchSampler}: wraps an index sampler and yields lists of up to
 * {@code batchSize} indices, dropping a short last list when {@code dropLast}. It asks the inner
 * sampler for its next index exactly when PyTorch's does (never ahead of a full batch), so the
 * inner sampler's draws happen at the same moments.
 *
 * <pre>{@code
 * jshell> var b = new BatchSampler(new SequentialSampler(Dataset.of(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))), 3, false);
 * jshell> for (var batch : b) System.out.print(batch)
 * [0, 1, 2][3, 4, 5][6, 7, 8][9]
 * }</pre>
 */
public final class BatchSampler implements Sampler<List<Integer>> {
    private final Iterable<Integer> sampler;
    private final int batchSize;
    private final boolean dropLast;

    /**
     * @param sampler any iterable of indices; {@link #size()} needs a {@link Sampler} or a collection
     * @throws IllegalArgumentException "batch_size should be a positive integer value, but got batch_size=0"
     */
    public BatchSampler(Iterable<Integer> sampler, int batchSize, boolean dropLast) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch_size should be a positive integer value, but got batch_size=" + batchSize);
        }
        this.sampler = sampler;
        this.batchSize = batchSize;
        this.dropLast = dropLast;
    }

    @Override
    public Iterator<List<Integer>> iterator() {
        Iterator<Integer> inner = sampler.iterator();
        return new Generated<>() {
            @Override
            protected List<Integer> compute() {
                List<Integer> batch = new ArrayList<>(batchSize);
                while (batch.size() < batchSize && inner.hasNext()) batch.add(inner.next());
                if (batch.isEmpty() || (dropLast && batch.size() < batchSize)) return end();
                return batch;
            }
        };
    }

    /** {@code len(batch_sampler)}: len(sampler) / batchSize, rounded down with dropLast, else up. */
    @Override
    public int size() {
        int n = switch (sampler) {
            case Sampler<?> s -> s.size();
            case Collection<?> c -> c.size();
            default -> throw new UnsupportedOperationException("object of type '" + sampler.getClass().getSimpleName() + "' has no len()");
        };
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }

    /** The wrapped index sampler ({@code .sampler}). */
    public Iterable<Integer> sampler() {
        return sampler;
    }

    public int batchSize() {
        return batchSize;
    }

    public boolean dropLast() {
        return dropLast;
    }

    @Override
    public String toString() {
        return "BatchSampler(" + sampler + ", batch_size=" + batchSize + ", drop_last=" + dropLast + ")";
    }
}
