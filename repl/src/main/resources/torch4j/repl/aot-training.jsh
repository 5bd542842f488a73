// The training run behind the AOT caches (`java torch4j.repl.Main --aot-training` runs it: ./torch4j
// after its first run, `torch4j kernel install` for the kernelspec). It does what a lesson's first
// minute does, so the cache holds the classes (javac's, JShell's, torch4j's) and the JIT decisions
// a first run needs. Short on purpose (a few seconds): the work it records matters, not its numbers.
import torch4j.nn.Module;

manualSeed(0);
var x = arange(12).view(3, 4);
print(x.shape(), x.dtype(), x.get(":2"), x.t().contiguous().sum(0), x.toFloat().mean(1));
var y = linspace(-1, 1, 50).unsqueeze(1);
print(y.pow(2).add(rand(50, 1).mul(0.2)).max(0), randn(2, 3).softmax(1), randint(0, 5, 4));
print(cat(List.of(ones(2, 2), zeros(2, 2)), 0), stack(List.of(ones(2), zeros(2))).argmax(1));
double total = 0;
for (int i = 0; i < 20; i++) total += tensor(i).mul(2).item();
print(total);
int twice(int a) { return a * 2; }
record Point(double px, double py) {}
print(twice(21), new Point(1, 2));

var w = randn(2, 2).requiresGrad_();
var out = w.add(2).pow(2).mul(3).mean();
out.backward();
print(out, w.grad(), torch4j.autograd.GraphView.render(out));

class Net extends Module {
    final Linear hidden, predict;
    Net(long in, long h, long o) {
        hidden = register("hidden", new Linear(in, h));
        predict = register("predict", new Linear(h, o));
    }
    @Override public Tensor forward(Tensor x) { return predict.call(F.relu(hidden.call(x))); }
}
var net = new Net(1, 10, 1);
print(net);
var target = y.pow(2);
var optimizer = new SGD(net.parameters(), 0.2);
var lossFunc = new MSELoss();
Tensor loss = null;
for (int step = 0; step < 100; step++) {
    loss = lossFunc.call(net.call(y), target);
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
}
print(loss);

var cnn = new Sequential(new Conv2d(1, 4, 3, 1, 1), new ReLU(), new MaxPool2d(2), new Flatten(), new Linear(4 * 4 * 4, 3));
var images = randn(16, 1, 8, 8);
var labels = randint(0, 3, 16);
var adam = new Adam(cnn.parameters(), 0.01);
var ce = new CrossEntropyLoss();
for (Tensor[] batch : DataLoader.of(new TensorDataset(images, labels), 4, true)) {
    var l = ce.call(cnn.call(batch[0]), batch[1]);
    adam.zeroGrad();
    l.backward();
    adam.step();
}
try (var off = noGrad()) {
    print(cnn.call(images).argmax(1).eq(labels).toFloat().mean());
}
cnn.stateDict().forEach((key, value) -> print(key, value.shape()));
var folder = java.nio.file.Files.createTempDirectory("torch4j-aot");
Torch.save(net.stateDict(), folder.resolve("net.pt"));
print(net.loadStateDict(Torch.load(folder.resolve("net.pt"))));
java.nio.file.Files.delete(folder.resolve("net.pt"));
java.nio.file.Files.delete(folder);

figure(4, 3);
plot(y, target, "r-");
title("training");
show();
String.format("%.3f", loss.item())
