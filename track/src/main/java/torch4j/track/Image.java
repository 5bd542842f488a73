package torch4j.track;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import torch4j.Tensor;
import torch4j.vision.transforms.TF;

/**
 * An image to log or to put in a {@link Table} ({@code wandb.Image}): from a tensor (H×W,
 * 1×H×W or 3×H×W; floats in [0, 1] or uint8, converted as torchvision's {@code to_pil_image})
 * or a {@link BufferedImage}; kept as PNG bytes, stored once by their SHA-256. A notebook shows
 * it as a picture.
 *
 * <pre>{@code
 * jshell> run.log(Map.of("sample", Image.of(x.get(0), "a seven")));
 * }</pre>
 */
public final class Image {
    private final byte[] png;
    private final String caption;
    private final int width, height;

    private Image(byte[] png, String caption, int width, int height) {
        this.png = png;
        this.caption = caption;
        this.width = width;
        this.height = height;
    }

    /** An image of a tensor or a BufferedImage, without a caption. */
    public static Image of(Object image) { return of(image, null); }

    /** An image of a tensor or a BufferedImage with a caption. */
    public static Image of(Object image, String caption) {
        BufferedImage img = switch (image) {
            case BufferedImage b -> b;
            case Tensor t -> TF.toPILImage(t.detach().cpu());
            case Image i -> i.toBufferedImage();
            case null -> throw new IllegalArgumentException("Image.of needs a tensor or a BufferedImage, got null");
            default -> throw new IllegalArgumentException("Image.of needs a tensor or a BufferedImage, got " + image.getClass().getName());
        };
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Image(out.toByteArray(), caption, img.getWidth(), img.getHeight());
    }

    /** An image read back from its PNG bytes. */
    static Image ofPng(byte[] png, String caption) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            if (img == null) throw new IllegalArgumentException("not a PNG image");
            return new Image(png, caption, img.getWidth(), img.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG bytes. */
    public byte[] png() { return png.clone(); }

    /** The caption, or null. */
    public String caption() { return caption; }

    /** Width in pixels. */
    public int width() { return width; }

    /** Height in pixels. */
    public int height() { return height; }

    /** The picture. */
    public BufferedImage toBufferedImage() {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the PNG bytes: equal pictures are stored once. */
    public String sha256() { return AtomicFiles.sha256(png); }

    @Override public boolean equals(Object o) {
        return o instanceof Image i && java.util.Arrays.equals(png, i.png) && java.util.Objects.equals(caption, i.caption);
    }

    @Override public int hashCode() { return java.util.Arrays.hashCode(png); }

    @Override public String toString() {
        return "<Image " + width + "x" + height + (caption == null ? "" : " '" + caption + "'") + ">";
    }
}
