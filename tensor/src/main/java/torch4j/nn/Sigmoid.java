package torch4j.nn;

import torch4j.Tensor;

/**
 * 1 / (1 + e^−x) elementwise ({@code nn.Sigmoid}).
 *
 * <pre>{@code
 * jshell> new Sigmoid().call(tensor(0.0))
 * $1 ==> tensor(0.5000)
 * }</pre>
 */
public class Sigmoid extends Module {
    /** {@code nn.Sigmoid()}. */
    public Sigmoid() {}

    @Override public Tensor forward(Tensor input) { return input.sigmoid(); }
}
