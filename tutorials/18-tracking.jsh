//# # 18 · Keeping track of experiments
//#
//# Training is a string of experiments: another learning rate, a wider layer, a different
//# optimizer. A week later nobody remembers which run gave 97 %, with which settings and which
//# weights. `torch4j.track` keeps that record the way wandb does — config and metrics of every
//# run, live charts, versioned datasets and models, tables of cases, hyper-parameter sweeps — but
//# offline: everything goes into an SQLite file on this machine, with no account and nothing to
//# start. Run it with `./torch4j tutorials/18-tracking.jsh`.

//# ## Where the runs go
//#
//# By default a project lives in `./runs/PROJECT/`. This lesson writes into a fresh temporary
//# folder instead, so running it twice starts from an empty history and leaves no files behind
//# in your checkout; in your own work, keep the default or point `Track.setDir` at a folder you keep.
import java.nio.file.*;
Path runsDir = Files.createTempDirectory("lesson18-runs");
Track.setDir(runsDir);
var project = "digits";

//# ## The data and the model
//#
//# The 8×8 handwritten digits of lesson 15 (shipped with torch4j), split the same seeded way:
//# 1,437 images to train on, 360 to validate with. The network is a small CNN whose width,
//# dropout, optimizer and learning rate come from a config record, so that each run can say
//# exactly what it was.
var digits = new Digits();
var images = digits.images().to(float32).div(16).unsqueeze(1);
var labels = digits.targets();
var split = DataUtils.randomSplit(new TensorDataset(images, labels), new long[]{1437, 360}, new Generator().manualSeed(0));
var trainSet = split.get(0); var valSet = split.get(1);
var valLoader = DataLoader.of(valSet, 360);

record Config(int hidden, double dropout, String optim, double lr, int batchSize, int epochs) {}

Sequential createNet(Config c) {
    return new Sequential(
        new Conv2d(1, c.hidden(), 3, 1, 1), new ReLU(), new MaxPool2d(2),
        new Conv2d(c.hidden(), c.hidden(), 3, 1, 1), new ReLU(), new MaxPool2d(2),
        new Dropout(c.dropout()), new Flatten(), new Linear(c.hidden() * 2 * 2, 10));
}

Optimizer createOptimizer(Config c, Module net) {
    return switch (c.optim()) {
        case "Adam" -> new Adam(net.parameters(), c.lr());
        case "SGD" -> new SGD(net.parameters(), SGD.options().lr(c.lr()).momentum(0.9));
        default -> throw new IllegalArgumentException("unknown optimizer " + c.optim());
    };
}

double trainEpoch(Module net, DataLoader<Tensor[]> loader, Optimizer opt) {
    net.train();
    double total = 0;
    for (Tensor[] b : loader) {
        var loss = F.crossEntropy(net.call(b[0]), b[1]);
        opt.zeroGrad();
        loss.backward();
        opt.step();
        total += loss.item() * b[1].size(0);
    }
    return total / trainSet.size();
}

double evalEpoch(Module net) {
    net.eval();
    long correct = 0;
    try (var _ = noGrad()) {
        for (Tensor[] b : valLoader) correct += net.call(b[0]).argmax(1).eq(b[1]).sum().longValue();
    }
    return (double) correct / valSet.size();
}

//# ## A tracked run
//#
//# `Track.init` starts a run: it stores the config (a record's components become its keys), the
//# seed (and seeds torch4j with it), the git commit and a name. Each `run.log` adds one step of
//# metrics (here the step is the epoch; without it, steps count 0, 1, 2, …); in a notebook the
//# run's chart redraws in place as the steps come in. The best
//# weights so far are kept in a checkpoint named after the run, and `finish()` commits everything.
Path checkpoint(Run run) { return runsDir.resolve(run.name() + ".pt"); }

Sequential train(Run run, Config c) {
    var net = createNet(c);
    var opt = createOptimizer(c, net);
    var loader = DataLoader.of(trainSet, c.batchSize(), true);
    double best = -1;
    for (int epoch = 1; epoch <= c.epochs(); epoch++) {
        double loss = trainEpoch(net, loader, opt);
        double valAcc = evalEpoch(net);
        if (valAcc > best) {
            best = valAcc;
            Torch.save(net.stateDict(), checkpoint(run));
        }
        run.log(Map.of("train_loss", loss, "val_acc", valAcc, "best_val_acc", best), epoch);   // step = epoch
    }
    run.summary().put("best_val_acc", best);
    return net;
}

var baseline = new Config(16, 0.1, "Adam", 0.003, 64, 6);
var run = Track.init(project, baseline, new RunOptions().name("baseline").tags("cnn").notes("lesson 18").seed(0));
var model = train(run, baseline);
var baselineId = run.id();
run.finish();
System.out.printf("baseline: best val_acc %.4f%n", run.summary().get("best_val_acc"));

//# The stored run reads back without the `Run` object: its config, its summary, each metric by
//# step.
var stored = Track.run(project, baselineId);
print(stored.name(), stored.state(), stored.config());
var acc = Track.history(project, baselineId, "val_acc");
for (int i = 0; i < acc.size(); i++) System.out.printf("epoch %d  val_acc %.4f%n", acc.steps()[i], acc.values()[i]);

//# ## Comparing runs
//#
//# A second run with plain SGD. `Track.runs` lists the project's runs as a table — config columns
//# beside summary metrics — and `Track.compare` draws one metric of every run on one chart.
var sgd = new Config(16, 0.1, "SGD", 0.05, 64, 6);
var run2 = Track.init(project, sgd, new RunOptions().name("sgd").tags("cnn").seed(0));
train(run2, sgd);
run2.finish();
display(Track.runs(project));

