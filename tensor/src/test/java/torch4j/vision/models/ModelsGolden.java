package torch4j.vision.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import torch4j.Tensor;

/**
 * Reads {@code golden/models/models.json} (written by {@code gen_models.py} there) and compares
 * tensors with its checksums and values.
 */
final class ModelsGolden {
    private ModelsGolden() {}

    static JsonObject load() {
        try (InputStream in = ModelsGolden.class.getResourceAsStream("/golden/models/models.json")) {
            if (in == null) throw new IllegalStateException("missing test resource golden/models/models.json");
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long[] longs(JsonArray a) {
        long[] s = new long[a.size()];
        for (int i = 0; i < s.length; i++) s[i] = a.get(i).getAsLong();
        return s;
    }

    static float[] floats(JsonArray a) {
        float[] v = new float[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = (float) a.get(i).getAsDouble();   // 9 significant digits round-trip a float32
        return v;
    }

    /** sum, sum of squares (float64) and the first two and last values of a tensor, without copying a 100M-element one whole. */
    static double[] stats(Tensor t) {
        Tensor flat = t.detach().reshape(-1);
        long n = flat.numel();
        double sum = 0, sumsq = 0;
        boolean float32 = t.dtype() == torch4j.DType.FLOAT32;   // read float32 as floats: half the copying of a VGG's 138M weights
        for (long start = 0; start < n; start += 1 << 20) {
            Tensor chunk = flat.narrow(0, start, Math.min(1 << 20, n - start));
            if (float32) {
                for (float f : chunk.toFloatArray()) {
                    sum += f;
                    sumsq += (double) f * f;
                }
            } else {
                for (double f : chunk.toDoubleArray()) {
                    sum += f;
                    sumsq += f * f;
                }
            }
        }
        double[] head = flat.narrow(0, 0, Math.min(2, n)).toDoubleArray();
        double last = flat.narrow(0, n - 1, 1).toDoubleArray()[0];
        return new double[] {sum, sumsq, head.length > 0 ? head[0] : Double.NaN, head.length > 1 ? head[1] : Double.NaN, last};
    }

    /**
     * A checksum record {@code [key, shape, dtype, sum, sumsq, first, second, last]} (or
     * {@code [key, shape, dtype, values...]} for an integer tensor) against {@code t}. When
     * {@code exact} (initial weights: PyTorch's draws) the values must be equal bit for bit and the
     * sums within 1e-9 of their scale sqrt(n·Σx²) (float64 sums in another order). Otherwise the sums
     * within {@code rel} of that scale and the values within {@code rel} of the entry's RMS plus their
     * own size, with an absolute floor of 1e-6 per element: BatchNorm's running mean after a BatchNorm
     * is float32 noise around 0 (1e-10) that no relative bound fits.
     */
    static void assertChecksum(JsonArray rec, Tensor t, boolean exact, double rel, String what) {
        String key = rec.get(0).getAsString();
        assertEquals(java.util.Arrays.toString(longs(rec.get(1).getAsJsonArray())), java.util.Arrays.toString(t.shape().toLongArray()), what + " " + key + " shape");
        assertEquals(rec.get(2).getAsString(), t.dtype().toString().replace("torch.", ""), what + " " + key + " dtype");
        if (!t.isFloatingPoint()) {
            long[] v = t.reshape(-1).toLongArray();
            for (int i = 3; i < rec.size(); i++) assertEquals(rec.get(i).getAsLong(), v[i - 3], what + " " + key);
            return;
        }
        double[] s = stats(t);
        double sum = rec.get(3).getAsDouble(), sumsq = rec.get(4).getAsDouble();
        long n = t.numel();
        double floor = exact ? 0 : 1e-6;
        double sumScale = Math.sqrt(n * sumsq);   // |Σx| ≤ sqrt(n·Σx²)
        double sumTol = (exact ? 1e-9 : rel) * sumScale + floor * Math.sqrt(n) + Double.MIN_NORMAL;
        assertTrue(Math.abs(s[0] - sum) <= sumTol, what + " " + key + " sum " + s[0] + " vs " + sum);
        double sumsqTol = (exact ? 1e-9 : 2 * rel) * sumsq + floor * floor * n + Double.MIN_NORMAL;
        assertTrue(Math.abs(s[1] - sumsq) <= sumsqTol, what + " " + key + " sumsq " + s[1] + " vs " + sumsq);
        double rms = Math.sqrt(sumsq / Math.max(1, n));
        boolean float32 = t.dtype() == torch4j.DType.FLOAT32;
        for (int i = 0; i < 3; i++) {
            double expected = rec.get(5 + i).getAsDouble();
            double actual = s[2 + i];
            if (exact && float32) assertEquals((float) expected, (float) actual, 0f, what + " " + key + " value " + i);
            else if (exact) assertEquals(expected, actual, 0.0, what + " " + key + " value " + i);
            else assertTrue(Math.abs(actual - expected) <= rel * (rms + Math.abs(expected)) + floor,
                    what + " " + key + " value " + i + ": " + actual + " vs " + expected);
        }
    }

    /**
     * Elementwise: |a − b| ≤ rel·(max|b| + |b|): float32 convolutions and matrix products sum in
     * another order than PyTorch's, and errors relative to each output's scale are what grow
     * through deep networks.
     */
    static double maxError(JsonElement expected, Tensor actual, String what) {
        JsonObject o = expected.getAsJsonObject();
        assertEquals(java.util.Arrays.toString(longs(o.getAsJsonArray("shape"))), java.util.Arrays.toString(actual.shape().toLongArray()), what + " shape");
        float[] b = floats(o.getAsJsonArray("values"));
        float[] a = actual.detach().contiguous().toFloatArray();
        double maxAbs = 0;
        for (float v : b) maxAbs = Math.max(maxAbs, Math.abs(v));
        double worst = 0;
        for (int i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / (maxAbs + Math.abs(b[i])));
        return worst;
    }
}
