package torch4j.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.vision.transforms.TF;
import torch4j.vision.utils.GridOptions;
import torch4j.vision.utils.VisionUtils;

/** make_grid and save_image against torchvision 0.14 ({@code golden/vision/gen_vision.py}): bit-identical grids, the same saved pixels. */
class VisionUtilsGoldenTest {

    private static GridOptions options(JsonObject kwargs) {
        GridOptions o = new GridOptions();
        if (kwargs.has("nrow")) o.nrow(kwargs.get("nrow").getAsInt());
        if (kwargs.has("padding")) o.padding(kwargs.get("padding").getAsInt());
        if (kwargs.has("pad_value")) o.padValue(kwargs.get("pad_value").getAsDouble());
        if (kwargs.has("normalize")) o.normalize(kwargs.get("normalize").getAsBoolean());
        if (kwargs.has("scale_each")) o.scaleEach(kwargs.get("scale_each").getAsBoolean());
        if (kwargs.has("value_range")) {
            JsonArray r = kwargs.getAsJsonArray("value_range");
            o.valueRange(r.get(0).getAsDouble(), r.get(1).getAsDouble());
        }
        return o;
    }

    @TestFactory
    Stream<DynamicTest> makeGridMatchesTorchvision() {
        return VisionGolden.section("make_grid").stream().map(rec -> DynamicTest.dynamicTest(rec.get("name").getAsString(), () -> {
            Tensor in = VisionGolden.tensor(rec.getAsJsonObject("input"));
            Tensor before = in.clone();
            GridOptions o = options(rec.getAsJsonObject("kwargs"));
            Tensor grid = rec.get("is_list").getAsBoolean() ? VisionUtils.makeGrid(in.unbind(0), o) : VisionUtils.makeGrid(in, o);
            VisionGolden.assertExact(rec.getAsJsonObject("out"), grid, rec.get("name").getAsString());
            assertTrue(before.equal(in), "normalize works on a copy");
        }));
    }

    @TestFactory
    Stream<DynamicTest> saveImageWritesTorchvisionsPixels() {
        return VisionGolden.section("save_image").stream().map(rec -> DynamicTest.dynamicTest(rec.get("name").getAsString(), () -> {
            Tensor in = VisionGolden.tensor(rec.getAsJsonObject("input"));
            Path file = VisionGolden.tempDir().resolve("x.png");
            VisionUtils.saveImage(in, file, null, options(rec.getAsJsonObject("kwargs")));
            BufferedImage img = ImageIO.read(file.toFile());
            assertEquals(rec.get("mode").getAsString(), img.getColorModel().getNumComponents() == 3 ? "RGB" : "?");
            VisionGolden.assertExact(rec.getAsJsonObject("pixels"), TF.pilToTensor(img).permute(1, 2, 0), rec.get("name").getAsString());
            try (var files = Files.list(file.getParent())) {
                assertEquals(List.of(file), files.toList(), "only the image is left: the temporary file was renamed");
            }
        }));
    }

    @Test
    void saveImageReplacesAnExistingFileAndKnowsFormats() throws IOException {
        Path dir = VisionGolden.tempDir();
        Path png = dir.resolve("grid.png");
        Files.writeString(png, "old");
        VisionUtils.saveImage(Torch.rand(4, 3, 5, 5), png.toString());
        assertEquals(3, ImageIO.read(png.toFile()).getColorModel().getNumComponents());
        VisionUtils.saveImage(Torch.rand(3, 5, 5), dir.resolve("a.JPG").toString());
        assertEquals(5, ImageIO.read(dir.resolve("a.JPG").toFile()).getWidth());
        assertThrows(IllegalArgumentException.class, () -> VisionUtils.saveImage(Torch.rand(3, 5, 5), dir.resolve("noextension").toString()));
        assertThrows(IllegalArgumentException.class, () -> VisionUtils.saveImage(Torch.rand(4, 5, 5), dir.resolve("rgba.jpg").toString()),
                "JPEG has no alpha, as PIL refuses RGBA");
        assertFalse(Files.exists(dir.resolve("rgba.jpg")), "a failed write leaves nothing behind");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VisionUtils.saveImage(Torch.rand(3, 2, 2), out, "png", new GridOptions());
        assertEquals(2, ImageIO.read(new java.io.ByteArrayInputStream(out.toByteArray())).getHeight());
    }

    @Test
    void makeGridLeavesTheBatchOfOneAsItsImage() {
        Tensor x = Torch.rand(1, 3, 4, 5);
        assertEquals("torch.Size([3, 4, 5])", VisionUtils.makeGrid(x).shape().toString());
        assertEquals("torch.Size([3, 8, 23])", VisionUtils.makeGrid(Torch.rand(3, 1, 4, 5)).shape().toString());
    }
}
