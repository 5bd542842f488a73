# Lesson 09 (DataLoader batch training) in PyTorch 1.13: the numbers tutorials/09-dataloader.jsh prints.
import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(1)
x = torch.linspace(1, 10, 10)
y = torch.linspace(10, 1, 10)
dataset = TensorDataset(x, y)
print(len(dataset), *dataset[0])

loader = DataLoader(dataset, batch_size=5, shuffle=True)
print(len(loader))
for epoch in range(3):
    for step, (bx, by) in enumerate(loader):
        print(f"epoch {epoch} step {step} x {bx} y {by}")

for bx, by in DataLoader(dataset, batch_size=4):
    print(bx)
for bx, by in DataLoader(dataset, batch_size=4, drop_last=True):
    print(bx)

# mini-batch training: fit y = 3x + 2 from 100 noisy points, 10 points per step
torch.manual_seed(0)
xs = torch.rand(100, 1) * 2 - 1
ys = 3 * xs + 2 + 0.1 * torch.randn(100, 1)
train = DataLoader(TensorDataset(xs, ys), batch_size=10, shuffle=True)
model = torch.nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = torch.nn.MSELoss()
for epoch in range(5):
    total = 0.0
    for bx, by in train:
        loss = loss_fn(model(bx), by)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * len(bx)
    print(f"epoch {epoch}: mean loss {total / len(xs):.5f}")
print(f"weight {model.weight.item():.4f} bias {model.bias.item():.4f}")
