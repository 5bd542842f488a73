package torch4j;

/**
 * The (min, max) pair that {@code aminmax} returns; prints like PyTorch's
 * {@code torch.return_types.aminmax(...)}.
 *
 * <pre>{@code
 * jshell> tensor(1.0, 5.0, 3.0).aminmax()
 * $1 ==> torch.return_types.aminmax(
 * min=tensor(1.),
 * max=tensor(5.))
 * }</pre>
 */
public record MinMax(Tensor min, Tensor max) {
    @Override public String toString() {
        return "torch.return_types.aminmax(\nmin=" + min + ",\nmax=" + max + ")";
    }
}
