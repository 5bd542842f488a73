package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * Layer normalisation over the last dims ({@code nn.LayerNorm}): each sample normalised by its own
 * mean and (biased) variance, then scaled by {@code weight} (ones) and shifted by {@code bias}
 * (zeros) when {@code elementwiseAffine}.
 *
 * <pre>{@code
 * jshell> new LayerNorm(10)
 * $1 ==> LayerNorm((10,), eps=1e-05, elementwise_affine=True)
 * }</pre>
 */
public class LayerNorm extends Module {
    /** The trailing dims normalised over. */
    public final long[] normalizedShape;
    /** Added to the variance before the square root. */
    public final double eps;
    /** Whether weight and bias exist. */
    public final boolean elementwiseAffine;
    /** Shaped {@code normalizedShape}, or null without {@code elementwiseAffine}. */
    public final Parameter weight, bias;

    /** {@code nn.LayerNorm(n)} over the last dim of size n. */
    public LayerNorm(long normalizedShape) { this(new long[]{normalizedShape}, 1e-5, true); }

    /** {@code nn.LayerNorm(normalized_shape, eps, elementwise_affine)}. */
    public LayerNorm(long[] normalizedShape, double eps, boolean elementwiseAffine) {
        this.normalizedShape = normalizedShape.clone();
        this.eps = eps;
        this.elementwiseAffine = elementwiseAffine;
        this.weight = elementwiseAffine ? register("weight", new Parameter(Torch.ones(normalizedShape))) : null;
        this.bias = elementwiseAffine ? register("bias", new Parameter(Torch.zeros(normalizedShape))) : null;
        if (!elementwiseAffine) {
            registerParameter("weight", null);
            registerParameter("bias", null);
        }
    }

    @Override public Tensor forward(Tensor input) { return F.layerNorm(input, normalizedShape, weight, bias, eps); }

    @Override public String extraRepr() {
        return PyRepr.tuple(normalizedShape) + ", eps=" + PyRepr.floatRepr(eps) + ", elementwise_affine=" + PyRepr.bool(elementwiseAffine);
    }
}
