package torch4j.utils.data;

import java.util.Arrays;

/**
 * PyTorch's {@code Subset}: a view of a dataset at the given indices, in their order.
 *
 * <pre>{@code
 * jshell> var s = new Subset<>(Dataset.of(List.of("a", "b", "c")), new int[] {2, 0}); s.get(0)
 * $1 ==> "c"
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Subset<T> implements Dataset<T> {
    private final Dataset<T> dataset;
    private final int[] indices;

    public Subset(Dataset<T> dataset, int[] indices) {
        this.dataset = dataset;
        this.indices = indices.clone();
    }

    @Override
    public T get(int index) {
        return dataset.get(indices[index]);
    }

    @Override
    public int size() {
        return indices.length;
    }

    /** The parent dataset ({@code .dataset}). */
    public Dataset<T> dataset() {
        return dataset;
    }

    /** The indices into the parent ({@code .indices}). */
    public int[] indices() {
        return indices.clone();
    }

    /** The indices themselves, not a copy, for the loader's fast path. */
    int[] indicesView() {
        return indices;
    }

    @Override
    public String toString() {
        return "Subset" + Arrays.toString(indices);
    }
}
