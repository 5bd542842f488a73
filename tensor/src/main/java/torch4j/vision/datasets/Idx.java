package torch4j.vision.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The IDX format of MNIST's files ({@code read_sn3_pascalvincent_tensor}): a big-endian magic
 * (type code × 256 + rank), the sizes, then the values, big-endian.
 */
final class Idx {
    private Idx() {}

    static Tensor read(Path path) throws IOException {
        byte[] data;
        if (path.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                data = in.readAllBytes();
            }
        } else {
            data = Files.readAllBytes(path);
        }
        return parse(data, path.toString());
    }

    static Tensor parse(byte[] data, String name) {
        if (data.length < 4) throw new IllegalArgumentException(name + " is not an IDX file: " + data.length + " bytes");
        ByteBuffer buf = ByteBuffer.wrap(data);   // big-endian, as the format
        int magic = buf.getInt();
        int nd = magic % 256, ty = magic / 256;
        if (nd < 1 || nd > 3 || ty < 8 || ty > 14 || ty == 10)
            throw new IllegalArgumentException(name + " is not an IDX file (magic number " + magic + ")");
        long[] shape = new long[nd];
        long n = 1;
        for (int i = 0; i < nd; i++) {
            shape[i] = Integer.toUnsignedLong(buf.getInt());
            n *= shape[i];
        }
        DType dtype = switch (ty) {
            case 8 -> DType.UINT8;
            case 9 -> DType.INT8;
            case 11 -> DType.INT16;
            case 12 -> DType.INT32;
            case 13 -> DType.FLOAT32;
            default -> DType.FLOAT64;
        };
        int header = 4 * (nd + 1);
        long available = (data.length - header) / dtype.itemSize();
        if (available < n) throw new IllegalArgumentException(name + " holds " + available + " values, its header promises " + n);
        int count = Math.toIntExact(n);
        Tensor flat = switch (dtype) {
            // uint8 (MNIST's images) stays a view on the file's bytes: no copy of 47 MB
            case UINT8 -> Torch.fromUnsigned(data).narrow(0, header, count);
            case INT8 -> Torch.fromUnsigned(data).narrow(0, header, count).to(DType.INT8);
            case INT16 -> { short[] a = new short[count]; buf.asShortBuffer().get(a); yield Torch.from(a); }
            case INT32 -> { int[] a = new int[count]; buf.asIntBuffer().get(a); yield Torch.from(a); }
            case FLOAT32 -> { float[] a = new float[count]; buf.asFloatBuffer().get(a); yield Torch.from(a); }
            default -> { double[] a = new double[count]; buf.asDoubleBuffer().get(a); yield Torch.from(a); }
        };
        return flat.view(shape);
    }

    /** {@code read_image_file}: uint8, (N, H, W). */
    static Tensor readImages(Path path) throws IOException { return images(read(path), path.toString()); }

    static Tensor images(Tensor x, String name) {
        if (x.dtype() != DType.UINT8) throw new IllegalArgumentException("x should be of dtype torch.uint8 instead of " + x.dtype() + " (" + name + ")");
        if (x.dim() != 3) throw new IllegalArgumentException("x should have 3 dimension instead of " + x.dim() + " (" + name + ")");
        return x;
    }

    /** {@code read_label_file}: uint8, (N,), as int64. */
    static Tensor readLabels(Path path) throws IOException { return labels(read(path), path.toString()); }

    static Tensor labels(Tensor x, String name) {
        if (x.dtype() != DType.UINT8) throw new IllegalArgumentException("x should be of dtype torch.uint8 instead of " + x.dtype() + " (" + name + ")");
        if (x.dim() != 1) throw new IllegalArgumentException("x should have 1 dimension instead of " + x.dim() + " (" + name + ")");
        return x.toLong();
    }
}
