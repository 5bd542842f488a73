// The wandb chapter of the study notes (seed 004, "3. 使用wandb管理机器学习炼丹", parts (1)-(4)),
// transliterated line by line to torch4j by the README's rules, with torch4j.track for wandb.
// It runs in a folder holding ./mnist/MNIST/raw/ (the test writes a small IDX set there) and
// writes its runs to ./runs. Where a line has no counterpart, the comment on it says so.

// (1) experiment tracking
// import os, PIL, numpy, DataLoader, Dataset, torch, nn, torchvision, transforms, wandb: the prelude's imports
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.nio.file.Path;

var device = cuda().isAvailable() ? Device.CUDA : Device.CPU;
// argparse.Namespace -> a record; its components keep wandb's config keys
record Config(String project_name, int batch_size, int hidden_layer_width, double dropout_p, double lr,
              String optim_type, int epochs, String ckpt_path) {}
var config = new Config(
    "wandb_demo",
    512,
    64,
    0.1,
    1e-4,
    "Adam",
    15,
    "checkpoint.pt"
);

DataLoader<Tensor[]>[] createDataloaders(Config config) {
    var transform = new Compose<>(new ToTensor());
    var dsTrain = new MNIST("./mnist/", true, transform, true);
    var dsVal = new MNIST("./mnist/", false, transform, true);
    var dsTrainSub = new Subset<>(dsTrain, IntStream.iterate(0, i -> i < dsTrain.size(), i -> i + 5).toArray());
    var dlTrain = DataLoader.builder(dsTrainSub).batchSize(config.batch_size()).shuffle(true).numWorkers(2).dropLast(true).build();
    var dlVal = DataLoader.builder(dsVal).batchSize(config.batch_size()).shuffle(false).numWorkers(2).dropLast(true).build();

    return new DataLoader[]{dlTrain, dlVal};
}

Sequential createNet(Config config) {
    var net = new Sequential();
    net.addModule("conv1", new Conv2d(1, config.hidden_layer_width(), 3));
    net.addModule("pool1", new MaxPool2d(2, 2));
    net.addModule("conv2", new Conv2d(config.hidden_layer_width(), config.hidden_layer_width(), 5));
    net.addModule("pool2", new MaxPool2d(2, 2));
    net.addModule("dropout", new Dropout2d(config.dropout_p()));
    net.addModule("adaptive_pool", new AdaptiveMaxPool2d(new long[]{1, 1}));
    net.addModule("flatten", new Flatten());
    net.addModule("linear1", new Linear(config.hidden_layer_width(), config.hidden_layer_width()));
    net.addModule("relu", new ReLU());
    net.addModule("linear2", new Linear(config.hidden_layer_width(), 10));
    net.to(device);

    return net;
}

Module trainEpoch(Module model, DataLoader<Tensor[]> dlTrain, Optimizer optimizer) {
    model.train();
    for (Tensor[] batch : dlTrain) {
        Tensor features = batch[0], labels = batch[1];
        features = features.to(device); labels = labels.to(device);
        var preds = model.call(features);
        var loss = new CrossEntropyLoss().call(preds, labels);
        loss.backward();
        optimizer.step();
        optimizer.zeroGrad();
    }

    return model;
}

double evalEpoch(Module model, DataLoader<Tensor[]> dlVal) {
    model.eval();
    long accurate = 0;
    long numElems = 0;
    for (Tensor[] batch : dlVal) {
        Tensor features = batch[0], labels = batch[1];
        features = features.to(device); labels = labels.to(device);
        Tensor preds;
        try (var g = noGrad()) {
            preds = model.call(features);
        }
        var predictions = preds.argmax(-1);
        var accuratePreds = predictions.eq(labels);
        numElems += accuratePreds.shape().get(0);
        accurate += accuratePreds.toLong().sum().longValue();
    }
    double valAcc = (double) accurate / numElems;

    return valAcc;
}

