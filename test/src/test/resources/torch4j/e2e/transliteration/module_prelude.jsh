class Net extends Module {
    Linear hidden = register("hidden", new Linear(1, 10));
    Linear predict = register("predict", new Linear(10, 1));
    public Tensor forward(Tensor x) { return predict.forward(F.relu(hidden.forward(x))); }
}
manualSeed(0);
var net = new Net();
print(net);
print(net.forward(ones(2, 1)));
var opt = new SGD(net.parameters(), 0.1);
var sched = new StepLR(opt, 1, 0.5);
opt.step(); sched.step();
print(sched.getLastLr());
