# "Learning PyTorch with Examples": a third-order polynomial fitted to sin(x) with nn.Sequential,
# nn.Flatten and an optimizer (RMSprop, the tutorial's 2,000 steps), then with SGD and a
# learning-rate printout.
import torch
import math
torch.manual_seed(0)
x = torch.linspace(-math.pi, math.pi, 2000)
y = torch.sin(x)
p = torch.tensor([1, 2, 3])
xx = x.unsqueeze(-1).pow(p)
print(xx.shape, xx.dtype)
model = torch.nn.Sequential(
    torch.nn.Linear(3, 1),
    torch.nn.Flatten(0, 1)
)
print(model)
loss_fn = torch.nn.MSELoss(reduction='sum')
learning_rate = 1e-3
optimizer = torch.optim.RMSprop(model.parameters(), lr=learning_rate)
for t in range(2000):
    y_pred = model(xx)
    loss = loss_fn(y_pred, y)
    if t % 100 == 99:
        print(t, f"{loss.item():.2f}")
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
linear_layer = model[0]
print(f'Result: y = {linear_layer.bias.item():.3f} + {linear_layer.weight[:, 0].item():.3f} x + {linear_layer.weight[:, 1].item():.3f} x^2 + {linear_layer.weight[:, 2].item():.3f} x^3')
print(len(model), model[1])
print(linear_layer.weight.shape, linear_layer.bias.shape, linear_layer.weight.grad.shape)

model = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=1e-6, momentum=0.9)
print(optimizer)
for t in range(500):
    loss = loss_fn(model(xx), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if t % 100 == 99:
        print(f"step {t + 1:4d}  loss {loss.item():10.4f}  lr {optimizer.param_groups[0]['lr']}")
