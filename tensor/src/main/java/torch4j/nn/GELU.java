package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x·Φ(x) ({@code nn.GELU}), exact or with the "tanh" approximation.
 *
 * <pre>{@code
 * jshell> new GELU("tanh")
 * $1 ==> GELU(approximate='tanh')
 * }</pre>
 */
public class GELU extends Module {
    public final String approximate;

    /** {@code nn.GELU()}: exact. */
    public GELU() { this("none"); }

    /** {@code nn.GELU(approximate)}: "none" or "tanh". */
    public GELU(String approximate) { this.approximate = approximate; }

    @Override public Tensor forward(Tensor input) { return F.gelu(input, approximate); }

    @Override public String extraRepr() { return "approximate='" + approximate + "'"; }
}
