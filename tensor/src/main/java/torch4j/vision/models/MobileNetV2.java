package torch4j.vision.models;

import java.util.ArrayList;
import java.util.List;
import torch4j.Tensor;
import torch4j.autograd.GradMode;
import torch4j.nn.BatchNorm2d;
import torch4j.nn.Conv2d;
import torch4j.nn.Dropout;
import torch4j.nn.Linear;
import torch4j.nn.Module;
import torch4j.nn.ReLU6;
import torch4j.nn.Sequential;
import torch4j.nn.functional.F;
import torch4j.nn.init.Init;

/**
 * MobileNetV2 as torchvision 0.14 builds it ({@code torchvision.models.MobileNetV2}):
 * {@code features} — a stride-2 {@link Conv2dNormActivation} stem, seventeen
 * {@link InvertedResidual} blocks and a 1×1 {@link Conv2dNormActivation} to 1280 channels, all with
 * {@link ReLU6} — then global average pooling and {@code classifier} (Dropout, Linear). Channel
 * counts are scaled by {@code widthMult} and rounded to multiples of {@code roundNearest}
 * (torchvision's {@code _make_divisible}). Names, state-dict keys, repr and the initialisation
 * (kaiming-normal fan-out convolutions, BatchNorm 1 and 0, Linear N(0, 0.01) with zero bias, in
 * module order) are PyTorch's. Build one with {@link Models#mobilenetV2()}.
 *
 * <pre>{@code
 * jshell> var net = Models.mobilenetV2(10, 0.5); print(net.classifier)
 * Sequential(
 *   (0): Dropout(p=0.2, inplace=False)
 *   (1): Linear(in_features=1280, out_features=10, bias=True)
 * )
 * }</pre>
 */
