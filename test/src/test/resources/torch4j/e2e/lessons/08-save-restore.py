# The PyTorch program lesson 08-save-restore mirrors; its output must appear in the lesson's.
import os
import tempfile

import torch
import torch.nn as nn

torch.manual_seed(1)
x = torch.unsqueeze(torch.linspace(-1, 1, 100), dim=1)
y = x.pow(2) + 0.2 * torch.rand(x.size())


def make_net():
    return nn.Sequential(nn.Linear(1, 10), nn.ReLU(), nn.Linear(10, 1))


net1 = make_net()
optimizer = torch.optim.SGD(net1.parameters(), lr=0.2)
loss_func = nn.MSELoss()
for step in range(200):
    loss = loss_func(net1(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(loss)
probe = torch.tensor([[-0.5], [0.0], [0.5]])
print(net1(probe))

folder = tempfile.mkdtemp()
# 1. the whole state dict into a new network
torch.save(net1.state_dict(), os.path.join(folder, "net1.pt"))
net2 = make_net()
print(net2(probe))
print(net2.load_state_dict(torch.load(os.path.join(folder, "net1.pt"))))
print(net2(probe))

# 2. parameters only: a dict of the named parameters
torch.save({name: p.detach() for name, p in net1.named_parameters()}, os.path.join(folder, "params.pt"))
params = torch.load(os.path.join(folder, "params.pt"))
for name in params:
    print(name, params[name].shape)
# 2a. loaded as a (partial) state dict
net3 = make_net()
print(net3.load_state_dict(params, strict=False))
print(net3(probe))
# 2b. copied by name into the parameters, without recording gradients
net4 = make_net()
with torch.no_grad():
    for name, p in net4.named_parameters():
        p.copy_(params[name])
print(net4(probe))
# (the lesson also prints torch.equal(...): Java's true, not compared)
