package torch4j.vision.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * Weights from files: a state dict PyTorch 1.13 saved from torchvision's
 * {@code mobilenet_v2(num_classes=10, width_mult=0.25)} (golden/models/mobilenet_v2_w025_c10.pth,
 * 1.1 MB: the smallest torchvision model here with BatchNorm buffers; resnet18's would be 45 MB)
 * gives PyTorch's eval output; files torch4j saves load back; what is not a fitting state dict,
 * and {@code pretrained=true}, fail with a message.
 */
class VisionModelsWeightsTest {
    private static final JsonObject PTH = ModelsGolden.load().getAsJsonObject("pth");

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(VisionModelsWeightsTest.class.getResource("/golden/models/" + name).toURI());
    }

    @Test
    void pytorchFileGivesPyTorchsOutput() throws Exception {
        Torch.manualSeed(0);
        MobileNetV2 net = Models.load(Models.mobilenetV2(10, 0.25), resource(PTH.get("file").getAsString()));
        List<String> keys = new ArrayList<>();
        for (JsonElement k : PTH.getAsJsonArray("keys")) keys.add(k.getAsString());
        assertEquals(keys, new ArrayList<>(net.stateDict().keySet()));
        assertEquals(1L, net.getBuffer("features.0.1.num_batches_tracked").item(), 0.0);   // saved after one training step
        net.eval();
        Torch.manualSeed(1);
        Tensor x = Torch.randn(ModelsGolden.longs(PTH.getAsJsonArray("shape")));
        Tensor y;
        try (var _ = Torch.noGrad()) { y = net.call(x); }
        double err = ModelsGolden.maxError(PTH.get("out"), y, "loaded mobilenet_v2");
        assertTrue(err <= VisionModelsGoldenTest.FORWARD_TOL, "relative error " + err);
    }

    @Test
    void aFileOfAnotherWidthFailsAsLoadStateDict() throws Exception {
        Path file = resource(PTH.get("file").getAsString());
        // mobilenetV2(Path) takes the classes (10) from the file but builds width 1.0: PyTorch's size mismatch report
        var e = assertThrows(IllegalStateException.class, () -> Models.mobilenetV2(file));
        assertTrue(e.getMessage().startsWith("Error(s) in loading state_dict for MobileNetV2:\n\tsize mismatch for features.0.0.weight: "
                + "copying a param with shape torch.Size([8, 3, 3, 3]) from checkpoint, the shape in current model is torch.Size([32, 3, 3, 3])."),
                e.getMessage());
        assertThrows(IllegalStateException.class, () -> Models.load(Models.resnet18(), file));
    }

    @Test
    void savedWeightsLoadBackWithTheirClassCount(@TempDir Path dir) {
        Torch.manualSeed(7);
        ResNet trained = Models.resnet18(10);
        Path file = dir.resolve("resnet18_c10.pth");
        Torch.save(trained.stateDict(), file);
        ResNet loaded = Models.resnet18(file);
        assertEquals(10, loaded.fc.outFeatures);
        Map<String, Tensor> a = trained.stateDict(), b = loaded.stateDict();
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertTrue(a.get(k).equal(b.get(k)), k);
    }

    @Test
    void notAStateDictIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("checkpoint.pt");
        Map<String, Object> checkpoint = new LinkedHashMap<>();
        checkpoint.put("epoch", 3L);
        checkpoint.put("model", Models.lenet().stateDict());
        Torch.save(checkpoint, file);
        var e = assertThrows(IllegalArgumentException.class, () -> Models.load(Models.lenet(), file));
        assertEquals(file + " holds a dict with keys [epoch, model], not a state dict (names to tensors, as torch.save(model.state_dict(), path)"
                + " writes): take the state dict out of it with Torch.load and pass that to loadStateDict", e.getMessage());
        assertTrue(Files.exists(file));
    }

    @Test
    void pretrainedTrueNamesTheFileInsteadOfDownloading() {
        var e = assertThrows(UnsupportedOperationException.class, () -> Models.resnet18(true));
        assertEquals("pretrained=true would download torchvision's weights, and torch4j downloads nothing (it has no model hub): fetch the file"
                + " yourself (https://download.pytorch.org/models/resnet18-f37072fd.pth) and pass its path,"
                + " Models.resnet18(Path.of(\"resnet18-f37072fd.pth\"))", e.getMessage());
        assertTrue(assertThrows(UnsupportedOperationException.class, () -> Models.vgg16Bn(true)).getMessage().contains("vgg16_bn-6c64b313.pth"));
        assertTrue(assertThrows(UnsupportedOperationException.class, () -> Models.mobilenetV2(true)).getMessage()
                .contains("Models.mobilenetV2(Path.of(\"mobilenet_v2-b0353104.pth\"))"));
        for (var builder : List.<Runnable>of(() -> Models.alexnet(true), () -> Models.vgg11(true), () -> Models.vgg11Bn(true),
                () -> Models.vgg16(true), () -> Models.resnet34(true), () -> Models.resnet50(true)))
            assertThrows(UnsupportedOperationException.class, builder::run);
        assertSame(ResNet.class, Models.resnet18(false).getClass());
    }
}
