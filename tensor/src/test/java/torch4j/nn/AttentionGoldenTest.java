package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.autograd.Edge;
import torch4j.autograd.Node;
import torch4j.nn.functional.AttentionOutput;

/**
 * MultiheadAttention and the Transformer layers against PyTorch 1.13 ({@code golden/nn/gen_attention.py}):
 * reprs, state-dict keys, default initialisation, forward values and gradients over the options
 * and mask kinds, autograd graphs, dropout draws in train mode, eval mode, and error messages.
 *
 * <p>Tolerance: 1e-5 + 1e-5·|expected|. MultiheadAttention's outputs, weights and gradients
 * agree to 1e-6 + 1e-5·|expected| (GEMM summation orders differ in the last bits); gradients
 * through stacked layers with LayerNorm to about 2e-6 absolute on values up to ~10, which is
 * float32's noise there (PyTorch's own float32 gradients differ from its float64 ones by as
 * much). Eval mode under no_grad, where PyTorch 1.13 runs its fused fast path
 * ({@code _transformer_encoder_layer_fwd}, {@code _native_multi_head_attention}), agrees within
 * the same tolerance; the encoder's nested-tensor path (padded positions zeroed and trimmed) is
 * reproduced exactly.
 */
class AttentionGoldenTest {
    static final JsonObject GOLDEN = NnGolden.load("attention.json");
    static final double RTOL = 1e-5, ATOL = 1e-5;

    static Long optLong(JsonObject c, String key) { return c.has(key) && !c.get(key).isJsonNull() ? c.get(key).getAsLong() : null; }

    static boolean bool(JsonObject c, String key, boolean dflt) { return c.has(key) ? c.get(key).getAsBoolean() : dflt; }

    static double dbl(JsonObject c, String key, double dflt) { return c.has(key) ? c.get(key).getAsDouble() : dflt; }

    static String str(JsonObject c, String key, String dflt) { return c.has(key) ? c.get(key).getAsString() : dflt; }

    static MultiheadAttention mha(JsonObject c) {
        return new MultiheadAttention(c.get("embed_dim").getAsLong(), c.get("num_heads").getAsLong(), dbl(c, "dropout", 0.0),
                bool(c, "bias", true), bool(c, "add_bias_kv", false), bool(c, "add_zero_attn", false), optLong(c, "kdim"), optLong(c, "vdim"),
                bool(c, "batch_first", false));
    }

    static TransformerEncoderLayer encLayer(JsonObject c) {
        return new TransformerEncoderLayer(c.get("d_model").getAsLong(), c.get("nhead").getAsLong(), c.get("dim_feedforward").getAsLong(),
                c.get("dropout").getAsDouble(), str(c, "activation", "relu"), dbl(c, "layer_norm_eps", 1e-5), bool(c, "batch_first", false),
                bool(c, "norm_first", false));
    }

    static TransformerDecoderLayer decLayer(JsonObject c) {
        return new TransformerDecoderLayer(c.get("d_model").getAsLong(), c.get("nhead").getAsLong(), c.get("dim_feedforward").getAsLong(),
                c.get("dropout").getAsDouble(), str(c, "activation", "relu"), dbl(c, "layer_norm_eps", 1e-5), bool(c, "batch_first", false),
                bool(c, "norm_first", false));
    }

