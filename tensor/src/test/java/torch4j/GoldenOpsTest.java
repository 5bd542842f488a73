package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import torch4j.GoldenJson.Args;
import torch4j.GoldenJson.Input;

/**
 * Replays the cases that {@code golden/ops/gen_ops.py} recorded from PyTorch 1.13 through the
 * torch4j API: one dynamic test per case, named by the case. A result must match in dtype, shape
 * and values (bit for bit where the case says "exact"; else within 1 ulp for float32 and 1e-12
 * relative for float64), views also in strides, storage offset, contiguity and sharing; an error
 * must match PyTorch's message and map to the Java exception type of PyTorch's error class.
 */
class GoldenOpsTest {
    static final String[] FAMILIES = {"creation", "conversion", "views", "promotion", "elementwise", "reductions"};

    /** Python's exception classes and the Java exceptions that stand for them. */
    static final Map<String, Set<Class<? extends RuntimeException>>> ERRORS = Map.of(
            "RuntimeError", Set.of(IllegalArgumentException.class, ArithmeticException.class,
                    IllegalStateException.class, UnsupportedOperationException.class),
            "IndexError", Set.of(IndexOutOfBoundsException.class),
            "TypeError", Set.of(IllegalArgumentException.class),
            "ValueError", Set.of(IllegalArgumentException.class));

    @TestFactory
    Stream<DynamicNode> golden() {
        return Arrays.stream(FAMILIES).map(family -> {
            JsonObject root = GoldenJson.load("/golden/ops/" + family + ".json");
            JsonArray tensors = root.getAsJsonArray("tensors");
            List<DynamicNode> tests = new ArrayList<>();
            for (JsonElement e : root.getAsJsonArray("cases")) {
                JsonObject c = e.getAsJsonObject();
                tests.add(dynamicTest(c.get("name").getAsString(), () -> run(c, tensors)));
            }
            assertTrue(tests.size() > 50, family + " has too few cases");
            return dynamicContainer(family, tests);
        });
    }

    static void run(JsonObject c, JsonArray tensors) {
        String op = c.get("op").getAsString();
        GoldenRegistry.Op fn = GoldenRegistry.OPS.get(op);
        assertNotNull(fn, "no torch4j mapping for op " + op);
        List<Input> inputs = new ArrayList<>();
        for (JsonElement i : c.getAsJsonArray("inputs")) inputs.add(GoldenJson.input(tensors.get(i.getAsInt()).getAsJsonObject()));
        List<Tensor> x = inputs.stream().map(Input::view).toList();
        Args args = new Args(c.getAsJsonArray("args"));
        JsonObject expect = c.getAsJsonObject("expect");
        String tol = c.get("tol").getAsString();

        if (expect.has("error")) {
            String type = expect.get("error").getAsString(), message = expect.get("message").getAsString();
            Object out;
            try {
                out = fn.apply(x, args);
            } catch (RuntimeException e) {
                Set<Class<? extends RuntimeException>> allowed = ERRORS.get(type);
                assertNotNull(allowed, "unmapped Python error " + type);
                assertTrue(allowed.stream().anyMatch(k -> k.isInstance(e)),
                        () -> "PyTorch raises " + type + " but torch4j threw " + e);
                assertEquals(message, e.getMessage(), "error message");
                return;
            }
            fail("PyTorch raises " + type + ": " + message + "\nbut torch4j returned " + describe(out));
        }

        Object out = fn.apply(x, args);
        if (expect.has("indices")) {
            ValuesIndices vi = assertInstance(ValuesIndices.class, out);
            checkTensor("values", vi.values(), expect.getAsJsonObject("values"), tol, null);
            checkTensor("indices", vi.indices(), expect.getAsJsonObject("indices"), "exact", null);
            return;
        }
        Tensor t = assertInstance(Tensor.class, out);
        checkTensor("result", t, expect, tol, x.isEmpty() ? null : x.get(0));
        if (expect.has("same"))
            assertEquals(expect.get("same").getAsBoolean(), t == x.get(0), "whether the op returned its input object");
        if (expect.has("base_after"))
            checkValues("base after the in-place op", inputs.get(0).base(), expect.getAsJsonArray("base_after"), tol);
    }

    private static <T> T assertInstance(Class<T> k, Object o) {
        assertNotNull(o, "null result");
        assertTrue(k.isInstance(o), () -> "expected a " + k.getSimpleName() + ", got " + o.getClass());
        return k.cast(o);
    }

