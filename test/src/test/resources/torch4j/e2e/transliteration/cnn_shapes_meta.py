# What shape comes out of each layer of the notes' LeNet, without computing anything: the meta device.
import torch
import torch.nn as nn
import torch.nn.functional as F

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 3)
        self.conv2 = nn.Conv2d(6, 16, 3)
        self.fc1 = nn.Linear(16 * 6 * 6, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = F.max_pool2d(self.conv1(x), 2)
        print("after conv1 + pool:", x.shape)
        x = F.max_pool2d(self.conv2(x), 2)
        print("after conv2 + pool:", x.shape)
        x = x.view(-1, 16 * 6 * 6)
        x = F.relu(self.fc1(x))
        print("after fc1:", x.shape)
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x

device = torch.device("cuda" if torch.cuda.is_available() else "meta")
print(device)
net = Net().to(device)
print(net.conv1.weight.device)
print(net.fc3.bias)
x = torch.randn(64, 1, 32, 32, device=device)
print(x)
out = net(x)
print(out)
print(out.shape, out.dtype)
target = torch.zeros(64, 10, device=device)
loss = nn.MSELoss()(out, target)
print(loss)
head = nn.Linear(10, 1).to(device)   # PyTorch 1.13 has no meta backward for convolution: backpropagate a linear head only
head(out.detach()).sum().backward()
print(head.weight.grad)
print(sum(p.numel() for p in net.parameters()))
net.to_empty(device="cpu")
print(net.fc3.bias.device, net.fc3.bias.shape)
