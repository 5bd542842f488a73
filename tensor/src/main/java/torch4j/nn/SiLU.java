package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x·σ(x), also called swish ({@code nn.SiLU}).
 *
 * <pre>{@code
 * jshell> new SiLU().call(tensor(-1.0, 2.0))
 * $1 ==> tensor([-0.2689,  1.7616])
 * }</pre>
 */
public class SiLU extends Module {
    /** Whether forward overwrites its input. */
    public final boolean inplace;

    /** {@code nn.SiLU()}. */
    public SiLU() { this(false); }

    /** {@code nn.SiLU(inplace)}. */
    public SiLU(boolean inplace) { this.inplace = inplace; }

    @Override public Tensor forward(Tensor input) { return F.silu(input, inplace); }

    @Override public String extraRepr() { return inplace ? "inplace=True" : ""; }
}
