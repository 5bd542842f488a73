package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * sort, topk and kthvalue against PyTorch 1.13's own results, index for index: ties, NaN, signed
 * zeros, every dtype, non-contiguous inputs, both algorithm paths of topk. The cases come from
 * {@code golden/joining/gen_joining.py}.
 */
class SortingGoldenTest {

    static JsonObject load(String name) {
        var in = SortingGoldenTest.class.getResourceAsStream("/golden/joining/" + name);
        if (in == null) throw new IllegalStateException("missing golden file " + name);
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(reader).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The case's input: the base tensor built from row-major data, then the named view applied. */
    static Tensor input(JsonObject in) {
        DType dtype = DType.of(in.get("dtype").getAsString());
        long[] shape = GoldenJson.longs(in.getAsJsonArray("shape"));
        Tensor base = Torch.tensor(GoldenJson.doubles(in.getAsJsonArray("data")), DType.FLOAT64).reshape(shape).to(dtype);
        return switch (in.get("view").getAsString()) {
            case "none" -> base;
            case "t" -> base.transpose(0, 1);
            case "step" -> base.slice(-1, 0, base.size(-1), 2);
            case "expand" -> base.expand(withFirst(base.shape().toLongArray(), 5));
            case "expand40" -> base.expand(withFirst(base.shape().toLongArray(), 40));
            case "flip" -> { Tensor t = base.transpose(0, -1); yield t.slice(0, 1, t.size(0), 1); }
            default -> throw new IllegalArgumentException(in.get("view").getAsString());
        };
    }

    private static long[] withFirst(long[] shape, long first) {
        long[] s = shape.clone();
        s[0] = first;
        return s;
    }

    static ValuesIndices run(String op, Tensor x, JsonObject a) {
        return switch (op) {
            case "sort" -> x.sort(a.get("stable").getAsBoolean(), a.get("dim").getAsLong(), a.get("descending").getAsBoolean());
            case "topk" -> x.topk(a.get("k").getAsLong(), a.get("dim").getAsLong(), a.get("largest").getAsBoolean(),
                    a.get("sorted").getAsBoolean());
            case "kthvalue" -> x.kthvalue(a.get("k").getAsLong(), a.get("dim").getAsLong(), a.get("keepdim").getAsBoolean());
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** Element equality that tells -0.0 from 0.0 and treats NaN as equal to NaN. */
    static void assertSameValues(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++)
            if (Double.compare(expected[i], actual[i]) != 0)
                throw new AssertionError(what + ": element " + i + " expected " + expected[i] + " but was " + actual[i]);
    }

    @TestFactory
    Stream<DynamicTest> matchesPyTorch() {
        JsonObject root = load("sorting.json");
        assertEquals("1.13.0a0", root.get("torch").getAsString());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            String op = c.get("op").getAsString();
            tests.add(DynamicTest.dynamicTest(op + ": " + c.get("name").getAsString(), () -> {
                Tensor x = input(c.getAsJsonObject("input"));
                JsonObject want = c.getAsJsonObject("expected");
                ValuesIndices got = run(op, x, c.getAsJsonObject("args"));
                assertEquals(op, got.op());
                assertArrayEquals(GoldenJson.longs(want.getAsJsonArray("shape")), got.values().shape().toLongArray(), "values shape");
                assertArrayEquals(GoldenJson.longs(want.getAsJsonArray("shape")), got.indices().shape().toLongArray(), "indices shape");
                assertArrayEquals(GoldenJson.longs(want.getAsJsonArray("strides")), got.values().stride(), "values strides");
                assertEquals(DType.of(want.get("values_dtype").getAsString()), got.values().dtype());
                assertEquals(DType.INT64, got.indices().dtype());
                assertArrayEquals(GoldenJson.longs(want.getAsJsonArray("indices")), got.indices().toLongArray(), "indices");
                assertSameValues(GoldenJson.doubles(want.getAsJsonArray("values")), got.values().toDoubleArray(), "values");
            }));
        }
        assertTrue(tests.size() > 300, "golden file has all its cases");
        return tests.stream();
    }
}
