package torch4j.utils.data;

import java.util.List;

/**
 * A map-style dataset, PyTorch's {@code torch.utils.data.Dataset}: items by index
 * ({@code __getitem__}) and a size ({@code __len__}).
 *
 * <pre>{@code
 * jshell> var ds = Dataset.of(List.of("a", "b", "c")); ds.get(1)
 * $1 ==> "b"
 * }</pre>
 *
 * @param <T> the item type
 */
public interface Dataset<T> {
    /** The item at {@code index}, 0 ≤ index &lt; {@link #size()}. */
    T get(int index);

    /** The number of items. */
    int size();

    /**
     * A dataset over a list's elements (as PyTorch accepts any indexable sequence).
     *
     * <pre>{@code
     * jshell> Dataset.of(List.of(1, 2, 3)).size()
     * $1 ==> 3
     * }</pre>
     */
    static <T> Dataset<T> of(List<T> items) {
        List<T> copy = List.copyOf(items);
        return new Dataset<>() {
            @Override public T get(int index) { return copy.get(index); }
            @Override public int size() { return copy.size(); }
            @Override public String toString() { return "Dataset" + copy; }
        };
    }
}
