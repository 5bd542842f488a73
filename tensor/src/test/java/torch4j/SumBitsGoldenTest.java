package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * float32 {@code sum} and {@code mean} give PyTorch's bits: every case of
 * {@code golden/sum_bits/sum_bits.json} (written by gen_sum_bits.py beside it with real PyTorch
 * 1.13) — 1-D sizes 0 to 2^21, 2-D and 3-D and 4-D shapes, transposed, permuted, sliced,
 * offset and expanded views, every dim set with and without keepdim, and PyTorch's thread counts
 * 1 to 16 (which change the order from 32768 elements on) — must match to the bit.
 */
class SumBitsGoldenTest {
    private static final JsonObject GOLDEN = GoldenJson.load("/golden/sum_bits/sum_bits.json");

    @Test
    void everyCaseHasPyTorchsBits() {
        JsonArray cases = GOLDEN.getAsJsonArray("cases");
        int values = check(cases);
        assertTrue(cases.size() > 3000 && values > 1_000_000, "too few cases: " + cases.size() + " / " + values);
    }

    @Test
    void blockLoopsKeepPyTorchsBits() {
        // gen_sum_blocks.py: the vectorised block loops (long contiguous sums, wide column sums) on data
        // with runs of -0.0, where ATen's +0-started blocks and the Java loops could part ways
        JsonArray cases = GoldenJson.load("/golden/sum_bits/sum_blocks.json").getAsJsonArray("cases");
        assertEquals(90, cases.size());
        check(cases);
    }

    /** Runs every case, fails listing the first 20 that differ; returns the number of values compared. */
    private static int check(JsonArray cases) {
        List<String> failures = new ArrayList<>();
        int before = Torch.getNumThreads(), values = 0;
        try {
            for (JsonElement e : cases) {
                JsonObject c = e.getAsJsonObject();
                Torch.setNumThreads(c.get("threads").getAsInt());
                Tensor r = run(c);
                values += r.numel();
                String problem = compare(r, GoldenJson.longs(c.getAsJsonArray("shape")), c);
                if (problem != null) failures.add(describe(c) + ": " + problem);
            }
        } finally {
            Torch.setNumThreads(before);
            DATA.clear();
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " of " + cases.size() + " cases differ from PyTorch");
        return values;
    }

    @Test
    void tensorsNetLossesArePyTorchs() {
        // the "Learning PyTorch with Examples" tensors net (two layers, hand-written backward), seed 0;
        // repr(loss.item()) of its first 500 steps, every one of them a float32 sum of 640 squares
        JsonObject net = GoldenJson.load("/golden/sum_bits/tensors_net.json");
        JsonArray expected = net.getAsJsonArray("losses");
        Torch.manualSeed(net.get("seed").getAsLong());
        Tensor x = Torch.randn(64, 1000), y = Torch.randn(64, 10), w1 = Torch.randn(1000, 100), w2 = Torch.randn(100, 10);
        double lr = 1e-6;
        List<String> differ = new ArrayList<>();
        for (int t = 0; t < expected.size(); t++) {
            Tensor h = x.mm(w1), hRelu = h.clamp(0, Double.POSITIVE_INFINITY), yPred = hRelu.mm(w2);
            double loss = yPred.sub(y).pow(2).sum().item();
            if (loss != Double.parseDouble(expected.get(t).getAsString())) differ.add(t + ": " + loss + " vs " + expected.get(t).getAsString());
            Tensor gradYPred = yPred.sub(y).mul(2.0);
            Tensor gradW2 = hRelu.t().mm(gradYPred);
            Tensor gradH = gradYPred.mm(w2.t()).clone();
            gradH.set(h.lt(0), 0);
            Tensor gradW1 = x.t().mm(gradH);
            w1.sub_(gradW1.mul(lr));
            w2.sub_(gradW2.mul(lr));
        }
        assertEquals("29428664.0", expected.get(0).getAsString());
        assertEquals(List.of(), differ);
    }

    /** Inputs by kind, size and seed: the thread-count variants of a case share one. */
    private static final java.util.Map<String, Tensor> DATA = new java.util.HashMap<>();

    private static Tensor run(JsonObject c) {
        long[] base = GoldenJson.longs(c.getAsJsonArray("base"));
        long numel = 1;
        for (long s : base) numel *= s;
        int n = (int) numel;
        String key = c.get("kind").getAsString() + "/" + n + "/" + c.get("seed").getAsLong();
        Tensor x = DATA.computeIfAbsent(key, k -> SumBitsData.of(c.get("kind").getAsString(), n, c.get("seed").getAsLong()))
                .reshape(base);
        for (JsonElement step : c.getAsJsonArray("steps")) x = SumBitsData.view(x, step.getAsJsonArray());
        boolean mean = c.get("op").getAsString().equals("mean");
        if (c.get("dims").isJsonNull()) return mean ? x.mean() : x.sum();
        long[] dims = GoldenJson.longs(c.getAsJsonArray("dims"));
        boolean keepdim = c.get("keepdim").getAsBoolean();
        return mean ? x.mean(dims, keepdim) : x.sum(dims, keepdim);
    }

    /**
     * Every value's bits against PyTorch's: listed values one by one (NaN as any NaN), or for a
     * large result the listed sample one by one and the SHA-256 of all float32 bits (little-endian).
     */
    private static String compare(Tensor r, long[] shape, JsonObject c) {
        if (r.dtype() != DType.FLOAT32) return "dtype " + r.dtype();
        if (!java.util.Arrays.equals(r.shape().toLongArray(), shape)) return "shape " + r.shape();
        double[] actual = r.contiguous().toDoubleArray();
        if (c.has("values")) {
            double[] expected = GoldenJson.doubles(c.getAsJsonArray("values"));
            for (int i = 0; i < actual.length; i++) {
                String p = compare(i, (float) actual[i], (float) expected[i]);
                if (p != null) return p;
            }
            return null;
        }
        for (var e : c.getAsJsonObject("sample").entrySet()) {
            int i = Integer.parseInt(e.getKey());
            String p = compare(i, (float) actual[i], (float) GoldenJson.parseFloat(e.getValue()));
            if (p != null) return p;
        }
        ByteBuffer bits = ByteBuffer.allocate(4 * actual.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : actual) bits.putFloat((float) v);
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bits.array()));
            return sha.equals(c.get("sha256").getAsString()) ? null : "SHA-256 of the " + actual.length + " values differs";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String compare(int i, float a, float b) {
        boolean same = Float.isNaN(b) ? Float.isNaN(a) : Float.floatToRawIntBits(a) == Float.floatToRawIntBits(b);
        return same ? null : "element " + i + ": " + Float.toHexString(a) + " vs PyTorch's " + Float.toHexString(b);
    }

    private static String describe(JsonObject c) {
        return c.get("op").getAsString() + " " + c.get("kind").getAsString() + c.get("base") + c.get("steps")
                + " dims=" + c.get("dims") + " keepdim=" + c.get("keepdim") + " T=" + c.get("threads");
    }
}
