// Lesson 06: regression on a noisy parabola, with a live plot. Run it with ./torch4j tutorials/06-regression.jsh
// The printed numbers match PyTorch 1.13's for the same seed.

//# # Lesson 06: regression
//# A small network learns the curve y = x² from 100 noisy points. The plot of its prediction
//# redraws in place as it trains, and the losses printed are PyTorch's for the same seed.
import torch4j.nn.Module;

//# ## The data
//# 100 points on [-1, 1] as a column (100×1: one feature per sample), and y = x² plus uniform
//# noise in [0, 0.2).
manualSeed(1);
var x = linspace(-1, 1, 100).unsqueeze(1);
var y = x.pow(2).add(rand(100, 1).mul(0.2));
print(x.shape(), y.shape());
print(y.get(":3"));

//# ## The network
//# One hidden layer of 10 ReLU units: enough bends to follow a parabola.
class Net extends Module {
    final Linear hidden, predict;

    Net(long nFeature, long nHidden, long nOutput) {
        hidden = register("hidden", new Linear(nFeature, nHidden));
        predict = register("predict", new Linear(nHidden, nOutput));
    }

    @Override public Tensor forward(Tensor x) {
        return predict.call(F.relu(hidden.call(x)));
    }
}

var net = new Net(1, 10, 1);
print(net);

//# ## Training, watched
//# Each step: predict, measure the mean squared error, clear the old gradients, backpropagate,
//# and let SGD move the weights. Every 10 steps the figure is redrawn under one display id, so
//# the notebook shows one plot that changes (the saved notebook keeps its last frame).
var optimizer = new SGD(net.parameters(), 0.2);
var lossFunc = new MSELoss();
Tensor loss = null;
for (int step = 0; step < 200; step++) {
    var prediction = net.call(x);
    loss = lossFunc.call(prediction, y);
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
    if (step % 20 == 0) print(step, loss);
    if (step % 10 == 9) {
        clf();
        scatter(x, y);
        plot(x, prediction.detach(), "r-");
        title(String.format("step %d, loss %.4f", step + 1, loss.item()));
        show("fit");
    }
}
print(loss);

//# ## Using the trained net
//# Predictions at -0.5, 0 and 0.5: close to 0.25 + 0.1, 0 + 0.1 and 0.25 + 0.1 (the noise
//# adds 0.1 on average).
print(net.call(tensor(new double[][]{{-0.5}, {0.0}, {0.5}})));
