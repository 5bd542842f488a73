//# # 10 · Optimizers compared: SGD, Momentum, AdaGrad, RMSprop, Adam
//#
//# Five copies of one small network learn the same noisy parabola from the same batches; only the
//# rule that turns gradients into steps differs. Run it with `./torch4j tutorials/10-optimizers.jsh`.

//# ## The data: a noisy parabola, dealt in shuffled batches of 32
manualSeed(1);
var x = linspace(-1, 1, 1000).unsqueeze(1);
var y = x.pow(2).add(randn(x.shape()).mul(0.1));
var loader = DataLoader.of(new TensorDataset(x, y), 32, true);

//# ## One network per optimizer
//#
//# Each `new Net()` draws its own initial weights, in the order PyTorch draws them.
class Net extends Module {
    final Linear hidden = register("hidden", new Linear(1, 20));
    final Linear predict = register("predict", new Linear(20, 1));
    @Override public Tensor forward(Tensor x) { return predict.call(F.relu(hidden.call(x))); }
}
String[] names = {"SGD", "Momentum", "AdaGrad", "RMSprop", "Adam"};
var nets = new ArrayList<Net>();
for (var n : names) nets.add(new Net());

//# - **SGD** steps against the gradient: `w -= lr * g`.
//# - **Momentum** keeps a running velocity, so steps that agree add up and noise cancels.
//# - **AdaGrad** divides each weight's step by the root of its summed squared gradients: big early
//#   gradients shrink later steps.
//# - **RMSprop** uses a decaying average of squared gradients instead, so steps do not die out.
//# - **Adam** combines momentum with RMSprop's scaling (and corrects both for their zero start).
List<Optimizer> opts = List.of(
    new SGD(nets.get(0).parameters(), 0.01),
    new SGD(nets.get(1).parameters(), SGD.options().lr(0.01).momentum(0.8)),
    new Adagrad(nets.get(2).parameters(), 0.01),
    new RMSprop(nets.get(3).parameters(), RMSprop.options().lr(0.01).alpha(0.9)),
    new Adam(nets.get(4).parameters(), Adam.options().lr(0.01).betas(0.9, 0.99)));

//# ## Training: every batch trains all five
var lossFn = new MSELoss();
var history = new ArrayList<List<Double>>();
for (var n : names) history.add(new ArrayList<>());
for (int epoch = 0; epoch < 12; epoch++) {
    for (Tensor[] batch : loader) {
        for (int i = 0; i < names.length; i++) {
            var loss = lossFn.call(nets.get(i).call(batch[0]), batch[1]);
            opts.get(i).zeroGrad();
            loss.backward();
            opts.get(i).step();
            history.get(i).add(loss.item());
        }
    }
    var line = new StringBuilder(String.format("epoch %2d", epoch));
    for (int i = 0; i < names.length; i++) line.append(String.format(" %s %.4f", names[i], history.get(i).getLast()));
    System.out.println(line);
}
for (int i = 0; i < names.length; i++) {
    var h = history.get(i);
    double sum = 0;
    for (double l : h.subList(h.size() - 32, h.size())) sum += l;
    System.out.printf("%-9s mean loss of the last 32 steps %.4f%n", names[i], sum / 32);
}

//# ## The loss curves on one plot
//#
//# Plain SGD at this learning rate is still far from the others after 12 epochs; the adaptive
//# methods and momentum get down to the noise level (0.01, the variance of the added noise) early.
figure(9, 5);
for (int i = 0; i < names.length; i++) plot(history.get(i));
legend(names); xlabel("step"); ylabel("loss"); ylim(0, 0.25); title("one network, five optimizers");
show();
