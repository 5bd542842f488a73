package torch4j.nn;

import torch4j.Tensor;

/**
 * tanh elementwise ({@code nn.Tanh}).
 *
 * <pre>{@code
 * jshell> new Tanh().call(tensor(0.0, 1.0))
 * $1 ==> tensor([0.0000, 0.7616])
 * }</pre>
 */
public class Tanh extends Module {
    /** {@code nn.Tanh()}. */
    public Tanh() {}

    @Override public Tensor forward(Tensor input) { return input.tanh(); }
}
