package torch4j;

/**
 * The (values, indices) pair that {@code max(dim)}, {@code min(dim)}, {@code sort} and
 * {@code topk} return; prints like PyTorch's {@code torch.return_types.max(...)}.
 *
 * <pre>{@code
 * jshell> tensor(new double[][]{{1, 5}, {7, 2}}).max(1)
 * $1 ==> torch.return_types.max(
 * values=tensor([5., 7.]),
 * indices=tensor([1, 0]))
 * }</pre>
 */
public record ValuesIndices(String op, Tensor values, Tensor indices) {
    @Override public String toString() {
        return "torch.return_types." + op + "(\nvalues=" + values + ",\nindices=" + indices + ")";
    }
}
