package torch4j.render;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Progress against the text real tqdm 4.64.1 writes (golden/progress/gen_progress.py). */
class ProgressTest {
    private static JsonObject golden() throws Exception {
        try (var in = ProgressTest.class.getResourceAsStream("/golden/progress/progress.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    private static Long longOrNull(JsonElement e) { return e.isJsonNull() ? null : e.getAsLong(); }

    private static Double doubleOrNull(JsonElement e) { return e.isJsonNull() ? null : e.getAsDouble(); }

    @Test void formatMeterMatchesTqdm() throws Exception {
        int count = 0;
        for (JsonElement el : golden().getAsJsonArray("meters")) {
            JsonObject c = el.getAsJsonObject();
            String got = ProgressFormat.meter(c.get("n").getAsLong(), longOrNull(c.get("total")), c.get("elapsed").getAsDouble(),
                    c.get("ncols").isJsonNull() ? null : c.get("ncols").getAsInt(), c.get("prefix").getAsString(),
                    doubleOrNull(c.get("rate")), c.get("postfix").isJsonNull() ? null : c.get("postfix").getAsString());
            assertEquals(c.get("out").getAsString(), got, c.toString());
            count++;
        }
        assertEquals(15, count);
    }

    /** Whole loops with a fake clock the loop body advances: every redraw, padding, the rate limit and the close. */
    @Test void loopsWriteWhatTqdmWrites() throws Exception {
        for (JsonElement el : golden().getAsJsonArray("runs")) {
            JsonObject c = el.getAsJsonObject();
            int total = c.get("total").getAsInt();
            List<Double> deltas = new ArrayList<>();
            c.getAsJsonArray("deltas").forEach(d -> deltas.add(d.getAsDouble()));
            double[] clock = {1000.0};
            List<Integer> items = IntStream.range(0, total).boxed().toList();
            Iterable<Integer> source = c.get("sized").getAsBoolean() ? items : items::iterator;
            boolean sized = c.get("sized").getAsBoolean();
            var bytes = new ByteArrayOutputStream();
            var bar = new Progress<>(source, sized ? (long) total : null, () -> clock[0])
                    .to(new PrintStream(bytes, true, StandardCharsets.UTF_8)).mininterval(c.get("mininterval").getAsDouble());
            if (!c.get("desc").isJsonNull()) bar.setDescription(c.get("desc").getAsString());
            var postfixes = c.get("postfixes").isJsonNull() ? null : c.getAsJsonArray("postfixes");
            var kwargs = c.get("kwargs").isJsonNull() ? null : c.getAsJsonArray("kwargs");
            int i = 0;
            for (int ignored : bar) {
                clock[0] += deltas.get(i % deltas.size());
                if (postfixes != null) {
                    var kv = postfixes.get(i % postfixes.size()).getAsJsonArray();
                    var v = kv.get(1).getAsJsonPrimitive();
                    Object value = v.getAsString().matches("-?\\d+") ? (Object) v.getAsLong() : (Object) v.getAsDouble();
                    bar.setPostfix(java.util.Map.of(kv.get(0).getAsString(), value));   // tqdm's set_postfix({k: v})
                }
                if (kwargs != null) {   // tqdm's set_postfix(**kwargs): given here in reverse order, sorted by setPostfix
                    List<Object> pairs = new ArrayList<>();
                    for (var e : kwargs.get(i % kwargs.size()).getAsJsonObject().entrySet()) pairs.addAll(0, List.of(e.getKey(), e.getValue().getAsDouble()));
                    bar.setPostfix(pairs.toArray());
                }
                i++;
            }
            assertEquals(c.get("out").getAsString(), bytes.toString(StandardCharsets.UTF_8), c.toString());
        }
    }

    @Test void formatNumAndPythonRepr() {
        assertEquals("0.123", Progress.formatValue(0.123456));
        assertEquals("1e-5", Progress.formatValue(1e-5));
        assertEquals("2", Progress.formatValue(2.0));
        assertEquals("0.1", Progress.formatValue(0.1f));
        assertEquals("12345", Progress.formatValue(12345));
        assertEquals("0.5", Progress.formatValue(torch4j.Torch.tensor(0.5)));
        assertEquals("1e-05", ProgressFormat.pyRepr(1e-5));
        assertEquals("1e+16", ProgressFormat.pyRepr(1e16));
        assertEquals("123456789012345.0", ProgressFormat.pyRepr(123456789012345.0));
        assertEquals("-0.0001", ProgressFormat.pyRepr(-1e-4));
        assertEquals("1.23e+04", ProgressFormat.g3(12345.678));
        assertEquals("1e+03", ProgressFormat.g3(999.5));
        assertEquals("0.000123", ProgressFormat.g3(0.000123456));
    }

    @Test void manualUpdatesAndEarlyClose() {
        var bytes = new ByteArrayOutputStream();
        double[] clock = {0};
        try (var bar = new Progress<>(List.of(), 4L, () -> clock[0]).to(new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            bar.update(0);   // starts the clock (a bar starts at its first use)
            clock[0] = 1;
            bar.update(2);
        }
        assertEquals("\r  0%|          | 0/4 [00:00<?, ?it/s]\r 50%|█████     | 2/4 [00:01<00:01,  2.00it/s]"
                + "\r 50%|█████     | 2/4 [00:01<00:01,  2.00it/s]\n", bytes.toString(StandardCharsets.UTF_8));
    }
}