// torch.optim.__dict__[name]: the optimizers by their class names
Optimizer optimizer(String optimType, List<Tensor> params, double lr) {
    return switch (optimType) {
        case "Adam" -> new Adam(params, lr);
        case "AdamW" -> new AdamW(params, lr);
        case "SGD" -> new SGD(params, lr);
        default -> throw new IllegalArgumentException("no optimizer " + optimType);
    };
}

// model.run_id and model.best_metric: Python sets attributes on the model; here, variables
String modelRunId;
double modelBestMetric;

Module train(Config config) {
    var dl = createDataloaders(config);
    DataLoader<Tensor[]> dlTrain = dl[0], dlVal = dl[1];
    Module model = createNet(config);
    var optimizer = optimizer(config.optim_type(), model.parameters(), config.lr());

    var nowtime = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    var run = Track.init(config.project_name(), config, new RunOptions().name(nowtime).saveCode(true));
    modelRunId = run.id();

    modelBestMetric = -1.0;
    for (int epoch = 1; epoch < config.epochs() + 1; epoch++) {
        model = trainEpoch(model, dlTrain, optimizer);
        var valAcc = evalEpoch(model, dlVal);
        if (valAcc > modelBestMetric) {
            modelBestMetric = valAcc;
            Torch.save(model.stateDict(), config.ckpt_path());
        }
        nowtime = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        System.out.printf("epoch%d@%s --> val_acc= %.2f%%%n", epoch, nowtime, 100 * valAcc);

        run.log(Map.of("epoch", epoch, "val_acc", valAcc, "best_val_acc", modelBestMetric));
    }

    run.finish();

    return model;
}

var model = train(config);

// (2) version management
// resume the run
var run = Track.resume("wandb_demo", modelRunId);

// save dataset
var artiDataset = Artifact.of("mnist", "dataset");
artiDataset.addDir(Path.of("mnist/"));
run.logArtifact(artiDataset);

// save code (the notes save their notebook, ./model_analysis.ipynb; this program is its code)
var artiCode = Artifact.of("ipynb", "code");
artiCode.addFile(Path.of("./wandb_mnist.jsh"));
run.logArtifact(artiCode);

// save model
var artiModel = Artifact.of("cnn", "model");
artiModel.addFile(Path.of(config.ckpt_path()));
run.logArtifact(artiModel);
run.finish();

// (3) case analysis
// resume the run
run = Track.resume(config.project_name(), modelRunId);

var transform = new Compose<>(new ToTensor());
var dsTrain = new MNIST("./mnist/", true, transform, true);
var dsVal = new MNIST("./mnist/", false, transform, true);

// visual the prediction

Device modelDevice = null;
for (var p : model.parameters()) {
    modelDevice = p.device();
    break;
}

figure(8, 8);
for (int i = 0; i < 9; i++) {
    Tensor[] item = dsVal.get(i);
    Tensor img = item[0], label = item[1];
    var tensor = img.to(modelDevice);
    var yPred = argmax(model.call(tensor.get("None, ...")));
    img = img.permute(1, 2, 0);
    var ax = subplot(3, 3, i + 1);
    ax.imshow(img.squeeze(-1));    // img.numpy(): Plt.imshow takes neither an NDArray nor H×W×1 (matplotlib drops the 1)
    ax.title(String.format("y_pred = %d", yPred.longValue()));
    ax.axis("off");      // ax.set_xticks([]); ax.set_yticks([]): Plt has no set_xticks, axis("off") hides the ticks
}
show();

torch4j.plot.Figure data2fig(Tensor data) {
    var fig = figure();
    var ax = fig.gca();      // fig.add_subplot()
    ax.imshow(data.squeeze(-1));     // as above
    ax.axis("off");      // set_xticks([]), set_yticks([])
    return fig;
}

java.awt.image.BufferedImage fig2img(torch4j.plot.Figure fig) {
    return fig.toImage();
}

