package torch4j.vision.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.Module;

/**
 * Every model against torchvision 0.14 ({@code golden/models/gen_models.py}): from
 * {@code manualSeed(0)} the same repr, parameter count, state-dict keys in order with shapes and
 * dtypes, and initial weights bit for bit (first, second and last value of every entry; float64
 * sums within 1e-9 of their scale); the eval-mode output on a seeded input and the train-mode
 * output (BatchNorm on batch statistics, dropout masks from the global generator, the generator's
 * position after them) with the BatchNorm running statistics after that step, and, in float64, the
 * gradients of the first and last parameter after a train-mode step.
 */
class VisionModelsGoldenTest {
    private static final JsonObject GOLDEN = ModelsGolden.load();

    /** Eval-mode outputs: errors relative to the output's largest magnitude (float32, other summation orders). */
    static final double FORWARD_TOL = 1e-4;
    /**
     * Train-mode outputs: BatchNorm over 2 × 2 × 2 values per channel in the last stage amplifies
     * rounding; PyTorch's own float32 and float64 train outputs of resnet50 differ by 8.6e-5 here.
     */
    static final double TRAIN_OUT_TOL = 5e-4;
    /** BatchNorm running statistics after one float32 training step. */
    static final double TRAIN_TOL = 1e-4;
    /** float64 outputs and gradients (other summation orders in float64). */
    static final double BACKWARD_TOL = 1e-9;

    /** How Java builds each golden case (the Python constructors are in gen_models.py's CASES). */
    static final Map<String, Supplier<Module>> BUILDERS = Map.ofEntries(
            Map.entry("lenet", Models::lenet),
            Map.entry("alexnet", Models::alexnet),
            Map.entry("vgg11", Models::vgg11),
            Map.entry("vgg11_bn", Models::vgg11Bn),
            Map.entry("vgg16", Models::vgg16),
            Map.entry("vgg16_bn", Models::vgg16Bn),
            Map.entry("resnet18", Models::resnet18),
            Map.entry("resnet34", Models::resnet34),
            Map.entry("resnet50", Models::resnet50),
            Map.entry("mobilenet_v2", Models::mobilenetV2),
            Map.entry("resnet18_c10", () -> Models.resnet18(10)),
            Map.entry("resnet50_zero_init", () -> Models.resnet50(7, true)),
            Map.entry("vgg11_c10_d03", () -> Models.vgg11(10, 0.3)),
            Map.entry("vgg11_bn_noinit", () -> new VGG(VGG.makeLayers(VGG.CFGS.get("A"), true), 1000, false, 0.5)),
            Map.entry("alexnet_c10_d01", () -> Models.alexnet(10, 0.1)),
            Map.entry("mobilenet_v2_c10_w025", () -> Models.mobilenetV2(10, 0.25)),
            Map.entry("mobilenet_v2_w14_d05", () -> Models.mobilenetV2(1000, 1.4, 8, 0.5)),
            Map.entry("mobilenet_v2_w035_r4", () -> Models.mobilenetV2(1000, 0.35, 4, 0.2)),
            Map.entry("resnet_resnext50_32x4d", () -> new ResNet(ResNet.Block.BOTTLENECK, new int[] {3, 4, 6, 3}, 10, false, 32, 4, null)),
            Map.entry("resnet_wide50_2", () -> new ResNet(ResNet.Block.BOTTLENECK, new int[] {1, 1, 1, 1}, 1000, false, 1, 128, null)),
            Map.entry("resnet_dilated", () -> new ResNet(ResNet.Block.BOTTLENECK, new int[] {1, 2, 1, 1}, 5, false, 1, 64,
                    new boolean[] {false, true, true})),
            Map.entry("mobilenet_v2_setting", () -> new MobileNetV2(3, 1.0, new int[][] {{1, 16, 1, 1}, {4, 24, 2, 2}, {3, 40, 2, 1}}, 4, 0.1)));

    private static Stream<JsonObject> records() {
        return StreamSupport.stream(GOLDEN.getAsJsonArray("models").spliterator(), false).map(JsonElement::getAsJsonObject);
    }

    @TestFactory
    Stream<DynamicTest> modelsMatchTorchvision() {
        return records().map(rec -> DynamicTest.dynamicTest(rec.get("name").getAsString(), () -> check(rec)));
    }

