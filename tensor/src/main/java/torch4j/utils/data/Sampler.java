package torch4j.utils.data;

/**
 * PyTorch's {@code torch.utils.data.Sampler}: an iterable of dataset indices (or, for a batch
 * sampler, of lists of indices) with a length ({@code __len__}). Each {@link #iterator()} is one
 * pass; random samplers draw their numbers lazily, exactly when PyTorch's Python generators do
 * (at the first element, and when a permutation or chunk is used up), so a seeded program leaves
 * the generators where PyTorch leaves them.
 *
 * <pre>{@code
 * jshell> var s = new SequentialSampler(Dataset.of(List.of("a", "b", "c")));
 * jshell> for (int i : s) System.out.print(i + " ")
 * 0 1 2
 * }</pre>
 *
 * @param <T> {@code Integer} for index samplers, {@code List<Integer>} for batch samplers
 */
public interface Sampler<T> extends Iterable<T> {
    /** The number of elements one pass yields ({@code len(sampler)}). */
    int size();
}
