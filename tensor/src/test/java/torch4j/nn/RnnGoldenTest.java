package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.nn.utils.rnn.PackedSequence;
import torch4j.nn.utils.rnn.Rnn;

/**
 * RNN, LSTM, GRU and their cells against PyTorch 1.13 ({@code golden/rnn/gen_rnn.py}): default
 * initialisation from the same seed, state-dict keys, repr, outputs, final states, dropout draws,
 * gradients of inputs, states and parameters, and {@code grad_fn} names.
 */
class RnnGoldenTest {
    static final JsonObject GOLDEN = load("rnn.json");

    static JsonObject load(String name) {
        try (var in = RnnGoldenTest.class.getResourceAsStream("/golden/rnn/" + name)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Tensor t(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : NnGolden.tensor(e);
    }

    static void close(Tensor actual, JsonObject o, String key, String what) {
        String diff = NnGolden.compare(actual, t(o, key), 1e-4, 2e-5);
        assertNull(diff, what + " " + key + ": " + diff);
    }

    /** The fixed upstream gradient of the generator: (arange(n) % 7 − 3) / 4 in t's shape. */
    static Tensor weight(Tensor x) {
        return arange(x.numel()).remainder(7).sub(3).to(x.dtype()).div(4).view(x.shape().toLongArray());
    }

    static Tensor dot(Tensor x) { return x.mul(weight(x)).sum(); }

    static RNNOptions options(JsonObject kw) {
        RNNOptions o = new RNNOptions();
        for (Map.Entry<String, JsonElement> e : kw.entrySet()) {
            switch (e.getKey()) {
                case "num_layers" -> o.numLayers(e.getValue().getAsInt());
                case "bias" -> o.bias(e.getValue().getAsBoolean());
                case "batch_first" -> o.batchFirst(e.getValue().getAsBoolean());
                case "dropout" -> o.dropout(e.getValue().getAsDouble());
                case "bidirectional" -> o.bidirectional(e.getValue().getAsBoolean());
                case "proj_size" -> o.projSize(e.getValue().getAsLong());
                case "nonlinearity" -> o.nonlinearity(e.getValue().getAsString());
                default -> throw new IllegalStateException(e.getKey());
            }
        }
        return o;
    }

    static RNNBase make(String kind, long in, long hidden, JsonObject kw) {
        return switch (kind) {
            case "RNN" -> new RNN(in, hidden, options(kw));
            case "LSTM" -> new LSTM(in, hidden, options(kw));
            case "GRU" -> new GRU(in, hidden, options(kw));
            default -> throw new IllegalStateException(kind);
        };
    }

    /**
     * PyTorch's CPU path names two nodes after ATen-internal ops that torch4j composes from public
     * ones: the in-place {@code transpose_} RNN and GRU apply for batch_first (TransposeBackward1;
     * here TransposeBackward0) and {@code _pack_padded_sequence} (PackPaddedSequenceBackward0;
     * here CatBackward0, the cat of the packed blocks); inside the cells, ATen's {@code unsafe_chunk}
     * of the gates (UnsafeSplitBackward0; here {@code chunk}, SplitBackward0).
     */
    static String composite(String pytorchName) {
        if (pytorchName == null) return null;
        return switch (pytorchName) {
            case "TransposeBackward1" -> "TransposeBackward0";
            case "PackPaddedSequenceBackward0" -> "CatBackward0";
            case "UnsafeSplitBackward0" -> "SplitBackward0";
            default -> pytorchName;
        };
    }

    static String name(Tensor x) { return x == null || x.gradFn() == null ? null : x.gradFn().name(); }

    static void checkModule(Module m, JsonObject g, String what) {
        assertEquals(g.get("repr").getAsString(), m.toString(), what);
        List<String> keys = new ArrayList<>();
        g.getAsJsonArray("keys").forEach(k -> keys.add(k.getAsString()));
        assertEquals(keys, new ArrayList<>(m.stateDict().keySet()), what);
        for (String k : keys) close(m.stateDict().get(k), g.getAsJsonObject("params"), k, what + " init");
    }

    static void checkGrads(Module m, JsonObject g, String what) {
        JsonObject grads = g.getAsJsonObject("param_grads");
        for (var e : m.namedParameters().entrySet()) close(e.getValue().grad(), grads, e.getKey(), what + " grad");
    }

    @Test void modulesMatchPyTorch() {
        for (JsonElement e : GOLDEN.getAsJsonArray("modules")) {
            JsonObject g = e.getAsJsonObject();
            String kind = g.get("kind").getAsString();
            String what = g.get("repr").getAsString();
            manualSeed(g.get("seed").getAsLong());
            RNNBase m = make(kind, g.get("input_size").getAsLong(), g.get("hidden_size").getAsLong(), g.getAsJsonObject("kw"));
            m.train(g.get("training").getAsBoolean());
            checkModule(m, g, what);
            Tensor x = t(g, "x").requiresGrad_(), h0 = t(g, "h0"), c0 = t(g, "c0");
            if (h0 != null) h0.requiresGrad_();
            if (c0 != null) c0.requiresGrad_();
            manualSeed(g.get("seed").getAsLong() + 100);
            RNNBase.Result<Tensor> r = switch (m) {
                case LSTM l -> h0 == null ? l.forwardWithHidden(x) : l.forwardWithHidden(x, h0, c0);
                case RNN n -> h0 == null ? n.forwardWithHidden(x) : n.forwardWithHidden(x, h0);
                case GRU n -> h0 == null ? n.forwardWithHidden(x) : n.forwardWithHidden(x, h0);
                default -> throw new IllegalStateException();
            };
            close(r.output(), g, "output", what);
            close(r.hN(), g, "h_n", what);
            if (r.cN() != null) close(r.cN(), g, "c_n", what);
            var names = g.getAsJsonArray("grad_fn");
            assertEquals(composite(names.get(0).getAsString()), name(r.output()), what);
            assertEquals(names.get(1).getAsString(), name(r.hN()), what);
            if (r.cN() != null) assertEquals(names.get(2).getAsString(), name(r.cN()), what);
            Tensor loss = dot(r.output()).add(dot(r.hN()));
            if (r.cN() != null) loss = loss.add(dot(r.cN()));
            loss.backward();
            close(x.grad(), g, "x_grad", what);
            if (h0 != null) close(h0.grad(), g, "h0_grad", what);
            if (c0 != null) close(c0.grad(), g, "c0_grad", what);
            checkGrads(m, g, what);
        }
    }

    @Test void packedSequencesMatchPyTorch() {
        for (JsonElement e : GOLDEN.getAsJsonArray("packed")) {
            JsonObject g = e.getAsJsonObject();
            String kind = g.get("kind").getAsString();
            manualSeed(g.get("seed").getAsLong());
            RNNBase m = make(kind, 3, 4, g.getAsJsonObject("kw"));
            String what = m + " packed " + g.get("lens");
            List<Tensor> seqs = new ArrayList<>();
            g.getAsJsonArray("seqs").forEach(s -> seqs.add(NnGolden.tensor(s).requiresGrad_()));
            PackedSequence p = Rnn.packSequence(seqs, g.get("enforce_sorted").getAsBoolean());
            Tensor h0 = t(g, "h0"), c0 = t(g, "c0");
            if (h0 != null) h0.requiresGrad_();
            manualSeed(g.get("seed").getAsLong() + 100);
            RNNBase.Result<PackedSequence> r = switch (m) {
                case LSTM l -> h0 == null ? l.forwardWithHidden(p) : l.forwardWithHidden(p, h0, c0);
                case RNN n -> h0 == null ? n.forwardWithHidden(p) : n.forwardWithHidden(p, h0);
                case GRU n -> h0 == null ? n.forwardWithHidden(p) : n.forwardWithHidden(p, h0);
                default -> throw new IllegalStateException();
            };
            PackedSequence po = r.output();
            close(po.data(), g, "data", what);
            assertEquals(t(g, "batch_sizes").toString(), po.batchSizes().toString(), what);
            assertEquals(String.valueOf(t(g, "sorted_indices")), String.valueOf(po.sortedIndices()), what);
            assertEquals(String.valueOf(t(g, "unsorted_indices")), String.valueOf(po.unsortedIndices()), what);
            close(r.hN(), g, "h_n", what);
            if (r.cN() != null) close(r.cN(), g, "c_n", what);
            var names = g.getAsJsonArray("grad_fn");
            assertEquals(names.get(0).getAsString(), name(po.data()), what);
            assertEquals(names.get(1).getAsString(), name(r.hN()), what);
            List<Tensor> padded = Rnn.padPackedSequence(po, true);
            close(padded.get(0), g, "padded", what);
            assertEquals(t(g, "lengths").toString(), padded.get(1).toString(), what);
            Tensor loss = dot(po.data()).add(dot(r.hN()));
            if (r.cN() != null) loss = loss.add(dot(r.cN()));
            loss.backward();
            for (int i = 0; i < seqs.size(); i++) {
                String diff = NnGolden.compare(seqs.get(i).grad(), NnGolden.tensor(g.getAsJsonArray("seq_grads").get(i)), 1e-4, 2e-5);
                assertNull(diff, what + " seq " + i + ": " + diff);
            }
            if (h0 != null) close(h0.grad(), g, "h0_grad", what);
            checkGrads(m, g, what);
        }
    }

    @Test void cellsMatchPyTorch() {
        for (JsonElement e : GOLDEN.getAsJsonArray("cells")) {
            JsonObject g = e.getAsJsonObject();
            String kind = g.get("kind").getAsString();
            JsonObject kw = g.getAsJsonObject("kw");
            boolean bias = !kw.has("bias") || kw.get("bias").getAsBoolean();
            manualSeed(g.get("seed").getAsLong());
            RNNCellBase m = switch (kind) {
                case "RNNCell" -> new RNNCell(4, 5, bias, kw.has("nonlinearity") ? kw.get("nonlinearity").getAsString() : "tanh");
                case "LSTMCell" -> new LSTMCell(4, 5, bias);
                case "GRUCell" -> new GRUCell(4, 5, bias);
                default -> throw new IllegalStateException(kind);
            };
            String what = g.get("repr").getAsString();
            checkModule(m, g, what);
            Tensor x = t(g, "x").requiresGrad_(), h0 = t(g, "h0"), c0 = t(g, "c0");
            if (h0 != null) h0.requiresGrad_();
            if (c0 != null) c0.requiresGrad_();
            Tensor h, c = null;
            if (m instanceof LSTMCell l) {
                List<Tensor> hc = h0 == null ? l.forwardWithHidden(x) : l.forwardWithHidden(x, h0, c0);
                h = hc.get(0);
                c = hc.get(1);
            } else {
                h = h0 == null ? m.call(x) : m.call(x, h0);
            }
            close(h, g, "h", what);
            if (c != null) close(c, g, "c", what);
            var names = g.getAsJsonArray("grad_fn");
            assertEquals(names.get(0).getAsString(), name(h), what);
            if (c != null) assertEquals(names.get(1).getAsString(), name(c), what);
            Tensor loss = c == null ? dot(h) : dot(h).add(dot(c));
            loss.backward();
            close(x.grad(), g, "x_grad", what);
            if (h0 != null) close(h0.grad(), g, "h0_grad", what);
            if (c0 != null) close(c0.grad(), g, "c0_grad", what);
            checkGrads(m, g, what);
        }
    }

    static void walk(torch4j.autograd.Node f, List<String> acc) {
        if (f == null) return;
        acc.add(f.name());
        for (var edge : f.nextFunctions()) walk(edge.function(), acc);
    }

    /** The whole backward graph, depth first, is PyTorch's node for node (up to {@link #composite}). */
    @Test void backwardGraphsArePyTorchs() {
        JsonObject graphs = GOLDEN.getAsJsonObject("graphs");
        Map<String, java.util.function.Supplier<Tensor>> cases = new java.util.LinkedHashMap<>();
        cases.put("lstm", () -> new LSTM(2, 3).call(randn(2, 1, 2)));
        cases.put("lstm_proj", () -> new LSTM(2, 3, new RNNOptions().projSize(1)).call(randn(2, 1, 2)));
        cases.put("gru", () -> new GRU(2, 3).call(randn(2, 1, 2)));
        cases.put("rnn_relu_nobias", () -> new RNN(2, 3, new RNNOptions().nonlinearity("relu").bias(false)).call(randn(2, 1, 2)));
        cases.put("lstm_cell", () -> new LSTMCell(2, 3).call(randn(1, 2)));
        cases.put("gru_cell", () -> new GRUCell(2, 3).call(randn(1, 2)));
        for (var e : cases.entrySet()) {
            manualSeed(0);
            List<String> acc = new ArrayList<>();
            walk(e.getValue().get().gradFn(), acc);
            List<String> expected = new ArrayList<>();
            graphs.getAsJsonArray(e.getKey()).forEach(n -> expected.add(composite(n.getAsString())));
            assertEquals(expected, acc, e.getKey());
        }
    }
}
