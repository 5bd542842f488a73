# Lesson 13 (model.eval() versus torch.no_grad()) in PyTorch 1.13: the numbers tutorials/13-eval-vs-nograd.jsh prints.
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Dropout(0.5), nn.Linear(4, 1))
bn = net[1]
x = torch.randn(6, 3)


def grad_fn_name(t):
    return type(t.grad_fn).__name__ if t.grad_fn is not None else "None"


def yes_no(flag):
    return "yes" if flag else "no"


def report(what, a, b):
    print(f"{what}: same output twice {yes_no(torch.equal(a, b))}, requires_grad {yes_no(a.requires_grad)}, grad_fn {grad_fn_name(a)}")
    print(f"  running_mean {bn.running_mean}")
    print(f"  num_batches_tracked {bn.num_batches_tracked.item()}")


print(f"  running_mean {bn.running_mean}")

net.train()
a, b = net(x), net(x)
print(a.t())
print(b.t())
report("train", a, b)

net.eval()
a, b = net(x), net(x)
print(a.t())
report("eval", a, b)
a.sum().backward()
print(f"eval still builds the graph: weight.grad {net[0].weight.grad[0]}")

net.train()
with torch.no_grad():
    a, b = net(x), net(x)
report("train + no_grad", a, b)

net.eval()
with torch.no_grad():
    a, b = net(x), net(x)
print(a.t())
report("eval + no_grad", a, b)
