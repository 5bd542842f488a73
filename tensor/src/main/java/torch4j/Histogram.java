package torch4j;

/**
 * The (hist, bin_edges) pair that {@code histogram} returns; prints like PyTorch's
 * {@code torch.return_types.histogram(...)}.
 *
 * <pre>{@code
 * jshell> tensor(1.0, 2.0, 1.0).histogram(2)
 * $1 ==> torch.return_types.histogram(
 * hist=tensor([2., 1.]),
 * bin_edges=tensor([1.0000, 1.5000, 2.0000]))
 * }</pre>
 */
public record Histogram(Tensor hist, Tensor binEdges) {
    @Override public String toString() {
        return "torch.return_types.histogram(\nhist=" + hist + ",\nbin_edges=" + binEdges + ")";
    }
}
