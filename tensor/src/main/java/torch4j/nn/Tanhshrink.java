package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x − tanh(x) ({@code nn.Tanhshrink}).
 *
 * <pre>{@code
 * jshell> new Tanhshrink().call(tensor(-1.0, 2.0))
 * $1 ==> tensor([-0.2384,  1.0360])
 * }</pre>
 */
public class Tanhshrink extends Module {
    /** {@code nn.Tanhshrink()}. */
    public Tanhshrink() {}

    @Override public Tensor forward(Tensor input) { return F.tanhshrink(input); }
}
