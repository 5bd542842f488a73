//# # 11 · A complete training template
//#
//# The skeleton most training scripts share, in nine parts: seeds, hyper-parameters, the model,
//# early stopping, the data (a `Dataset` and its `DataLoader`s), loss and optimizer, the
//# train/validate loop with learning-rate adjustment, loss plots, and prediction with the best
//# model saved. Run it with `./torch4j tutorials/11-training-template.jsh`.

//# ## 1. Seeds
//#
//# One seed fixes every random number below: initial weights, data, shuffling. (Java code that
//# uses `java.util.Random` would seed that too, as Python code seeds `random` and NumPy.)
manualSeed(42);

//# ## 2. Hyper-parameters in one place
//#
//# A small class keeps them together, so a run is described by one object. The device is the GPU
//# when there is one, else the CPU.
class HyperParameters {
    int epochs = 30, patience = 4;
    double learningRate = 0.01;
    int inputSize = 30, hiddenSize = 40, batchSize = 32;
    Device device = cuda().isAvailable() ? Device.CUDA : Device.CPU;
}
var hp = new HyperParameters();

//# ## 3. The model
class Model extends Module {
    final Sequential net = register("net", new Sequential(
        new Linear(hp.inputSize, hp.hiddenSize), new ReLU(), new Linear(hp.hiddenSize, 1)));
    @Override public Tensor forward(Tensor x) { return net.call(x); }
}

//# ## 4. Early stopping
//#
//# It remembers the best validation loss and saves the model whenever it improves; after
//# `patience` epochs without improvement it says stop.
class EarlyStopping {
    final int patience; final String path;
    int counter = 0; Double best = null; boolean stop = false;
    EarlyStopping(int patience, String path) { this.patience = patience; this.path = path; }
    void check(double valLoss, Module model) {
        if (best == null || valLoss < best) {
            System.out.printf("validation loss improved to %.4f: saving the model%n", valLoss);
            best = valLoss; counter = 0;
            save(model.stateDict(), path);
        } else {
            counter++;
            System.out.printf("early stopping counter %d of %d%n", counter, patience);
            stop = counter >= patience;
        }
    }
}

//# ## 5. The data: a `Dataset` and its loaders
//#
//# 240 noisy samples of a fixed linear rule; the first 200 train, the last 40 validate. A
//# `Dataset` only has to say how many items it has and what item `i` is; the `DataLoader`
//# batches and shuffles.
var features = randn(240, hp.inputSize);
var truth = randn(hp.inputSize, 1);
var targets = features.matmul(truth).add(randn(240, 1).mul(0.5));

class RuleData implements Dataset<Tensor[]> {
    final Tensor x, y;
    RuleData(String flag) {
        if (!flag.equals("train") && !flag.equals("valid")) throw new IllegalArgumentException(flag);
        int from = flag.equals("train") ? 0 : 200, to = flag.equals("train") ? 200 : 240;
        x = features.narrow(0, from, to - from); y = targets.narrow(0, from, to - from);
        System.out.printf("%s: x (%d, %d) y (%d, %d)%n", flag, x.size(0), x.size(1), y.size(0), y.size(1));
    }
    @Override public Tensor[] get(int i) { return new Tensor[]{x.get(i), y.get(i)}; }
    @Override public int size() { return (int) x.size(0); }
}
var trainLoader = DataLoader.of(new RuleData("train"), hp.batchSize, true);
var validLoader = DataLoader.of(new RuleData("valid"), hp.batchSize);

//# ## 6. Model, loss, optimizer
var model = new Model().to(hp.device);
var criterion = new MSELoss();
var optimizer = new Adam(model.parameters(), hp.learningRate);
var bestPath = java.nio.file.Files.createTempDirectory("lesson11").resolve("best.pt").toString();
var earlyStopping = new EarlyStopping(hp.patience, bestPath);
var lrSchedule = Map.of(10, 0.003, 20, 0.001);
var trainLosses = new ArrayList<Double>();
var trainEpochLosses = new ArrayList<Double>();
var validEpochLosses = new ArrayList<Double>();

//# ## 7. Train, validate, stop early, adjust the learning rate
//#
//# `model.train()` before training and `model.eval()` with `noGrad()` for validation (lesson 13
//# shows why both). The learning rate is changed by hand through the optimizer's parameter groups
//# (a scheduler such as `StepLR` does the same).
for (int epoch = 0; epoch < hp.epochs; epoch++) {
    model.train();
    double sum = 0; int n = 0;
    for (Tensor[] batch : trainLoader) {
        var x = batch[0].to(hp.device); var y = batch[1].to(hp.device);
        var loss = criterion.call(model.call(x), y);
        optimizer.zeroGrad();
        loss.backward();
        optimizer.step();
        sum += loss.item(); n++;
        trainLosses.add(loss.item());
    }
    trainEpochLosses.add(sum / n);

    model.eval();
    sum = 0; n = 0;
    try (var _ = noGrad()) {
        for (Tensor[] batch : validLoader) {
            sum += criterion.call(model.call(batch[0].to(hp.device)), batch[1].to(hp.device)).item(); n++;
        }
    }
    validEpochLosses.add(sum / n);
    System.out.printf("epoch %d: train %.4f valid %.4f%n", epoch, trainEpochLosses.getLast(), validEpochLosses.getLast());

    earlyStopping.check(validEpochLosses.getLast(), model);
    if (earlyStopping.stop) { System.out.println("early stopping"); break; }
    if (lrSchedule.containsKey(epoch)) {
        for (var group : optimizer.paramGroups()) group.lr(lrSchedule.get(epoch));
        System.out.println("learning rate now " + lrSchedule.get(epoch));
    }
}

//# ## 8. Loss curves
//#
//# Left, the loss of every training step; right, the mean per epoch for training and validation.
//# Validation stops improving while training loss still falls: the model starts to overfit, and
//# early stopping keeps the checkpoint from before.
figure(12, 4);
subplot(1, 2, 1); plot(trainLosses); title("train loss per step");
subplot(1, 2, 2); plot(trainEpochLosses, "-o"); plot(validEpochLosses, "-o");
legend("train", "valid"); title("loss per epoch");
show();

//# ## 9. Prediction with the best model
//#
//# A fresh model loads the checkpoint saved at the best validation loss; inputs go in as a batch
//# (here three rows), in eval mode and without building a graph.
var best = new Model();
best.loadStateDict(load(bestPath));
best.eval();
Tensor pred;
try (var _ = noGrad()) { pred = best.call(features.get("200:203")); }
for (int i = 0; i < 3; i++) System.out.printf("predicted %.4f true %.4f%n", pred.get(i).item(), targets.get(200 + i).item());