    private static void check(JsonObject rec) {
        String name = rec.get("name").getAsString();
        Torch.manualSeed(0);
        Module m = BUILDERS.get(name).get();
        assertEquals(rec.get("repr").getAsString(), m.toString(), name + " repr");
        long params = 0;
        for (Tensor p : m.parameters()) params += p.numel();
        assertEquals(rec.get("num_params").getAsLong(), params, name + " parameter count");

        // the state dict: keys in order, shapes, dtypes, PyTorch's initial numbers
        Map<String, Tensor> state = m.stateDict();
        JsonArray expected = rec.getAsJsonArray("state");
        List<String> keys = new ArrayList<>();
        for (JsonElement e : expected) keys.add(e.getAsJsonArray().get(0).getAsString());
        assertEquals(keys, new ArrayList<>(state.keySet()), name + " state-dict keys");
        for (JsonElement e : expected) {
            JsonArray entry = e.getAsJsonArray();
            ModelsGolden.assertChecksum(entry, state.get(entry.get(0).getAsString()), true, 0, name + " init");
        }
        state = null;
        if (!rec.has("eval")) return;   // structure and initial weights only

        // eval: running statistics, no dropout
        JsonObject eval = rec.getAsJsonObject("eval");
        m.eval();
        Torch.manualSeed(1);
        Tensor x = Torch.randn(ModelsGolden.longs(eval.getAsJsonArray("shape")));
        Tensor y;
        try (var _ = Torch.noGrad()) { y = m.call(x); }
        assertOutput(eval.get("out"), y, FORWARD_TOL, name + " eval");

        // train: batch statistics, dropout masks from the global generator
        JsonObject train = rec.getAsJsonObject("train");
        m.train();
        Torch.manualSeed(2);
        x = Torch.randn(ModelsGolden.longs(train.getAsJsonArray("shape")));
        try (var _ = Torch.noGrad()) { y = m.call(x); }
        assertStream(train, name + " generator position after the train forward");
        assertOutput(train.get("out"), y, TRAIN_OUT_TOL, name + " train");
        Map<String, Tensor> buffers = m.namedBuffers();
        for (JsonElement e : train.getAsJsonArray("buffers")) {
            JsonArray b = e.getAsJsonArray();
            ModelsGolden.assertChecksum(b, buffers.get(b.get(0).getAsString()), false, TRAIN_TOL, name + " buffer after a train step");
        }

        // backward, in float64 (see gen_models.py for why not float32)
        if (!rec.has("backward")) return;
        JsonObject bwd = rec.getAsJsonObject("backward");
        m.toDouble();
        Torch.manualSeed(3);
        x = Torch.randn(ModelsGolden.longs(bwd.getAsJsonArray("shape"))).toDouble();
        y = m.call(x);
        assertStream(bwd, name + " generator position after the float64 train forward");
        assertEquals(bwd.get("grad_fn").getAsString(), y.gradFn().name(), name + " grad_fn");
        double[] head = y.detach().reshape(-1).narrow(0, 0, 4).toDoubleArray();
        for (int i = 0; i < 4; i++) {
            double e = bwd.getAsJsonArray("out").get(i).getAsDouble();
            assertEquals(e, head[i], BACKWARD_TOL * (1 + Math.abs(e)), name + " float64 output " + i);
        }
        y.backward(Torch.arange(0.0, (double) y.numel(), 1.0, torch4j.DType.FLOAT64).sin().reshape(y.shape().toLongArray()));
        Map<String, Tensor> named = m.namedParameters();
        for (JsonElement e : bwd.getAsJsonArray("grads")) {
            JsonArray g = e.getAsJsonArray();
            ModelsGolden.assertChecksum(g, named.get(g.get(0).getAsString()).grad(), false, BACKWARD_TOL, name + " float64 grad");
        }
    }

    private static void assertStream(JsonObject rec, String what) {
        float[] after = Torch.rand(3).toFloatArray();
        float[] expected = ModelsGolden.floats(rec.getAsJsonArray("after"));
        for (int i = 0; i < 3; i++) assertEquals(expected[i], after[i], 0f, what);
    }

    private static void assertOutput(JsonElement expected, Tensor actual, double tol, String what) {
        if (expected.isJsonObject()) {
            double err = ModelsGolden.maxError(expected, actual, what);
            System.out.printf("%s: largest error %.2e of the largest output%n", what, err);
            assertTrue(err <= tol, what + ": relative error " + err);
        } else {
            // checksum-only records (the variants' 1000-class outputs): [shape, dtype, sum, sumsq, first, second, last]
            JsonArray rec = new JsonArray();
            rec.add("out");
            expected.getAsJsonArray().forEach(rec::add);
            ModelsGolden.assertChecksum(rec, actual, false, tol, what);
        }
    }
}
