package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * matmul, mm, bmm, mv, dot and outer against PyTorch 1.13's own results: every broadcasting and
 * folding case of matmul, size-0 dims, batch broadcasting, non-contiguous operands (transposed,
 * strided, stride-0 broadcast dims, storage offsets), every dtype, integer overflow, NaN and
 * infinities, and each error PyTorch raises with its exact message. The cases come from
 * {@code golden/matmul/gen_matmul.py}; each runs through both facades ({@code Tensor.matmul(b)}
 * and {@code Torch.matmul(a, b)}).
 *
 * <p>float32 results are compared within a relative 1e-5 and float64 within 1e-12 (the GEMM
 * summation order differs from PyTorch's; most cases use values whose sums are exact anyway);
 * integer and bool results exactly; NaN must meet NaN and infinities must match.
 */
class MatmulGoldenTest {

    static final double FLOAT32_REL = 1e-5, FLOAT64_REL = 1e-12;

    private static JsonObject root;

    static synchronized JsonObject root() {
        if (root != null) return root;
        var in = MatmulGoldenTest.class.getResourceAsStream("/golden/matmul/matmul.json");
        if (in == null) throw new IllegalStateException("missing golden file matmul.json");
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(reader).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals("1.13.0a0", root.get("torch").getAsString());
        return root;
    }

    static List<JsonObject> cases() {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : root().getAsJsonArray("cases")) out.add(e.getAsJsonObject());
        return out;
    }

    // ---------------------------------------------------------------- decoding

    /**
     * An operand: the base tensor from row-major data, then its view steps; the layout must be the
     * one PyTorch had (shape, strides, storage offset), or the case would test something else.
     */
    static Tensor operand(JsonObject spec) {
        DType dtype = DType.of(spec.get("dtype").getAsString());
        JsonArray data = spec.getAsJsonArray("data");
        Tensor t = dtype.isFloatingPoint()
                ? Torch.tensor(GoldenJson.doubles(data), DType.FLOAT64).to(dtype)
                : Torch.tensor(GoldenJson.longs(data), DType.INT64).to(dtype);
        t = t.reshape(GoldenJson.longs(spec.getAsJsonArray("shape")));
        for (JsonElement e : spec.getAsJsonArray("steps")) {
            JsonArray st = e.getAsJsonArray();
            t = switch (st.get(0).getAsString()) {
                case "transpose" -> t.transpose(st.get(1).getAsLong(), st.get(2).getAsLong());
                case "slice" -> t.slice(st.get(1).getAsLong(), st.get(2).getAsLong(), st.get(3).getAsLong(), st.get(4).getAsLong());
                case "expand" -> t.expand(GoldenJson.longs(st.get(1).getAsJsonArray()));
                case "permute" -> t.permute(GoldenJson.longs(st.get(1).getAsJsonArray()));
                case "select" -> t.select(st.get(1).getAsLong(), st.get(2).getAsLong());
                default -> throw new IllegalArgumentException(st.toString());
            };
        }
        JsonObject view = spec.getAsJsonObject("view");
        assertArrayEquals(GoldenJson.longs(view.getAsJsonArray("shape")), t.shape().toLongArray(), "operand shape");
        assertArrayEquals(GoldenJson.longs(view.getAsJsonArray("strides")), t.stride(), "operand strides");
        assertEquals(view.get("offset").getAsLong(), t.storageOffset(), "operand storage offset");
        return t;
    }

    // ---------------------------------------------------------------- running

    static BinaryOperator<Tensor> viaTensor(String op) {
        return switch (op) {
            case "matmul" -> Tensor::matmul;
            case "mm" -> Tensor::mm;
            case "bmm" -> Tensor::bmm;
            case "mv" -> Tensor::mv;
            case "dot" -> Tensor::dot;
            case "outer" -> Tensor::outer;
            default -> throw new IllegalArgumentException(op);
        };
    }

    static BinaryOperator<Tensor> viaTorch(String op) {
        return switch (op) {
            case "matmul" -> Torch::matmul;
            case "mm" -> Torch::mm;
            case "bmm" -> Torch::bmm;
            case "mv" -> Torch::mv;
            case "dot" -> Torch::dot;
            case "outer" -> Torch::outer;
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** Runs one case through one facade and checks the outcome; the operands must be left as they were. */
    static void check(JsonObject c, BinaryOperator<Tensor> fn, String facade) {
        Tensor a = operand(c.getAsJsonObject("a")), b = operand(c.getAsJsonObject("b"));
        double[] aBefore = a.toDoubleArray(), bBefore = b.toDoubleArray();
        if (c.has("error")) {
            Class<? extends RuntimeException> type = c.get("error").getAsString().equals("IndexError")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            RuntimeException e = assertThrows(type, () -> fn.apply(a, b), facade);
            assertEquals(c.get("message").getAsString(), e.getMessage(), facade + ": message");
        } else {
            assertMatches(c.getAsJsonObject("expected"), fn.apply(a, b), facade);
        }
        assertSame(aBefore, a.toDoubleArray(), facade + ": first operand unchanged");
        assertSame(bBefore, b.toDoubleArray(), facade + ": second operand unchanged");
    }

    /** dtype, shape and strides exactly; values exactly, or within the dtype's relative tolerance. */
    static void assertMatches(JsonObject want, Tensor got, String what) {
        DType dtype = DType.of(want.get("dtype").getAsString());
        assertEquals(dtype, got.dtype(), what + ": dtype");
        assertArrayEquals(GoldenJson.longs(want.getAsJsonArray("shape")), got.shape().toLongArray(), what + ": shape");
        assertArrayEquals(GoldenJson.longs(want.getAsJsonArray("strides")), got.stride(), what + ": strides");
        JsonArray data = want.getAsJsonArray("data");
        if (dtype.isFloatingPoint()) {
            assertClose(GoldenJson.doubles(data), got.toDoubleArray(), dtype == DType.FLOAT32 ? FLOAT32_REL : FLOAT64_REL, what);
        } else {
            assertArrayEquals(GoldenJson.longs(data), got.toLongArray(), what + ": values");
        }
    }

    static void assertClose(double[] expected, double[] actual, double rel, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i], g = actual[i];
            boolean ok = Double.isNaN(e) ? Double.isNaN(g)
                    : Double.isInfinite(e) ? e == g
                    : Math.abs(g - e) <= rel * Math.abs(e);
            if (!ok) throw new AssertionError(what + ": element " + i + " expected " + e + " but was " + g);
        }
    }

    /** Bit-for-bit equality (NaN equal to NaN): the operands after the op. */
    static void assertSame(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++)
            if (Double.compare(expected[i], actual[i]) != 0) throw new AssertionError(what + ": element " + i);
    }

    @TestFactory
    Stream<DynamicTest> matchesPyTorch() {
        List<DynamicTest> tests = new ArrayList<>();
        int errors = 0;
        for (JsonObject c : cases()) {
            String op = c.get("op").getAsString();
            if (c.has("error")) errors++;
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> {
                check(c, viaTensor(op), "Tensor." + op);
                check(c, viaTorch(op), "Torch." + op);
            }));
        }
        assertTrue(tests.size() > 1200 && errors > 500, "golden file has all its cases");
        return tests.stream();
    }
}
