// Lesson 07: classifying two clusters, with a live plot. Run it with ./torch4j tutorials/07-classification.jsh
// The printed numbers match PyTorch 1.13's for the same seed.

//# # Lesson 07: classification
//# Two clouds of points, one around (2, 2) labelled 0 and one around (-2, -2) labelled 1. A small
//# network learns to tell them apart; the plot colours each point by the class the network
//# predicts, redrawn as it trains.
import torch4j.nn.Module;

//# ## The data
//# `normal(mean, std)` draws one number per element of `mean`. Class labels are `int64`, as
//# cross-entropy wants them.
manualSeed(1);
var nData = ones(100, 2);
var x0 = normal(nData.mul(2), 1);
var y0 = zeros(100);
var x1 = normal(nData.mul(-2), 1);
var y1 = ones(100);
var x = cat(List.of(x0, x1), 0);
var y = cat(List.of(y0, y1), 0).toLong();
print(x.shape(), y.shape());
print(x.get(":2"));
print(x.get("100:102"));

//# ## The network
//# Two inputs (the coordinates), 10 hidden ReLU units, two outputs: one score per class.
class Net extends Module {
    final Linear hidden, out;

    Net(long nFeature, long nHidden, long nOutput) {
        hidden = register("hidden", new Linear(nFeature, nHidden));
        out = register("out", new Linear(nHidden, nOutput));
    }

    @Override public Tensor forward(Tensor x) {
        return out.call(F.relu(hidden.call(x)));
    }
}

var net = new Net(2, 10, 2);
print(net);

//# ## Training, watched
//# Cross-entropy compares the scores with the labels; the predicted class is the larger score
//# (`argmax`). Printed every 10 steps: the step, the loss and how many of the 200 points are
//# right. The figure is redrawn in place under the display id "clusters".
var optimizer = new SGD(net.parameters(), 0.02);
var lossFunc = new CrossEntropyLoss();
Tensor loss = null;
for (int step = 0; step < 100; step++) {
    var out = net.call(x);
    loss = lossFunc.call(out, y);
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
    var predicted = out.argmax(1);
    if (step % 10 == 0) print(step, loss, predicted.eq(y).sum().longValue());
    if (step % 5 == 4) {
        clf();
        scatter(x.get(":, 0"), x.get(":, 1"), predicted);
        title(String.format("step %d, accuracy %.2f", step + 1, predicted.eq(y).toFloat().mean().item()));
        show("clusters");
    }
}
print(loss);

//# ## Probabilities
//# `softmax` turns the scores into class probabilities: sure at the two centres, undecided
//# half-way between them.
print(F.softmax(net.call(tensor(new double[][]{{2, 2}, {-2, -2}, {0, 0}})), 1));
