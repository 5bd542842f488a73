package torch4j.vision.models;

import java.nio.file.Path;
import java.util.Map;
import torch4j.Tensor;
import torch4j.nn.Module;

/**
 * torchvision's model builders ({@code torchvision.models.resnet18()} and friends) as static
 * factories, each building the network exactly as torchvision 0.14 does: the same module names
 * and nesting, state-dict keys, repr, parameter count and, from the same {@code manualSeed},
 * the same initial weights. Options are overloads in torchvision's keyword order
 * ({@code num_classes}, then the family's own); the classes' constructors take every option.
 *
 * <p>Trained weights come from a file you name, never from the network: {@code resnet18(Path)}
 * builds the model with as many classes as the file's classifier has and loads it strictly;
 * {@link #load(Module, Path)} loads a file into a model built with other options. The file is a
 * state dict as {@code torch.save(model.state_dict(), path)} writes it, as torchvision's own
 * {@code .pth} files are; {@link torch4j.Torch#load(Path)} reads PyTorch's zip format (1.6 and
 * later), so a file in the legacy format is refused with a message saying to re-save it.
 * {@code resnet18(true)}, torchvision's {@code pretrained=True}, throws and names the file
 * torchvision would download.
 *
 * <pre>{@code
 * jshell> var net = Models.resnet18(); print(net.fc)
 * Linear(in_features=512, out_features=1000, bias=True)
 * jshell> net.eval(); net.call(randn(1, 3, 224, 224)).shape()
 * $3 ==> torch.Size([1, 1000])
 * jshell> var trained = Models.resnet18(Path.of("resnet18-f37072fd.pth")).eval()
 * }</pre>
 */
public final class Models {
    private Models() {}

    // ---------------------------------------------------------------- weights files

    /**
     * Loads the state dict in {@code weights} into {@code model}, strictly (every key, shape and
     * dtype as the model's, else PyTorch's "Error(s) in loading state_dict for …"), and returns
     * the model: for options the file itself does not tell, such as MobileNetV2's width.
     *
     * <pre>{@code
     * jshell> var net = Models.load(Models.mobilenetV2(10, 0.25), Path.of("mobilenet_v2_w025_c10.pth"))
     * }</pre>
     *
     * @throws IllegalArgumentException when the file holds something other than a state dict
     * @throws IllegalStateException PyTorch's "Error(s) in loading state_dict for …" when it does not fit the model
     */
    public static <M extends Module> M load(M model, Path weights) { return Weights.load(model, Weights.read(weights)); }

    // ---------------------------------------------------------------- LeNet (not in torchvision)

    /** The study notes' LeNet for 1×32×32 images, 10 classes. <pre>{@code jshell> Models.lenet().fc3 ==> Linear(in_features=84, out_features=10, bias=True)}</pre> */
    public static LeNet lenet() { return new LeNet(); }

    /** LeNet with {@code numClasses} outputs. */
    public static LeNet lenet(long numClasses) { return new LeNet(numClasses); }

    // ---------------------------------------------------------------- AlexNet

    /** {@code torchvision.models.alexnet()}: 61,100,840 parameters. <pre>{@code jshell> Models.alexnet().avgpool ==> AdaptiveAvgPool2d(output_size=(6, 6))}</pre> */
    public static AlexNet alexnet() { return new AlexNet(); }

    /**
     * {@code alexnet(weights)} with the weights in a state-dict file, its number of classes taken from the
     * file's {@code classifier.6.weight}; strict as {@link #load(Module, Path)}.
     */
    public static AlexNet alexnet(Path weights) {
        Map<String, Tensor> stateDict = Weights.read(weights);
        return Weights.load(new AlexNet(Weights.classes(stateDict, "classifier.6.weight"), 0.5), stateDict);
    }

    /**
     * torchvision's {@code pretrained} flag: false builds the untrained model; true throws, since
     * torch4j downloads nothing, naming the file to fetch and pass to {@link #alexnet(Path)}.
     *
     * @throws UnsupportedOperationException when {@code pretrained}
     */
    public static AlexNet alexnet(boolean pretrained) {
        if (pretrained) throw Weights.noHub("alexnet");
        return alexnet();
    }

    /** {@code alexnet(num_classes=…)}. */
    public static AlexNet alexnet(long numClasses) { return new AlexNet(numClasses, 0.5); }

    /** {@code alexnet(num_classes=…, dropout=…)}. */
    public static AlexNet alexnet(long numClasses, double dropout) { return new AlexNet(numClasses, dropout); }

