package torch4j.vision.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.BatchNorm2d;
import torch4j.nn.Conv2d;
import torch4j.nn.Linear;
import torch4j.nn.MaxPool2d;
import torch4j.nn.ReLU;
import torch4j.nn.ReLU6;

/** The models' Java surface: fields and Sequential indexing as PyTorch's attributes, options, torchvision's errors. */
class VisionModelsApiTest {
    @Test
    void resnetFieldsAndBlocksAreTorchvisionAttributes() {
        ResNet net = Models.resnet18(10);
        assertEquals("Linear(in_features=512, out_features=10, bias=True)", net.fc.toString());
        ResNet.BasicBlock first = net.layer1.get(0);
        assertNull(first.downsample);
        assertFalse(first.namedChildren().containsKey("downsample"));   // Python's None is no child
        ResNet.BasicBlock down = net.layer2.get(0);
        assertInstanceOf(Conv2d.class, down.downsample.get(0));
        assertEquals(2, down.stride);
        assertTrue(net.getSubmodule("layer4.1.bn2") instanceof BatchNorm2d);
        net.eval();
        try (var _ = Torch.noGrad()) {
            assertEquals("torch.Size([2, 10])", net.call(Torch.randn(2, 3, 32, 32)).shape().toString());
        }
    }

    @Test
    void zeroInitResidualZeroesTheLastBatchNormOfEachBlock() {
        ResNet net = Models.resnet18(10, true);
        for (var block : net.layer3) assertEquals(0.0, ((ResNet.BasicBlock) block).bn2.weight.abs().sum().item());
        assertEquals(64.0, ((ResNet.BasicBlock) net.layer1.get(0)).bn1.weight.sum().item());
    }

    @Test
    void resnetOptionErrorsAreTorchvisions() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new ResNet(ResNet.Block.BASIC, new int[] {2, 2, 2, 2}, 10, false, 2, 64, null));
        assertEquals("BasicBlock only supports groups=1 and base_width=64", e.getMessage());
        var d = assertThrows(UnsupportedOperationException.class,
                () -> new ResNet(ResNet.Block.BASIC, new int[] {2, 2, 2, 2}, 10, false, 1, 64, new boolean[] {false, false, true}));
        assertEquals("Dilation > 1 not supported in BasicBlock", d.getMessage());
        var r = assertThrows(IllegalArgumentException.class,
                () -> new ResNet(ResNet.Block.BOTTLENECK, new int[] {1, 1, 1, 1}, 10, false, 1, 64, new boolean[] {true}));
        assertEquals("replace_stride_with_dilation should be None or a 3-element tuple, got [true]", r.getMessage());
    }

    @Test
    void vggAndAlexnetFeaturesIndexLikePython() {
        VGG vgg = new VGG(VGG.makeLayers(VGG.CFGS.get("A"), true), 7, false, 0.1);
        assertEquals(29, vgg.features.size());
        assertEquals("Conv2d(3, 64, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))", vgg.features.get(0).toString());
        assertInstanceOf(BatchNorm2d.class, vgg.features.get(1));
        assertEquals("ReLU(inplace=True)", vgg.features.get(2).toString());
        assertInstanceOf(MaxPool2d.class, vgg.features.get(-1));
        assertEquals("Dropout(p=0.1, inplace=False)", vgg.classifier.get(2).toString());
        Linear last = vgg.classifier.get(6);
        assertEquals(7, last.outFeatures);
        AlexNet alex = Models.alexnet(3, 0.25);
        assertEquals("Conv2d(3, 64, kernel_size=(11, 11), stride=(4, 4), padding=(2, 2))", alex.features.get(0).toString());
        alex.eval();
        try (var _ = Torch.noGrad()) {
            assertEquals("torch.Size([1, 3])", alex.call(Torch.randn(1, 3, 63, 63)).shape().toString());
        }
    }

    @Test
    void mobilenetBlocksAndErrors() {
        MobileNetV2 net = Models.mobilenetV2(4, 0.5);
        Conv2dNormActivation stem = net.features.get(0);
        assertEquals(16, stem.outChannels);
        assertInstanceOf(ReLU6.class, stem.get(2));
        MobileNetV2.InvertedResidual block = net.features.get(1);
        assertFalse(block.useResConnect);
        MobileNetV2.InvertedResidual residual = net.features.get(3);
        assertTrue(residual.useResConnect);
        assertEquals(1280, net.lastChannel);
        assertEquals(1792, Models.mobilenetV2(10, 1.4).lastChannel);
        var e = assertThrows(IllegalArgumentException.class, () -> new MobileNetV2.InvertedResidual(8, 8, 3, 6));
        assertEquals("stride should be 1 or 2 insted of 3", e.getMessage());   // torchvision's spelling
        assertThrows(IllegalArgumentException.class, () -> new MobileNetV2(10, 1.0, new int[][] {{1, 16, 1}}, 8, 0.2));
        assertEquals(8, MobileNetV2.makeDivisible(3.0, 8));
        assertEquals(16, MobileNetV2.makeDivisible(32 * 0.35, 8));
        assertEquals(24, MobileNetV2.makeDivisible(20.0, 8));
    }

    @Test
    void conv2dNormActivationOptions() {
        var plain = new Conv2dNormActivation(3, 8);
        assertEquals("Conv2dNormActivation(\n"
                + "  (0): Conv2d(3, 8, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1), bias=False)\n"
                + "  (1): BatchNorm2d(8, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)\n"
                + "  (2): ReLU(inplace=True)\n"
                + ")", plain.toString());
        var noNorm = new Conv2dNormActivation(3, 8, 5, 1, null, 1, null, ReLU::new, 2, false, null);
        Conv2d conv = noNorm.get(0);
        assertNotNull(conv.bias);   // a bias only without a norm layer
        assertEquals(4, conv.padding[0]);   // (5 - 1) / 2 * dilation 2
        assertEquals("ReLU()", noNorm.get(1).toString());
        assertEquals(1, new Conv2dNormActivation(3, 8, 1, 1, 1, BatchNorm2d::new, null).size() - 1);
    }

    @Test
    void lenetIsTheStudyNotesNet() {
        Torch.manualSeed(0);
        LeNet net = Models.lenet();
        Tensor out = net.call(Torch.randn(4, 1, 32, 32));
        assertEquals("torch.Size([4, 10])", out.shape().toString());
        assertEquals("AddmmBackward0", out.gradFn().name());
        assertEquals(5, net.children().size());
        assertEquals(3, Models.lenet(3).fc3.outFeatures);
    }
}
