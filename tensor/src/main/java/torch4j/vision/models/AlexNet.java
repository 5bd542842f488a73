package torch4j.vision.models;

import torch4j.Tensor;
import torch4j.nn.AdaptiveAvgPool2d;
import torch4j.nn.Conv2d;
import torch4j.nn.Dropout;
import torch4j.nn.Linear;
import torch4j.nn.MaxPool2d;
import torch4j.nn.Module;
import torch4j.nn.ReLU;
import torch4j.nn.Sequential;

/**
 * AlexNet as torchvision 0.14 builds it ({@code torchvision.models.AlexNet}, the "one weird trick"
 * variant): {@code features} (five convolutions, three max poolings), {@code avgpool} (adaptive to
 * 6×6; inputs from 63×63 up) and {@code classifier} (dropout, 9216→4096, 4096→4096, →numClasses).
 * torchvision gives AlexNet no initialisation of its own: the layers keep PyTorch's default
 * (kaiming-uniform) draws, in construction order, so {@code manualSeed(0)} gives torchvision's
 * numbers. Build one with {@link Models#alexnet()}.
 *
 * <pre>{@code
 * jshell> var net = Models.alexnet(10); print(net.classifier.get(6))
 * Linear(in_features=4096, out_features=10, bias=True)
 * }</pre>
 */
public class AlexNet extends Module {
    /** Conv 11×11/4, ReLU, pool, conv 5×5, ReLU, pool, three conv 3×3 with ReLU, pool. */
    public final Sequential features;
    /** Adaptive average pooling to 6×6. */
    public final AdaptiveAvgPool2d avgpool;
    /** Dropout, Linear 9216→4096, ReLU, Dropout, Linear 4096→4096, ReLU, Linear 4096→numClasses. */
    public final Sequential classifier;

    /** {@code AlexNet()}: 1000 classes, dropout 0.5. */
    public AlexNet() { this(1000, 0.5); }

    /** {@code AlexNet(num_classes, dropout)}. */
    public AlexNet(long numClasses, double dropout) {
        features = register("features", new Sequential(
                new Conv2d(3, 64, 11, 4, 2), new ReLU(true), new MaxPool2d(3, 2),
                new Conv2d(64, 192, 5, 1, 2), new ReLU(true), new MaxPool2d(3, 2),
                new Conv2d(192, 384, 3, 1, 1), new ReLU(true),
                new Conv2d(384, 256, 3, 1, 1), new ReLU(true),
                new Conv2d(256, 256, 3, 1, 1), new ReLU(true), new MaxPool2d(3, 2)));
        avgpool = register("avgpool", new AdaptiveAvgPool2d(new long[] {6, 6}));
        classifier = register("classifier", new Sequential(
                new Dropout(dropout), new Linear(256 * 6 * 6, 4096), new ReLU(true),
                new Dropout(dropout), new Linear(4096, 4096), new ReLU(true),
                new Linear(4096, numClasses)));
    }

    @Override public Tensor forward(Tensor x) {
        x = avgpool.call(features.call(x));
        return classifier.call(x.flatten(1, -1));
    }
}