    // ---------------------------------------------------------------- VGG

    /** {@code torchvision.models.vgg11()}: configuration "A", 132,863,336 parameters. <pre>{@code jshell> Models.vgg11().features.size() ==> 21}</pre> */
    public static VGG vgg11() { return vgg("A", false, 1000, 0.5); }

    /**
     * {@code vgg11(weights)} with the weights in a state-dict file, its number of classes taken from the
     * file's {@code classifier.6.weight} (VGG skips its initialisation, as torchvision does when it loads weights); strict as {@link #load(Module, Path)}.
     */
    public static VGG vgg11(Path weights) {
        Map<String, Tensor> stateDict = Weights.read(weights);
        return Weights.load(new VGG(VGG.makeLayers(VGG.CFGS.get("A"), false), Weights.classes(stateDict, "classifier.6.weight"), false, 0.5), stateDict);
    }

    /**
     * torchvision's {@code pretrained} flag: false builds the untrained model; true throws, since
     * torch4j downloads nothing, naming the file to fetch and pass to {@link #vgg11(Path)}.
     *
     * @throws UnsupportedOperationException when {@code pretrained}
     */
    public static VGG vgg11(boolean pretrained) {
        if (pretrained) throw Weights.noHub("vgg11");
        return vgg11();
    }

    /** {@code vgg11(num_classes=…)}. */
    public static VGG vgg11(long numClasses) { return vgg("A", false, numClasses, 0.5); }

    /** {@code vgg11(num_classes=…, dropout=…)}. */
    public static VGG vgg11(long numClasses, double dropout) { return vgg("A", false, numClasses, dropout); }

    /** {@code torchvision.models.vgg11_bn()}: with BatchNorm after each convolution. <pre>{@code jshell> Models.vgg11Bn().features.get(1) ==> BatchNorm2d(64, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)}</pre> */
    public static VGG vgg11Bn() { return vgg("A", true, 1000, 0.5); }

    /**
     * {@code vgg11Bn(weights)} with the weights in a state-dict file, its number of classes taken from the
     * file's {@code classifier.6.weight} (VGG skips its initialisation, as torchvision does when it loads weights); strict as {@link #load(Module, Path)}.
     */
    public static VGG vgg11Bn(Path weights) {
        Map<String, Tensor> stateDict = Weights.read(weights);
        return Weights.load(new VGG(VGG.makeLayers(VGG.CFGS.get("A"), true), Weights.classes(stateDict, "classifier.6.weight"), false, 0.5), stateDict);
    }

    /**
     * torchvision's {@code pretrained} flag: false builds the untrained model; true throws, since
     * torch4j downloads nothing, naming the file to fetch and pass to {@link #vgg11Bn(Path)}.
     *
     * @throws UnsupportedOperationException when {@code pretrained}
     */
    public static VGG vgg11Bn(boolean pretrained) {
        if (pretrained) throw Weights.noHub("vgg11Bn");
        return vgg11Bn();
    }

    /** {@code vgg11_bn(num_classes=…)}. */
    public static VGG vgg11Bn(long numClasses) { return vgg("A", true, numClasses, 0.5); }

    /** {@code vgg11_bn(num_classes=…, dropout=…)}. */
    public static VGG vgg11Bn(long numClasses, double dropout) { return vgg("A", true, numClasses, dropout); }

    /** {@code torchvision.models.vgg16()}: configuration "D", 138,357,544 parameters. <pre>{@code jshell> Models.vgg16().features.size() ==> 31}</pre> */
    public static VGG vgg16() { return vgg("D", false, 1000, 0.5); }

    /**
     * {@code vgg16(weights)} with the weights in a state-dict file, its number of classes taken from the
     * file's {@code classifier.6.weight} (VGG skips its initialisation, as torchvision does when it loads weights); strict as {@link #load(Module, Path)}.
     */
    public static VGG vgg16(Path weights) {
        Map<String, Tensor> stateDict = Weights.read(weights);
        return Weights.load(new VGG(VGG.makeLayers(VGG.CFGS.get("D"), false), Weights.classes(stateDict, "classifier.6.weight"), false, 0.5), stateDict);
    }

    /**
     * torchvision's {@code pretrained} flag: false builds the untrained model; true throws, since
     * torch4j downloads nothing, naming the file to fetch and pass to {@link #vgg16(Path)}.
     *
     * @throws UnsupportedOperationException when {@code pretrained}
     */
    public static VGG vgg16(boolean pretrained) {
        if (pretrained) throw Weights.noHub("vgg16");
        return vgg16();
    }

