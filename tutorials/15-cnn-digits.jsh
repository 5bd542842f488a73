//# # 15 · A convolutional network reads handwritten digits
//#
//# Training an image classifier end to end on scikit-learn's 1,797 handwritten digits (8×8 grey
//# pixels, shipped with torch4j as `Digits`): split the data, train a small CNN, measure accuracy
//# on images it never saw. Run it with `./torch4j tutorials/15-cnn-digits.jsh`.

//# ## The data
//#
//# Pixels are 0..16 in the original; dividing by 16 puts them in [0, 1], and `unsqueeze(1)` adds
//# the channel dimension a `Conv2d` expects: (N, 1, 8, 8).
manualSeed(0);
var digits = new Digits();
var images = digits.images().to(float32).div(16).unsqueeze(1);
var labels = digits.targets();
print(images.shape(), labels.shape(), labels.get(":10"));

figure(8, 2);
for (int i = 0; i < 8; i++) { subplot(1, 8, i + 1); imshow(images.get(i).squeeze(0), "gray_r"); title(String.valueOf(labels.get(i).longValue())); axis("off"); }
show();

//# ## Train and test sets
//#
//# `randomSplit` with its own seeded generator gives the same split every run (and PyTorch's
//# split for the same seed): 1,437 images to learn from, 360 to test on.
var split = DataUtils.randomSplit(new TensorDataset(images, labels), new long[]{1437, 360}, new Generator().manualSeed(0));
var trainSet = split.get(0); var testSet = split.get(1);
print(trainSet.size(), testSet.size());
var trainLoader = DataLoader.of(trainSet, 64, true);
var testLoader = DataLoader.of(testSet, 360);

//# ## The network
//#
//# Two blocks of 3×3 convolution (padding 1 keeps the size), ReLU and 2×2 max pooling take the
//# image from 1×8×8 to 16×4×4 to 32×2×2; a linear layer turns those 128 features into ten scores.
var model = new Sequential(
    new Conv2d(1, 16, 3, 1, 1), new ReLU(), new MaxPool2d(2),
    new Conv2d(16, 32, 3, 1, 1), new ReLU(), new MaxPool2d(2),
    new Flatten(), new Linear(32 * 2 * 2, 10));
print(model);
var optimizer = new Adam(model.parameters(), 0.01);
var criterion = new CrossEntropyLoss();

//# ## Training, with the test accuracy after each epoch
double evaluate() {
    model.eval();
    long correct = 0;
    try (var _ = noGrad()) {
        for (Tensor[] b : testLoader) correct += model.call(b[0]).argmax(1).eq(b[1]).sum().longValue();
    }
    model.train();
    return (double) correct / testSet.size();
}
for (int epoch = 0; epoch < 6; epoch++) {
    double total = 0;
    for (Tensor[] b : trainLoader) {
        var loss = criterion.call(model.call(b[0]), b[1]);
        optimizer.zeroGrad();
        loss.backward();
        optimizer.step();
        total += loss.item() * b[1].size(0);
    }
    System.out.printf("epoch %d: train loss %.3f test accuracy %.3f%n", epoch, total / trainSet.size(), evaluate());
}

//# ## Predictions on test images
Tensor[] batch = testLoader.iterator().next();
Tensor predicted;
try (var _ = noGrad()) { predicted = model.call(batch[0]).argmax(1); }
print("predicted", predicted.get(":12"));
print("true     ", batch[1].get(":12"));
figure(8, 2);
for (int i = 0; i < 8; i++) {
    subplot(1, 8, i + 1); imshow(batch[0].get(i).squeeze(0), "gray_r");
    title("guess " + predicted.get(i).longValue()); axis("off");
}
show();
