package torch4j.vision.transforms;

import torch4j.Tensor;

/**
 * {@code transforms.RandomVerticalFlip(p)}: mirrors top-bottom when {@code torch.rand(1) < p},
 * one draw from the global generator per call as torchvision draws.
 *
 * <pre>{@code
 * jshell> manualSeed(0); new RandomVerticalFlip().apply(tensor(1., 2.).view(1, 2, 1)).flatten()
 * $1 ==> tensor([2., 1.])
 * }</pre>
 */
public final class RandomVerticalFlip implements Transform<Tensor, Tensor> {
    private final double p;

    public RandomVerticalFlip() { this(0.5); }

    public RandomVerticalFlip(double p) { this.p = p; }

    @Override
    public Tensor apply(Tensor img) { return RandomDraws.below(p) ? TF.vflip(img) : img; }

    @Override
    public String toString() { return "RandomVerticalFlip(p=" + PyRepr.ofFloat(p) + ")"; }
}
