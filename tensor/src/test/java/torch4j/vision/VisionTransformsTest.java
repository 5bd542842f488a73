package torch4j.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.vision.datasets.FakeData;
import torch4j.vision.transforms.ColorJitter;
import torch4j.vision.transforms.Compose;
import torch4j.vision.transforms.Pad;
import torch4j.vision.transforms.RandomCrop;
import torch4j.vision.transforms.Resize;
import torch4j.vision.transforms.TF;
import torch4j.vision.transforms.ToTensor;
import torch4j.vision.transforms.Transform;

/** Behaviour the golden files do not cover: argument errors, other image and array types, flips of every dtype. */
class VisionTransformsTest {

    @Test
    void toTensorTakesImagesAndArraysButNotTensors() {
        float[][][] hwc = {{{0.5f, 2f}, {1f, 3f}}};          // H=1, W=2, C=2
        assertEquals("tensor([[[0.5000, 1.0000]],\n\n        [[2.0000, 3.0000]]])", new ToTensor().apply(hwc).toString());
        assertEquals(DType.INT32, TF.toTensor(new int[][]{{1, 300}}).dtype(), "other element types keep their values");
        assertEquals("tensor([[[  1, 300]]], dtype=torch.int32)", TF.toTensor(new int[][]{{1, 300}}).toString());
        var e = assertThrows(IllegalArgumentException.class, () -> new ToTensor().apply(Torch.zeros(3, 2, 2)));
        assertEquals("pic should be a BufferedImage or an array. Got torch4j.Tensor", e.getMessage());
        assertEquals("pic should be 2/3 dimensional. Got 1 dimensions.",
                assertThrows(IllegalArgumentException.class, () -> TF.toTensor(new byte[]{1, 2})).getMessage());
    }

