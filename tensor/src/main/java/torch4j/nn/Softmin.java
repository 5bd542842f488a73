package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Softmin along {@code dim}, softmax(−x) ({@code nn.Softmin}); without a dim, PyTorch's implicit
 * choice with its warning.
 *
 * <pre>{@code
 * jshell> new Softmin(0).call(tensor(1.0, 2.0))
 * $1 ==> tensor([0.7311, 0.2689])
 * }</pre>
 */
public class Softmin extends Module {
    /** The dim, or null ({@code dim=None}). */
    public final Long dim;

    /** {@code nn.Softmin()}: dim = None. */
    public Softmin() { this.dim = null; }

    /** {@code nn.Softmin(dim)}. */
    public Softmin(long dim) { this.dim = dim; }

    @Override public Tensor forward(Tensor input) { return dim == null ? F.softmin(input) : F.softmin(input, dim); }

    @Override public String extraRepr() { return "dim=" + (dim == null ? "None" : dim); }
}
