package torch4j.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;

/**
 * Every repr recorded from PyTorch 1.13 by {@code golden/print/gen_print.py} must come out of
 * {@link TensorFormatter} identically, under the options that {@code torch.set_printoptions} set.
 */
class GoldenPrintTest {

    static JsonObject load(String name) {
        var in = GoldenPrintTest.class.getResourceAsStream("/golden/print/" + name);
        if (in == null) throw new IllegalStateException("missing test resource golden/print/" + name);
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Python's float.hex() text back to the exact double. */
    static double fromHex(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    @TestFactory
    Stream<DynamicTest> goldenReprs() {
        JsonArray cases = load("print_cases.json").getAsJsonArray("cases");
        assertTrue(cases.size() >= 200, "expected 200+ golden cases, got " + cases.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : cases) {
            JsonObject c = e.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(JsonObject c) {
        TensorData t = tensorOf(c);
        PrintOptions options = setter(c.getAsJsonObject("set")).applyTo(PrintOptions.DEFAULT);
        assertEquals(effective(c.getAsJsonObject("options")), options, "set_printoptions semantics");
        List<String> suffixes = new ArrayList<>();
        for (JsonElement s : c.getAsJsonArray("suffixes")) suffixes.add(s.getAsString());
        boolean parameter = c.get("parameter").getAsBoolean();
        if (!c.get("error").isJsonNull()) {
            var ex = assertThrows(IllegalStateException.class, () -> TensorFormatter.repr(t, suffixes, options));
            assertEquals(c.get("error").getAsString(), ex.getMessage());
            return;
        }
        String actual = parameter
                ? TensorFormatter.parameterRepr(t, suffixes, options)
                : TensorFormatter.repr(t, suffixes, options);
        assertEquals(c.get("expected").getAsString(), actual);
    }

    static TensorData tensorOf(JsonObject c) {
        JsonArray shapeJson = c.getAsJsonArray("shape");
        long[] shape = new long[shapeJson.size()];
        for (int i = 0; i < shape.length; i++) shape[i] = shapeJson.get(i).getAsLong();
        DType dtype = DType.of(c.get("dtype").getAsString());
        JsonArray values = c.getAsJsonArray("values");
        String device = c.get("device").getAsString();
        if (dtype.isFloatingPoint()) {
            double[] d = new double[values.size()];
            for (int i = 0; i < d.length; i++) d[i] = fromHex(values.get(i).getAsString());
            return new ArrayTensorData(shape, dtype, device, d, null);
        }
        long[] l = new long[values.size()];
        for (int i = 0; i < l.length; i++) l[i] = values.get(i).getAsLong();
        return new ArrayTensorData(shape, dtype, device, null, l);
    }

    /** The keyword arguments given to torch.set_printoptions, through the Java setter. */
    static PrintOptions.Setter setter(JsonObject kwargs) {
        PrintOptions.Setter s = PrintOptions.set();
        for (Map.Entry<String, JsonElement> kv : kwargs.entrySet()) {
            JsonElement v = kv.getValue();
            switch (kv.getKey()) {
                case "profile" -> s.profile(v.getAsString());
                case "precision" -> s.precision(v.getAsInt());
                case "threshold" -> s.threshold(v.getAsDouble());
                case "edgeitems" -> s.edgeitems(v.getAsInt());
                case "linewidth" -> s.linewidth(v.getAsInt());
                case "sci_mode" -> s.sciMode(v.isJsonNull() ? null : v.getAsBoolean());
                default -> throw new IllegalArgumentException("unknown option " + kv.getKey());
            }
        }
        return s;
    }

    /** PyTorch's PRINT_OPTS after the call, as recorded. */
    static PrintOptions effective(JsonObject o) {
        JsonElement thr = o.get("threshold");
        double threshold = thr.getAsJsonPrimitive().isString() && thr.getAsString().equals("inf")
                ? Double.POSITIVE_INFINITY : thr.getAsDouble();
        JsonElement sci = o.get("sci_mode");
        return new PrintOptions(o.get("precision").getAsInt(), threshold, o.get("edgeitems").getAsInt(),
                o.get("linewidth").getAsInt(), sci.isJsonNull() ? null : sci.getAsBoolean());
    }
}
