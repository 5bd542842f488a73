package torch4j.vision.utils;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.vision.transforms.TF;

/**
 * {@code torchvision.utils}: {@code make_grid} and {@code save_image} with torchvision 0.14's
 * semantics.
 *
 * <pre>{@code
 * jshell> var batch = rand(10, 1, 28, 28)
 * jshell> VisionUtils.makeGrid(batch, 5).shape()
 * $2 ==> torch.Size([3, 62, 152])
 * jshell> VisionUtils.saveImage(batch, "samples.png")
 * }</pre>
 */
public final class VisionUtils {
    private VisionUtils() {}

    /** {@code make_grid(tensor)}: 8 images per row, 2 pixels of padding. */
    public static Tensor makeGrid(Tensor tensor) { return makeGrid(tensor, new GridOptions()); }

    /** {@code make_grid(tensor, nrow)}. */
    public static Tensor makeGrid(Tensor tensor, int nrow) { return makeGrid(tensor, new GridOptions().nrow(nrow)); }

    /** {@code make_grid(tensor, nrow, padding)}. */
    public static Tensor makeGrid(Tensor tensor, int nrow, int padding) { return makeGrid(tensor, new GridOptions().nrow(nrow).padding(padding)); }

    /** {@code make_grid(list_of_images, ...)}: the images stacked into a batch first. */
    public static Tensor makeGrid(List<Tensor> images, GridOptions options) { return makeGrid(Torch.stack(images, 0), options); }

    /**
     * {@code make_grid(tensor, **options)}: a (B, C, H, W) batch (or one (C, H, W) / (H, W)
     * image) laid out as one (3, rows, cols) image, {@code nrow} per row. One-channel images
     * become three; a batch of one is returned as that image.
     */
    public static Tensor makeGrid(Tensor tensor, GridOptions options) {
        try (var ignored = Torch.noGrad()) {
            if (tensor.dim() == 2) tensor = tensor.unsqueeze(0);
            if (tensor.dim() == 3) {
                if (tensor.size(0) == 1) tensor = Torch.cat(List.of(tensor, tensor, tensor), 0);
                tensor = tensor.unsqueeze(0);
            }
            if (tensor.dim() == 4 && tensor.size(1) == 1) tensor = Torch.cat(List.of(tensor, tensor, tensor), 1);
            if (options.normalize) {
                tensor = tensor.clone();   // normalise a copy, never the caller's tensor
                if (options.scaleEach) {
                    for (long i = 0; i < tensor.size(0); i++) normRange(tensor.select(0, i), options.valueRange);
                } else {
                    normRange(tensor, options.valueRange);
                }
            }
            if (tensor.size(0) == 1) return tensor.squeeze(0);
            int nmaps = (int) tensor.size(0), padding = options.padding;
            int xmaps = Math.min(options.nrow, nmaps);
            int ymaps = (int) Math.ceil((double) nmaps / xmaps);
            int height = (int) tensor.size(2) + padding, width = (int) tensor.size(3) + padding;
            long channels = tensor.size(1);
            Tensor grid = Torch.full(new long[]{channels, (long) height * ymaps + padding, (long) width * xmaps + padding}, options.padValue, tensor.dtype());
            int k = 0;
            for (int y = 0; y < ymaps && k < nmaps; y++) {
                for (int x = 0; x < xmaps && k < nmaps; x++, k++) {
                    grid.narrow(1, (long) y * height + padding, height - padding).narrow(2, (long) x * width + padding, width - padding).copy_(tensor.get(k));
                }
            }
            return grid;
        }
    }

    /** {@code norm_range}: clamp to (low, high), then map to [0, 1], in place. */
    private static void normRange(Tensor t, double[] range) {
        double low = range != null ? range[0] : t.min().item(), high = range != null ? range[1] : t.max().item();
        t.clamp_(low, high);
        t.sub_(low).div_(Math.max(high - low, 1e-5));
    }

    /** {@code save_image(tensor, fp)}: the grid of a batch, or the image, as a file; the format comes from the extension. */
    public static void saveImage(Tensor tensor, String fp) { saveImage(tensor, Path.of(fp), null, new GridOptions()); }

    /** {@code save_image(tensor, fp, **options)}. */
    public static void saveImage(Tensor tensor, String fp, GridOptions options) { saveImage(tensor, Path.of(fp), null, options); }

    /**
     * {@code save_image(tensor, fp, format, **options)}: the grid's [0, 1] floats become uint8 as
     * torchvision rounds them ({@code mul(255).add_(0.5).clamp_(0, 255)}, then truncation). The
     * file is written to a temporary file beside it and renamed over it, so a reader never sees
     * half an image. {@code format} null takes it from the extension (png, jpg/jpeg, bmp, gif, tif/tiff).
     */
    public static void saveImage(Tensor tensor, Path fp, String format, GridOptions options) {
        BufferedImage image = toImage(tensor, options);
        String name = format != null ? format : formatOf(fp);
        Path target = fp.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(image, name, out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the rename went through or the write failed first: nothing left to clean
                }
            }
        }
    }

    /** {@code save_image(tensor, file_object, format=...)}: to a stream, in the named format. */
    public static void saveImage(Tensor tensor, OutputStream out, String format, GridOptions options) {
        try {
            write(toImage(tensor, options), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 8-bit image {@code save_image} writes. */
    static BufferedImage toImage(Tensor tensor, GridOptions options) {
        try (var ignored = Torch.noGrad()) {
            Tensor grid = makeGrid(tensor, options);
            Tensor bytes = grid.mul(255).add_(0.5).clamp_(0, 255).to(DType.UINT8);
            return TF.toPILImage(bytes);
        }
    }

    private static void write(BufferedImage image, String format, OutputStream out) throws IOException {
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalArgumentException("cannot write a " + image.getColorModel().getNumComponents() + "-channel image as " + format);
        }
    }

    private static String formatOf(Path fp) {
        String name = fp.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) throw new IllegalArgumentException("unknown file extension: " + name + " (give the format)");
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "jpg", "jpeg" -> "jpeg";
            case "tif", "tiff" -> "tiff";
            default -> ext;
        };
    }
}
