package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * log(softmax(x)) along {@code dim} ({@code nn.LogSoftmax}); without a dim, PyTorch's implicit choice with
 * its warning.
 *
 * <pre>{@code
 * jshell> new LogSoftmax(1).call(zeros(1, 2))
 * $1 ==> tensor([[-0.6931, -0.6931]])
 * }</pre>
 */
public class LogSoftmax extends Module {
    /** The dim, or null ({@code dim=None}). */
    public final Long dim;

    /** {@code nn.LogSoftmax()}: dim = None. */
    public LogSoftmax() { this.dim = null; }

    /** {@code nn.LogSoftmax(dim)}. */
    public LogSoftmax(long dim) { this.dim = dim; }

    @Override public Tensor forward(Tensor input) { return dim == null ? F.logSoftmax(input) : F.logSoftmax(input, dim); }

    @Override public String extraRepr() { return "dim=" + (dim == null ? "None" : dim); }
}
