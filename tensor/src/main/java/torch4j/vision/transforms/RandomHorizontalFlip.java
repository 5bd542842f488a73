package torch4j.vision.transforms;

import torch4j.Tensor;

/**
 * {@code transforms.RandomHorizontalFlip(p)}: mirrors left-right when {@code torch.rand(1) < p},
 * one draw from the global generator per call as torchvision draws.
 *
 * <pre>{@code
 * jshell> manualSeed(0); new RandomHorizontalFlip().apply(tensor(1., 2.).view(1, 1, 2))
 * $1 ==> tensor([[[2., 1.]]])
 * }</pre>
 */
public final class RandomHorizontalFlip implements Transform<Tensor, Tensor> {
    private final double p;

    public RandomHorizontalFlip() { this(0.5); }

    public RandomHorizontalFlip(double p) { this.p = p; }

    @Override
    public Tensor apply(Tensor img) { return RandomDraws.below(p) ? TF.hflip(img) : img; }

    @Override
    public String toString() { return "RandomHorizontalFlip(p=" + PyRepr.ofFloat(p) + ")"; }
}
