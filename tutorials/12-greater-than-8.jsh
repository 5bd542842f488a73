//# # 12 · Is this number greater than 8?
//#
//# The whole workflow on the smallest possible problem: a network sees one number and answers
//# with two scores, one for "at most 8" and one for "greater than 8". Eighteen numbers train it,
//# six check it. Run it with `./torch4j tutorials/12-greater-than-8.jsh`.

//# ## Seed and settings
manualSeed(42);
int batchSize = 1, epochs = 10;
double lr = 0.001;
double[] dataTrain = {-2, -1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 18, 20};
double[] dataVal = {15, 16, 17, 0.1, -3, -4};

//# ## A fully connected network: 1 input, two hidden layers, 2 outputs
//#
//# Each layer is its own `Sequential`, so the printed tree shows the structure.
class Net extends Module {
    final Sequential layer1, layer2, layer3;
    Net(int inDim, int hidden1, int hidden2, int outDim) {
        layer1 = register("layer1", new Sequential(new Linear(inDim, hidden1), new ReLU(true)));
        layer2 = register("layer2", new Sequential(new Linear(hidden1, hidden2), new ReLU(true)));
        layer3 = register("layer3", new Sequential(new Linear(hidden2, outDim)));
    }
    @Override public Tensor forward(Tensor x) { return layer3.call(layer2.call(layer1.call(x))); }
}

//# ## The dataset labels each number
//#
//# Item `i` is `{label, input}`: label 1 when the number is greater than 8, as an int64 scalar
//# (what `CrossEntropyLoss` wants), and the number as a one-element float tensor.
class Numbers implements Dataset<Tensor[]> {
    final double[] data;
    Numbers(String flag) {
        if (!flag.equals("train") && !flag.equals("val")) throw new IllegalArgumentException(flag);
        data = flag.equals("train") ? dataTrain : dataVal;
    }
    @Override public Tensor[] get(int i) {
        return new Tensor[]{tensor(data[i] > 8 ? 1L : 0L), tensor(new double[]{data[i]})};
    }
    @Override public int size() { return data.length; }
}

//# ## Training and validation
//#
//# Accuracy counts the samples whose larger score is at the right label (`argmax(1)`).
var modelPath = java.nio.file.Files.createTempDirectory("lesson12").resolve("model.pt").toString();
var trainLoader = DataLoader.of(new Numbers("train"), batchSize, true);
var valLoader = DataLoader.of(new Numbers("val"), batchSize, true);
var model = new Net(1, 32, 16, 2);
print(model);
var criterion = new CrossEntropyLoss();
var optimizer = new Adam(model.parameters(), lr);
var trainEpochsLoss = new ArrayList<Double>();
var validEpochsLoss = new ArrayList<Double>();
for (int epoch = 0; epoch < epochs; epoch++) {
    model.train();
    double sum = 0; long correct = 0, seen = 0;
    for (Tensor[] batch : trainLoader) {
        var label = batch[0]; var inputs = batch[1];
        var outputs = model.call(inputs);
        var loss = criterion.call(outputs, label);
        optimizer.zeroGrad();
        loss.backward();
        optimizer.step();
        sum += loss.item();
        correct += outputs.argmax(1).eq(label).sum().longValue();
        seen += label.size(0);
    }
    trainEpochsLoss.add(sum / trainLoader.size());
    System.out.printf("epoch %d: train acc %.2f%% loss %.4f%n", epoch, 100.0 * correct / seen, trainEpochsLoss.getLast());

    model.eval();
    sum = 0; correct = 0; seen = 0;
    try (var _ = noGrad()) {
        for (Tensor[] batch : valLoader) {
            var outputs = model.call(batch[1]);
            sum += criterion.call(outputs, batch[0]).item();
            correct += outputs.argmax(1).eq(batch[0]).sum().longValue();
            seen += batch[0].size(0);
        }
    }
    validEpochsLoss.add(sum / valLoader.size());
    System.out.printf("epoch %d: valid acc %.2f%% loss %.4f%n", epoch, 100.0 * correct / seen, validEpochsLoss.getLast());
}
save(model.stateDict(), modelPath);

figure(6, 4);
plot(trainEpochsLoss, "-o"); plot(validEpochsLoss, "-o"); legend("train", "valid"); title("loss per epoch");
show();

//# ## Prediction
//#
//# A new network loads the saved weights. A single number must still go in as a batch: shape
//# `(1, 1)`, one sample of one feature.
void pred(double value) {
    var net = new Net(1, 32, 16, 2);
    net.loadStateDict(load(modelPath));
    net.eval();
    var x = tensor(value).reshape(1, -1).to(float32);
    long label = net.call(x).argmax(1).longValue();
    System.out.println("predicted label " + label + ": " + x.item() + " " + (label == 1 ? ">" : "<=") + " 8");
}
pred(24);
pred(3.14);
pred(7.8);

//# 7.8 comes out wrong: eighteen training numbers say little about where between 8 and 9 the
//# answer flips. Deep learning needs data.
