package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shape ops' golden cases ({@link ShapeGoldenTest}) again with every tensor on the meta
 * device: the same dtypes, shapes, strides and errors, without values. Errors that come from
 * looking at index values may or may not be raised (a meta tensor has none, as in PyTorch), and
 * the few ops that read a tensor argument's values on the host (repeat counts, split indices, a
 * mask's count when source is empty) are left out, as PyTorch's meta kernels refuse them too.
 */
class ShapeMetaTest {
    static final List<String> VALUE_ERRORS = List.of("out of range", "out of bounds", "Number of elements of source", "repeats can not be negative");
    static final List<String> READS_VALUES = List.of("repeat_interleave_tensor", "repeat_interleave_scalar_tensor", "repeat_interleave_neg_tensor",
            "repeat_interleave_size", "repeat_interleave_fn", "tensor_split_tensor", "masked_scatter_empty");

    @AfterEach
    void backToCpu() { ShapeGoldenCases.device = Device.CPU; }

    @TestFactory
    Stream<DynamicTest> goldenCasesOnMeta() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : ShapeGoldenTest.ROOT.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            String name = c.get("name").getAsString();
            if (c.getAsJsonArray("inputs").isEmpty() || READS_VALUES.stream().anyMatch(name::startsWith)) continue;
            tests.add(dynamicTest(name, () -> run(c)));
        }
        assertTrue(tests.size() > 200);
        return tests.stream();
    }

    static void run(JsonObject c) {
        ShapeGoldenCases.device = Device.META;
        JsonArray specs = c.getAsJsonArray("inputs");
        Tensor[] in = new Tensor[specs.size()];
        for (int i = 0; i < in.length; i++) in[i] = GoldenJson.input(specs.get(i).getAsJsonObject(), Device.META).view().detach();
        ShapeGoldenCases.Call call = ShapeGoldenCases.CALLS.get(c.get("name").getAsString());
        if (c.has("error")) {
            JsonObject err = c.getAsJsonObject("error");
            String message = err.get("msg").getAsString();
            try {
                call.apply(in);
            } catch (RuntimeException ex) {
                assertEquals(message, ex.getMessage());
                assertTrue(GoldenOpsTest.ERRORS.get(err.get("type").getAsString()).contains(ex.getClass()), ex.getClass().toString());
                return;
            }
            if (VALUE_ERRORS.stream().noneMatch(message::contains)) fail("PyTorch raises " + message + ", torch4j on meta returned");
            return;
        }
        Object r = call.apply(in);
        @SuppressWarnings("unchecked")
        List<Tensor> outs = r instanceof List<?> list ? (List<Tensor>) list : List.of((Tensor) r);
        JsonArray expected = c.getAsJsonArray("outs");
        assertEquals(expected.size(), outs.size());
        for (int k = 0; k < outs.size(); k++) {
            JsonObject e = expected.get(k).getAsJsonObject();
            Tensor t = outs.get(k);
            assertTrue(t.isMeta(), "result " + k + " is on meta");
            assertEquals(DType.of(e.get("dtype").getAsString()), t.dtype());
            assertArrayEquals(GoldenJson.longs(e.getAsJsonArray("shape")), t.shape().toLongArray(), "shape");
            assertArrayEquals(GoldenJson.longs(e.getAsJsonArray("strides")), t.stride(), "strides");
        }
    }
}
