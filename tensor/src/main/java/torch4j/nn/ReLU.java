package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * max(x, 0) elementwise ({@code nn.ReLU}); with {@code inplace} it overwrites its input.
 *
 * <pre>{@code
 * jshell> new ReLU().call(tensor(-1.0, 2.0))
 * $1 ==> tensor([0., 2.])
 * }</pre>
 */
public class ReLU extends Module {
    public final boolean inplace;

    /** {@code nn.ReLU()}. */
    public ReLU() { this(false); }

    /** {@code nn.ReLU(inplace)}. */
    public ReLU(boolean inplace) { this.inplace = inplace; }

    @Override public Tensor forward(Tensor input) { return F.relu(input, inplace); }

    @Override public String extraRepr() { return inplace ? "inplace=True" : ""; }
}
