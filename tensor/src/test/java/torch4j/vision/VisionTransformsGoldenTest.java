package torch4j.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.vision.transforms.CenterCrop;
import torch4j.vision.transforms.ColorJitter;
import torch4j.vision.transforms.Compose;
import torch4j.vision.transforms.ConvertImageDtype;
import torch4j.vision.transforms.InterpolationMode;
import torch4j.vision.transforms.Lambda;
import torch4j.vision.transforms.Normalize;
import torch4j.vision.transforms.PILToTensor;
import torch4j.vision.transforms.Pad;
import torch4j.vision.transforms.RandomCrop;
import torch4j.vision.transforms.RandomHorizontalFlip;
import torch4j.vision.transforms.RandomResizedCrop;
import torch4j.vision.transforms.RandomRotation;
import torch4j.vision.transforms.Resize;
import torch4j.vision.transforms.TF;
import torch4j.vision.transforms.ToPILImage;
import torch4j.vision.transforms.ToTensor;
import torch4j.vision.transforms.Transform;

/**
 * Deterministic transforms against torchvision 0.14's tensor path ({@code golden/vision/gen_vision.py}):
 * every output bit-identical, reprs character for character.
 */
class VisionTransformsGoldenTest {
    private static final Map<String, Tensor> INPUTS = VisionCases.inputs();

    @TestFactory
    Stream<DynamicTest> conversionsMatchTorchvision() {
        return VisionGolden.section("conversions").stream().map(rec -> DynamicTest.dynamicTest(rec.get("name").getAsString(), () -> {
            BufferedImage img = VisionGolden.image(rec.get("image").getAsString());
            String name = rec.get("name").getAsString();
            Tensor out = name.startsWith("to_tensor") ? new ToTensor().apply(img) : new PILToTensor().apply(img);
            VisionGolden.assertExact(rec.getAsJsonObject("out"), out, name);
        }));
    }

    @TestFactory
    Stream<DynamicTest> toPILImageMatchesTorchvision() {
        return VisionGolden.section("to_pil_image").stream().map(rec -> DynamicTest.dynamicTest(rec.get("name").getAsString(), () -> {
            Tensor in = VisionGolden.tensor(rec.getAsJsonObject("input"));
            String mode = rec.get("name").getAsString().endsWith("mode_L") ? "L" : null;
            BufferedImage img = new ToPILImage(mode).apply(in);
            JsonArray size = rec.getAsJsonArray("size");
            assertEquals(size.get(0).getAsInt(), img.getWidth());
            assertEquals(size.get(1).getAsInt(), img.getHeight());
            assertEquals(rec.get("mode").getAsString(), modeOf(img));
            Tensor chw = TF.pilToTensor(img);
            // PIL's np.array: (H, W) for one band, (H, W, C) otherwise
            Tensor pixels = chw.size(0) == 1 ? chw.squeeze(0) : chw.permute(1, 2, 0);
            VisionGolden.assertExact(rec.getAsJsonObject("pixels"), pixels, rec.get("name").getAsString());
        }));
    }

    private static String modeOf(BufferedImage img) {
        int n = img.getColorModel().getNumComponents();
        return switch (n) { case 1 -> "L"; case 2 -> "LA"; case 3 -> "RGB"; default -> "RGBA"; };
    }

