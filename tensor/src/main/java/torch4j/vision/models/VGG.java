package torch4j.vision.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import torch4j.Tensor;
import torch4j.autograd.GradMode;
import torch4j.nn.AdaptiveAvgPool2d;
import torch4j.nn.BatchNorm2d;
import torch4j.nn.Conv2d;
import torch4j.nn.Dropout;
import torch4j.nn.Linear;
import torch4j.nn.MaxPool2d;
import torch4j.nn.Module;
import torch4j.nn.ReLU;
import torch4j.nn.Sequential;
import torch4j.nn.init.Init;

/**
 * VGG as torchvision 0.14 builds it ({@code torchvision.models.VGG}): {@code features} (3×3
 * convolutions with padding 1, each followed by ReLU or by BatchNorm and ReLU, and 2×2 max pooling
 * between stages), {@code avgpool} (adaptive to 7×7, so any input from 32×32 up works) and
 * {@code classifier} (4096, 4096, numClasses with ReLU and dropout). Names, state-dict keys, repr and
 * the initialisation (kaiming-normal fan-out convolutions with zero bias, BatchNorm 1 and 0, Linear
 * N(0, 0.01) with zero bias, drawn in module order) are PyTorch's. Build one with
 * {@link Models#vgg11()}, {@link Models#vgg11Bn()}, {@link Models#vgg16()} or {@link Models#vgg16Bn()}.
 *
 * <pre>{@code
 * jshell> var net = Models.vgg16(); print(net.classifier.get(6))
 * Linear(in_features=4096, out_features=1000, bias=True)
 * jshell> net.features.get(0)
 * $2 ==> Conv2d(3, 64, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
 * }</pre>
 */
public class VGG extends Module {
    /**
     * torchvision's {@code cfgs}: output channels of each 3×3 convolution, 0 for a max pooling
     * (torchvision's "M"). "A" is VGG-11, "B" VGG-13, "D" VGG-16, "E" VGG-19.
     */
    public static final Map<String, int[]> CFGS = Map.of(
            "A", new int[] {64, 0, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0},
            "B", new int[] {64, 64, 0, 128, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0},
            "D", new int[] {64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0},
            "E", new int[] {64, 64, 0, 128, 128, 0, 256, 256, 256, 256, 0, 512, 512, 512, 512, 0, 512, 512, 512, 512, 0});

    /** The convolutional part, as made by {@link #makeLayers}. */
    public final Sequential features;
    /** Adaptive average pooling to 7×7. */
    public final AdaptiveAvgPool2d avgpool;
    /** Linear 25088→4096, ReLU, Dropout, Linear 4096→4096, ReLU, Dropout, Linear 4096→numClasses. */
    public final Sequential classifier;

    /** {@code VGG(features)}: 1000 classes, initialised, dropout 0.5. */
    public VGG(Sequential features) { this(features, 1000, true, 0.5); }

    /**
     * {@code VGG(features, num_classes, init_weights, dropout)}.
     *
     * @param features typically {@link #makeLayers}; its output must have 512 channels
     * @param initWeights run torchvision's initialisation (it is skipped when weights are loaded from a file)
     */
    public VGG(Sequential features, long numClasses, boolean initWeights, double dropout) {
        this.features = register("features", features);
        avgpool = register("avgpool", new AdaptiveAvgPool2d(new long[] {7, 7}));
        classifier = register("classifier", new Sequential(
                new Linear(512 * 7 * 7, 4096), new ReLU(true), new Dropout(dropout),
                new Linear(4096, 4096), new ReLU(true), new Dropout(dropout),
                new Linear(4096, numClasses)));
        if (initWeights) initWeights();
    }

    /** torchvision's loop over {@code self.modules()}, drawing in module order. */
    private void initWeights() {
        try (var _ = GradMode.noGrad()) {
            for (Module m : modules()) {
                if (m instanceof Conv2d c) {
                    Init.kaimingNormal_(c.weight, 0, "fan_out", "relu");
                    if (c.bias != null) Init.constant_(c.bias, 0);
                } else if (m instanceof BatchNorm2d bn) {
                    Init.constant_(bn.weight, 1);
                    Init.constant_(bn.bias, 0);
                } else if (m instanceof Linear l) {
                    Init.normal_(l.weight, 0, 0.01);
                    Init.constant_(l.bias, 0);
                }
            }
        }
    }

    /**
     * torchvision's {@code make_layers(cfg, batch_norm)}: from 3 input channels, per entry a 3×3
     * convolution (padding 1) with [BatchNorm2d and] ReLU(inplace=True), or for 0 a 2×2 stride-2 max
     * pooling.
     *
     * <pre>{@code
     * jshell> VGG.makeLayers(VGG.CFGS.get("A"), true).size()
     * $1 ==> 29
     * }</pre>
     */
    public static Sequential makeLayers(int[] cfg, boolean batchNorm) {
        List<Module> layers = new ArrayList<>();
        long inChannels = 3;
        for (int v : cfg) {
            if (v == 0) {
                layers.add(new MaxPool2d(2, 2));
                continue;
            }
            layers.add(new Conv2d(inChannels, v, 3, 1, 1));
            if (batchNorm) layers.add(new BatchNorm2d(v));
            layers.add(new ReLU(true));
            inChannels = v;
        }
        return new Sequential(layers.toArray(Module[]::new));
    }

    @Override public Tensor forward(Tensor x) {
        x = avgpool.call(features.call(x));
        return classifier.call(x.flatten(1, -1));
    }
}
