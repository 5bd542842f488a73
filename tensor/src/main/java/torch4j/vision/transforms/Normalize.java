package torch4j.vision.transforms;

import torch4j.Tensor;

/**
 * {@code transforms.Normalize(mean, std, inplace)}: {@code (x - mean[c]) / std[c]} per channel of
 * a float (..., C, H, W) tensor; a copy unless {@code inplace}.
 *
 * <pre>{@code
 * jshell> var n = new Normalize(new double[]{0.5, 0.5, 0.5}, new double[]{0.5, 0.5, 0.5})
 * n ==> Normalize(mean=[0.5, 0.5, 0.5], std=[0.5, 0.5, 0.5])
 * jshell> n.apply(ones(3, 1, 1)).flatten()
 * $2 ==> tensor([1., 1., 1.])
 * }</pre>
 */
public final class Normalize implements Transform<Tensor, Tensor> {
    private final double[] mean, std;
    private final boolean inplace;

    public Normalize(double[] mean, double[] std) { this(mean, std, false); }

    public Normalize(double[] mean, double[] std, boolean inplace) {
        this.mean = mean.clone();
        this.std = std.clone();
        this.inplace = inplace;
    }

    /** mean and std as (C, 1, 1) float32 tensors, made once: most images are float32 and the per-call setup is most of the cost on small ones. */
    private Tensor[] float32;

    @Override
    public Tensor apply(Tensor tensor) {
        if (tensor.dtype() != torch4j.DType.FLOAT32) return TF.normalize(tensor, mean, std, inplace);
        if (float32 == null) float32 = TF.normalizeOperands(mean, std, torch4j.DType.FLOAT32);
        return TF.normalize(tensor, float32[0], float32[1], inplace);
    }

    @Override
    public String toString() { return "Normalize(mean=" + PyRepr.of(mean) + ", std=" + PyRepr.of(std) + ")"; }
}