display(Track.compare(project, "val_acc"));

//# ## Artifacts: versioned data and models
//#
//# An artifact is a named, typed set of files. Logging one stores each file once by its SHA-256
//# and gives the artifact a version (`v0`, `v1`, …) — but only when the content changed. Here we
//# resume the baseline run and attach the data it learned from and its best weights, with the
//# alias `best` on the model.
// live(false): no chart, this session logs no metrics
var resumed = Track.resume(project, baselineId, new RunOptions().live(false));
var data = Artifact.of("digits", "dataset").addCheckpoint("digits.pt",
        Map.of("images", images, "labels", labels));
var dataV = resumed.logArtifact(data);
var modelV = resumed.logArtifact(
        Artifact.of("cnn", "model").addFile(checkpoint(resumed), "model.pt"), "best");
print(dataV);
print(modelV);

//# The same data again is the same version; changed data (here: pixels scaled to [-1, 1]) makes `v1`.
var same = Artifact.of("digits", "dataset").addCheckpoint("digits.pt",
        Map.of("images", images, "labels", labels));
print(resumed.logArtifact(same).version());
var scaled = Artifact.of("digits", "dataset").addCheckpoint("digits.pt",
        Map.of("images", images.mul(2).sub(1), "labels", labels));
print(resumed.logArtifact(scaled).version());
for (var v : Track.artifactVersions(project, "digits")) print(v.version(), v.aliases());
resumed.finish();

//# **Lineage.** A later run fetches the model by alias with `useArtifact`, which records that it
//# used it; the version then knows which run made it and which runs used it.
var evalRun = Track.init(project, Map.of("purpose", "evaluate the best model"),
        new RunOptions().name("evaluate").live(false));
var used = evalRun.useArtifact("cnn:best");
var restored = createNet(baseline);
restored.loadStateDict(used.load("model.pt"));
double restoredAcc = evalEpoch(restored);
evalRun.log(Map.of("val_acc", restoredAcc));
System.out.printf("cnn:%s restored: val_acc %.4f%n", used.version(), restoredAcc);
var lineage = Track.artifact(project, "cnn:best");
print("made by", lineage.loggedBy().equals(List.of(baselineId)) ? "baseline" : lineage.loggedBy(),
      "used by", lineage.usedBy().equals(List.of(evalRun.id())) ? "evaluate" : lineage.usedBy());

//# ## A table of cases
//#
//# Looking at the images the model gets right and wrong tells more than one accuracy figure. A
//# `Table` holds rows of pictures (from tensors), labels and predictions; logged with the run it
//# is stored with it, and a notebook shows it with its pictures.
var good = new Table("image", "label", "prediction");
var bad = new Table("image", "label", "prediction");
restored.eval();
Tensor[] val = valLoader.iterator().next();
Tensor predicted;
try (var _ = noGrad()) { predicted = restored.call(val[0]).argmax(1); }
for (int i = 0; i < val[1].size(0); i++) {
    // 8x8 pixels enlarged to 32x32, so that the table shows them big enough to read
    var image = TF.resize(val[0].get(i), new int[]{32, 32}, InterpolationMode.NEAREST, null, null);
    long y = val[1].get(i).longValue(), p = predicted.get(i).longValue();
    if (y != p && bad.size() < 8) bad.addData(image, y, p);
    if (y == p && good.size() < 8) good.addData(image, y, p);
}
evalRun.log(Map.of("good_cases", good, "bad_cases", bad));
evalRun.finish();
print(bad.size(), "wrong of", val[1].size(0));
display(bad);

//# ## A sweep over hyper-parameters
//#
//# A sweep searches the config space for you: here a grid over the learning rate and the width
//# (four trials of three epochs), ranked by `val_acc`. `Sweep.agent` claims each trial, starts a
//# run with that trial's parameters as its config, and calls the training function; agents in
//# other processes could share the same sweep through the database.
var sweep = Sweep.create(project, new SweepConfig().method("grid").metric("val_acc", "maximize")
        .parameter("lr", Param.values(0.001, 0.01)).parameter("hidden", Param.values(8, 16)));
Sweep.agent(sweep, trial -> {
    manualSeed(0);
    var p = trial.config();
    int hidden = ((Number) p.get("hidden")).intValue();
    double lr = ((Number) p.get("lr")).doubleValue();
    train(trial, new Config(hidden, 0.1, "Adam", lr, 64, 3));
}, 4);
for (var r : sweep.runs()) {
    System.out.printf("%s  lr=%s hidden=%s  val_acc %.4f%n", r.name().replace(sweep.id(), "trial"),
            r.config().get("lr"), r.config().get("hidden"), r.summary().get("val_acc"));
}
var best = sweep.best().orElseThrow();
print("best", best.config());

//# The parallel-coordinates chart draws each trial as one line through its parameters and its
//# score: position 0 on the x axis is `lr`, 1 is `hidden`, 2 is `val_acc`, each scaled from its
//# smallest value (0) to its largest (1). Lines that end high at 2 show which settings did well.
display(sweep.parallelCoordinates());

//# Every run of this lesson is in one database under `runsDir`; `Track.runs(project)` above
//# listed the first two, and the sweep's trials are there too (tagged with the sweep's id).
print(Track.runs(project).size(), "runs in", project);
