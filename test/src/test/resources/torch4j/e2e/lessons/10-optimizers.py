# Lesson 10 (optimizers compared) in PyTorch 1.13: the numbers tutorials/10-optimizers.jsh prints.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(1)
x = torch.linspace(-1, 1, 1000).unsqueeze(1)
y = x.pow(2) + 0.1 * torch.randn(x.size())
loader = DataLoader(TensorDataset(x, y), batch_size=32, shuffle=True)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(1, 20)
        self.predict = nn.Linear(20, 1)

    def forward(self, x):
        return self.predict(F.relu(self.hidden(x)))


names = ["SGD", "Momentum", "AdaGrad", "RMSprop", "Adam"]
nets = [Net() for _ in names]
opts = [
    torch.optim.SGD(nets[0].parameters(), lr=0.01),
    torch.optim.SGD(nets[1].parameters(), lr=0.01, momentum=0.8),
    torch.optim.Adagrad(nets[2].parameters(), lr=0.01),
    torch.optim.RMSprop(nets[3].parameters(), lr=0.01, alpha=0.9),
    torch.optim.Adam(nets[4].parameters(), lr=0.01, betas=(0.9, 0.99)),
]
loss_fn = nn.MSELoss()
history = [[] for _ in names]
for epoch in range(12):
    for bx, by in loader:
        for net, opt, h in zip(nets, opts, history):
            loss = loss_fn(net(bx), by)
            opt.zero_grad()
            loss.backward()
            opt.step()
            h.append(loss.item())
    print(f"epoch {epoch:2d} " + " ".join(f"{n} {h[-1]:.4f}" for n, h in zip(names, history)))
for n, h in zip(names, history):
    print(f"{n:9s} mean loss of the last 32 steps {sum(h[-32:]) / 32:.4f}")
