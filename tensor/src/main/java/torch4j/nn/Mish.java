package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x·tanh(softplus(x)) ({@code nn.Mish}).
 *
 * <pre>{@code
 * jshell> new Mish().call(tensor(-1.0, 2.0))
 * $1 ==> tensor([-0.3034,  1.9440])
 * }</pre>
 */
public class Mish extends Module {
    /** Whether forward overwrites its input. */
    public final boolean inplace;

    /** {@code nn.Mish()}. */
    public Mish() { this(false); }

    /** {@code nn.Mish(inplace)}. */
    public Mish(boolean inplace) { this.inplace = inplace; }

    @Override public Tensor forward(Tensor input) { return F.mish(input, inplace); }

    @Override public String extraRepr() { return inplace ? "inplace=True" : ""; }
}