    @Test
    void toPILImageErrorsAreTorchvisions() {
        JsonObject errors = VisionGolden.root().getAsJsonObject("to_pil_errors");
        assertEquals(errors.getAsJsonObject("five_channels").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> TF.toPILImage(Torch.zeros(5, 2, 2))).getMessage());
        assertEquals(errors.getAsJsonObject("four_dims").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> TF.toPILImage(Torch.zeros(1, 1, 2, 2))).getMessage());
        assertEquals(errors.getAsJsonObject("bad_mode").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> TF.toPILImage(Torch.zeros(new long[]{3, 2, 2}, DType.UINT8), "RGBA")).getMessage());
    }

    @TestFactory
    Stream<DynamicTest> convertImageDtypeMatchesTorchvision() {
        return VisionGolden.section("convert_image_dtype").stream().map(rec -> DynamicTest.dynamicTest(rec.get("name").getAsString(), () -> {
            Tensor in = VisionGolden.tensor(rec.getAsJsonObject("input"));
            Tensor out = TF.convertImageDtype(in, VisionGolden.dtype(rec.get("dtype").getAsString()));
            VisionGolden.assertExact(rec.getAsJsonObject("out"), out, rec.get("name").getAsString());
        }));
    }

    @Test
    void unsafeFloatToIntIsRefused() {
        String expected = VisionGolden.root().getAsJsonObject("convert_image_dtype_error").get("message").getAsString();
        assertEquals(expected, assertThrows(IllegalStateException.class, () -> TF.convertImageDtype(INPUTS.get("rgb"), DType.INT32)).getMessage());
    }

    @TestFactory
    Stream<DynamicTest> deterministicTransformsMatchTorchvision() {
        Map<String, Transform<Tensor, Tensor>> cases = VisionCases.deterministic();
        return VisionGolden.section("deterministic").stream().map(rec -> DynamicTest.dynamicTest(rec.get("name").getAsString(), () -> {
            String name = rec.get("name").getAsString();
            Transform<Tensor, Tensor> t = cases.get(name);
            assertEquals(rec.get("repr").getAsString(), t.toString(), name + ": repr");
            Tensor in = INPUTS.get(rec.get("input").getAsString());
            Tensor before = in.clone();
            VisionGolden.assertExact(rec.getAsJsonObject("out"), t.apply(in), name);
            assertEquals(true, before.equal(in), name + ": the input is left alone");
        }));
    }

    @TestFactory
    Stream<DynamicTest> rotateMatchesTorchvision() {
        return VisionGolden.section("rotate").stream().map(rec -> DynamicTest.dynamicTest(rec.get("name").getAsString(), () -> {
            Tensor in = INPUTS.get(rec.get("input").getAsString());
            InterpolationMode mode = rec.get("interpolation").getAsString().equals("nearest") ? InterpolationMode.NEAREST : InterpolationMode.BILINEAR;
            double[] center = doubles(rec.get("center")), fill = doubles(rec.get("fill"));
            Tensor out = TF.rotate(in, rec.get("angle").getAsDouble(), mode, rec.get("expand").getAsBoolean(), center, fill);
            VisionGolden.assertExact(rec.getAsJsonObject("out"), out, rec.get("name").getAsString());
        }));
    }

    private static double[] doubles(JsonElement e) {
        if (e == null || e.isJsonNull()) return null;
        JsonArray a = e.getAsJsonArray();
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) d[i] = a.get(i).getAsDouble();
        return d;
    }

    @Test
    void reprsAreTorchvisions() {
        JsonObject r = VisionGolden.root().getAsJsonObject("reprs");
        double[] half = {0.5};
        assertEquals(r.get("compose").getAsString(), new Compose<>(new ToTensor(), new Normalize(half, half)).toString());
        assertEquals(r.get("to_tensor").getAsString(), new ToTensor().toString());
        assertEquals(r.get("pil_to_tensor").getAsString(), new PILToTensor().toString());
        assertEquals(r.get("to_pil").getAsString(), new ToPILImage().toString());
        assertEquals(r.get("to_pil_mode").getAsString(), new ToPILImage("L").toString());
        assertEquals(r.get("lambda").getAsString(), new Lambda<Tensor, Tensor>(x -> x).toString());
        assertEquals(r.get("convert").getAsString(), new ConvertImageDtype(DType.FLOAT32).toString());
        assertEquals(r.get("resize_full").getAsString(), new Resize(new int[]{32, 32}, InterpolationMode.NEAREST, null, false).toString());
        assertEquals(r.get("resize_max").getAsString(), new Resize(32, InterpolationMode.BILINEAR, 40, true).toString());
        assertEquals(r.get("random_crop_default").getAsString(), new RandomCrop(32).toString());
        assertEquals(r.get("random_crop_list").getAsString(), new RandomCrop(new int[]{24, 32}, new int[]{1, 2, 3, 4}, false, 0, "constant").toString());
        assertEquals(r.get("rrc_default").getAsString(), new RandomResizedCrop(224).toString());
        assertEquals(r.get("rotation_full").getAsString(),
                new RandomRotation(new double[]{-5, 15.5}, InterpolationMode.BILINEAR, true, new int[]{3, 4}, 1.0, 0.5, 0.25).toString());
        assertEquals(r.get("jitter_none").getAsString(), new ColorJitter().toString());
        assertEquals(r.get("jitter_ranges").getAsString(),
                new ColorJitter(new double[]{0.5, 1.5}, new double[]{0.2, 1.0}, new double[]{0.0, 2.0}, new double[]{-0.25, 0.125}).toString());
        assertEquals(r.get("pad_full").getAsString(), new Pad(new int[]{1, 2}, 0.5, "reflect").toString());
        assertEquals(r.get("flip_default").getAsString(), new RandomHorizontalFlip().toString());
        assertEquals(r.get("nested").getAsString(),
                new Compose<>(new Compose<>(new ToTensor()), new Lambda<Tensor, Tensor>(x -> x)).toString());
        assertEquals("CenterCrop(size=(3, 3))", new CenterCrop(new int[]{3}).toString());
    }

    @Test
    void resizeToTheSameSizeReturnsTheImage() {
        Tensor rgb = INPUTS.get("rgb");
        assertSame(rgb, new Resize(new int[]{20, 28}).apply(rgb));
    }

    @Test
    void normalizeChecksItsInput() {
        double[] m = {0.5}, s = {0.5};
        assertEquals("Input tensor should be a float tensor. Got torch.uint8.",
                assertThrows(IllegalArgumentException.class, () -> TF.normalize(INPUTS.get("rgb_u8"), m, s)).getMessage());
        assertEquals("Expected tensor to be a tensor image of size (..., C, H, W). Got tensor.size() = torch.Size([2, 2])",
                assertThrows(IllegalArgumentException.class, () -> TF.normalize(Torch.zeros(2, 2), m, s)).getMessage());
        assertEquals("std evaluated to zero after conversion to torch.float32, leading to division by zero.",
                assertThrows(IllegalArgumentException.class, () -> TF.normalize(Torch.zeros(1, 2, 2), m, new double[]{1e-50})).getMessage());
        Tensor x = Torch.ones(1, 2, 2);
        assertSame(x, TF.normalize(x, m, s, true));
        assertEquals(1.0, x.get(0, 0, 0).item());
    }
}
