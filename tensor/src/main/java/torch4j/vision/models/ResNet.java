package torch4j.vision.models;

import java.util.ArrayList;
import java.util.List;
import torch4j.Tensor;
import torch4j.autograd.GradMode;
import torch4j.nn.AdaptiveAvgPool2d;
import torch4j.nn.BatchNorm2d;
import torch4j.nn.Conv2d;
import torch4j.nn.Linear;
import torch4j.nn.MaxPool2d;
import torch4j.nn.Module;
import torch4j.nn.ReLU;
import torch4j.nn.Sequential;
import torch4j.nn.init.Init;

/**
 * Residual networks as torchvision 0.14 builds them ({@code torchvision.models.ResNet}): a 7×7
 * stem ({@code conv1}, {@code bn1}, {@code relu}, {@code maxpool}), four stages {@code layer1} …
 * {@code layer4} of {@link BasicBlock}s (ResNet-18/34) or {@link Bottleneck}s (ResNet-50 and
 * deeper), {@code avgpool} and the classifier {@code fc}. Module names, nesting, state-dict keys,
 * repr and the initialisation (kaiming-normal fan-out convolutions, BatchNorm 1 and 0, in module
 * order from the global generator) are PyTorch's, so {@code manualSeed(0)} gives torchvision's
 * numbers. Build one with {@link Models#resnet18()}, {@link Models#resnet34()} or
 * {@link Models#resnet50()}.
 *
 * <pre>{@code
 * jshell> var net = Models.resnet18(); print(net.fc)
 * Linear(in_features=512, out_features=1000, bias=True)
 * jshell> net.layer1.get(0)
 * $2 ==> BasicBlock(
 *   (conv1): Conv2d(64, 64, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1), bias=False)
 *   ...
 * }</pre>
 */
public class ResNet extends Module {
    /** The residual block a ResNet is made of, with its channel expansion. */
    public enum Block {
        /** Two 3×3 convolutions ({@link BasicBlock}), expansion 1. */
        BASIC(1),
        /** 1×1, 3×3, 1×1 convolutions ({@link Bottleneck}), expansion 4. */
        BOTTLENECK(4);

        /** Output channels per "planes" of the block. */
        public final int expansion;

        Block(int expansion) { this.expansion = expansion; }
    }

    /** The stem: 7×7 stride-2 convolution, its BatchNorm, ReLU and 3×3 stride-2 max pooling. */
    public final Conv2d conv1;
    /** The stem's BatchNorm. */
    public final BatchNorm2d bn1;
    /** The stem's ReLU (in place). */
    public final ReLU relu;
    /** The stem's max pooling. */
    public final MaxPool2d maxpool;
    /** The four stages of blocks: 64, 128, 256 and 512 planes; the last three halve the resolution. */
    public final Sequential layer1, layer2, layer3, layer4;
    /** Global average pooling to 1×1. */
    public final AdaptiveAvgPool2d avgpool;
    /** The classifier: 512 × expansion features to {@code numClasses}. */
    public final Linear fc;

    // _make_layer's running state, as torchvision keeps it on the module
    private long inplanes = 64;
    private int dilation = 1;
    private final int groups, baseWidth;

    /** {@code ResNet(block, layers)}: 1000 classes, no zero-init of the residual branches. */
    public ResNet(Block block, int[] layers) { this(block, layers, 1000, false, 1, 64, null); }

    /** {@code ResNet(block, layers, num_classes)}. */
    public ResNet(Block block, int[] layers, long numClasses) { this(block, layers, numClasses, false, 1, 64, null); }