var goodCases = new Table("Image", "GroundTruth", "Prediction");
var badCases = new Table("Image", "GroundTruth", "Prediction");
// find 50 good cases and 50 bad cases

clf();

for (int i = 0; i < 1000; i++) {      // tqdm(range(1000)): no progress bar
    Tensor[] item = dsVal.get(i);
    Tensor features = item[0], label = item[1];
    var tensor = features.to(modelDevice);
    var yPred = argmax(model.call(tensor.get("None, ...")));

    // log badcase
    if (yPred.ne(label).item() != 0) {
        if (badCases.data().size() < 50) {
            var data = features.permute(1, 2, 0);    // .numpy(): see imshow above
            var inputImg = Image.of(fig2img(data2fig(data)));
            badCases.addData(inputImg, label, yPred);
        }
    }
    // log goodcase
    else {
        if (goodCases.data().size() < 50) {
            var data = features.permute(1, 2, 0);    // .numpy(): see imshow above
            var inputImg = Image.of(fig2img(data2fig(data)));
            goodCases.addData(inputImg, label, yPred);
        }
    }
}

run.log(Map.of("good_cases", goodCases, "bad_cases", badCases));
run.finish();

// (4) sweep
// sweep_config = {'method': 'random'}
var sweepConfig = new SweepConfig().method("random");

// metric = {'name': 'val_acc', 'goal': 'maximize'}; sweep_config['metric'] = metric
sweepConfig.metric("val_acc", "maximize");

// fixed parameters
sweepConfig.parameter("project_name", Param.value("wandb_demo"));
sweepConfig.parameter("epochs", Param.value(10));
sweepConfig.parameter("ckpt_path", Param.value("checkpoint.pt"));

// discrete parameters
sweepConfig.parameter("optim_type", Param.values("Adam", "SGD", "AdamW"));
sweepConfig.parameter("hidden_layer_width", Param.values(16, 32, 48, 64, 80, 96, 112, 128));

// continuous parameters
sweepConfig.parameter("lr", Param.logUniform(1e-6, 0.1));
sweepConfig.parameter("batch_size", Param.qUniform(32, 256, 8));
sweepConfig.parameter("dropout_p", Param.uniform(0, 0.6));

// {'type': 'hyperband', 'min_iter': 3, 'eta': 2, 's': 3}: brackets at steps 3, 6, 12 (s = 3 brackets;
// torch4j's brackets go on at 24, 48, ..., which 10 epochs never reach)
sweepConfig.earlyTerminate(SweepConfig.hyperband(3, 2));

var sweep = Sweep.create(config.project_name(), sweepConfig);

// wandb.agent calls train(), whose wandb.init joins the sweep's run; Sweep.agent starts the run
// itself and hands it over, so the body of train() runs here on that run, with the trial's config
Module trainTrial(Run run) {
    var config = run.config(Config.class);
    var dl = createDataloaders(config);
    DataLoader<Tensor[]> dlTrain = dl[0], dlVal = dl[1];
    Module model = createNet(config);
    var optimizer = optimizer(config.optim_type(), model.parameters(), config.lr());
    modelRunId = run.id();
    modelBestMetric = -1.0;
    for (int epoch = 1; epoch < config.epochs() + 1; epoch++) {
        model = trainEpoch(model, dlTrain, optimizer);
        var valAcc = evalEpoch(model, dlVal);
        if (valAcc > modelBestMetric) {
            modelBestMetric = valAcc;
            Torch.save(model.stateDict(), config.ckpt_path());
        }
        var nowtime = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        System.out.printf("epoch%d@%s --> val_acc= %.2f%%%n", epoch, nowtime, 100 * valAcc);
        run.log(Map.of("epoch", epoch, "val_acc", valAcc, "best_val_acc", modelBestMetric));
    }
    return model;
}

// the agent searches at random, 5 trials
Sweep.agent(sweep, run -> trainTrial(run), 5);
