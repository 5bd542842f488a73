package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/** Module reprs, key orders, default initialisation and load_state_dict reports against PyTorch 1.13 ({@code golden/nn/gen_nn.py}). */
class ModuleGoldenTest {
    static final JsonObject GOLDEN = NnGolden.load("nn.json");

    static class Net extends Module {
        final Linear hidden = register("hidden", new Linear(1, 10));
        final Linear predict = register("predict", new Linear(10, 1));

        @Override public Tensor forward(Tensor x) { return predict.call(F.relu(hidden.call(x))); }
    }

    static Map<String, Supplier<Module>> modules() {
        Map<String, Supplier<Module>> m = new LinkedHashMap<>();
        m.put("net", Net::new);
        m.put("nested", () -> {
            var dict = new LinkedHashMap<String, Module>();
            dict.put("act", new ELU());
            dict.put("head", new ModuleList(new Linear(3, 1), new Sigmoid()));
            return new Sequential(new Linear(2, 3, false), new Sequential(new ReLU(true), new Dropout(0.2)), new ModuleDict(dict));
        });
        m.put("extra", () -> {
            Sequential s = new Sequential(new Linear(4, 2));
            s.addModule("extra-layer", new Tanh());
            s.addModule("loss", new CrossEntropyLoss(ones(2)));
            return s;
        });
        return m;
    }

    static List<String> strings(JsonElement a) {
        List<String> out = new ArrayList<>();
        a.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        return out;
    }

    @Test void reprsAndKeyOrders() {
        JsonObject golden = GOLDEN.getAsJsonObject("modules");
        for (var e : modules().entrySet()) {
            Module m = e.getValue().get();
            JsonObject g = golden.getAsJsonObject(e.getKey());
            assertEquals(g.get("repr").getAsString(), m.toString(), e.getKey());
            assertEquals(strings(g.get("state_dict")), List.copyOf(m.stateDict().keySet()), e.getKey());
            assertEquals(strings(g.get("named_parameters")), List.copyOf(m.namedParameters().keySet()), e.getKey());
            assertEquals(strings(g.get("named_buffers")), List.copyOf(m.namedBuffers().keySet()), e.getKey());
            assertEquals(strings(g.get("named_modules")), List.copyOf(m.namedModules().keySet()), e.getKey());
            assertEquals(strings(g.get("children")), m.children().stream().map(Module::getName).toList(), e.getKey());
        }
    }

    @Test void layerReprs() {
        Map<String, Module> layers = new LinkedHashMap<>();
        layers.put("Linear(3, 2)", new Linear(3, 2));
        layers.put("Linear(3, 2, false)", new Linear(3, 2, false));
        layers.put("ReLU()", new ReLU());
        layers.put("ReLU(true)", new ReLU(true));
        layers.put("LeakyReLU()", new LeakyReLU());
        layers.put("LeakyReLU(0.2, true)", new LeakyReLU(0.2, true));
        layers.put("ELU()", new ELU());
        layers.put("ELU(0.5, true)", new ELU(0.5, true));
        layers.put("GELU()", new GELU());
        layers.put("GELU(tanh)", new GELU("tanh"));
        layers.put("Sigmoid()", new Sigmoid());
        layers.put("Tanh()", new Tanh());
        layers.put("Softplus()", new Softplus());
        layers.put("Softplus(2, 10)", new Softplus(2, 10));
        layers.put("Softplus(0.5, 10)", new Softplus(0.5, 10));
        layers.put("Softmax(1)", new Softmax(1));
        layers.put("Softmax()", new Softmax());
        layers.put("LogSoftmax(1)", new LogSoftmax(1));
        layers.put("Dropout()", new Dropout());
        layers.put("Dropout(1e-05)", new Dropout(1e-05));
        layers.put("Dropout2d(0.3)", new Dropout2d(0.3));
        layers.put("Flatten()", new Flatten());
        layers.put("Flatten(0, 2)", new Flatten(0, 2));
        layers.put("Unflatten(1, 2, 5)", new Unflatten(1, 2, 5));
        layers.put("Unflatten(0, 7)", new Unflatten(0, 7));
        layers.put("Embedding(10, 3)", new Embedding(10, 3));
        layers.put("Embedding(10, 3, -1, 1.0, 3.0)", new Embedding(10, 3, -1L, 1.0, 3.0));
        layers.put("Identity()", new Identity());
        layers.put("MSELoss()", new MSELoss());
        layers.put("L1Loss()", new L1Loss());
        layers.put("SmoothL1Loss()", new SmoothL1Loss());
        layers.put("HuberLoss()", new HuberLoss());
        layers.put("CrossEntropyLoss()", new CrossEntropyLoss());
        layers.put("NLLLoss()", new NLLLoss());
        layers.put("BCELoss()", new BCELoss());
        layers.put("BCEWithLogitsLoss()", new BCEWithLogitsLoss());
        layers.put("KLDivLoss()", new KLDivLoss());
        JsonObject golden = GOLDEN.getAsJsonObject("layer_reprs");
        assertEquals(golden.keySet(), layers.keySet());
        for (var e : layers.entrySet()) assertEquals(golden.get(e.getKey()).getAsString(), e.getValue().toString(), e.getKey());
    }