    /**
     * Every option of torchvision's constructor but {@code norm_layer} (always BatchNorm2d).
     *
     * @param layers blocks per stage, e.g. {2, 2, 2, 2} for ResNet-18
     * @param zeroInitResidual start each block's last BatchNorm weight at 0, so each block begins as the identity
     * @param groups convolution groups of the Bottleneck 3×3 (ResNeXt); 1 for BasicBlock
     * @param widthPerGroup Bottleneck width per group (64; 128 is Wide ResNet)
     * @param replaceStrideWithDilation per stage 2–4, dilate instead of striding (null: none)
     */
    public ResNet(Block block, int[] layers, long numClasses, boolean zeroInitResidual, int groups, int widthPerGroup,
                  boolean[] replaceStrideWithDilation) {
        if (layers.length != 4) throw new IllegalArgumentException("layers should have 4 elements, got " + layers.length);
        boolean[] dilate = replaceStrideWithDilation == null ? new boolean[3] : replaceStrideWithDilation;
        if (dilate.length != 3) {
            throw new IllegalArgumentException("replace_stride_with_dilation should be None or a 3-element tuple, got "
                    + java.util.Arrays.toString(dilate));
        }
        this.groups = groups;
        this.baseWidth = widthPerGroup;
        // registration order is construction order: it fixes both the state-dict order and the draws
        conv1 = register("conv1", new Conv2d(3, inplanes, 7, 2, 3, 1, 1, false, "zeros"));
        bn1 = register("bn1", new BatchNorm2d(inplanes));
        relu = register("relu", new ReLU(true));
        maxpool = register("maxpool", new MaxPool2d(3, 2, 1, 1, false));
        layer1 = register("layer1", makeLayer(block, 64, layers[0], 1, false));
        layer2 = register("layer2", makeLayer(block, 128, layers[1], 2, dilate[0]));
        layer3 = register("layer3", makeLayer(block, 256, layers[2], 2, dilate[1]));
        layer4 = register("layer4", makeLayer(block, 512, layers[3], 2, dilate[2]));
        avgpool = register("avgpool", new AdaptiveAvgPool2d(new long[] {1, 1}));
        fc = register("fc", new Linear(512L * block.expansion, numClasses));
        initWeights(zeroInitResidual);
    }

    /** torchvision's loop over {@code self.modules()}: every draw in module order, as PyTorch makes them. */
    private void initWeights(boolean zeroInitResidual) {
        try (var _ = GradMode.noGrad()) {
            for (Module m : modules()) {
                if (m instanceof Conv2d c) Init.kaimingNormal_(c.weight, 0, "fan_out", "relu");
                else if (m instanceof BatchNorm2d bn) {
                    Init.constant_(bn.weight, 1);
                    Init.constant_(bn.bias, 0);
                }
            }
            if (!zeroInitResidual) return;
            for (Module m : modules()) {
                if (m instanceof Bottleneck b) Init.constant_(b.bn3.weight, 0);
                else if (m instanceof BasicBlock b) Init.constant_(b.bn2.weight, 0);
            }
        }
    }

    /** torchvision's {@code _make_layer}: the downsample (1×1 conv + BN) is built before the first block, as there. */
    private Sequential makeLayer(Block block, long planes, int blocks, int stride, boolean dilate) {
        Sequential downsample = null;
        int previousDilation = dilation;
        if (dilate) {
            dilation *= stride;
            stride = 1;
        }
        long out = planes * block.expansion;
        if (stride != 1 || inplanes != out) downsample = new Sequential(conv1x1(inplanes, out, stride), new BatchNorm2d(out));
        List<Module> layers = new ArrayList<>();
        layers.add(block == Block.BASIC ? new BasicBlock(inplanes, planes, stride, downsample, groups, baseWidth, previousDilation)
                : new Bottleneck(inplanes, planes, stride, downsample, groups, baseWidth, previousDilation));
        inplanes = out;
        for (int i = 1; i < blocks; i++) {
            layers.add(block == Block.BASIC ? new BasicBlock(inplanes, planes, 1, null, groups, baseWidth, dilation)
                    : new Bottleneck(inplanes, planes, 1, null, groups, baseWidth, dilation));
        }
        return new Sequential(layers.toArray(Module[]::new));
    }

    /** torchvision's {@code conv3x3}: padding = dilation, no bias. */
    static Conv2d conv3x3(long in, long out, int stride, int groups, int dilation) {
        return new Conv2d(in, out, 3, stride, dilation, dilation, groups, false, "zeros");
    }

    /** torchvision's {@code conv1x1}: no bias. */
    static Conv2d conv1x1(long in, long out, int stride) {
        return new Conv2d(in, out, 1, stride, 0, 1, 1, false, "zeros");
    }

    @Override public Tensor forward(Tensor x) {
        x = maxpool.call(relu.call(bn1.call(conv1.call(x))));
        x = layer4.call(layer3.call(layer2.call(layer1.call(x))));
        return fc.call(avgpool.call(x).flatten(1, -1));
    }

    /**
     * Two 3×3 convolutions with BatchNorm and a shortcut ({@code torchvision.models.resnet.BasicBlock}):
     * relu(bn2(conv2(relu(bn1(conv1(x))))) + shortcut), the shortcut being {@code downsample(x)}
     * when the shape changes, else x.
     */
    public static class BasicBlock extends Module {
        /** The first 3×3 convolution (carries the stride). */
        public final Conv2d conv1;
        /** Its BatchNorm. */
        public final BatchNorm2d bn1;
        /** The ReLU (in place), used twice as in torchvision. */
        public final ReLU relu;
        /** The second 3×3 convolution. */
        public final Conv2d conv2;
        /** Its BatchNorm (zero-initialised with {@code zeroInitResidual}). */
        public final BatchNorm2d bn2;
        /** The shortcut's 1×1 convolution and BatchNorm, or null (then not a child, as Python's None). */
        public final Sequential downsample;
        /** The stride of {@link #conv1}. */
        public final int stride;

