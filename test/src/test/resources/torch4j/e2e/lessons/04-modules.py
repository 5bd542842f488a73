# The PyTorch program lesson 04-modules mirrors; its output must appear in the lesson's.
import torch
import torch.nn as nn


# a linear layer by hand: y = x W + b with W and b registered as parameters
class MyLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.w = nn.Parameter(torch.randn(in_features, out_features))
        self.b = nn.Parameter(torch.randn(out_features))

    def forward(self, x):
        return x @ self.w + self.b


torch.manual_seed(0)
layer = MyLinear(4, 3)
x = torch.randn(2, 4)
print(layer(x))
for name, p in layer.named_parameters():
    print(name, p.shape)


# a perceptron: two hand-made layers with sigmoids between them
class Perceptron(nn.Module):
    def __init__(self, in_features, hidden, out_features):
        super().__init__()
        self.layer1 = MyLinear(in_features, hidden)
        self.layer2 = MyLinear(hidden, out_features)

    def forward(self, x):
        x = torch.sigmoid(self.layer1(x))
        return torch.sigmoid(self.layer2(x))


torch.manual_seed(0)
perceptron = Perceptron(3, 4, 1)
print(perceptron(torch.ones(2, 3)))
for name, p in perceptron.named_parameters():
    print(name, p.shape)
print(perceptron)

# nn.Linear: the same thing, with PyTorch's initialisation
torch.manual_seed(0)
fc = nn.Linear(3, 2)
print(fc)
print(fc.weight)
print(fc.bias)
print(fc(torch.ones(1, 3)))

# Sequential, by position and by name with add_module
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
print(net)
print(net[0])
print(net(torch.ones(2, 3)))
net2 = nn.Sequential()
net2.add_module("hidden", nn.Linear(3, 4))
net2.add_module("act", nn.ReLU())
net2.add_module("out", nn.Linear(4, 1))
print(net2)

# parameters and the state dict
print(sum(p.numel() for p in net2.parameters()))
for name, p in net2.named_parameters():
    print(name, p.shape)
for key, value in net2.state_dict().items():
    print(key, value.shape)
print(net2.state_dict()["out.bias"])
