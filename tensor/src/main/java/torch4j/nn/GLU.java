package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * The gated linear unit a·σ(b), a and b the two halves of the input along {@code dim}
 * ({@code nn.GLU}, the last dim by default).
 *
 * <pre>{@code
 * jshell> new GLU().call(tensor(2.0, 4.0, 0.0, 100.0))
 * $1 ==> tensor([1., 4.])
 * }</pre>
 */
public class GLU extends Module {
    /** The dim that is halved. */
    public final long dim;

    /** {@code nn.GLU()}: dim −1. */
    public GLU() { this(-1); }

    /** {@code nn.GLU(dim)}. */
    public GLU(long dim) { this.dim = dim; }

    @Override public Tensor forward(Tensor input) { return F.glu(input, dim); }

    @Override public String extraRepr() { return "dim=" + dim; }
}
