package torch4j;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import torch4j.GoldenJson.Args;

/**
 * The backend conformance suite on the meta device: every case of the golden op tables that
 * {@link GoldenOpsTest} checks on the CPU runs again with its inputs on meta, and must give what
 * the CPU gives except the values: the result's dtype, shape, strides, storage offset,
 * contiguity, whether it is the input object, and PyTorch's error where the CPU raises one. The
 * tables are PyTorch 1.13's CPU results, so this is also meta against PyTorch.
 *
 * <p>Two kinds of case are let off, each for a reason PyTorch shares: an error that depends on
 * values the meta device does not have ({@link #VALUE_ERRORS}) may or may not be raised, and a
 * case without tensor inputs (a factory) has nothing to move to meta (the factories' device
 * options are tested in {@code DeviceTest}).
 */
class MetaConformanceTest {
    /** Errors raised by looking at elements: a meta tensor has none to look at (as in PyTorch). */
    static final List<String> VALUE_ERRORS = List.of("without overflow", "is out of bounds", "Integer division by zero",
            "ZeroDivisionError");

    @TestFactory
    Stream<DynamicNode> goldenTablesOnMeta() {
        return Arrays.stream(GoldenOpsTest.FAMILIES).map(family -> {
            JsonObject root = GoldenJson.load("/golden/ops/" + family + ".json");
            JsonArray tensors = root.getAsJsonArray("tensors");
            List<DynamicNode> tests = new ArrayList<>();
            for (JsonElement e : root.getAsJsonArray("cases")) {
                JsonObject c = e.getAsJsonObject();
                if (c.getAsJsonArray("inputs").isEmpty()) continue;
                tests.add(dynamicTest(c.get("name").getAsString(), () -> run(c, tensors)));
            }
            return dynamicContainer(family, tests);
        });
    }

    static void run(JsonObject c, JsonArray tensors) {
        GoldenRegistry.Op fn = GoldenRegistry.OPS.get(c.get("op").getAsString());
        assertNotNull(fn, "no torch4j mapping for op " + c.get("op").getAsString());
        List<Tensor> x = new ArrayList<>();
        for (JsonElement i : c.getAsJsonArray("inputs"))
            x.add(GoldenJson.input(tensors.get(i.getAsInt()).getAsJsonObject(), Device.META).view());
        Args args = new Args(c.getAsJsonArray("args"));
        JsonObject expect = c.getAsJsonObject("expect");

        if (expect.has("error")) {
            String message = expect.get("message").getAsString();
            boolean valueError = VALUE_ERRORS.stream().anyMatch(message::contains);
            try {
                fn.apply(x, args);
            } catch (RuntimeException e) {
                assertTrue(GoldenOpsTest.ERRORS.get(expect.get("error").getAsString()).stream().anyMatch(k -> k.isInstance(e)),
                        () -> "PyTorch raises " + expect.get("error").getAsString() + " but torch4j on meta threw " + e);
                assertEquals(message, e.getMessage(), "error message");
                return;
            }
            if (!valueError) fail("PyTorch raises " + message + " on the CPU, but torch4j on meta returned");
            return;
        }
        Object out = fn.apply(x, args);
        if (expect.has("indices")) {
            ValuesIndices vi = (ValuesIndices) out;
            checkMeta("values", vi.values(), expect.getAsJsonObject("values"));
            checkMeta("indices", vi.indices(), expect.getAsJsonObject("indices"));
            return;
        }
        assertTrue(out instanceof Tensor, () -> "expected a tensor, got " + out);
        Tensor t = (Tensor) out;
        checkMeta("result", t, expect);
        if (expect.has("same")) assertEquals(expect.get("same").getAsBoolean(), t == x.get(0), "whether the op returned its input object");
        if (expect.has("shares")) assertEquals(expect.get("shares").getAsBoolean(), t.sharesStorageWith(x.get(0)), "shares storage with the input");
    }

    static void checkMeta(String what, Tensor t, JsonObject e) {
        assertEquals(Device.META, t.device(), what + " device");
        GoldenOpsTest.checkLayout(what, t, e);
    }
}