    /** {@code vgg16(num_classes=…)}. */
    public static VGG vgg16(long numClasses) { return vgg("D", false, numClasses, 0.5); }

    /** {@code vgg16(num_classes=…, dropout=…)}. */
    public static VGG vgg16(long numClasses, double dropout) { return vgg("D", false, numClasses, dropout); }

    /** {@code torchvision.models.vgg16_bn()}. <pre>{@code jshell> Models.vgg16Bn().features.size() ==> 44}</pre> */
    public static VGG vgg16Bn() { return vgg("D", true, 1000, 0.5); }

    /**
     * {@code vgg16Bn(weights)} with the weights in a state-dict file, its number of classes taken from the
     * file's {@code classifier.6.weight} (VGG skips its initialisation, as torchvision does when it loads weights); strict as {@link #load(Module, Path)}.
     */
    public static VGG vgg16Bn(Path weights) {
        Map<String, Tensor> stateDict = Weights.read(weights);
        return Weights.load(new VGG(VGG.makeLayers(VGG.CFGS.get("D"), true), Weights.classes(stateDict, "classifier.6.weight"), false, 0.5), stateDict);
    }

    /**
     * torchvision's {@code pretrained} flag: false builds the untrained model; true throws, since
     * torch4j downloads nothing, naming the file to fetch and pass to {@link #vgg16Bn(Path)}.
     *
     * @throws UnsupportedOperationException when {@code pretrained}
     */
    public static VGG vgg16Bn(boolean pretrained) {
        if (pretrained) throw Weights.noHub("vgg16Bn");
        return vgg16Bn();
    }

    /** {@code vgg16_bn(num_classes=…)}. */
    public static VGG vgg16Bn(long numClasses) { return vgg("D", true, numClasses, 0.5); }

    /** {@code vgg16_bn(num_classes=…, dropout=…)}. */
    public static VGG vgg16Bn(long numClasses, double dropout) { return vgg("D", true, numClasses, dropout); }

    private static VGG vgg(String cfg, boolean batchNorm, long numClasses, double dropout) {
        return new VGG(VGG.makeLayers(VGG.CFGS.get(cfg), batchNorm), numClasses, true, dropout);
    }

    // ---------------------------------------------------------------- ResNet

    /** {@code torchvision.models.resnet18()}: BasicBlocks [2, 2, 2, 2], 11,689,512 parameters. <pre>{@code jshell> Models.resnet18().fc ==> Linear(in_features=512, out_features=1000, bias=True)}</pre> */
    public static ResNet resnet18() { return resnet18(1000); }

    /**
     * {@code resnet18(weights)} with the weights in a state-dict file, its number of classes taken from the
     * file's {@code fc.weight}; strict as {@link #load(Module, Path)}.
     */
    public static ResNet resnet18(Path weights) {
        Map<String, Tensor> stateDict = Weights.read(weights);
        return Weights.load(resnet18(Weights.classes(stateDict, "fc.weight")), stateDict);
    }

    /**
     * torchvision's {@code pretrained} flag: false builds the untrained model; true throws, since
     * torch4j downloads nothing, naming the file to fetch and pass to {@link #resnet18(Path)}.
     *
     * @throws UnsupportedOperationException when {@code pretrained}
     */
    public static ResNet resnet18(boolean pretrained) {
        if (pretrained) throw Weights.noHub("resnet18");
        return resnet18();
    }

    /** {@code resnet18(num_classes=…)}. */
    public static ResNet resnet18(long numClasses) { return resnet18(numClasses, false); }

    /** {@code resnet18(num_classes=…, zero_init_residual=…)}. */
    public static ResNet resnet18(long numClasses, boolean zeroInitResidual) {
        return new ResNet(ResNet.Block.BASIC, new int[] {2, 2, 2, 2}, numClasses, zeroInitResidual, 1, 64, null);
    }

    /** {@code torchvision.models.resnet34()}: BasicBlocks [3, 4, 6, 3], 21,797,672 parameters. */
    public static ResNet resnet34() { return resnet34(1000); }

    /**
     * {@code resnet34(weights)} with the weights in a state-dict file, its number of classes taken from the
     * file's {@code fc.weight}; strict as {@link #load(Module, Path)}.
     */
    public static ResNet resnet34(Path weights) {
        Map<String, Tensor> stateDict = Weights.read(weights);
        return Weights.load(resnet34(Weights.classes(stateDict, "fc.weight")), stateDict);
    }

