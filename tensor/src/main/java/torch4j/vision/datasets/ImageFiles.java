package torch4j.vision.datasets;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import torch4j.Torch;
import torch4j.vision.transforms.TF;

/**
 * Reading image files: what javax.imageio reads (PNG, JPEG, BMP, GIF, TIFF, WBMP) plus the
 * binary and ASCII PGM/PPM formats torchvision lists among its extensions, which the JDK lacks.
 * (JPEG pixels can differ slightly from PIL's: the two decoders round differently.)
 */
final class ImageFiles {
    private ImageFiles() {}

    static BufferedImage read(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".ppm") || name.endsWith(".pgm") || name.endsWith(".pnm")) return readPnm(Files.readAllBytes(path), path.toString());
        BufferedImage img = ImageIO.read(path.toFile());
        if (img == null) throw new IOException("cannot identify image file '" + path + "' (no javax.imageio reader for it)");
        return img;
    }

    /** P2/P5 (grey) and P3/P6 (RGB) with a maximum value of 255. */
    static BufferedImage readPnm(byte[] data, String name) throws IOException {
        int[] pos = {0};
        String magic = token(data, pos);
        if (!magic.matches("P[2356]")) throw new IOException(name + ": not a PGM/PPM file (" + magic + ")");
        int width = Integer.parseInt(token(data, pos)), height = Integer.parseInt(token(data, pos)), max = Integer.parseInt(token(data, pos));
        if (max != 255) throw new IOException(name + ": torch4j reads 8-bit PGM/PPM (maximum 255), this one's maximum is " + max);
        boolean rgb = magic.equals("P3") || magic.equals("P6"), binary = magic.equals("P5") || magic.equals("P6");
        int channels = rgb ? 3 : 1, n = width * height * channels;
        byte[] hwc = new byte[n];
        if (binary) {
            int start = pos[0] + 1;   // one whitespace byte after the maximum
            if (data.length - start < n) throw new IOException(name + ": truncated image data");
            System.arraycopy(data, start, hwc, 0, n);
        } else {
            for (int i = 0; i < n; i++) hwc[i] = (byte) Integer.parseInt(token(data, pos));
        }
        return TF.toPILImage(Torch.fromUnsigned(hwc).view(height, width, channels).permute(2, 0, 1));
    }

    /** The next whitespace-separated token, skipping {@code #} comments. */
    private static String token(byte[] data, int[] pos) throws IOException {
        int i = pos[0];
        while (i < data.length) {
            if (data[i] == '#') {
                while (i < data.length && data[i] != '\n') i++;
            } else if (Character.isWhitespace(data[i])) {
                i++;
            } else {
                break;
            }
        }
        int start = i;
        while (i < data.length && !Character.isWhitespace(data[i])) i++;
        if (start == i) throw new IOException("unexpected end of PGM/PPM header");
        pos[0] = i;
        return new String(data, start, i - start, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
