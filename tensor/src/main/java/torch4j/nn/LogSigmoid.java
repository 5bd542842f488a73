package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * log σ(x), computed without overflow ({@code nn.LogSigmoid}).
 *
 * <pre>{@code
 * jshell> new LogSigmoid().call(tensor(-1.0, 2.0))
 * $1 ==> tensor([-1.3133, -0.1269])
 * }</pre>
 */
public class LogSigmoid extends Module {
    /** {@code nn.LogSigmoid()}. */
    public LogSigmoid() {}

    @Override public Tensor forward(Tensor input) { return F.logsigmoid(input); }
}
