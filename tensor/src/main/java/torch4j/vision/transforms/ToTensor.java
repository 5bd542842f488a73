package torch4j.vision.transforms;

import torch4j.Tensor;

/**
 * {@code transforms.ToTensor}: a {@link java.awt.image.BufferedImage} (torchvision's PIL image) or a
 * Java array laid out (H, W, C) becomes a (C, H, W) tensor; 8-bit pixels (and byte arrays) are
 * scaled to float32 in [0, 1].
 *
 * <pre>{@code
 * jshell> new ToTensor().apply(javax.imageio.ImageIO.read(new File("digit.png"))).shape()
 * $1 ==> torch.Size([1, 28, 28])
 * }</pre>
 */
public final class ToTensor implements Transform<Object, Tensor> {
    @Override
    public Tensor apply(Object pic) { return ImageConversion.toTensor(pic); }

    @Override
    public String toString() { return "ToTensor()"; }
}
