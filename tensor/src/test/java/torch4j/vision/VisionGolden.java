package torch4j.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The golden file {@code golden/vision/gen_vision.py} writes from torchvision 0.14 / PyTorch 1.13:
 * tensors as base64 of their little-endian bytes plus a SHA-256 of those bytes.
 */
public final class VisionGolden {
    private static final String DIR = "/golden/vision/";
    private static JsonObject root;

    private VisionGolden() {}

    public static synchronized JsonObject root() {
        if (root == null) {
            try (InputStream in = new GZIPInputStream(resource("vision.json.gz")); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                root = JsonParser.parseReader(r).getAsJsonObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    public static InputStream resource(String name) {
        InputStream in = VisionGolden.class.getResourceAsStream(DIR + name);
        if (in == null) throw new IllegalStateException("missing test resource " + DIR + name);
        return in;
    }

    /** A resource under golden/vision as a file (it is one in target/test-classes). */
    public static Path path(String name) {
        try {
            return Path.of(VisionGolden.class.getResource(DIR + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static BufferedImage image(String name) {
        try (InputStream in = resource("images/" + name + ".png")) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonObject> section(String name) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : root().getAsJsonArray(name)) out.add(e.getAsJsonObject());
        return out;
    }

    public static DType dtype(String name) {
        return switch (name) {
            case "float32" -> DType.FLOAT32;
            case "float64" -> DType.FLOAT64;
            case "uint8" -> DType.UINT8;
            case "int8" -> DType.INT8;
            case "int16" -> DType.INT16;
            case "int32" -> DType.INT32;
            case "int64" -> DType.INT64;
            case "bool" -> DType.BOOL;
            default -> throw new IllegalArgumentException(name);
        };
    }

    public static long[] shape(JsonObject t) {
        JsonArray a = t.getAsJsonArray("shape");
        long[] s = new long[a.size()];
        for (int i = 0; i < s.length; i++) s[i] = a.get(i).getAsLong();
        return s;
    }

    /** The tensor an encoded record holds (needs its data). */
    public static Tensor tensor(JsonObject t) {
        if (!t.has("data")) throw new IllegalArgumentException("this golden tensor carries only its digest");
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(t.get("data").getAsString())).order(ByteOrder.LITTLE_ENDIAN);
        long[] shape = shape(t);
        DType dtype = dtype(t.get("dtype").getAsString());
        Tensor flat = switch (dtype) {
            case FLOAT32 -> { float[] a = new float[b.remaining() / 4]; b.asFloatBuffer().get(a); yield Torch.from(a); }
            case FLOAT64 -> { double[] a = new double[b.remaining() / 8]; b.asDoubleBuffer().get(a); yield Torch.from(a); }
            case INT64 -> { long[] a = new long[b.remaining() / 8]; b.asLongBuffer().get(a); yield Torch.from(a); }
            case INT32 -> { int[] a = new int[b.remaining() / 4]; b.asIntBuffer().get(a); yield Torch.from(a); }
            case INT16 -> { short[] a = new short[b.remaining() / 2]; b.asShortBuffer().get(a); yield Torch.from(a); }
            case UINT8 -> { byte[] a = new byte[b.remaining()]; b.get(a); yield Torch.fromUnsigned(a); }
            default -> throw new IllegalArgumentException(dtype.toString());
        };
        return flat.reshape(shape);
    }

    /** A tensor's values as the generator hashes them: contiguous little-endian bytes. */
    public static byte[] bytes(Tensor t) {
        t = t.contiguous();
        int n = (int) t.numel();
        ByteBuffer b = ByteBuffer.allocate(n * t.elementSize()).order(ByteOrder.LITTLE_ENDIAN);
        switch (t.dtype()) {
            case FLOAT32 -> { for (float v : t.toFloatArray()) b.putFloat(v); }
            case FLOAT64 -> { for (double v : t.toDoubleArray()) b.putDouble(v); }
            case INT64 -> { for (long v : t.toLongArray()) b.putLong(v); }
            case INT32 -> { for (int v : t.toIntArray()) b.putInt(v); }
            case INT16 -> { for (long v : t.toLongArray()) b.putShort((short) v); }
            case UINT8, INT8 -> { for (long v : t.toLongArray()) b.put((byte) v); }
            case BOOL -> { for (boolean v : t.toBooleanArray()) b.put((byte) (v ? 1 : 0)); }
        }
        return b.array();
    }

    public static String sha256(Tensor t) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(t)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bit-for-bit equality with a golden tensor: shape, dtype and the digest of the bytes. */
    public static void assertExact(JsonObject expected, Tensor actual, String what) {
        assertEquals(torch4j.Size.of(shape(expected)).toString(), actual.shape().toString(), what + ": shape");
        assertEquals(expected.get("dtype").getAsString(), actual.dtype().pyName(), what + ": dtype");
        if (!expected.get("sha256").getAsString().equals(sha256(actual))) {
            String detail = "";
            if (expected.has("data")) {
                Tensor e = tensor(expected).toDouble(), a = actual.toDouble();
                Tensor diff = e.sub(a).abs();
                detail = " (" + diff.gt(0).sum().longValue() + " of " + e.numel() + " values differ, by up to " + diff.max().item() + ")";
            }
            fail(what + ": not bit-identical to torchvision" + detail);
        }
    }

    /**
     * Equality within {@code tol} (absolute) with a golden tensor that carries its values: for ops
     * whose PyTorch result depends on a reduction's grouping (see gen_vision.py's MEAN_CASES).
     */
    public static void assertClose(JsonObject expected, Tensor actual, double tol, String what) {
        assertEquals(torch4j.Size.of(shape(expected)).toString(), actual.shape().toString(), what + ": shape");
        assertEquals(expected.get("dtype").getAsString(), actual.dtype().pyName(), what + ": dtype");
        double worst = tensor(expected).toDouble().sub(actual.toDouble()).abs().max().item();
        if (!(worst <= tol)) fail(what + ": differs from torchvision by " + worst + " (tolerance " + tol + ")");
    }

    /** The hex floats of {@code after}: the next torch.rand(3) of the global generator. */
    public static void assertStream(JsonObject rec, String what) {
        JsonArray after = rec.getAsJsonArray("after");
        float[] next = Torch.rand(3).toFloatArray();
        for (int i = 0; i < next.length; i++) {
            assertEquals(Double.parseDouble(after.get(i).getAsString()), next[i], 0.0, what + ": global stream after");
        }
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("torch4j-vision");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
