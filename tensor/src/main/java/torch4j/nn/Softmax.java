package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Softmax along {@code dim} ({@code nn.Softmax}); without a dim, PyTorch's implicit choice with
 * its warning.
 *
 * <pre>{@code
 * jshell> new Softmax(1).call(zeros(1, 2))
 * $1 ==> tensor([[0.5000, 0.5000]])
 * }</pre>
 */
public class Softmax extends Module {
    /** The dim, or null ({@code dim=None}). */
    public final Long dim;

    /** {@code nn.Softmax()}: dim = None. */
    public Softmax() { this.dim = null; }

    /** {@code nn.Softmax(dim)}. */
    public Softmax(long dim) { this.dim = dim; }

    @Override public Tensor forward(Tensor input) { return dim == null ? F.softmax(input) : F.softmax(input, dim); }

    @Override public String extraRepr() { return "dim=" + (dim == null ? "None" : dim); }
}
