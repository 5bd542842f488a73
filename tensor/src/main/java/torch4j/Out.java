package torch4j;

/**
 * Python's {@code out=} keyword: {@code torch.add(x, y, out=result)} is {@code Torch.add(x, y, out(result))}.
 * The op writes into {@code tensor} (resized when its shape differs, as PyTorch does) and returns it.
 *
 * <pre>{@code
 * jshell> var result = empty(2); add(ones(2), ones(2), out(result)); result
 * $3 ==> tensor([2., 2.])
 * }</pre>
 *
 * @param tensor the tensor the result is written into
 */
public record Out(Tensor tensor) {
    public Out {
        java.util.Objects.requireNonNull(tensor, "out");
    }
}