        /** {@code BasicBlock(inplanes, planes, stride, downsample)}. */
        public BasicBlock(long inplanes, long planes, int stride, Sequential downsample) {
            this(inplanes, planes, stride, downsample, 1, 64, 1);
        }

        /**
         * {@code BasicBlock(inplanes, planes, stride, downsample, groups, base_width, dilation)}: only
         * groups 1, width 64 and dilation 1, as torchvision.
         *
         * @throws IllegalArgumentException for groups ≠ 1 or width ≠ 64
         * @throws UnsupportedOperationException for dilation &gt; 1
         */
        public BasicBlock(long inplanes, long planes, int stride, Sequential downsample, int groups, int baseWidth, int dilation) {
            if (groups != 1 || baseWidth != 64) throw new IllegalArgumentException("BasicBlock only supports groups=1 and base_width=64");
            if (dilation > 1) throw new UnsupportedOperationException("Dilation > 1 not supported in BasicBlock");
            conv1 = register("conv1", conv3x3(inplanes, planes, stride, 1, 1));
            bn1 = register("bn1", new BatchNorm2d(planes));
            relu = register("relu", new ReLU(true));
            conv2 = register("conv2", conv3x3(planes, planes, 1, 1, 1));
            bn2 = register("bn2", new BatchNorm2d(planes));
            this.downsample = downsample == null ? null : register("downsample", downsample);
            this.stride = stride;
        }

        @Override public Tensor forward(Tensor x) {
            Tensor out = bn2.call(conv2.call(relu.call(bn1.call(conv1.call(x)))));
            out.add_(downsample != null ? downsample.call(x) : x);   // torchvision's out += identity
            return relu.call(out);
        }
    }

    /**
     * 1×1 reduce, 3×3 (strided, grouped, dilated), 1×1 expand ×4, each with BatchNorm, and a shortcut
     * ({@code torchvision.models.resnet.Bottleneck}, the ResNet V1.5 form: the stride sits on the 3×3).
     */
    public static class Bottleneck extends Module {
        /** The 1×1 reduction. */
        public final Conv2d conv1;
        /** Its BatchNorm. */
        public final BatchNorm2d bn1;
        /** The 3×3 convolution (carries stride, groups and dilation). */
        public final Conv2d conv2;
        /** Its BatchNorm. */
        public final BatchNorm2d bn2;
        /** The 1×1 expansion to planes × 4. */
        public final Conv2d conv3;
        /** Its BatchNorm (zero-initialised with {@code zeroInitResidual}). */
        public final BatchNorm2d bn3;
        /** The ReLU (in place), used three times. */
        public final ReLU relu;
        /** The shortcut's 1×1 convolution and BatchNorm, or null. */
        public final Sequential downsample;
        /** The stride of {@link #conv2}. */
        public final int stride;

        /** {@code Bottleneck(inplanes, planes, stride, downsample)}. */
        public Bottleneck(long inplanes, long planes, int stride, Sequential downsample) {
            this(inplanes, planes, stride, downsample, 1, 64, 1);
        }

        /** {@code Bottleneck(inplanes, planes, stride, downsample, groups, base_width, dilation)}. */
        public Bottleneck(long inplanes, long planes, int stride, Sequential downsample, int groups, int baseWidth, int dilation) {
            long width = (long) (planes * (baseWidth / 64.0)) * groups;
            conv1 = register("conv1", conv1x1(inplanes, width, 1));
            bn1 = register("bn1", new BatchNorm2d(width));
            conv2 = register("conv2", conv3x3(width, width, stride, groups, dilation));
            bn2 = register("bn2", new BatchNorm2d(width));
            conv3 = register("conv3", conv1x1(width, planes * Block.BOTTLENECK.expansion, 1));
            bn3 = register("bn3", new BatchNorm2d(planes * Block.BOTTLENECK.expansion));
            relu = register("relu", new ReLU(true));
            this.downsample = downsample == null ? null : register("downsample", downsample);
            this.stride = stride;
        }

        @Override public Tensor forward(Tensor x) {
            Tensor out = relu.call(bn1.call(conv1.call(x)));
            out = relu.call(bn2.call(conv2.call(out)));
            out = bn3.call(conv3.call(out));
            out.add_(downsample != null ? downsample.call(x) : x);
            return relu.call(out);
        }
    }
}
