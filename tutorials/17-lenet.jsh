//# # 17 · A LeNet-style network: forward, loss, the graph, backprop, one optimizer
//#
//# The classic first convolutional network for 32×32 grey images, and what happens around it:
//# a loss, the backward graph autograd built (walked through `gradFn().nextFunctions()`),
//# gradients after `backward()`, and weights updated by an optimizer.
//# Run it with `./torch4j tutorials/17-lenet.jsh`.

//# ## The network
//#
//# Two 3×3 convolutions, each followed by ReLU and 2×2 max pooling, then three fully connected
//# layers. A 32×32 input is 30×30 after the first convolution, 15×15 after pooling, 13×13 after
//# the second convolution and 6×6 after pooling: 16 channels × 6 × 6 = 576 features.
//# (`Models.lenet()` builds this same network.)
manualSeed(0);
class Net extends Module {
    final Conv2d conv1 = register("conv1", new Conv2d(1, 6, 3));
    final Conv2d conv2 = register("conv2", new Conv2d(6, 16, 3));
    final Linear fc1 = register("fc1", new Linear(16 * 6 * 6, 120));
    final Linear fc2 = register("fc2", new Linear(120, 84));
    final Linear fc3 = register("fc3", new Linear(84, 10));
    @Override public Tensor forward(Tensor x) {
        x = F.maxPool2d(F.relu(conv1.call(x)), 2);
        x = F.maxPool2d(F.relu(conv2.call(x)), 2);
        x = x.view(-1, 16 * 6 * 6);
        x = F.relu(fc1.call(x));
        x = F.relu(fc2.call(x));
        return fc3.call(x);
    }
}
var net = new Net();
print(net);
var params = net.parameters();
print(params.size(), params.get(0).shape(), params.get(1).shape());

//# ## Forward and loss
//#
//# Layers take batches: one image is a batch of one, shape (1, 1, 32, 32) (`unsqueeze(0)` adds
//# the batch dimension to a single (1, 32, 32) image).
var input = randn(1, 1, 32, 32);
var output = net.call(input);
print(output);
var target = randn(10).view(1, -1);
var criterion = new MSELoss();
var loss = criterion.call(output, target);
print(loss);

//# ## The graph behind the loss
//#
//# Every result remembers the function that made it (`gradFn()`), and each function its inputs'
//# functions (`nextFunctions()`): the way back from the loss to the weights. `AccumulateGrad`
//# is where a gradient lands in a parameter's `.grad()`; `None` is an input that needs none.
String name(torch4j.autograd.Node fn) { return fn == null ? "None" : fn.displayName(); }
var fn = loss.gradFn();
while (fn != null) {
    var nexts = fn.nextFunctions().stream().map(e -> e.function()).toList();
    System.out.println(name(fn) + " -> " + String.join(", ", nexts.stream().map(f -> name(f)).toList()));
    fn = nexts.stream().filter(f -> f != null && !name(f).equals("AccumulateGrad")).findFirst().orElse(null);
}

//# The same graph, drawn (in the notebook as a picture; `GraphView.render(loss)` gives it as text):
display(torch4j.render.AutogradSvg.graph(loss));

//# ## Backprop
//#
//# Gradients accumulate, so they are cleared first (`zeroGrad()`); before any backward pass a
//# parameter has no gradient at all.
net.zeroGrad();
print("conv1.bias.grad before backward:", net.conv1.bias.grad() == null ? "None" : net.conv1.bias.grad());
loss.backward();
print("conv1.bias.grad after backward:", net.conv1.bias.grad());

//# ## Updating the weights
//#
//# An optimizer does `weight -= lr * grad` (for SGD) on every parameter. The loop is always the
//# same: clear the gradients, forward, loss, backward, step.
var optimizer = new SGD(net.parameters(), 0.01);
for (int step = 0; step < 5; step++) {
    optimizer.zeroGrad();
    loss = criterion.call(net.call(input), target);
    loss.backward();
    optimizer.step();
    System.out.printf("step %d: loss %.4f%n", step, loss.item());
}
