# The PyTorch program lesson 05-activations mirrors (the numbers; the lesson also plots them).
import torch
import torch.nn.functional as F

points = torch.linspace(-2, 2, 5)
print(points)
print(F.relu(points))
print(torch.sigmoid(points))
print(torch.tanh(points))
print(F.softplus(points))
# the derivatives, by autograd, at the same points
for f in (F.relu, torch.sigmoid, torch.tanh, F.softplus):
    p = points.clone().requires_grad_()
    f(p).sum().backward()
    print(p.grad)
# the plotted range
x = torch.linspace(-5, 5, 200)
print(x[:3])
