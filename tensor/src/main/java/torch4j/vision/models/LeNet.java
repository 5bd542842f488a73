package torch4j.vision.models;

import torch4j.Tensor;
import torch4j.nn.Conv2d;
import torch4j.nn.Linear;
import torch4j.nn.Module;
import torch4j.nn.functional.F;

/**
 * The LeNet-5-style network of the study notes torch4j's lessons follow (the PyTorch 60-minute
 * tutorial's {@code Net}; torchvision has no LeNet): for 1×32×32 images, {@code conv1} 1→6 (3×3),
 * 2×2 max pooling, {@code conv2} 6→16 (3×3), 2×2 max pooling, then {@code fc1} 576→120,
 * {@code fc2} 120→84, {@code fc3} 84→numClasses, with ReLU after every layer but the last. The
 * study notes print exactly these modules; their forward leaves out the ReLU after the two
 * convolutions, which the tutorial has and this class keeps. Layers use PyTorch's default
 * initialisation, so {@code manualSeed(s)} gives the numbers the Python class gives.
 *
 * <pre>{@code
 * jshell> var net = Models.lenet(); print(net)
 * LeNet(
 *   (conv1): Conv2d(1, 6, kernel_size=(3, 3), stride=(1, 1))
 *   (conv2): Conv2d(6, 16, kernel_size=(3, 3), stride=(1, 1))
 *   (fc1): Linear(in_features=576, out_features=120, bias=True)
 *   (fc2): Linear(in_features=120, out_features=84, bias=True)
 *   (fc3): Linear(in_features=84, out_features=10, bias=True)
 * )
 * jshell> net.call(randn(1, 1, 32, 32)).shape()
 * $2 ==> torch.Size([1, 10])
 * }</pre>
 */
public class LeNet extends Module {
    /** 1→6 channels, 3×3. */
    public final Conv2d conv1;
    /** 6→16 channels, 3×3. */
    public final Conv2d conv2;
    /** 16·6·6 = 576 → 120. */
    public final Linear fc1;
    /** 120 → 84. */
    public final Linear fc2;
    /** 84 → numClasses. */
    public final Linear fc3;

    /** Ten classes (the digits). */
    public LeNet() { this(10); }

    /** {@code numClasses} outputs. */
    public LeNet(long numClasses) {
        conv1 = register("conv1", new Conv2d(1, 6, 3));
        conv2 = register("conv2", new Conv2d(6, 16, 3));
        fc1 = register("fc1", new Linear(16 * 6 * 6, 120));
        fc2 = register("fc2", new Linear(120, 84));
        fc3 = register("fc3", new Linear(84, numClasses));
    }

    @Override public Tensor forward(Tensor x) {
        x = F.maxPool2d(F.relu(conv1.call(x)), 2);
        x = F.maxPool2d(F.relu(conv2.call(x)), 2);
        x = F.relu(fc1.call(x.flatten(1, -1)));
        x = F.relu(fc2.call(x));
        return fc3.call(x);
    }
}
