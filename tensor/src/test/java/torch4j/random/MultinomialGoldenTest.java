package torch4j.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.golden.RngAppsGolden;

/** torch.multinomial and Tensor.exponential_ against PyTorch 1.13's CPU draws (golden/data/gen_data.py). */
class MultinomialGoldenTest {
    private static JsonObject root;

    private static synchronized List<JsonObject> section(String name) {
        if (root == null) {
            try (InputStream in = MultinomialGoldenTest.class.getResourceAsStream("/golden/data/data.json")) {
                root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray(name)) out.add(e.getAsJsonObject());
        return out;
    }

    private static JsonObject error(String label) {
        return section("errors").stream().filter(e -> e.get("label").getAsString().equals(label)).findFirst().orElseThrow();
    }

    private static Generator generator(JsonObject rec) {
        return rec.get("gen_seed").isJsonNull() ? null : new Generator().manualSeed(rec.get("gen_seed").getAsLong());
    }

    private static String after(Generator g) {
        return RngAppsGolden.bits(Torch.rand(new long[] {3}, g));
    }

    private static double[] doublesFromHex(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = Double.parseDouble(a.get(i).getAsString()); // Java reads float.hex()
        return out;
    }

    @TestFactory
    Stream<DynamicTest> exponentialMatchesPyTorch() {
        return section("exponential").stream().map(rec -> DynamicTest.dynamicTest(
                rec.get("dtype") + " lambd=" + rec.get("lambd") + " shape=" + rec.get("shape") + " t=" + rec.get("transposed")
                        + " g=" + rec.get("gen_seed") + " seed=" + rec.get("seed"),
                () -> {
                    Torch.manualSeed(rec.get("seed").getAsLong());
                    Generator g = generator(rec);
                    long[] shape = RngAppsGolden.longs(rec.getAsJsonArray("shape"));
                    Tensor t = Torch.empty(shape, DType.of(rec.get("dtype").getAsString()));
                    if (rec.get("transposed").getAsBoolean()) t = t.t();
                    double lambd = rec.get("lambd").getAsDouble();
                    Tensor r = g == null ? t.exponential_(lambd) : t.exponential_(lambd, g);
                    assertEquals(rec.get("bits").getAsString(), RngAppsGolden.bits(r.contiguous()));
                    assertEquals(rec.get("after").getAsString(), after(null));
                    if (g != null) assertEquals(rec.get("after_g").getAsString(), after(g));
                }));
    }

    @TestFactory
    Stream<DynamicTest> multinomialMatchesPyTorch() {
        return section("multinomial").stream().map(rec -> DynamicTest.dynamicTest(
                rec.get("dtype") + " n=" + rec.get("n") + " repl=" + rec.get("replacement") + " w=" + rec.get("weights").toString().length()
                        + " t=" + rec.get("transposed") + " g=" + rec.get("gen_seed") + " seed=" + rec.get("seed"),
                () -> {
                    Torch.manualSeed(rec.get("seed").getAsLong());
                    Generator g = generator(rec);
                    Tensor w = weights(rec.getAsJsonArray("weights"), DType.of(rec.get("dtype").getAsString()));
                    if (rec.get("transposed").getAsBoolean()) w = w.t().contiguous().t();
                    long n = rec.get("n").getAsLong();
                    boolean replacement = rec.get("replacement").getAsBoolean();
                    Tensor r = g == null ? Torch.multinomial(w, n, replacement) : w.multinomial(n, replacement, g);
                    assertEquals(DType.INT64, r.dtype());
                    assertEquals(rec.get("indices").toString(), java.util.Arrays.deepToString(new Object[] {r.toArray()})
                            .replace(" ", "").replaceFirst("^\\[", "").replaceFirst("]$", ""));
                    assertEquals(rec.get("after").getAsString(), after(null));
                    if (g != null) assertEquals(rec.get("after_g").getAsString(), after(g));
                }));
    }

    private static Tensor weights(JsonArray a, DType dtype) {
        if (a.get(0).isJsonArray()) {
            double[][] rows = new double[a.size()][];
            for (int i = 0; i < rows.length; i++) rows[i] = doublesFromHex(a.get(i).getAsJsonArray());
            return Torch.tensor(rows, dtype);
        }
        return Torch.tensor(doublesFromHex(a), dtype);
    }

    @Test
    void errorsAsPyTorch() {
        check("mn_dim3", () -> Torch.multinomial(Torch.ones(2, 2, 2), 1));
        check("mn_dim0", () -> Torch.multinomial(Torch.tensor(1.0), 1));
        check("mn_long", () -> Torch.multinomial(Torch.tensor(1L, 2L), 1));
        check("mn_n0", () -> Torch.multinomial(Torch.tensor(1.0, 2.0), 0));
        check("mn_too_many", () -> Torch.multinomial(Torch.tensor(1.0, 2.0), 3));
        check("mn_neg", () -> Torch.multinomial(Torch.tensor(1.0, -2.0), 1));
        check("mn_neg_repl", () -> Torch.multinomial(Torch.tensor(1.0, -2.0), 2, true));
        check("mn_nan_repl", () -> Torch.multinomial(Torch.tensor(1.0, Double.NaN), 2, true));
        check("mn_inf_repl", () -> Torch.multinomial(Torch.tensor(1.0, Double.POSITIVE_INFINITY), 2, true));
        check("mn_zero", () -> Torch.multinomial(Torch.tensor(0.0, 0.0), 1));
        check("mn_zero_repl", () -> Torch.multinomial(Torch.tensor(0.0, 0.0), 2, true));
        check("mn_zero_row", () -> Torch.multinomial(Torch.tensor(new double[][] {{1, 0}, {0, 0}}), 1));
        check("exp_neg", () -> Torch.empty(3).exponential_(-1));
        check("exp_long", () -> Torch.empty(new long[] {3}, DType.INT64).exponential_());
    }

    private static void check(String label, Supplier<Tensor> op) {
        JsonObject e = error(label);
        assertEquals(e.get("message").getAsString(), assertThrows(IllegalArgumentException.class, op::get).getMessage(), label);
    }
}
