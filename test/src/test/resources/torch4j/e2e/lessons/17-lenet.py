# Lesson 17 (a LeNet-style network; loss, grad_fn.next_functions, backprop, optim) in PyTorch 1.13:
# the numbers tutorials/17-lenet.jsh prints.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 3)
        self.conv2 = nn.Conv2d(6, 16, 3)
        self.fc1 = nn.Linear(16 * 6 * 6, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, 16 * 6 * 6)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


net = Net()
print(net)
params = list(net.parameters())
print(len(params), params[0].size(), params[1].size())

input = torch.randn(1, 1, 32, 32)
output = net(input)
print(output)

target = torch.randn(10).view(1, -1)
criterion = nn.MSELoss()
loss = criterion(output, target)
print(loss)


def name(fn):
    return type(fn).__name__ if fn is not None else "None"


fn = loss.grad_fn
while fn is not None:
    nexts = [f for f, _ in fn.next_functions]
    print(name(fn), "->", ", ".join(name(f) for f in nexts))
    fn = next((f for f in nexts if f is not None and name(f) != "AccumulateGrad"), None)

net.zero_grad()
print("conv1.bias.grad before backward:", net.conv1.bias.grad)
loss.backward()
print("conv1.bias.grad after backward:", net.conv1.bias.grad)

optimizer = torch.optim.SGD(net.parameters(), lr=0.01)
for step in range(5):
    optimizer.zero_grad()
    loss = criterion(net(input), target)
    loss.backward()
    optimizer.step()
    print(f"step {step}: loss {loss.item():.4f}")