    @Test void parameterReprs() {
        JsonObject golden = GOLDEN.getAsJsonObject("parameter_reprs");
        assertEquals(golden.get("ones(2)").getAsString(), new Parameter(ones(2)).toString());
        assertEquals(golden.get("scalar").getAsString(), new Parameter(tensor(1.5)).toString());
        assertEquals(golden.get("frozen").getAsString(), new Parameter(tensor(1.0, 2.0), false).toString());
    }

    @Test void defaultInitialisationDrawsPyTorchsNumbers() {
        JsonObject golden = GOLDEN.getAsJsonObject("init");
        Map<String, Supplier<List<Tensor>>> cases = new LinkedHashMap<>();
        cases.put("seed0 Linear(3, 2)", () -> { manualSeed(0); return new Linear(3, 2).parameters(); });
        cases.put("seed1 Net", () -> { manualSeed(1); return new Net().parameters(); });
        cases.put("seed0 Embedding(10, 3)", () -> { manualSeed(0); return new Embedding(10, 3).parameters(); });
        cases.put("seed3 Embedding(5, 2, 1)", () -> { manualSeed(3); return new Embedding(5, 2, 1L).parameters(); });
        cases.put("seed2 Linear(0, 2)", () -> { manualSeed(2); return new Linear(0, 2).parameters(); });
        assertEquals(golden.keySet(), cases.keySet());
        for (var e : cases.entrySet()) {
            List<Tensor> actual = e.getValue().get();
            var expected = golden.getAsJsonArray(e.getKey());
            assertEquals(expected.size(), actual.size(), e.getKey());
            for (int i = 0; i < actual.size(); i++)
                assertNull(NnGolden.compare(actual.get(i).detach(), NnGolden.tensor(expected.get(i)), 0, 0), e.getKey() + " #" + i);
        }
    }

    static String outcome(Supplier<Object> f) {
        try {
            return "OK " + f.get();
        } catch (RuntimeException ex) {
            return ex.getMessage();
        }
    }

    @Test void loadStateDictReports() {
        JsonObject golden = GOLDEN.getAsJsonObject("load_state_dict");
        Map<String, Tensor> sd = new Net().stateDict();
        Map<String, Tensor> missing = new LinkedHashMap<>(sd);
        missing.remove("predict.bias");
        Map<String, Tensor> unexpected = new LinkedHashMap<>(sd);
        unexpected.put("predict.scale", ones(1));
        unexpected.put("other.weight", ones(1));
        Map<String, Tensor> both = new LinkedHashMap<>(missing);
        both.put("x", ones(1));
        Map<String, Tensor> wrong = new LinkedHashMap<>(sd);
        wrong.put("hidden.weight", ones(3, 1));
        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put("missing strict", () -> new Net().loadStateDict(missing));
        cases.put("missing lenient", () -> new Net().loadStateDict(missing, false));
        cases.put("unexpected strict", () -> new Net().loadStateDict(unexpected));
        cases.put("unexpected lenient", () -> new Net().loadStateDict(unexpected, false));
        cases.put("both strict", () -> new Net().loadStateDict(both));
        cases.put("shape", () -> new Net().loadStateDict(wrong));
        cases.put("ok", () -> new Net().loadStateDict(sd));
        assertEquals(golden.keySet(), cases.keySet());
        for (var e : cases.entrySet()) {
            String expected = golden.get(e.getKey()).getAsString().replaceFirst("^RuntimeError: ", "");
            assertEquals(expected, outcome(e.getValue()), e.getKey());
        }
    }
}
