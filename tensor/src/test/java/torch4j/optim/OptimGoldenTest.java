package torch4j.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * Every optimizer's parameter trajectory over 50 steps of a small float32 linear regression
 * matches PyTorch 1.13 (golden/optim/gen_optim.py) within 1e-5 relative; so do the repr and the
 * state dict (structure, key order, values) after the last step.
 */
class OptimGoldenTest {
    static final JsonObject GOLDEN = load("/golden/optim/optim.json");

    static JsonObject load(String resource) {
        try (var in = OptimGoldenTest.class.getResourceAsStream(resource)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static float[] floats(JsonArray a) {
        float[] out = new float[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsFloat();
        return out;
    }

    /** A JSON option value as Java gives it: 0.9 → Double, 0 → Integer, [0.9, 0.999] → List, true → Boolean. */
    static Object value(JsonElement e) {
        if (e.isJsonNull()) return null;
        if (e.isJsonArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonElement x : e.getAsJsonArray()) l.add(value(x));
            return l;
        }
        var p = e.getAsJsonPrimitive();
        if (p.isBoolean()) return p.getAsBoolean();
        String s = p.getAsString();
        return s.contains(".") || s.contains("e") ? (Object) p.getAsDouble() : (Object) p.getAsInt();
    }

    static Optimizer make(String cls, List<ParamGroup> groups, JsonObject options) {
        OptimizerOptions<?> o = switch (cls) {
            case "SGD" -> SGD.options();
            case "Adam" -> Adam.options();
            case "AdamW" -> AdamW.options();
            case "Adagrad" -> Adagrad.options();
            case "RMSprop" -> RMSprop.options();
            case "Adadelta" -> Adadelta.options();
            default -> throw new IllegalArgumentException(cls);
        };
        for (var e : options.entrySet()) o.set(e.getKey(), value(e.getValue()));
        return switch (cls) {
            case "SGD" -> new SGD(groups, (SGD.Options) o);
            case "Adam" -> new Adam(groups, (Adam.Options) o);
            case "AdamW" -> new AdamW(groups, (Adam.Options) o);
            case "Adagrad" -> new Adagrad(groups, (Adagrad.Options) o);
            case "RMSprop" -> new RMSprop(groups, (RMSprop.Options) o);
            case "Adadelta" -> new Adadelta(groups, (Adadelta.Options) o);
            default -> throw new IllegalArgumentException(cls);
        };
    }

    @TestFactory
    Stream<DynamicTest> trajectories() {
        Tensor X = Torch.from(floats(GOLDEN.getAsJsonArray("X"))).view(16, 4);
        Tensor y = Torch.from(floats(GOLDEN.getAsJsonArray("y")));
        return GOLDEN.getAsJsonObject("cases").entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            JsonObject spec = c.getValue().getAsJsonObject();
            Tensor w = Torch.from(floats(GOLDEN.getAsJsonArray("w0"))).requiresGrad_();
            Tensor b = Torch.from(floats(GOLDEN.getAsJsonArray("b0"))).requiresGrad_();
            List<ParamGroup> groups;
            if (spec.get("groups").isJsonNull()) groups = List.of(ParamGroup.of(w, b));
            else {
                groups = List.of(ParamGroup.of(w), ParamGroup.of(b));
                JsonArray gs = spec.getAsJsonArray("groups");
                for (int i = 0; i < 2; i++)
                    for (var e : gs.get(i).getAsJsonObject().entrySet()) groups.get(i).set(e.getKey(), value(e.getValue()));
            }
            Optimizer opt = make(spec.get("class").getAsString(), groups, spec.getAsJsonObject("options"));
            JsonArray traj = spec.getAsJsonArray("trajectory");
            for (int step = 0; step < 50; step++) {
                opt.zeroGrad();
                Tensor loss = X.matmul(w).add(b).sub(y).pow(2).mean();
                loss.backward();
                opt.step();
                float[] want = floats(traj.get(step).getAsJsonArray());
                float[] got = Torch.cat(List.of(w.detach(), b.detach()), 0).toFloatArray();
                for (int i = 0; i < want.length; i++)
                    if (Math.abs(got[i] - want[i]) > 1e-5 * Math.abs(want[i]) + 1e-6)
                        fail(c.getKey() + " step " + (step + 1) + " param " + i + ": " + got[i] + " vs PyTorch " + want[i]);
            }
            assertEquals(spec.get("repr").getAsString(), opt.toString());
            checkStateDict(spec, opt.stateDict());
        }));
    }

    @SuppressWarnings("unchecked")
    static void checkStateDict(JsonObject spec, Map<String, Object> sd) {
        assertEquals(List.of("state", "param_groups"), List.copyOf(sd.keySet()));
        List<Map<String, Object>> groups = (List<Map<String, Object>>) sd.get("param_groups");
        JsonArray wantGroups = spec.getAsJsonArray("param_groups");
        assertEquals(wantGroups.size(), groups.size());
        for (int g = 0; g < groups.size(); g++) {
            JsonArray want = wantGroups.get(g).getAsJsonArray();
            List<String> keys = new ArrayList<>();
            for (JsonElement kv : want) keys.add(kv.getAsJsonArray().get(0).getAsString());
            assertEquals(keys, List.copyOf(groups.get(g).keySet()));
            for (JsonElement kv : want) {
                String key = kv.getAsJsonArray().get(0).getAsString();
                assertEquals(value(kv.getAsJsonArray().get(1)), groups.get(g).get(key), key);
            }
        }
        Map<Integer, Map<String, Object>> state = (Map<Integer, Map<String, Object>>) sd.get("state");
        JsonObject wantState = spec.getAsJsonObject("state");
        assertEquals(wantState.keySet().stream().map(Integer::valueOf).toList(), List.copyOf(state.keySet()));
        for (var e : wantState.entrySet()) {
            Map<String, Object> got = state.get(Integer.valueOf(e.getKey()));
            assertEquals(List.copyOf(e.getValue().getAsJsonObject().keySet()), List.copyOf(got.keySet()));
            for (var s : e.getValue().getAsJsonObject().entrySet()) {
                JsonElement want = s.getValue();
                Object v = got.get(s.getKey());
                if (want.isJsonNull()) { assertNull(v, s.getKey()); continue; }
                if (want.isJsonPrimitive()) { assertEquals(want.getAsInt(), ((Number) v).intValue(), s.getKey()); continue; }
                JsonObject t = want.getAsJsonObject();
                Tensor tv = (Tensor) v;
                assertEquals(t.get("dtype").getAsString(), tv.dtype().toString(), s.getKey());
                assertEquals(value(t.get("shape")), List.copyOf(java.util.Arrays.stream(tv.shape().toLongArray()).boxed().map(Long::intValue).toList()), s.getKey());
                float[] wv = floats(t.getAsJsonArray("tensor"));
                float[] gv = tv.toFloatArray();
                assertEquals(wv.length, gv.length);
                // near convergence a gradient-like state is a difference of nearly equal numbers: tolerance scales with the tensor
                double scale = 0;
                for (float x : wv) scale = Math.max(scale, Math.abs(x));
                for (int i = 0; i < wv.length; i++)
                    assertTrue(Math.abs(gv[i] - wv[i]) <= 1e-4 * scale + 1e-6, s.getKey() + "[" + i + "]: " + gv[i] + " vs " + wv[i]);
            }
        }
    }
}
