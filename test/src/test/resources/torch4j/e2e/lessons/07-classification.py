# The PyTorch program lesson 07-classification mirrors (the numbers; the lesson also plots live).
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
n_data = torch.ones(100, 2)
x0 = torch.normal(2 * n_data, 1)
y0 = torch.zeros(100)
x1 = torch.normal(-2 * n_data, 1)
y1 = torch.ones(100)
x = torch.cat((x0, x1), 0)
y = torch.cat((y0, y1), 0).long()
print(x.shape, y.shape)
print(x[:2])
print(x[100:102])


class Net(nn.Module):
    def __init__(self, n_feature, n_hidden, n_output):
        super().__init__()
        self.hidden = nn.Linear(n_feature, n_hidden)
        self.out = nn.Linear(n_hidden, n_output)

    def forward(self, x):
        return self.out(F.relu(self.hidden(x)))


net = Net(2, 10, 2)
print(net)
optimizer = torch.optim.SGD(net.parameters(), lr=0.02)
loss_func = nn.CrossEntropyLoss()
for step in range(100):
    out = net(x)
    loss = loss_func(out, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 10 == 0:
        predicted = out.argmax(dim=1)
        print(step, loss, (predicted == y).sum().item())
print(loss)
print(F.softmax(net(torch.tensor([[2.0, 2.0], [-2.0, -2.0], [0.0, 0.0]])), dim=1))