    static void checkTensor(String what, Tensor t, JsonObject e, String tol, Tensor input) {
        checkLayout(what, t, e);
        if (e.has("shares"))
            assertEquals(e.get("shares").getAsBoolean(), t.sharesStorageWith(input), what + " shares storage with the input");
        checkValues(what, t, e.getAsJsonArray("values"), e.has("alt") ? e.getAsJsonArray("alt") : null, tol);
    }

    /** The metadata a result has on every device: dtype, shape and, where recorded, strides, offset and contiguity. */
    static void checkLayout(String what, Tensor t, JsonObject e) {
        assertEquals(e.get("dtype").getAsString(), t.dtype().pyName(), what + " dtype");
        assertArrayEquals(GoldenJson.longs(e.getAsJsonArray("shape")), t.shape().toLongArray(), what + " shape");
        if (e.has("stride")) {
            assertArrayEquals(GoldenJson.longs(e.getAsJsonArray("stride")), t.stride(), what + " stride");
            assertEquals(e.get("offset").getAsLong(), t.storageOffset(), what + " storage offset");
            assertEquals(e.get("contiguous").getAsBoolean(), t.isContiguous(), what + " is_contiguous");
        }
    }

    static void checkValues(String what, Tensor t, JsonArray want, String tol) { checkValues(what, t, want, null, tol); }

    /** {@code alt}, when given, is a second accepted value per element (the exactly rounded float32 reduction). */
    static void checkValues(String what, Tensor t, JsonArray want, JsonArray alt, String tol) {
        int n = want.size();
        assertEquals(n, t.numel(), what + " numel");
        List<String> bad = new ArrayList<>();
        DType dt = t.dtype();
        if (dt.isFloatingPoint()) {
            double[] got = t.toDoubleArray();
            for (int i = 0; i < n; i++) {
                if (want.get(i).isJsonNull()) continue;
                double w = GoldenJson.parseFloat(want.get(i));
                if (!close(got[i], w, dt, tol) && (alt == null || !close(got[i], GoldenJson.parseFloat(alt.get(i)), dt, tol)))
                    bad.add("[" + i + "] got " + got[i] + " (" + Double.toHexString(got[i]) + ") want " + w + " (" + Double.toHexString(w) + ")");
            }
        } else if (dt == DType.BOOL) {
            boolean[] got = t.toBooleanArray();
            for (int i = 0; i < n; i++)
                if (!want.get(i).isJsonNull() && got[i] != want.get(i).getAsBoolean()) bad.add("[" + i + "] got " + got[i] + " want " + want.get(i));
        } else {
            long[] got = t.toLongArray();
            for (int i = 0; i < n; i++)
                if (!want.get(i).isJsonNull() && got[i] != want.get(i).getAsLong())
                    bad.add("[" + i + "] got " + got[i] + " want " + want.get(i));
        }
        if (!bad.isEmpty())
            fail(what + ": " + bad.size() + " of " + n + " values differ (" + tol + (alt != null ? ", or the exactly rounded value" : "") + "):\n  "
                    + String.join("\n  ", bad.subList(0, Math.min(8, bad.size()))));
    }

    /** Exact: same bits (any NaN equals any NaN). Ulp: 1 ulp of float32, or 1e-12 relative for float64. */
    static boolean close(double got, double want, DType dt, String tol) {
        if (Double.isNaN(got) || Double.isNaN(want)) return Double.isNaN(got) && Double.isNaN(want);
        if (Double.doubleToLongBits(got) == Double.doubleToLongBits(want)) return true;
        if (tol.equals("exact")) return false;
        if (Double.isInfinite(got) || Double.isInfinite(want)) return got == want;
        if (dt == DType.FLOAT32) return Math.abs(orderedBits((float) got) - orderedBits((float) want)) <= 1;
        return Math.abs(got - want) <= 1e-12 * Math.max(Math.abs(got), Math.abs(want));
    }

    /** float bits mapped to a line where adjacent floats differ by one (and -0.0 sits next to +0.0). */
    static long orderedBits(float f) {
        int b = Float.floatToRawIntBits(f);
        return b >= 0 ? b : -(long) (b & 0x7fffffff);
    }

    private static String describe(Object o) {
        if (o instanceof Tensor t) return "a tensor of " + t.dtype() + " " + t.shape() + " " + Arrays.toString(t.toDoubleArray());
        return String.valueOf(o);
    }
}
