// What shape comes out of each layer of the notes' LeNet, without computing anything: the meta device.

class Net extends Module {
    Conv2d conv1 = register("conv1", new Conv2d(1, 6, 3));
    Conv2d conv2 = register("conv2", new Conv2d(6, 16, 3));
    Linear fc1 = register("fc1", new Linear(16 * 6 * 6, 120));
    Linear fc2 = register("fc2", new Linear(120, 84));
    Linear fc3 = register("fc3", new Linear(84, 10));

    public Tensor forward(Tensor x) {
        x = F.maxPool2d(conv1.forward(x), 2);
        print("after conv1 + pool:", x.shape());
        x = F.maxPool2d(conv2.forward(x), 2);
        print("after conv2 + pool:", x.shape());
        x = x.view(-1, 16 * 6 * 6);
        x = F.relu(fc1.forward(x));
        print("after fc1:", x.shape());
        x = F.relu(fc2.forward(x));
        x = fc3.forward(x);
        return x;
    }
}

var device = device(cuda().isAvailable() ? "cuda" : "meta");
print(device);
Net net = new Net().to(device);
print(net.conv1.weight.device());
print(net.fc3.bias);
var x = randn(new long[]{64, 1, 32, 32}, device);
print(x);
var out = net.forward(x);
print(out);
print(out.shape(), out.dtype());
var target = zeros(new long[]{64, 10}, device);
var loss = new MSELoss().forward(out, target);
print(loss);
Linear head = new Linear(10, 1).to(device);   // PyTorch 1.13 has no meta backward for convolution: backpropagate a linear head only
head.forward(out.detach()).sum().backward();
print(head.weight.grad());
print(net.parameters().stream().mapToLong(p -> p.numel()).sum());
net.toEmpty("cpu");
print(net.fc3.bias.device(), net.fc3.bias.shape());
