package torch4j.golden;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/** The golden file written by {@code golden/rngapps/gen_rngapps.py} from real PyTorch 1.13. */
public final class RngAppsGolden {
    private static final String RESOURCE = "/golden/rngapps/rngapps_golden.json";
    private static JsonObject root;

    private RngAppsGolden() {}

    public static synchronized JsonObject root() {
        if (root == null) {
            try (InputStream in = RngAppsGolden.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing test resource " + RESOURCE);
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    root = JsonParser.parseReader(r).getAsJsonObject();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    public static List<JsonObject> section(String name) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : root().getAsJsonArray(name)) out.add(e.getAsJsonObject());
        return out;
    }

    public static JsonObject error(String label) {
        for (JsonObject e : section("errors")) {
            if (e.get("label").getAsString().equals(label)) return e;
        }
        throw new IllegalArgumentException("no golden error " + label);
    }

    public static DType dtype(JsonObject rec) {
        return rec.get("dtype").getAsString().equals("torch.float64") ? DType.FLOAT64 : DType.FLOAT32;
    }

    public static long[] longs(JsonArray a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsLong();
        return out;
    }

    public static long[] shape(JsonObject rec) {
        return longs(rec.getAsJsonArray("shape"));
    }

    /** A tensor's values as the big-endian hex words the generator writes. */
    public static String bits(Tensor t) {
        StringBuilder sb = new StringBuilder();
        if (t.dtype() == DType.FLOAT32) {
            for (float v : t.toFloatArray()) sb.append(String.format("%08x", Float.floatToRawIntBits(v)));
        } else {
            for (double v : t.toDoubleArray()) sb.append(String.format("%016x", Double.doubleToRawLongBits(v)));
        }
        return sb.toString();
    }

    /** The hex of the next {@code torch.rand(3)} from the global generator. */
    public static String nextRand() {
        return bits(Torch.rand(3));
    }

    public static double[] values(String hex, DType dtype) {
        int w = dtype == DType.FLOAT32 ? 8 : 16;
        double[] out = new double[hex.length() / w];
        for (int i = 0; i < out.length; i++) {
            String word = hex.substring(w * i, w * i + w);
            out[i] = w == 8 ? Float.intBitsToFloat(Integer.parseUnsignedInt(word, 16))
                    : Double.longBitsToDouble(Long.parseUnsignedLong(word, 16));
        }
        return out;
    }
}
