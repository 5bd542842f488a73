//# # 16 · Fine-tuning a ResNet: frozen layers, a new head, a learning-rate schedule
//#
//# Fine-tuning reuses a network trained on a big data set: its layers already turn pixels into
//# useful features, so only a new last layer (the "head") is trained on the small data set at
//# hand, with everything else frozen. This lesson does it with torchvision's `resnet18` on a tiny
//# image folder it writes itself. Run it with `./torch4j tutorials/16-finetune.jsh`.
//#
//# torch4j downloads nothing: with ImageNet weights you would fetch `resnet18-f37072fd.pth` once and
//# load the backbone from it (see the note in section 2). Here the backbone keeps its random
//# initial weights, so the frozen features are random ones: the mechanics are the same, the
//# accuracy is not what pretrained features give.
manualSeed(0);

//# ## 1. A small `ImageFolder`
//#
//# `ImageFolder` expects one sub-folder per class. The lesson draws 16×16 pictures of horizontal
//# and vertical stripes (random frequency, phase and noise) and saves them as PNGs: 8 per class
//# to train on, 4 to validate with (small, so that the lesson runs in seconds).
Tensor stripes(boolean vertical) {
    double freq = 0.8 + 0.8 * rand(1).item();
    double phase = 6.28 * rand(1).item();
    var wave = arange(16).to(float32).mul(freq).add(phase).sin().mul(0.4).add(0.5);
    var img = vertical ? wave.expand(16, 16) : wave.unsqueeze(1).expand(16, 16);
    return img.add(randn(16, 16).mul(0.1)).clamp(0, 1).expand(3, 16, 16);
}
var root = java.nio.file.Files.createTempDirectory("lesson16");
for (var split : List.of("train", "val")) {
    int count = split.equals("train") ? 8 : 4;
    for (var name : List.of("horizontal", "vertical")) {
        var dir = java.nio.file.Files.createDirectories(root.resolve(split).resolve(name));
        for (int i = 0; i < count; i++) VisionUtils.saveImage(stripes(name.equals("vertical")), dir.resolve(String.format("%02d.png", i)).toString());
    }
}

//# Training images get a random horizontal flip (augmentation); both sets are normalised with
//# ImageNet's statistics, as a pretrained ResNet expects.
var normalize = new Normalize(new double[]{0.485, 0.456, 0.406}, new double[]{0.229, 0.224, 0.225});
var trainSet = new ImageFolder(root.resolve("train").toString(), new Compose<>(new ToTensor(), new RandomHorizontalFlip(), normalize));
var valSet = new ImageFolder(root.resolve("val").toString(), new Compose<>(new ToTensor(), normalize));
print(String.join(", ", trainSet.classes()), trainSet.size(), valSet.size());
var trainLoader = DataLoader.of(trainSet, 8, true);
var valLoader = DataLoader.of(valSet, 8);
figure(8, 2);
for (int i = 0; i < 4; i++) {
    Tensor[] item = valSet.get(i * 2);
    subplot(1, 4, i + 1); imshow(item[0].mul(0.229).add(0.485).get(0), "gray"); title(valSet.classes().get((int) item[1].longValue())); axis("off");
}
show();

//# ## 2. ResNet-18 with a two-class head, everything else frozen
//#
//# `Models.resnet18(2)` is torchvision's `resnet18(num_classes=2)`: the same modules, names and
//# initial weights. Freezing means `requiresGrad(false)`: no gradients are computed for those
//# parameters, and the optimizer is given only the head's. (With ImageNet weights: load the file
//# into the model without the `fc.` entries, `model.loadStateDict(weights, false)`.)
var model = Models.resnet18(2);
model.requiresGrad_(false);
model.fc.requiresGrad_(true);
print(model.fc);
long trainable = model.parameters().stream().filter(p -> p.requiresGrad()).mapToLong(p -> p.numel()).sum();
print(trainable, "of", model.parameters().stream().mapToLong(p -> p.numel()).sum(), "parameters train");

//# `StepLR` multiplies the learning rate by `gamma` every `stepSize` epochs: big steps first,
//# then smaller ones to settle.
var criterion = new CrossEntropyLoss();
var optimizer = new SGD(model.fc.parameters(), SGD.options().lr(0.01).momentum(0.9));
var scheduler = new StepLR(optimizer, 4, 0.1);

//# ## 3. Train the head, validate, step the schedule once per epoch
//#
//# In training mode the frozen batch-norm layers still update their running statistics; in
//# validation `eval()` and `noGrad()` (lesson 13).
for (int epoch = 0; epoch < 8; epoch++) {
    for (var phase : List.of("train", "val")) {
        boolean training = phase.equals("train");
        if (training) model.train(); else model.eval();
        double total = 0; long correct = 0;
        for (Tensor[] b : training ? trainLoader : valLoader) {
            Tensor out, loss;
            try (var _ = setGradEnabled(training)) {
                out = model.call(b[0]);
                loss = criterion.call(out, b[1]);
                if (training) { optimizer.zeroGrad(); loss.backward(); optimizer.step(); }
            }
            total += loss.item() * b[1].size(0);
            correct += out.argmax(1).eq(b[1]).sum().longValue();
        }
        int n = training ? trainSet.size() : valSet.size();
        System.out.printf("epoch %d %s: loss %.3f correct %d/%d%n", epoch, phase, total / n, correct, n);
    }
    System.out.printf("learning rate %.4f%n", scheduler.getLastLr().get(0));
    scheduler.step();
}

//# With so few images every number jumps from epoch to epoch, but the validation loss comes down
//# once the learning rate drops. Random frozen features and 16 training images are not much to go
//# on; pretrained features are what make fine-tuning work with little data.
