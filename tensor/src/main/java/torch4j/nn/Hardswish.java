package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * x·relu6(x + 3)/6, MobileNetV3's cheap swish ({@code nn.Hardswish}).
 *
 * <pre>{@code
 * jshell> new Hardswish().call(tensor(-1.0, 2.0))
 * $1 ==> tensor([-0.3333,  1.6667])
 * }</pre>
 */
public class Hardswish extends Module {
    /** Whether forward overwrites its input. */
    public final boolean inplace;

    /** {@code nn.Hardswish()}. */
    public Hardswish() { this(false); }

    /** {@code nn.Hardswish(inplace)}. */
    public Hardswish(boolean inplace) { this.inplace = inplace; }

    @Override public Tensor forward(Tensor input) { return F.hardswish(input, inplace); }
}
