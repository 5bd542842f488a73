package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * relu6(x + 3)/6, a piecewise-linear sigmoid ({@code nn.Hardsigmoid}).
 *
 * <pre>{@code
 * jshell> new Hardsigmoid().call(tensor(-1.0, 2.0))
 * $1 ==> tensor([0.3333, 0.8333])
 * }</pre>
 */
public class Hardsigmoid extends Module {
    /** Whether forward overwrites its input. */
    public final boolean inplace;

    /** {@code nn.Hardsigmoid()}. */
    public Hardsigmoid() { this(false); }

    /** {@code nn.Hardsigmoid(inplace)}. */
    public Hardsigmoid(boolean inplace) { this.inplace = inplace; }

    @Override public Tensor forward(Tensor input) { return F.hardsigmoid(input, inplace); }
}