    /**
     * torchvision's {@code pretrained} flag: false builds the untrained model; true throws, since
     * torch4j downloads nothing, naming the file to fetch and pass to {@link #resnet34(Path)}.
     *
     * @throws UnsupportedOperationException when {@code pretrained}
     */
    public static ResNet resnet34(boolean pretrained) {
        if (pretrained) throw Weights.noHub("resnet34");
        return resnet34();
    }

    /** {@code resnet34(num_classes=…)}. */
    public static ResNet resnet34(long numClasses) { return resnet34(numClasses, false); }

    /** {@code resnet34(num_classes=…, zero_init_residual=…)}. */
    public static ResNet resnet34(long numClasses, boolean zeroInitResidual) {
        return new ResNet(ResNet.Block.BASIC, new int[] {3, 4, 6, 3}, numClasses, zeroInitResidual, 1, 64, null);
    }

    /** {@code torchvision.models.resnet50()}: Bottlenecks [3, 4, 6, 3], 25,557,032 parameters. <pre>{@code jshell> Models.resnet50().fc ==> Linear(in_features=2048, out_features=1000, bias=True)}</pre> */
    public static ResNet resnet50() { return resnet50(1000); }

    /**
     * {@code resnet50(weights)} with the weights in a state-dict file, its number of classes taken from the
     * file's {@code fc.weight}; strict as {@link #load(Module, Path)}.
     */
    public static ResNet resnet50(Path weights) {
        Map<String, Tensor> stateDict = Weights.read(weights);
        return Weights.load(resnet50(Weights.classes(stateDict, "fc.weight")), stateDict);
    }

    /**
     * torchvision's {@code pretrained} flag: false builds the untrained model; true throws, since
     * torch4j downloads nothing, naming the file to fetch and pass to {@link #resnet50(Path)}.
     *
     * @throws UnsupportedOperationException when {@code pretrained}
     */
    public static ResNet resnet50(boolean pretrained) {
        if (pretrained) throw Weights.noHub("resnet50");
        return resnet50();
    }

    /** {@code resnet50(num_classes=…)}. */
    public static ResNet resnet50(long numClasses) { return resnet50(numClasses, false); }

    /** {@code resnet50(num_classes=…, zero_init_residual=…)}. */
    public static ResNet resnet50(long numClasses, boolean zeroInitResidual) {
        return new ResNet(ResNet.Block.BOTTLENECK, new int[] {3, 4, 6, 3}, numClasses, zeroInitResidual, 1, 64, null);
    }

    // ---------------------------------------------------------------- MobileNetV2

    /** {@code torchvision.models.mobilenet_v2()}: 3,504,872 parameters. <pre>{@code jshell> Models.mobilenetV2().lastChannel ==> 1280}</pre> */
    public static MobileNetV2 mobilenetV2() { return new MobileNetV2(); }

    /**
     * {@code mobilenetV2(weights)} with the weights in a state-dict file, its number of classes taken from the
     * file's {@code classifier.1.weight}; strict as {@link #load(Module, Path)}.
     */
    public static MobileNetV2 mobilenetV2(Path weights) {
        Map<String, Tensor> stateDict = Weights.read(weights);
        return Weights.load(mobilenetV2(Weights.classes(stateDict, "classifier.1.weight")), stateDict);
    }

    /**
     * torchvision's {@code pretrained} flag: false builds the untrained model; true throws, since
     * torch4j downloads nothing, naming the file to fetch and pass to {@link #mobilenetV2(Path)}.
     *
     * @throws UnsupportedOperationException when {@code pretrained}
     */
    public static MobileNetV2 mobilenetV2(boolean pretrained) {
        if (pretrained) throw Weights.noHub("mobilenetV2");
        return mobilenetV2();
    }

    /** {@code mobilenet_v2(num_classes=…)}. */
    public static MobileNetV2 mobilenetV2(long numClasses) { return new MobileNetV2(numClasses, 1.0); }

    /** {@code mobilenet_v2(num_classes=…, width_mult=…)}. */
    public static MobileNetV2 mobilenetV2(long numClasses, double widthMult) { return new MobileNetV2(numClasses, widthMult); }

    /** {@code mobilenet_v2(num_classes=…, width_mult=…, round_nearest=…, dropout=…)}. */
    public static MobileNetV2 mobilenetV2(long numClasses, double widthMult, int roundNearest, double dropout) {
        return new MobileNetV2(numClasses, widthMult, null, roundNearest, dropout);
    }
}
