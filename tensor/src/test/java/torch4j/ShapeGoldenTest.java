package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code golden/shapes/gen_shapes.py}'s cases (PyTorch 1.13) through the Java API
 * ({@link ShapeGoldenCases} names each case's call): values, dtype, shape, strides, whether the
 * result views the first input, the grad_fn names, the inputs' gradients for the output gradient
 * 1, 2, 3, ..., or the exception type and message.
 */
class ShapeGoldenTest {
    static final JsonObject ROOT = GoldenJson.load("/golden/shapes/shapes.json");

    @TestFactory
    Stream<DynamicTest> golden() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : ROOT.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            tests.add(dynamicTest(c.get("name").getAsString(), () -> run(c)));
        }
        return tests.stream();
    }

    @Test
    void everyCaseHasACallAndEveryCallACase() {
        Set<String> names = new TreeSet<>();
        for (JsonElement e : ROOT.getAsJsonArray("cases")) names.add(e.getAsJsonObject().get("name").getAsString());
        assertEquals(names, new TreeSet<>(ShapeGoldenCases.CALLS.keySet()));
    }

    static void run(JsonObject c) {
        String name = c.get("name").getAsString();
        ShapeGoldenCases.Call call = ShapeGoldenCases.CALLS.get(name);
        assertNotNull(call, "no call for " + name);
        JsonArray specs = c.getAsJsonArray("inputs");
        Tensor[] in = new Tensor[specs.size()];
        for (int i = 0; i < in.length; i++) in[i] = GoldenJson.input(specs.get(i).getAsJsonObject()).view().detach();
        for (JsonElement r : c.getAsJsonArray("rg")) in[r.getAsInt()].requiresGrad_();
        if (c.has("error")) {
            JsonObject err = c.getAsJsonObject("error");
            RuntimeException thrown = null;
            try {
                call.apply(in);
            } catch (RuntimeException ex) {
                thrown = ex;
            }
            assertNotNull(thrown, "expected " + err.get("type").getAsString() + ": " + err.get("msg").getAsString());
            assertEquals(err.get("msg").getAsString(), thrown.getMessage());
            assertTrue(GoldenOpsTest.ERRORS.get(err.get("type").getAsString()).contains(thrown.getClass()),
                    thrown.getClass() + " for " + err.get("type").getAsString());
            return;
        }
        Object r = call.apply(in);
        @SuppressWarnings("unchecked")
        List<Tensor> outs = r instanceof List<?> list ? (List<Tensor>) list : List.of((Tensor) r);
        JsonArray expected = c.getAsJsonArray("outs");
        assertEquals(expected.size(), outs.size(), "number of results");
        for (int k = 0; k < outs.size(); k++) check(expected.get(k).getAsJsonObject(), outs.get(k), in.length > 0 ? in[0] : null, "result " + k);
        if (!c.has("grad_fn")) return;
        JsonArray gradFns = c.getAsJsonArray("grad_fn");
        Tensor total = null;
        for (int k = 0; k < outs.size(); k++) {
            Tensor o = outs.get(k);
            String fn = gradFns.get(k).isJsonNull() ? null : gradFns.get(k).getAsString();
            assertEquals(fn, o.gradFn() == null ? null : o.gradFn().name(), "grad_fn of result " + k);
            if (!o.requiresGrad()) continue;
            Tensor w = Torch.arange(o.numel()).add(1L).to(o.dtype()).view(o.shape().toLongArray());
            Tensor term = o.mul(w).sum();
            total = total == null ? term : total.add(term);
        }
        if (!c.has("grads")) return;   // the case records only the node names
        JsonArray grads = c.getAsJsonArray("grads");
        JsonArray rg = c.getAsJsonArray("rg");
        if (total != null) total.backward();
        for (int j = 0; j < rg.size(); j++) {
            Tensor x = in[rg.get(j).getAsInt()];
            if (grads.get(j).isJsonNull()) {
                assertNull(x.grad(), "input " + j + " gets no gradient");
                continue;
            }
            assertNotNull(x.grad(), "gradient of input " + rg.get(j).getAsInt());
            assertClose(GoldenJson.doubles(grads.get(j).getAsJsonArray()), x.grad().toDoubleArray(), "gradient of input " + j);
        }
    }

    private static void check(JsonObject e, Tensor t, Tensor first, String what) {
        assertEquals(DType.of(e.get("dtype").getAsString()), t.dtype(), what + " dtype");
        assertArrayEquals(GoldenJson.longs(e.getAsJsonArray("shape")), t.shape().toLongArray(), what + " shape");
        assertArrayEquals(GoldenJson.longs(e.getAsJsonArray("strides")), t.stride(), what + " strides");
        if (e.has("view") && !e.get("view").isJsonNull())
            assertEquals(e.get("view").getAsBoolean(), t.sharesStorageWith(first), what + " shares the input's storage");
        JsonArray values = e.getAsJsonArray("values");
        if (t.dtype().isFloatingPoint()) assertClose(GoldenJson.doubles(values), t.toDoubleArray(), what + " values");
        else if (t.dtype() == DType.BOOL) {
            boolean[] got = t.toBooleanArray();
            for (int i = 0; i < got.length; i++) assertEquals(values.get(i).getAsBoolean(), got[i], what + " value " + i);
            assertEquals(values.size(), got.length);
        } else assertArrayEquals(GoldenJson.longs(values), t.toLongArray(), what + " values");
    }

    private static void assertClose(double[] want, double[] got, String what) {
        assertEquals(want.length, got.length, what + " count");
        for (int i = 0; i < want.length; i++)
            if (Math.abs(want[i] - got[i]) > 1e-12 * Math.max(1, Math.abs(want[i])) && !(Double.isNaN(want[i]) && Double.isNaN(got[i])))
                fail(what + " [" + i + "]: expected " + want[i] + " but was " + got[i]);
    }
}
