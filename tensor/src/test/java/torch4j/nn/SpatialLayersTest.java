package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static torch4j.nn.SpatialGoldenTest.assertClose;
import static torch4j.nn.SpatialGoldenTest.tensor;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;

/**
 * Spatial layers against PyTorch 1.13 ({@code golden/spatial/gen_layers.py}): reprs, default
 * initialisation under a seed, state-dict keys, BatchNorm running statistics over train steps
 * and eval, constructor and input errors.
 */
class SpatialLayersTest {
    static JsonObject golden() {
        try (var in = SpatialLayersTest.class.getResourceAsStream("/golden/spatial/spatial_layers.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same constructors as gen_layers.py, by key. */
    static Map<String, Supplier<Module>> layers() {
        Map<String, Supplier<Module>> m = new LinkedHashMap<>();
        m.put("conv2d_1_6_5", () -> new Conv2d(1, 6, 5));
        m.put("conv2d_1_2_3", () -> new Conv2d(1, 2, 3));
        m.put("conv2d_full", () -> new Conv2d(4, 6, new int[]{3, 2}, new int[]{2, 1}, new int[]{1, 0}, new int[]{2, 2}, 2, false, "zeros"));
        m.put("conv2d_same_reflect", () -> new Conv2d(2, 3, new int[]{3, 3}, new int[]{1, 1}, "same", new int[]{1, 1}, 1, true, "reflect"));
        m.put("conv2d_pad_replicate", () -> new Conv2d(2, 3, 3, 2, 1, 1, 1, true, "replicate"));
        m.put("conv1d_3_4_3", () -> new Conv1d(3, 4, 3));
        m.put("conv1d_full", () -> new Conv1d(4, 2, 2, 2, 1, 2, 2, false, "zeros"));
        m.put("convt_3_2_3", () -> new ConvTranspose2d(3, 2, 3));
        m.put("convt_full", () -> new ConvTranspose2d(4, 6, 3, 2, 1, 1, 2, true, 1));
        m.put("maxpool_2", () -> new MaxPool2d(2));
        m.put("maxpool_full", () -> new MaxPool2d(new int[]{3, 2}, new int[]{2, 1}, new int[]{1}, new int[]{1, 2}, true));
        m.put("avgpool_2", () -> new AvgPool2d(2));
        m.put("avgpool_full", () -> new AvgPool2d(3, 2, 1, true, false, 4));
        m.put("adaptiveavg_7", () -> new AdaptiveAvgPool2d(7));
        m.put("adaptiveavg_none", () -> new AdaptiveAvgPool2d(new long[]{-1, 3}));
        m.put("adaptivemax_2_3", () -> new AdaptiveMaxPool2d(new long[]{2, 3}));
        m.put("bn2d_6", () -> new BatchNorm2d(6));
        m.put("bn2d_opts", () -> new BatchNorm2d(3, 1e-3, null, false, true));
        m.put("bn1d_untracked", () -> new BatchNorm1d(4, 1e-5, 0.3, true, false));
        m.put("ln_10", () -> new LayerNorm(10));
        m.put("ln_shape", () -> new LayerNorm(new long[]{3, 4}, 1e-6, false));
        m.put("upsample_2", () -> new Upsample(2.0));
        m.put("upsample_size_bilinear", () -> new Upsample(new long[]{4, 5}, "bilinear", true));
        m.put("upsample_7", () -> new Upsample(new long[]{7}, "nearest", null));
        return m;
    }

    static void assertState(JsonObject expected, Module m, String what) {
        Map<String, Tensor> state = m.stateDict();
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(state.keySet()), what + " state_dict keys");
        for (var e : expected.entrySet()) assertClose(tensor(e.getValue().getAsJsonObject()), state.get(e.getKey()), what + " " + e.getKey());
    }

    @Test void reprsAndDefaultInitialisationMatchPyTorch() {
        JsonObject g = golden().getAsJsonObject("layers");
        var made = layers();
        assertEquals(new ArrayList<>(g.keySet()), new ArrayList<>(made.keySet()));
        for (var e : made.entrySet()) {
            Torch.manualSeed(0);
            Module m = e.getValue().get();
            JsonObject want = g.getAsJsonObject(e.getKey());
            assertEquals(want.get("repr").getAsString(), m.toString(), e.getKey());
            assertState(want.getAsJsonObject("state"), m, e.getKey());
        }
    }

    @Test void upsampleLayersMatchPyTorch() {
        JsonObject g = golden().getAsJsonObject("upsample_outputs");
        Tensor x = tensor(g.getAsJsonObject("input"));
        var made = layers();
        for (String key : List.of("upsample_2", "upsample_size_bilinear", "upsample_7"))
            assertClose(tensor(g.getAsJsonObject(key)), made.get(key).get().call(x), key);
    }

    @Test void smallCnnPrintsAndInitialisesAsPyTorch() {
        JsonObject g = golden().getAsJsonObject("cnn");
        Torch.manualSeed(0);
        Sequential cnn = new Sequential(new Conv2d(1, 6, 5), new ReLU(), new MaxPool2d(2), new Conv2d(6, 16, 5), new ReLU(), new MaxPool2d(2),
                new Flatten(), new Linear(256, 10));
        assertEquals(g.get("repr").getAsString(), cnn.toString());
        assertState(g.getAsJsonObject("state"), cnn, "cnn");
        // a seeded step: the logits print as PyTorch's, loss and every parameter gradient agree
        Tensor logits = cnn.call(Torch.randn(4, 1, 28, 28));
        assertEquals(g.get("logits_repr").getAsString(), logits.toString());
        Tensor loss = torch4j.nn.functional.F.crossEntropy(logits, Torch.tensor(3L, 0L, 7L, 1L));
        assertEquals(g.get("loss").getAsDouble(), loss.item(), 1e-6);
        loss.backward();
        for (var e : g.getAsJsonObject("grads").entrySet())
            assertClose(tensor(e.getValue().getAsJsonObject()), cnn.namedParameters().get(e.getKey()).grad(), "cnn grad " + e.getKey());
    }

    @Test void batchNormRunningStatisticsMatchPyTorch() {
        JsonObject runs = golden().getAsJsonObject("batchnorm_runs");
        Map<String, Supplier<BatchNorm>> make = Map.of(
                "bn2d", () -> new BatchNorm2d(3), "bn2d_cumulative", () -> new BatchNorm2d(3, 1e-5, null, true, true),
                "bn1d", () -> new BatchNorm1d(4), "bn1d_3d", () -> new BatchNorm1d(2, 1e-5, 0.5, true, true),
                "bn1d_untracked", () -> new BatchNorm1d(4, 1e-5, 0.1, true, false));
        for (var e : runs.entrySet()) {
            JsonObject r = e.getValue().getAsJsonObject();
            BatchNorm bn = make.get(e.getKey()).get();
            try (var _ = GradMode.noGrad()) {
                bn.weight.copy_(tensor(r.getAsJsonObject("weight")));
                bn.bias.copy_(tensor(r.getAsJsonObject("bias")));
            }
            var inputs = r.getAsJsonArray("inputs");
            for (int i = 0; i < inputs.size(); i++)
                assertClose(tensor(r.getAsJsonArray("train_out").get(i).getAsJsonObject()), bn.call(tensor(inputs.get(i).getAsJsonObject())),
                        e.getKey() + " train step " + i);
            bn.eval();
            assertClose(tensor(r.getAsJsonObject("eval_out")), bn.call(tensor(inputs.get(0).getAsJsonObject())), e.getKey() + " eval");
            assertState(r.getAsJsonObject("state"), bn, e.getKey());
            if (!bn.trackRunningStats) assertNull(bn.runningMean());
        }
    }

    /** A message with its {@code {…}} set's elements sorted. */
    static String sortedSet(String message) {
        int a = message.indexOf('{'), b = message.indexOf('}');
        String[] items = message.substring(a + 1, b).split(", ");
        java.util.Arrays.sort(items);
        return message.substring(0, a + 1) + String.join(", ", items) + message.substring(b);
    }

    @Test void errorsInPyTorchsWords() {
        JsonObject e = golden().getAsJsonObject("errors");
        assertEquals(e.get("bn2d_dims").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> new BatchNorm2d(3).call(Torch.randn(2, 3))).getMessage());
        assertEquals(e.get("bn1d_dims").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> new BatchNorm1d(3).call(Torch.randn(2, 3, 2, 2))).getMessage());
        // PyTorch prints a Python set, whose order changes from run to run: compare its elements
        assertEquals(sortedSet(e.get("conv_padding_mode").getAsString()),
                sortedSet(assertThrows(IllegalArgumentException.class, () -> new Conv2d(1, 1, 3, 1, 0, 1, 1, true, "foo")).getMessage()));
        assertEquals(e.get("conv_groups").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> new Conv2d(3, 4, 3, 1, 0, 1, 2, true, "zeros")).getMessage());
        assertEquals(e.get("conv_same_stride").getAsString(), assertThrows(IllegalArgumentException.class,
                () -> new Conv2d(3, 4, new int[]{3, 3}, new int[]{2, 2}, "same", new int[]{1, 1}, 1, true, "zeros")).getMessage());
    }

    @Test void convTransposeWithOutputSize() {
        ConvTranspose2d m = new ConvTranspose2d(1, 1, 3, 2, 1);
        assertEquals("torch.Size([1, 1, 8, 8])", m.forward(Torch.ones(1, 1, 4, 4), new long[]{8, 8}).shape().toString());
        assertEquals("torch.Size([1, 1, 7, 8])", m.forward(Torch.ones(1, 1, 4, 4), new long[]{1, 1, 7, 8}).shape().toString());
        assertEquals("requested an output size of [9, 8], but valid sizes range from [7, 7] to [8, 8] (for an input of torch.Size([4, 4]))",
                assertThrows(IllegalArgumentException.class, () -> m.forward(Torch.ones(1, 1, 4, 4), new long[]{9, 8})).getMessage());
    }

    @Test void layersRunForwardAndBackward() {
        Torch.manualSeed(3);
        Tensor x = Torch.randn(2, 2, 9, 9).requiresGrad_();
        List<Module> ms = List.of(new Conv2d(2, 3, 3, 2, 1, 1, 1, true, "reflect"),
                new Conv2d(2, 3, new int[]{3, 3}, new int[]{1, 1}, "same", new int[]{1, 1}, 1, true, "replicate"),
                new ConvTranspose2d(2, 4, 3, 2, 1), new MaxPool2d(3, 2, 1, 1, true), new AvgPool2d(2),
                new AdaptiveAvgPool2d(4), new AdaptiveMaxPool2d(new long[]{2, 3}), new BatchNorm2d(2), new LayerNorm(new long[]{9, 9}, 1e-5, true));
        for (Module m : ms) {
            Tensor y = m.call(x);
            y.sum().backward();
            assertEquals(x.shape(), x.grad().shape(), m.toString());
            for (Tensor p : m.parameters()) assertEquals(p.shape(), p.grad().shape(), m + " parameter grad");
            x.grad().zero_();
        }
        assertEquals("torch.Size([2, 3, 9, 9])", ms.get(1).call(x).shape().toString());
        assertEquals("torch.Size([2, 4, 17, 17])", ms.get(2).call(x).shape().toString());
    }
}
