package torch4j.vision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.vision.transforms.ColorJitter;
import torch4j.vision.transforms.RandomCrop;
import torch4j.vision.transforms.RandomResizedCrop;
import torch4j.vision.transforms.RandomRotation;
import torch4j.vision.transforms.Transform;

/**
 * Random transforms against torchvision 0.14: after {@code manualSeed(seed)} the same draws come
 * out of the global generator in the same order (so the same crops, flips, angles and jitter), the
 * outputs are bit-identical (within 1e-6, or one uint8 level, after a contrast adjustment, whose mean
 * PyTorch sums in a thread-dependent cascade), and the generator is left where torchvision leaves it.
 */
class VisionRandomGoldenTest {
    private static final Map<String, Tensor> INPUTS = VisionCases.inputs();
    /** The cases with a contrast adjustment (gen_vision.py's MEAN_CASES). */
    private static final java.util.Set<String> MEAN_CASES = java.util.Set.of("color_jitter", "color_jitter_u8", "color_jitter_gray", "compose_train");

    @TestFactory
    Stream<DynamicTest> randomTransformsDrawAsTorchvision() {
        Map<String, Transform<Tensor, Tensor>> cases = VisionCases.random();
        return VisionGolden.section("random").stream().map(rec -> {
            String name = rec.get("name").getAsString() + " seed " + rec.get("seed").getAsInt();
            return DynamicTest.dynamicTest(name, () -> {
                Transform<Tensor, Tensor> t = cases.get(rec.get("name").getAsString());
                assertEquals(rec.get("repr").getAsString(), t.toString(), name + ": repr");
                Tensor in = INPUTS.get(rec.get("input").getAsString());
                Torch.manualSeed(rec.get("seed").getAsLong());
                Tensor out = t.apply(in);
                VisionGolden.assertStream(rec, name);
                if (MEAN_CASES.contains(rec.get("name").getAsString())) {
                    // contrast's mean: torch4j's float32 sum may round its last bit unlike PyTorch's cascade sum
                    VisionGolden.assertClose(rec.getAsJsonObject("out"), out, out.isFloatingPoint() ? 1e-6 : 1, name);
                } else {
                    VisionGolden.assertExact(rec.getAsJsonObject("out"), out, name);
                }
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> getParamsDrawAsTorchvision() {
        Tensor big = Torch.zeros(3, 240, 320);
        return VisionGolden.section("params").stream().map(rec -> DynamicTest.dynamicTest("seed " + rec.get("seed").getAsInt(), () -> {
            Torch.manualSeed(rec.get("seed").getAsLong());
            assertArrayEquals(ints(rec.getAsJsonArray("rrc")), RandomResizedCrop.getParams(big, new double[]{0.08, 1.0}, new double[]{3 / 4.0, 4 / 3.0}));
            assertArrayEquals(ints(rec.getAsJsonArray("rc")), RandomCrop.getParams(big, new int[]{224, 224}));
            assertEquals(Double.parseDouble(rec.get("angle").getAsString()), RandomRotation.getParams(new double[]{-30, 30}));
            ColorJitter.Params p = ColorJitter.getParams(new double[]{0.6, 1.4}, new double[]{0.6, 1.4}, null, new double[]{-0.1, 0.1});
            JsonArray order = rec.getAsJsonArray("fn_idx");
            for (int i = 0; i < 4; i++) assertEquals(order.get(i).getAsLong(), p.order()[i]);
            assertEquals(Double.parseDouble(rec.get("b").getAsString()), p.brightness());
            assertEquals(Double.parseDouble(rec.get("c").getAsString()), p.contrast());
            assertEquals(Double.NaN, p.saturation());
            assertEquals(Double.parseDouble(rec.get("h").getAsString()), p.hue());
            VisionGolden.assertStream(rec, "after get_params");
        }));
    }

    private static int[] ints(JsonArray a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsInt();
        return out;
    }
}
