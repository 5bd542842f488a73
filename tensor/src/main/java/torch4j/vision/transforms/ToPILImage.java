package torch4j.vision.transforms;

import java.awt.image.BufferedImage;

/**
 * {@code transforms.ToPILImage(mode)}: a (C, H, W) tensor or (H, W, C) array as an 8-bit
 * {@link BufferedImage} (1 channel L, 2 LA, 3 RGB, 4 RGBA); float values are multiplied by 255
 * and cast to uint8 as PyTorch casts.
 *
 * <pre>{@code
 * jshell> new ToPILImage().apply(rand(3, 8, 8)).getType() == BufferedImage.TYPE_3BYTE_BGR
 * $1 ==> true
 * }</pre>
 */
public final class ToPILImage implements Transform<Object, BufferedImage> {
    private final String mode;

    public ToPILImage() { this(null); }

    /** With PIL's mode name ("L", "LA", "RGB", "RGBA"), checked against the channels. */
    public ToPILImage(String mode) { this.mode = mode; }

    @Override
    public BufferedImage apply(Object pic) { return ImageConversion.toPILImage(pic, mode); }

    @Override
    public String toString() { return "ToPILImage(" + (mode != null ? "mode=" + mode : "") + ")"; }
}
