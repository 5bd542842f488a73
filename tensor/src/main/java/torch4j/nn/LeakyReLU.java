package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x, or x·negativeSlope where x ≤ 0 ({@code nn.LeakyReLU}).
 *
 * <pre>{@code
 * jshell> new LeakyReLU(0.2)
 * $1 ==> LeakyReLU(negative_slope=0.2)
 * }</pre>
 */
public class LeakyReLU extends Module {
    public final double negativeSlope;
    public final boolean inplace;

    /** {@code nn.LeakyReLU()}: slope 0.01. */
    public LeakyReLU() { this(0.01, false); }

    /** {@code nn.LeakyReLU(negative_slope)}. */
    public LeakyReLU(double negativeSlope) { this(negativeSlope, false); }

    /** {@code nn.LeakyReLU(negative_slope, inplace)}. */
    public LeakyReLU(double negativeSlope, boolean inplace) {
        this.negativeSlope = negativeSlope;
        this.inplace = inplace;
    }

    @Override public Tensor forward(Tensor input) { return F.leakyRelu(input, negativeSlope, inplace); }

    @Override public String extraRepr() { return "negative_slope=" + PyRepr.floatRepr(negativeSlope) + (inplace ? ", inplace=True" : ""); }
}
