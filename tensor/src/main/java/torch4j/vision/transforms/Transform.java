package torch4j.vision.transforms;

import java.util.function.Function;

/**
 * A transform, torchvision's callable: {@code apply(image)} returns the transformed image. Image
 * transforms work on (..., C, H, W) tensors (torchvision's tensor path); {@link ToTensor} and
 * {@link PILToTensor} turn a {@link java.awt.image.BufferedImage} into one, so put one of them
 * first in a {@link Compose}. {@code toString()} is torchvision's repr. Any lambda is a transform.
 *
 * <pre>{@code
 * jshell> Transform<Tensor, Tensor> t = new Normalize(new double[]{0.5}, new double[]{0.5});
 * jshell> t.apply(ones(1, 2, 2))
 * $2 ==> tensor([[[1., 1.],
 *                 [1., 1.]]])
 * }</pre>
 *
 * @param <I> what it takes
 * @param <O> what it returns
 */
@FunctionalInterface
public interface Transform<I, O> extends Function<I, O> {
    /** The transformed input ({@code t(img)}). */
    @Override
    O apply(I input);
}