public class MobileNetV2 extends Module {
    /**
     * torchvision's default {@code inverted_residual_setting}: per stage {expansion t, channels c,
     * repeats n, first stride s}.
     */
    public static final int[][] DEFAULT_SETTING = {
            {1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2}, {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};

    /** Stem, inverted residual blocks, final 1×1 convolution. */
    public final Sequential features;
    /** Dropout, then Linear(lastChannel, numClasses). */
    public final Sequential classifier;
    /** The channels of the last feature map: 1280 × max(1, widthMult), rounded. */
    public final long lastChannel;

    /** {@code MobileNetV2()}: 1000 classes, width 1.0. */
    public MobileNetV2() { this(1000, 1.0); }

    /** {@code MobileNetV2(num_classes, width_mult)}. */
    public MobileNetV2(long numClasses, double widthMult) { this(numClasses, widthMult, null, 8, 0.2); }

    /**
     * {@code MobileNetV2(num_classes, width_mult, inverted_residual_setting, round_nearest,
     * dropout=…)}; {@code block} is always {@link InvertedResidual} and {@code norm_layer} BatchNorm2d.
     *
     * @param invertedResidualSetting rows {t, c, n, s}, or null for {@link #DEFAULT_SETTING}
     * @param roundNearest channel counts are multiples of this (1 turns rounding off)
     */
    public MobileNetV2(long numClasses, double widthMult, int[][] invertedResidualSetting, int roundNearest, double dropout) {
        int[][] setting = invertedResidualSetting == null ? DEFAULT_SETTING : invertedResidualSetting;
        if (setting.length == 0 || setting[0].length != 4) {
            throw new IllegalArgumentException("inverted_residual_setting should be non-empty or a 4-element list, got "
                    + java.util.Arrays.deepToString(setting));
        }
        long inputChannel = makeDivisible(32 * widthMult, roundNearest);
        lastChannel = makeDivisible(1280 * Math.max(1.0, widthMult), roundNearest);
        List<Module> layers = new ArrayList<>();
        layers.add(new Conv2dNormActivation(3, inputChannel, 3, 2, 1, BatchNorm2d::new, ReLU6::new));
        for (int[] row : setting) {
            long outputChannel = makeDivisible(row[1] * widthMult, roundNearest);
            for (int i = 0; i < row[2]; i++) {
                layers.add(new InvertedResidual(inputChannel, outputChannel, i == 0 ? row[3] : 1, row[0]));
                inputChannel = outputChannel;
            }
        }
        layers.add(new Conv2dNormActivation(inputChannel, lastChannel, 1, 1, 1, BatchNorm2d::new, ReLU6::new));
        features = register("features", new Sequential(layers.toArray(Module[]::new)));
        classifier = register("classifier", new Sequential(new Dropout(dropout), new Linear(lastChannel, numClasses)));
        initWeights();
    }

    /** torchvision's loop over {@code self.modules()}, drawing in module order. */
    private void initWeights() {
        try (var _ = GradMode.noGrad()) {
            for (Module m : modules()) {
                if (m instanceof Conv2d c) {
                    Init.kaimingNormal_(c.weight, 0, "fan_out", "leaky_relu");   // torchvision leaves the nonlinearity at its default
                    if (c.bias != null) Init.zeros_(c.bias);
                } else if (m instanceof BatchNorm2d bn) {
                    Init.ones_(bn.weight);
                    Init.zeros_(bn.bias);
                } else if (m instanceof Linear l) {
                    Init.normal_(l.weight, 0, 0.01);
                    Init.zeros_(l.bias);
                }
            }
        }
    }

    /**
     * torchvision's {@code _make_divisible(v, divisor)}: v rounded to the nearest multiple of
     * {@code divisor} (at least {@code divisor}), one step up when rounding lost more than 10 %.
     *
     * <pre>{@code
     * jshell> MobileNetV2.makeDivisible(32 * 0.35, 8)
     * $1 ==> 16
     * }</pre>
     */
    public static long makeDivisible(double v, int divisor) {
        long newV = Math.max(divisor, (long) (v + divisor / 2.0) / divisor * divisor);
        if (newV < 0.9 * v) newV += divisor;
        return newV;
    }

    @Override public Tensor forward(Tensor x) {
        x = F.adaptiveAvgPool2d(features.call(x), new long[] {1, 1});
        return classifier.call(x.flatten(1, -1));
    }

    /**
     * MobileNetV2's block ({@code torchvision.models.mobilenetv2.InvertedResidual}): a 1×1
     * expansion to {@code inp × expandRatio} channels (left out for ratio 1), a 3×3 depthwise
     * convolution carrying the stride, both with BatchNorm and ReLU6, then a linear 1×1 projection
     * with BatchNorm; x is added back when the stride is 1 and the channels match.
     */
    public static class InvertedResidual extends Module {
        /** The layers, named {@code conv} as in torchvision (keys {@code features.1.conv.0.0.weight}). */
        public final Sequential conv;
        /** 1 or 2. */
        public final int stride;
        /** Whether forward adds the input back. */
        public final boolean useResConnect;
        /** The output channels. */
        public final long outChannels;

        /**
         * {@code InvertedResidual(inp, oup, stride, expand_ratio)}.
         *
         * @throws IllegalArgumentException for a stride other than 1 or 2, with torchvision's message
         */
        public InvertedResidual(long inp, long oup, int stride, int expandRatio) {
            if (stride != 1 && stride != 2) throw new IllegalArgumentException("stride should be 1 or 2 insted of " + stride);
            this.stride = stride;
            long hiddenDim = (long) Math.rint(inp * (double) expandRatio);   // Python's round: half to even
            useResConnect = stride == 1 && inp == oup;
            List<Module> layers = new ArrayList<>();
            if (expandRatio != 1) layers.add(new Conv2dNormActivation(inp, hiddenDim, 1, 1, 1, BatchNorm2d::new, ReLU6::new));
            layers.add(new Conv2dNormActivation(hiddenDim, hiddenDim, 3, stride, (int) hiddenDim, BatchNorm2d::new, ReLU6::new));
            layers.add(new Conv2d(hiddenDim, oup, 1, 1, 0, 1, 1, false, "zeros"));
            layers.add(new BatchNorm2d(oup));
            conv = register("conv", new Sequential(layers.toArray(Module[]::new)));
            outChannels = oup;
        }

        @Override public Tensor forward(Tensor x) {
            return useResConnect ? x.add(conv.call(x)) : conv.call(x);
        }
    }
}
