package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torch4j.Torch.*;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Random tensors through {@link Torch} and {@link Tensor}: each program of
 * {@code golden/rng/rng_tensor_prints.json}, transliterated, must print what PyTorch 1.13 printed
 * (or fail with its message).
 */
class RngTensorTest {

    /** The Java side of every program in gen_rng.py's TENSOR_PROGRAMS, by name. */
    private static Map<String, Supplier<Object>> programs() {
        Map<String, Supplier<Object>> p = new LinkedHashMap<>();
        p.put("randn(2,2) seed 42", () -> { manualSeed(42); return randn(2, 2); });
        p.put("rand(3) seed 0", () -> { manualSeed(0); return rand(3); });
        p.put("rand(2,3) seed 42", () -> { manualSeed(42); return rand(2, 3); });
        p.put("randn(17) seed 0", () -> { manualSeed(0); return randn(17); });
        p.put("randn(2,8) seed 3", () -> { manualSeed(3); return randn(2, 8); });
        p.put("randn float64 seed 0", () -> { manualSeed(0); return randn(new long[] {3}, float64); });
        p.put("rand float64 seed 1", () -> { manualSeed(1); return rand(new long[] {3}, float64); });
        p.put("randint(0,10,(8,)) seed 0", () -> { manualSeed(0); return randint(0, 10, 8); });
        p.put("randint(5,(2,3)) int32 seed 4", () -> { manualSeed(4); return randint(-5, 5, new long[] {2, 3}, int32); });
        p.put("randperm(10) seed 0", () -> { manualSeed(0); return randperm(10); });
        p.put("randperm(6) float32 seed 2", () -> { manualSeed(2); return randperm(6, float32); });
        p.put("normal_(2,0.5) seed 0", () -> { manualSeed(0); return empty(3).normal_(2.0, 0.5); });
        p.put("uniform_(-0.5,0.5) seed 0", () -> { manualSeed(0); return empty(4).uniform_(-0.5, 0.5); });
        p.put("bernoulli_(0.5) seed 0", () -> { manualSeed(0); return empty(4).bernoulli_(0.5); });
        p.put("normal(2*ones,1) seed 0", () -> { manualSeed(0); return normal(ones(2, 2).mul(2), 1.0); });
        p.put("normal(0.5, 2*ones(4)) seed 0", () -> { manualSeed(0); return normal(0.5, ones(4).mul(2)); });
        p.put("normal(zeros(2,3), [1,2,3]) seed 5", () -> { manualSeed(5); return normal(zeros(2, 3), tensor(1f, 2f, 3f)); });
        p.put("normal(1,2,(5,)) seed 0", () -> { manualSeed(0); return normal(1.0, 2.0, 5); });
        p.put("transposed normal_ seed 0", () -> {
            manualSeed(0);
            Tensor x = empty(4, 8).t();
            x.normal_();
            return x;
        });
        p.put("randn_like(column slice) seed 0", () -> { manualSeed(0); return randnLike(empty(5, 6).slice(1, 0, 6, 2)); });
        p.put("randn_like(transposed) seed 0", () -> { manualSeed(0); return randnLike(empty(3, 8).t()).contiguous().view(-1); });
        p.put("rand_like float64 seed 9", () -> { manualSeed(9); return randLike(empty(new long[] {2, 3}, float64)); });
        p.put("randint_like int32 seed 9", () -> { manualSeed(9); return randintLike(empty(new long[] {2, 3}, int32), 5); });
        p.put("bernoulli_(P row) seed 0", () -> { manualSeed(0); return empty(2, 3).bernoulli_(tensor(0.1f, 0.5f, 0.9f)); });
        p.put("bernoulli(P float64) seed 0", () -> { manualSeed(0); return bernoulli(full(new long[] {2, 3}, 0.5, float64)); });
        p.put("bernoulli of transposed P seed 1", () -> { manualSeed(1); return bernoulli(linspace(0, 1, 12).view(3, 4).t()); });
        p.put("random_() int64 seed 0", () -> { manualSeed(0); return empty(new long[] {3}, int64).random_(); });
        p.put("random_() float32 seed 0", () -> { manualSeed(0); return empty(3).random_(); });
        p.put("random_(-3,3) int32 seed 6", () -> { manualSeed(6); return empty(new long[] {5}, int32).random_(-3, 3); });
        p.put("random_(7) uint8 seed 6", () -> { manualSeed(6); return empty(new long[] {5}, uint8).random_(7); });
        p.put("generator leaves global alone", () -> {
            manualSeed(0);
            Generator g = new Generator().manualSeed(7);
            Tensor a = randn(new long[] {3}, g);
            return cat(a, rand(2));
        });
        p.put("state round trip", () -> {
            manualSeed(0);
            randn(1);
            Tensor s = getRngState();
            randn(5);
            setRngState(s);
            return randn(5);
        });
        p.put("cache randn(1), randn(16), randn(1)", () -> {
            manualSeed(0);
            Tensor a = randn(1);
            Tensor b = randn(16);
            return cat(a, b, randn(1));
        });
        p.put("initial_seed 2**40+7", () -> { manualSeed((1L << 40) + 7); return Long.toUnsignedString(initialSeed()); });
        p.put("error randn int64", () -> randn(new long[] {3}, int64));
        p.put("error rand int64", () -> rand(new long[] {3}, int64));
        p.put("error expanded normal_", () -> empty(3).expand(2, 3).normal_());
        p.put("error set_rng_state float", () -> { setRngState(zeros(5056)); return null; });
        p.put("error bernoulli_ int P", () -> empty(3).bernoulli_(ones(new long[] {3}, int64)));
        p.put("error normal negative std tensor", () -> normal(zeros(2), tensor(1f, -1f)));
        p.put("error randperm negative", () -> randperm(-1));
        return p;
    }

    @TestFactory
    Stream<DynamicTest> programsPrintWhatPyTorchPrints() throws Exception {
        JsonObject golden;
        try (var in = RngTensorTest.class.getResourceAsStream("/golden/rng/rng_tensor_prints.json")) {
            golden = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
        Map<String, Supplier<Object>> programs = programs();
        assertEquals(golden.keySet(), programs.keySet(), "every golden program has a Java twin");
        return programs.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            JsonObject expected = golden.getAsJsonObject(e.getKey());
            String program = expected.get("program").getAsString();
            if (expected.has("error")) {
                var error = assertThrows(IllegalArgumentException.class, () -> e.getValue().get(), program);
                assertEquals(expected.get("error").getAsString(), error.getMessage(), program);
            } else {
                assertEquals(expected.get("repr").getAsString(), String.valueOf(e.getValue().get()), program);
            }
        }));
    }

    @Test
    void inPlaceFillsBumpTheVersionAndKeepTheLayout() {
        Tensor x = empty(4, 8).t();
        int before = x.storage().version();
        x.normal_(0, 1, new Generator());
        assertTrue(x.storage().version() > before);
        assertEquals(1, x.stride(0));
        Tensor like = randnLike(x);
        assertEquals(1, like.stride(0), "randn_like keeps a dense layout");
        assertEquals(8, like.stride(1));
    }

    @Test
    void emptyTensorsDrawNothing() {
        Generator g = new Generator().manualSeed(1);
        empty(0, 3).normal_(0, 1, g);
        rand(new long[] {0}, g);
        assertEquals(new Generator().manualSeed(1).engine().next32(), g.engine().next32());
    }
}
