package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * scale·ELU(x, α) with the self-normalising constants α ≈ 1.6733, scale ≈ 1.0507 ({@code nn.SELU}).
 *
 * <pre>{@code
 * jshell> new SELU().call(tensor(-1.0, 2.0))
 * $1 ==> tensor([-1.1113,  2.1014])
 * }</pre>
 */
public class SELU extends Module {
    /** Whether forward overwrites its input. */
    public final boolean inplace;

    /** {@code nn.SELU()}. */
    public SELU() { this(false); }

    /** {@code nn.SELU(inplace)}. */
    public SELU(boolean inplace) { this.inplace = inplace; }

    @Override public Tensor forward(Tensor input) { return F.selu(input, inplace); }

    @Override public String extraRepr() { return inplace ? "inplace=True" : ""; }
}
