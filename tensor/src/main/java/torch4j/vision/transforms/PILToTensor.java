package torch4j.vision.transforms;

import java.awt.image.BufferedImage;
import torch4j.Tensor;

/**
 * {@code transforms.PILToTensor}: the image's pixels unscaled, as a uint8 (C, H, W) tensor.
 *
 * <pre>{@code
 * jshell> new PILToTensor().apply(new BufferedImage(4, 3, BufferedImage.TYPE_3BYTE_BGR)).shape()
 * $1 ==> torch.Size([3, 3, 4])
 * }</pre>
 */
public final class PILToTensor implements Transform<BufferedImage, Tensor> {
    @Override
    public Tensor apply(BufferedImage pic) { return ImageConversion.pilToTensor(pic); }

    @Override
    public String toString() { return "PILToTensor()"; }
}