    @Test
    void imageTypesReadAsPilWouldSeeThem() {
        BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0x102030);
        rgb.setRGB(1, 0, 0xFFFFFF);
        assertEquals("tensor([[[ 16, 255]],\n\n        [[ 32, 255]],\n\n        [[ 48, 255]]], dtype=torch.uint8)", TF.pilToTensor(rgb).toString());
        BufferedImage argb = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x80102030);
        assertEquals(List.of(16L, 32L, 48L, 128L), List.of(TF.pilToTensor(argb).flatten().toLongArray()[0], TF.pilToTensor(argb).flatten().toLongArray()[1],
                TF.pilToTensor(argb).flatten().toLongArray()[2], TF.pilToTensor(argb).flatten().toLongArray()[3]));
        BufferedImage indexed = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_INDEXED);
        indexed.setRGB(0, 0, 0xFF0000);
        assertEquals("torch.Size([3, 1, 1])", TF.pilToTensor(indexed).shape().toString(), "a palette image reads as RGB");
        BufferedImage grey16 = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY);
        grey16.getRaster().setSample(0, 0, 0, 40000);
        assertEquals("tensor([[[40000]]], dtype=torch.int32)", TF.pilToTensor(grey16).toString());
        assertEquals(DType.INT32, TF.toTensor(grey16).dtype(), "16-bit values are not scaled");
    }

    @Test
    void flipsMoveValuesOfEveryDtype() {
        for (DType dt : new DType[]{DType.UINT8, DType.INT8, DType.INT16, DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64, DType.BOOL}) {
            Tensor x = Torch.arange(24).view(2, 3, 4).remainder(2 + 5L).to(dt);
            Tensor h = TF.hflip(x), v = TF.vflip(x);
            for (int i = 0; i < 4; i++) assertTrue(h.select(2, i).equal(x.select(2, 3 - i)), dt + " hflip");
            for (int i = 0; i < 3; i++) assertTrue(v.select(1, i).equal(x.select(1, 2 - i)), dt + " vflip");
        }
        Tensor view = Torch.arange(12.).view(3, 4).t();   // not contiguous
        assertEquals("tensor([[ 8.,  4.,  0.],\n        [ 9.,  5.,  1.],\n        [10.,  6.,  2.],\n        [11.,  7.,  3.]])", TF.hflip(view).toString());
    }

    @Test
    void argumentErrorsAreTorchvisions() {
        Tensor img = Torch.rand(3, 20, 28);
        assertEquals("Padding mode should be either constant, edge, reflect or symmetric",
                assertThrows(IllegalArgumentException.class, () -> new Pad(new int[]{1}, 0, "wrap")).getMessage());
        assertEquals("Padding must be an int or a 1, 2, or 4 element tuple, not a 3 element tuple",
                assertThrows(IllegalArgumentException.class, () -> new Pad(new int[]{1, 2, 3})).getMessage());
        assertEquals("max_size = 10 must be strictly greater than the requested size for the smaller edge size = [10]",
                assertThrows(IllegalArgumentException.class, () -> new Resize(10, torch4j.vision.transforms.InterpolationMode.BILINEAR, 10, null).apply(img)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TF.resize(img, new int[]{5, 5}, torch4j.vision.transforms.InterpolationMode.BILINEAR, 9, null))
                .getMessage().startsWith("max_size should only be passed if size specifies the length of the smaller edge"));
        assertEquals("Antialias option is supported for bilinear and bicubic interpolation modes only",
                assertThrows(IllegalArgumentException.class, () -> TF.resize(img, new int[]{5, 5}, torch4j.vision.transforms.InterpolationMode.NEAREST, null, true)).getMessage());
        assertEquals("Required crop size (40, 40) is larger than input image size (20, 28)",
                assertThrows(IllegalArgumentException.class, () -> new RandomCrop(40).apply(img)).getMessage());
        assertEquals("If brightness is a single number, it must be non negative.",
                assertThrows(IllegalArgumentException.class, () -> new ColorJitter(-1)).getMessage());
        assertEquals("hue values should be between (-0.5, 0.5)",
                assertThrows(IllegalArgumentException.class, () -> new ColorJitter(null, null, null, new double[]{-0.6, 0.1})).getMessage());
        assertEquals("hue_factor (0.7) is not in [-0.5, 0.5].", assertThrows(IllegalArgumentException.class, () -> TF.adjustHue(img, 0.7)).getMessage());
        assertEquals("Input image tensor permitted channel values are [1, 3], but found 2",
                assertThrows(IllegalArgumentException.class, () -> TF.adjustBrightness(Torch.rand(2, 4, 4), 1.5)).getMessage());
        assertEquals("The number of elements in 'fill' cannot broadcast to match the number of channels of the image (2 != 3)",
                assertThrows(IllegalArgumentException.class, () -> TF.rotate(img, 10, torch4j.vision.transforms.InterpolationMode.NEAREST, false, null, new double[]{1, 2})).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TF.rotate(Torch.rand(5, 6), 10)).getMessage().startsWith("grid_sampler(): expected 4D"));
        assertThrows(IndexOutOfBoundsException.class, () -> TF.pad(Torch.rand(1, 2, 2), new int[]{3, 0}, 0, "symmetric"));
    }

    @Test
    void composeTakesAnyListAndLambdas() {
        Transform<Tensor, Tensor> twice = x -> x.mul(2);
        Compose<Object, Tensor> c = new Compose<>(List.of(new ToTensor(), twice));
        assertEquals("tensor([[[2.]]])", c.apply(new byte[][]{{(byte) 255}}).toString());
        assertEquals(2, c.transforms().size());
    }

    @Test
    void fakeDataLeavesTheGlobalGeneratorAlone() {
        Torch.manualSeed(3);
        float expected = Torch.rand(1).floatValue();
        Torch.manualSeed(3);
        FakeData fake = new FakeData(4, new int[]{1, 3, 3}, 5);
        fake.get(2);
        fake.get(0);
        assertEquals(expected, Torch.rand(1).floatValue());
        assertTrue(TF.pilToTensor(fake.image(1)).equal(fake.get(1)[0]), "the same index gives the same image");
        assertEquals(fake.target(3), fake.get(3)[1].longValue());
    }
}
