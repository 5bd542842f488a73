package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * x, or a·x where x ≤ 0 with a learnt slope a ({@code nn.PReLU}): one slope shared by all
 * channels, or one per channel (dim 1) with {@code numParameters} = the channel count. The
 * parameter {@code weight} starts filled with {@code init} (0.25).
 *
 * <pre>{@code
 * jshell> var m = new PReLU(3); m.weight
 * $2 ==> Parameter containing:
 * tensor([0.2500, 0.2500, 0.2500], requires_grad=True)
 * }</pre>
 */
public class PReLU extends Module {
    /** How many slopes: 1 or the channel count. */
    public final long numParameters;
    /** The slopes, shaped (numParameters). */
    public final Parameter weight;

    /** {@code nn.PReLU()}: one slope, 0.25. */
    public PReLU() { this(1, 0.25); }

    /** {@code nn.PReLU(num_parameters)}: slopes 0.25. */
    public PReLU(long numParameters) { this(numParameters, 0.25); }

    /** {@code nn.PReLU(num_parameters, init)}. */
    public PReLU(long numParameters, double init) {
        this.numParameters = numParameters;
        this.weight = register("weight", new Parameter(Torch.empty(numParameters).fill_(init)));
    }

    @Override public Tensor forward(Tensor input) { return F.prelu(input, weight); }

    @Override public String extraRepr() { return "num_parameters=" + numParameters; }
}
