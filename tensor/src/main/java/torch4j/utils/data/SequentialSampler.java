package torch4j.utils.data;

import java.util.Iterator;
import java.util.stream.IntStream;

/**
 * PyTorch's {@code SequentialSampler}: the indices 0 … len(dataset) − 1 in order (the length is
 * read when a pass starts).
 *
 * <pre>{@code
 * jshell> new SequentialSampler(Dataset.of(List.of("a", "b", "c"))).iterator().next()
 * $1 ==> 0
 * }</pre>
 */
public final class SequentialSampler implements Sampler<Integer> {
    private final Dataset<?> dataSource;

    public SequentialSampler(Dataset<?> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Iterator<Integer> iterator() {
        return IntStream.range(0, dataSource.size()).iterator();
    }

    @Override
    public int size() {
        return dataSource.size();
    }

    @Override
    public String toString() {
        return "SequentialSampler(" + dataSource.size() + ")";
    }
}
