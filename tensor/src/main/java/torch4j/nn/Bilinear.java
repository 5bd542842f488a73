package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;
import torch4j.nn.functional.F;
import torch4j.nn.init.Init;

/**
 * A bilinear layer ({@code nn.Bilinear}): y = x₁ᵀ·A·x₂ + b over the last dimension, with weight A
 * of shape (outFeatures, in1Features, in2Features). Initialised as PyTorch does (weight, then
 * bias, from U(−1/√in1, 1/√in1)), so the same seed gives the same numbers. Called with two
 * tensors: {@code bilinear.call(x1, x2)}.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var m = new Bilinear(3, 4, 5); m.call(randn(2, 3), randn(2, 4)).shape()
 * $1 ==> torch.Size([2, 5])
 * jshell> m
 * $2 ==> Bilinear(in1_features=3, in2_features=4, out_features=5, bias=True)
 * }</pre>
 */
public class Bilinear extends Module {
    /** The sizes of each first input, second input and output sample. */
    public final long in1Features, in2Features, outFeatures;
    /** The (outFeatures, in1Features, in2Features) weight. */
    public final Parameter weight;
    /** The (outFeatures) bias, or null for {@code bias=False}. */
    public final Parameter bias;

    /** {@code nn.Bilinear(in1_features, in2_features, out_features)} with a bias. */
    public Bilinear(long in1Features, long in2Features, long outFeatures) { this(in1Features, in2Features, outFeatures, true); }

    /** {@code nn.Bilinear(in1_features, in2_features, out_features, bias)}. */
    public Bilinear(long in1Features, long in2Features, long outFeatures, boolean bias) {
        this.in1Features = in1Features;
        this.in2Features = in2Features;
        this.outFeatures = outFeatures;
        this.weight = register("weight", new Parameter(Torch.empty(outFeatures, in1Features, in2Features)));
        this.bias = bias ? register("bias", new Parameter(Torch.empty(outFeatures))) : null;
        if (!bias) registerParameter("bias", null);
        resetParameters();
    }

    /** PyTorch's {@code reset_parameters}: weight then bias from U(−1/√in1, 1/√in1) (the global generator). */
    public void resetParameters() {
        double bound = 1 / Math.sqrt(weight.size(1));
        try (var _ = GradMode.noGrad()) {
            Init.uniform_(weight, -bound, bound);
            if (bias != null) Init.uniform_(bias, -bound, bound);
        }
    }

    @Override public Tensor forward(Tensor input1, Tensor input2) { return F.bilinear(input1, input2, weight, bias); }

    @Override public String extraRepr() {
        return "in1_features=" + in1Features + ", in2_features=" + in2Features + ", out_features=" + outFeatures
                + ", bias=" + (bias != null ? "True" : "False");
    }
}