    static Module build(String kind, JsonObject c) {
        return switch (kind) {
            case "mha" -> mha(c);
            case "encoder_layer" -> encLayer(c);
            case "decoder_layer" -> decLayer(c);
            case "encoder" -> new TransformerEncoder(encLayer(c), c.get("num_layers").getAsInt(),
                    bool(c, "norm", false) ? new LayerNorm(c.get("d_model").getAsLong()) : null, bool(c, "enable_nested_tensor", true));
            case "decoder" -> new TransformerDecoder(decLayer(c), c.get("num_layers").getAsInt(),
                    bool(c, "norm", false) ? new LayerNorm(c.get("d_model").getAsLong()) : null);
            case "transformer" -> new Transformer(c.get("d_model").getAsLong(), c.get("nhead").getAsLong(), c.get("num_encoder_layers").getAsInt(),
                    c.get("num_decoder_layers").getAsInt(), c.get("dim_feedforward").getAsLong(), c.get("dropout").getAsDouble(),
                    str(c, "activation", "relu"), null, null, dbl(c, "layer_norm_eps", 1e-5), bool(c, "batch_first", false),
                    bool(c, "norm_first", false));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static long[] shape(JsonElement e) {
        var a = e.getAsJsonArray();
        long[] s = new long[a.size()];
        for (int i = 0; i < s.length; i++) s[i] = a.get(i).getAsLong();
        return s;
    }

    static Tensor optTensor(JsonObject c, String key) { return c.has(key) && !c.get(key).isJsonNull() ? NnGolden.tensor(c.get(key)) : null; }

    static void assertClose(JsonElement expected, Tensor actual, String what) {
        if (expected == null || expected.isJsonNull()) {
            assertNull(actual, what);
            return;
        }
        assertNotNull(actual, what);
        String diff = NnGolden.compare(actual.detach(), NnGolden.tensor(expected), RTOL, ATOL);
        assertNull(diff, what + ": " + diff);
    }

    static String desc(Node fn) {
        if (fn == null) return "None";
        StringBuilder sb = new StringBuilder(fn.name());
        List<Edge> next = fn.nextFunctions();
        if (!next.isEmpty()) {
            sb.append('(');
            for (int i = 0; i < next.size(); i++) sb.append(i > 0 ? ", " : "").append(desc(next.get(i).function()));
            sb.append(')');
        }
        return sb.toString();
    }

    static List<String> strings(JsonElement a) {
        List<String> out = new ArrayList<>();
        a.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        return out;
    }

    @Test void reprsKeysAndDefaultInitialisation() {
        for (JsonElement e : GOLDEN.getAsJsonArray("modules")) {
            JsonObject g = e.getAsJsonObject();
            String kind = g.get("kind").getAsString(), what = kind + " " + g.get("config");
            manualSeed(0);
            Module m = build(kind, g.getAsJsonObject("config"));
            assertEquals(g.get("repr").getAsString(), m.toString(), what);
            assertEquals(strings(g.get("state_dict")), List.copyOf(m.stateDict().keySet()), what);
            assertEquals(strings(g.get("named_modules")), List.copyOf(m.namedModules().keySet()), what);
            JsonObject params = g.getAsJsonObject("params");
            Map<String, Tensor> named = m.namedParameters();
            assertEquals(params.keySet(), named.keySet(), what);
            // init draws are bit-exact (same generator, same transforms)
            for (var p : params.entrySet()) assertNull(NnGolden.compare(named.get(p.getKey()).detach(), NnGolden.tensor(p.getValue()), 0, 0), what + " " + p.getKey());
            assertNull(NnGolden.compare(rand(3), NnGolden.tensor(tensorOf(g.get("rand_after"))), 0, 0), what + " draws after");
        }
        assertEquals(GOLDEN.get("default_transformer_repr").getAsString(), new Transformer(16, 2, 1, 1, 8, 0.1).toString());
    }

    static JsonObject tensorOf(JsonElement hexValues) {
        JsonObject o = new JsonObject();
        var s = new com.google.gson.JsonArray();
        s.add(hexValues.getAsJsonArray().size());
        o.add("shape", s);
        o.addProperty("dtype", "float32");
        o.add("values", hexValues);
        return o;
    }

    @Test void multiheadAttentionMatchesPyTorch() {
        for (JsonElement e : GOLDEN.getAsJsonArray("mha")) {
            JsonObject g = e.getAsJsonObject(), c = g.getAsJsonObject("case");
            String name = c.get("name").getAsString();
            long seed = c.has("seed") ? c.get("seed").getAsLong() : 3;
            manualSeed(seed);
            MultiheadAttention m = mha(c.getAsJsonObject("config"));
            Tensor q = randn(shape(c.get("q"))).requiresGrad_();
            boolean kIsQ = c.get("k").isJsonPrimitive(), vIsK = c.get("v").isJsonPrimitive();
            Tensor k = kIsQ ? q : randn(shape(c.get("k"))).requiresGrad_();
            Tensor v = vIsK ? k : randn(shape(c.get("v"))).requiresGrad_();
            m.train(bool(c, "train", true));
            manualSeed(seed + 1);
            AttentionOutput r = m.call(q, k, v, optTensor(c, "kpm"), bool(c, "need_weights", true), optTensor(c, "attn_mask"), bool(c, "average", true));
            Tensor o = r.attnOutput(), w = r.attnOutputWeights();
            Tensor loss = o.mul(o).sum();
            if (w != null) loss = loss.add(w.mul(w).sum());
            loss.backward();
            assertClose(g.get("out"), o, name + " out");
            assertClose(g.get("weights"), w, name + " weights");
            assertEquals(g.get("graph_out").getAsString(), desc(o.gradFn()), name + " graph of the output");
            if (w != null) assertEquals(g.get("graph_weights").getAsString(), desc(w.gradFn()), name + " graph of the weights");
            JsonObject grads = g.getAsJsonObject("grads");
            Map<String, Tensor> params = m.namedParameters();
            for (var p : grads.entrySet()) {
                Tensor t = switch (p.getKey()) {
                    case "q" -> q;
                    case "k" -> k;
                    case "v" -> v;
                    default -> params.get(p.getKey());
                };
                assertClose(p.getValue(), t.grad(), name + " grad " + p.getKey());
            }
            assertEquals(g.get("repr_prefix").getAsString(), r.toString().substring(0, 60), name + " tuple repr");
        }
    }

    static Tensor runLayer(Module m, String kind, Tensor src, Tensor tgt, JsonObject c) {
        return switch (kind) {
            case "encoder_layer" -> ((TransformerEncoderLayer) m).call(src, optTensor(c, "src_mask"), optTensor(c, "src_key_padding_mask"));
            case "encoder" -> ((TransformerEncoder) m).call(src, optTensor(c, "src_mask"), optTensor(c, "src_key_padding_mask"));
            case "decoder_layer" -> ((TransformerDecoderLayer) m).call(tgt, src, optTensor(c, "tgt_mask"), optTensor(c, "memory_mask"),
                    optTensor(c, "tgt_key_padding_mask"), optTensor(c, "memory_key_padding_mask"));
            case "decoder" -> ((TransformerDecoder) m).call(tgt, src, optTensor(c, "tgt_mask"), optTensor(c, "memory_mask"),
                    optTensor(c, "tgt_key_padding_mask"), optTensor(c, "memory_key_padding_mask"));
            default -> ((Transformer) m).forward(src, tgt, optTensor(c, "src_mask"), optTensor(c, "tgt_mask"), optTensor(c, "memory_mask"),
                    optTensor(c, "src_key_padding_mask"), optTensor(c, "tgt_key_padding_mask"), optTensor(c, "memory_key_padding_mask"));
        };
    }

    @Test void transformerLayersMatchPyTorchInTrainAndEvalMode() {
        for (JsonElement e : GOLDEN.getAsJsonArray("layers")) {
            JsonObject g = e.getAsJsonObject(), c = g.getAsJsonObject("case");
            String name = c.get("name").getAsString(), kind = c.get("kind").getAsString();
            long seed = c.has("seed") ? c.get("seed").getAsLong() : 5;
            for (String mode : List.of("train", "eval", "eval_nograd")) {
                String what = name + " " + mode;
                manualSeed(seed);
                Module m = build(kind, c.getAsJsonObject("config"));
                Tensor src = randn(shape(c.get("src")));
                Tensor tgt = c.has("tgt") ? randn(shape(c.get("tgt"))) : null;
                if (!mode.equals("train")) m.eval();
                manualSeed(seed + 1);
                JsonObject expected = g.getAsJsonObject(mode);
                if (mode.equals("eval_nograd")) {
                    try (var _ = noGrad()) {
                        assertClose(expected.get("out"), runLayer(m, kind, src, tgt, c), what);
                    }
                    continue;
                }
                Tensor y = runLayer(m, kind, src, tgt, c);
                y.mul(randn(y.shape().toLongArray())).sum().backward();
                assertClose(expected.get("out"), y, what);
                if (expected.has("graph") && !expected.get("graph").isJsonNull())
                    assertEquals(expected.get("graph").getAsString(), desc(y.gradFn()), what + " graph");
                JsonObject grads = expected.getAsJsonObject("grads");
                Map<String, Tensor> params = m.namedParameters();
                for (var p : grads.entrySet()) assertClose(p.getValue(), params.get(p.getKey()).grad(), what + " grad " + p.getKey());
            }
        }
    }

    static void assertError(String key, Runnable r) {
        JsonObject g = GOLDEN.getAsJsonObject("errors").getAsJsonObject(key);
        var ex = assertThrows(IllegalArgumentException.class, r::run, key);
        assertEquals(g.get("message").getAsString(), ex.getMessage(), key);
    }

    @Test void errorsSayWhatPyTorchSays() {
        manualSeed(0);
        MultiheadAttention m8 = new MultiheadAttention(8, 2);
        Tensor x = randn(3, 2, 8);
        assertError("divisible", () -> new MultiheadAttention(8, 3));
        assertError("activation", () -> new TransformerEncoderLayer(8, 2, 2048, 0.1, "tanh", 1e-5, false, false));
        assertError("mask_2d_shape", () -> m8.call(x, x, x, null, true, zeros(3, 4)));
        assertError("mask_3d_shape", () -> m8.call(x, x, x, null, true, zeros(2, 3, 3)));
        assertError("mask_dtype", () -> m8.call(x, x, x, null, true, zeros(new long[]{3, 3}, int64)));
        assertError("kpm_dtype", () -> m8.call(x, x, x, zeros(new long[]{2, 3}, int64), true, null));
        assertError("kpm_shape", () -> m8.call(x, x, x, zeros(new long[]{2, 4}, bool), true, null));
        assertError("query_dim", () -> m8.call(x.get(0, 0), x.get(0, 0), x.get(0, 0)));
        assertError("key_dim", () -> m8.call(x, x.get(0), x.get(0)));
        assertError("embed_dim", () -> m8.call(randn(3, 2, 6), randn(3, 2, 6), randn(3, 2, 6)));
        assertError("kv_shape", () -> m8.call(x, x, x.get(":2")));
        assertError("batch_number", () -> new Transformer(8, 2, 1, 1, 16, 0.1).forward(randn(3, 2, 8), randn(3, 4, 8)));
        assertError("feature_number", () -> new Transformer(8, 2, 1, 1, 16, 0.1).forward(randn(3, 2, 8), randn(3, 2, 6)));
    }

    @Test void squareSubsequentMaskPrintsAsPyTorchPrintsIt() {
        JsonObject g = GOLDEN.getAsJsonObject("square_subsequent_mask");
        for (String n : g.keySet()) assertEquals(g.get(n).getAsString(), Transformer.generateSquareSubsequentMask(Long.parseLong(n)).toString());
    }
}
