package torch4j.nn;

import torch4j.Tensor;

/**
 * Returns its input unchanged ({@code nn.Identity}): a placeholder, e.g. to remove a layer.
 *
 * <pre>{@code
 * jshell> new Identity().call(ones(2))
 * $1 ==> tensor([1., 1.])
 * }</pre>
 */
public class Identity extends Module {
    /** {@code nn.Identity()}. */
    public Identity() {}

    /** {@code nn.Identity(*args, **kwargs)}: the arguments are ignored, as PyTorch ignores them. */
    public Identity(Object... args) {}

    @Override public Tensor forward(Tensor input) { return input; }
}
