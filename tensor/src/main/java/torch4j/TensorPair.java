package torch4j;

/**
 * Two tensors that PyTorch returns as a plain tuple ({@code torch.std_mean}, {@code torch.var_mean},
 * {@code unique(return_inverse=True)}); prints as Python prints the tuple.
 *
 * <pre>{@code
 * jshell> Torch.stdMean(tensor(1.0, 2.0, 3.0))
 * $1 ==> (tensor(1.), tensor(2.))
 * }</pre>
 */
public record TensorPair(Tensor first, Tensor second) {
    @Override public String toString() { return "(" + first + ", " + second + ")"; }
}
