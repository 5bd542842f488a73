package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x / (1 + |x|) ({@code nn.Softsign}).
 *
 * <pre>{@code
 * jshell> new Softsign().call(tensor(-1.0, 2.0))
 * $1 ==> tensor([-0.5000,  0.6667])
 * }</pre>
 */
public class Softsign extends Module {
    /** {@code nn.Softsign()}. */
    public Softsign() {}

    @Override public Tensor forward(Tensor input) { return F.softsign(input); }
}
