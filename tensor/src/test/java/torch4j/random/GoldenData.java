package torch4j.random;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The golden streams written by {@code golden/rng/gen_rng.py} from real PyTorch 1.13. */
final class GoldenData {
    static final String SMALL = "/golden/rng/rng_golden.json";
    static final String LARGE = "/golden/rng/rng_large.json.gz";

    /** One recorded case: seeds, then steps run in order. */
    record Case(String name, long seed, Long seedG, List<JsonObject> steps) {}

    private GoldenData() {}

    static List<Case> load(String resource) {
        try (InputStream raw = GoldenData.class.getResourceAsStream(resource)) {
            if (raw == null) throw new IllegalStateException("missing test resource " + resource);
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
                List<Case> cases = new ArrayList<>();
                for (JsonElement c : root.getAsJsonArray("cases")) {
                    JsonObject o = c.getAsJsonObject();
                    JsonElement seedG = o.get("seed_g");
                    List<JsonObject> steps = new ArrayList<>();
                    for (JsonElement s : o.getAsJsonArray("steps")) steps.add(s.getAsJsonObject());
                    cases.add(new Case(o.get("name").getAsString(), asSeed(o.get("seed")),
                            seedG == null || seedG.isJsonNull() ? null : asSeed(seedG), steps));
                }
                return cases;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Python int in [-2^63, 2^64) as the 64-bit pattern PyTorch stores. */
    static long asSeed(JsonElement e) {
        return new BigInteger(e.getAsString()).longValue();
    }

    static float[] f32(String hex) {
        float[] out = new float[hex.length() / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(hex, 8 * i, 8 * i + 8, 16));
        }
        return out;
    }

    static double[] f64(String hex) {
        double[] out = new double[hex.length() / 16];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16 * i, 16 * i + 16, 16));
        }
        return out;
    }

    static long[] ints(JsonArray a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = new BigInteger(a.get(i).getAsString()).longValue();
        return out;
    }

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
