// LeNet, as PyTorch's "Neural Networks" tutorial (60-minute blitz) defines, runs and trains it.

manualSeed(0);

class Net extends Module {
    Conv2d conv1 = register("conv1", new Conv2d(1, 6, 5));
    Conv2d conv2 = register("conv2", new Conv2d(6, 16, 5));
    Linear fc1 = register("fc1", new Linear(16 * 5 * 5, 120));
    Linear fc2 = register("fc2", new Linear(120, 84));
    Linear fc3 = register("fc3", new Linear(84, 10));

    public Tensor forward(Tensor x) {
        x = F.maxPool2d(F.relu(conv1.call(x)), new int[]{2, 2});
        x = F.maxPool2d(F.relu(conv2.call(x)), 2);
        x = flatten(x, 1);
        x = F.relu(fc1.call(x));
        x = F.relu(fc2.call(x));
        x = fc3.call(x);
        return x;
    }
}

var net = new Net();
print(net);
var params = new ArrayList<>(net.parameters());
print(params.size());
print(params.get(0).size());
var input = randn(1, 1, 32, 32);
var out = net.call(input);
print(out);
net.zeroGrad();
out.backward(randn(1, 10));
var output = net.call(input);
var target = randn(10);
target = target.view(1, -1);
var criterion = new MSELoss();
var loss = criterion.call(output, target);
print(loss);
print(loss.gradFn().name());
print(loss.gradFn().nextFunctions().get(0).function().name());
print(loss.gradFn().nextFunctions().get(0).function().nextFunctions().get(0).function().name());
net.zeroGrad();
print("conv1.bias.grad before backward");
print(net.conv1.bias.grad());
loss.backward();
print("conv1.bias.grad after backward");
print(net.conv1.bias.grad());
var learning_rate = 0.01;
for (var f : net.parameters())
    f.data().sub_(f.grad().data().mul(learning_rate));
var optimizer = new SGD(net.parameters(), 0.01);
optimizer.zeroGrad();
output = net.call(input);
loss = criterion.call(output, target);
loss.backward();
optimizer.step();
print(criterion.call(net.call(input), target));
