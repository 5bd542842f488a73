package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Randomized leaky ReLU ({@code nn.RReLU}): in training, x·a where x ≤ 0 with a drawn per
 * element from U(lower, upper) (the global generator, PyTorch's numbers); in eval mode the fixed
 * slope (lower + upper)/2.
 *
 * <pre>{@code
 * jshell> new RReLU().eval().call(tensor(-2.0, 3.0))
 * $1 ==> tensor([-0.4583,  3.0000])
 * }</pre>
 */
public class RReLU extends Module {
    /** The lower bound of the slope. */
    public final double lower;
    /** The upper bound of the slope. */
    public final double upper;
    /** Whether forward overwrites its input. */
    public final boolean inplace;

    /** {@code nn.RReLU()}: slopes in [1/8, 1/3]. */
    public RReLU() { this(1.0 / 8, 1.0 / 3, false); }

    /** {@code nn.RReLU(lower, upper)}. */
    public RReLU(double lower, double upper) { this(lower, upper, false); }

    /** {@code nn.RReLU(lower, upper, inplace)}. */
    public RReLU(double lower, double upper, boolean inplace) {
        this.lower = lower;
        this.upper = upper;
        this.inplace = inplace;
    }

    @Override public Tensor forward(Tensor input) { return F.rrelu(input, lower, upper, isTraining(), inplace); }

    @Override public String extraRepr() {
        return "lower=" + PyRepr.floatRepr(lower) + ", upper=" + PyRepr.floatRepr(upper) + (inplace ? ", inplace=True" : "");
    }
}
