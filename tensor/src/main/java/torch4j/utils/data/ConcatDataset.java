package torch4j.utils.data;

import java.util.Arrays;
import java.util.List;

/**
 * PyTorch's {@code ConcatDataset}: several map-style datasets end to end. The cumulative sizes
 * are fixed when it is built; index i goes to the first dataset whose cumulative size exceeds it
 * ({@code bisect_right}, so empty datasets are skipped), and negative indices count from the end
 * as in PyTorch.
 *
 * <pre>{@code
 * jshell> var c = new ConcatDataset<>(Dataset.of(List.of("a", "b")), Dataset.of(List.of("c")));
 * jshell> c.get(2) + c.get(-3) + c.size()
 * $2 ==> "ca3"
 * }</pre>
 *
 * @param <T> the item type
 */
public final class ConcatDataset<T> implements Dataset<T> {
    private final List<Dataset<? extends T>> datasets;
    private final int[] cumulativeSizes;

    /**
     * @throws IllegalArgumentException "datasets should not be an empty iterable", or
     *         "ConcatDataset does not support IterableDataset" (PyTorch's assertions)
     */
    public ConcatDataset(List<? extends Dataset<? extends T>> datasets) {
        this.datasets = List.copyOf(datasets);
        if (this.datasets.isEmpty()) throw new IllegalArgumentException("datasets should not be an empty iterable");
        cumulativeSizes = new int[this.datasets.size()];
        int sum = 0;
        for (int i = 0; i < cumulativeSizes.length; i++) {
            Dataset<? extends T> d = this.datasets.get(i);
            if (d instanceof IterableDataset) throw new IllegalArgumentException("ConcatDataset does not support IterableDataset");
            sum = Math.addExact(sum, d.size());
            cumulativeSizes[i] = sum;
        }
    }

    @SafeVarargs
    public ConcatDataset(Dataset<? extends T>... datasets) {
        this(Arrays.asList(datasets));
    }

    /**
     * @throws IllegalArgumentException "absolute value of index should not exceed dataset length"
     * @throws IndexOutOfBoundsException "list index out of range" past the end (Python's IndexError)
     */
    @Override
    public T get(int index) {
        int idx = index;
        if (idx < 0) {
            if (-(long) idx > size()) throw new IllegalArgumentException("absolute value of index should not exceed dataset length");
            idx = size() + idx;
        }
        int d = bisectRight(idx);
        if (d >= datasets.size()) throw new IndexOutOfBoundsException("list index out of range");
        int sample = d == 0 ? idx : idx - cumulativeSizes[d - 1];
        return datasets.get(d).get(sample);
    }

    /** The first position whose cumulative size is greater than {@code idx}. */
    private int bisectRight(int idx) {
        int lo = 0, hi = cumulativeSizes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (idx < cumulativeSizes[mid]) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    @Override
    public int size() {
        return cumulativeSizes[cumulativeSizes.length - 1];
    }

    /** The running totals of the datasets' sizes ({@code .cumulative_sizes}). */
    public int[] cumulativeSizes() {
        return cumulativeSizes.clone();
    }

    /** The concatenated datasets ({@code .datasets}). */
    public List<Dataset<? extends T>> datasets() {
        return datasets;
    }

    @Override
    public String toString() {
        return "ConcatDataset(cumulative_sizes=" + Arrays.toString(cumulativeSizes) + ")";
    }
}
