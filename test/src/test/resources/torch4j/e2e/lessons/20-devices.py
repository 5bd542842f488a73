# Lesson 20 (tensors on devices; the meta device) in PyTorch 1.13 / torchvision 0.14: the lines
# tutorials/20-devices.jsh prints.
import torch
import torch.nn as nn
import torchvision

torch.manual_seed(0)

# 1. where a tensor lives
x = torch.randn(2, 3)
print(x.device)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print("training on", device)
print(x.to(device).device, x.to(device, torch.float64).dtype)

# 2. the meta device: shapes and dtypes, no data
m = x.to("meta")
print(m)
print(m.shape, m.dtype, m.device)
print(torch.empty(64, 1, 28, 28, device="meta"))
print(torch.zeros(2, 2, device="meta", dtype=torch.float64, requires_grad=True))
print(m.t().matmul(m))

# 3. what shape comes out of each layer, for free
net = nn.Sequential(
    nn.Conv2d(1, 16, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(32 * 7 * 7, 10)).to("meta")
out = torch.empty(64, 1, 28, 28, device="meta")
for layer in net:
    out = layer(out)
    print(f"{type(layer).__name__:<10} {out.shape}")
print(out)

resnet = torchvision.models.resnet18().to("meta")
print(sum(p.numel() for p in resnet.parameters()), "parameters")
print(resnet(torch.empty(64, 3, 224, 224, device="meta")))

# 4. what meta cannot do
try:
    x + m
except RuntimeError as e:
    print(e)
try:
    m.cpu()
except NotImplementedError as e:
    print(e)

# 5. from meta to real memory
net.to_empty(device="cpu")
print(net[0].weight.device, net[0].weight.shape)
