package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;
import torch4j.nn.functional.F;
import torch4j.nn.init.Init;

/**
 * A fully connected layer ({@code nn.Linear}): y = x·weightᵀ + bias, with weight of shape
 * (outFeatures, inFeatures). Initialised as PyTorch does (kaiming-uniform with a = √5, bias
 * U(−1/√in, 1/√in)), so the same seed gives the same numbers.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var fc = new Linear(3, 2); fc.weight
 * $1 ==> Parameter containing:
 * tensor([[-0.0043,  0.3097, -0.4752],
 *         [-0.4249, -0.2224,  0.1548]], requires_grad=True)
 * }</pre>
 */
public class Linear extends Module {
    /** The sizes of each input and output sample. */
    public final long inFeatures, outFeatures;
    /** The (outFeatures, inFeatures) weight. */
    public final Parameter weight;
    /** The (outFeatures) bias, or null for {@code bias=False}. */
    public final Parameter bias;

    /** {@code nn.Linear(in, out)} with a bias. */
    public Linear(long inFeatures, long outFeatures) { this(inFeatures, outFeatures, true); }

    /** {@code nn.Linear(in, out, bias)}. */
    public Linear(long inFeatures, long outFeatures, boolean bias) {
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        this.weight = register("weight", new Parameter(Torch.empty(outFeatures, inFeatures)));
        this.bias = bias ? register("bias", new Parameter(Torch.empty(outFeatures))) : null;
        if (!bias) registerParameter("bias", null);
        resetParameters();
    }

    /** PyTorch's {@code reset_parameters}: draws the weight, then the bias, from the global generator. */
    public void resetParameters() { resetKaimingUniform(weight, bias); }

    /**
     * The {@code reset_parameters} Linear and the convolutions share: kaiming-uniform (a = √5)
     * weight, then bias U(−1/√fan_in, 1/√fan_in) when there is one.
     */
    static void resetKaimingUniform(Tensor weight, Tensor bias) {
        try (var _ = GradMode.noGrad()) {
            Init.kaimingUniform_(weight, Math.sqrt(5));
            if (bias != null) {
                long fanIn = Init.calculateFanInAndFanOut(weight)[0];
                double bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
                Init.uniform_(bias, -bound, bound);
            }
        }
    }

    @Override public Tensor forward(Tensor input) { return F.linear(input, weight, bias); }

    @Override public String extraRepr() {
        return "in_features=" + inFeatures + ", out_features=" + outFeatures + ", bias=" + (bias != null ? "True" : "False");
    }
}
