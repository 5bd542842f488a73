package torch4j;

/**
 * What {@code unique} and {@code unique_consecutive} return: the values and, when asked for, the
 * inverse indices and the counts (null when not asked for). Prints as PyTorch prints its result:
 * the tensor alone, or the tuple of the parts asked for.
 *
 * <pre>{@code
 * jshell> tensor(3, 1, 3).unique(false, true)
 * $1 ==> (tensor([1, 3]), tensor([1, 2]))
 * }</pre>
 */
public record Unique(Tensor values, Tensor inverse, Tensor counts) {
    @Override public String toString() {
        if (inverse == null && counts == null) return values.toString();
        StringBuilder s = new StringBuilder("(").append(values);
        if (inverse != null) s.append(", ").append(inverse);
        if (counts != null) s.append(", ").append(counts);
        return s.append(")").toString();
    }
}
