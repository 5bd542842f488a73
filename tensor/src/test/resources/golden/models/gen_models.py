"""Golden values for torch4j.vision.models from real torchvision 0.14 / PyTorch 1.13.
Run with /usr/bin/python3 (Debian's python3-torch and python3-torchvision); writes models.json and
mobilenet_v2_w025_c10.pth next to this file.

For each model: torch.manual_seed(0), build it, then record
  - repr(model), the parameter count, and for every state-dict entry in order its key, shape, dtype
    and checksums (float64 sum and sum of squares, the first two and the last value exactly):
    the initialisation must draw PyTorch's numbers from the same seed;
  - eval: torch.manual_seed(1); x = randn(1, 3, s, s) (1 channel, 32 x 32 for LeNet); the output
    of model.eval()(x) under no_grad;
  - train: torch.manual_seed(2); x = randn(2, 3, s, s); y = model.train()(x) (BatchNorm on batch
    statistics, dropout masks drawn from the global generator), three rand() draws after it (the
    stream position), and checksums of every buffer (BatchNorm running statistics after the step);
  - backward (some models), in float64: model.double(); torch.manual_seed(3); x = randn(2, 3, b, b)
    (drawn in float32, then converted); y = model(x) in train mode; the gradient of
    (y * sin(arange(y.numel()))).sum(): checksums of the first and last parameter's gradient.
    float64 because a float32 gradient is not a stable reference: a pre-activation within float
    rounding of a ReLU kink (there is one at 1.6e-6 in mobilenet_v2's features.12 for this input)
    flips a mask between two correct float32 implementations and moves the early gradients by
    percents; PyTorch's own float32 and float64 gradients of resnet50 differ by 1.3 %.
LeNet is the network of the study notes (seeds/003, the PyTorch 60-minute tutorial's Net:
conv 3x3 on 1 x 32 x 32), with ReLU after each convolution as the tutorial has it.
"""
import json, os, warnings
import torch, torch.nn as nn, torch.nn.functional as F
import torchvision
from torchvision import models as tvm

warnings.simplefilter("ignore")
torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))


class LeNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 3)
        self.conv2 = nn.Conv2d(6, 16, 3)
        self.fc1 = nn.Linear(16 * 6 * 6, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, num_classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


def f32(t):
    """float32 values as JSON numbers with 9 significant digits (enough to round-trip a float32)."""
    return [float("%.9g" % v) for v in t.detach().reshape(-1).tolist()]


def f64(v):
    return float("%.17g" % v)


def values(t):
    """float32 tensors to 9 significant digits, float64 ones to 17."""
    return f32(t) if t.dtype != torch.float64 else [f64(v) for v in t.detach().reshape(-1).tolist()]


def checksum(t):
    """[shape, dtype, float64 sum, float64 sum of squares, first value, second value, last value]
    for a floating tensor; [shape, dtype, first values...] otherwise."""
    t = t.detach()
    flat = t.reshape(-1)
    c = [list(t.shape), str(t.dtype).replace("torch.", "")]
    if t.is_floating_point():
        d = flat.double()
        return c + [f64(d.sum()), f64((d * d).sum())] + values(flat[:2]) + values(flat[-1:])
    return c + flat.tolist()[:4]


def tens(t, full=True):
    """The whole tensor, or (full=False) its checksums only: the variants' 1000-class outputs."""
    if not full:
        return checksum(t)
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""), "values": f32(t)}


# name, constructor, input side, input side of the float64 backward (None: no backward)
CASES = [
    ("lenet", lambda: LeNet(), 32, 32),
    ("alexnet", lambda: tvm.alexnet(), 96, None),
    ("vgg11", lambda: tvm.vgg11(), 32, None),
    ("vgg11_bn", lambda: tvm.vgg11_bn(), 32, None),
    ("vgg16", lambda: tvm.vgg16(), 32, None),
    ("vgg16_bn", lambda: tvm.vgg16_bn(), 32, None),
    ("resnet18", lambda: tvm.resnet18(), 64, 64),
    ("resnet34", lambda: tvm.resnet34(), 64, None),
    ("resnet50", lambda: tvm.resnet50(), 64, None),
    ("mobilenet_v2", lambda: tvm.mobilenet_v2(), 64, 64),
    # the constructor options (outputs as checksums only; side None: structure and initial weights only)
    ("resnet18_c10", lambda: tvm.resnet18(num_classes=10), 64, None),
    ("resnet50_zero_init", lambda: tvm.resnet50(num_classes=7, zero_init_residual=True), 64, None),
    ("vgg11_c10_d03", lambda: tvm.vgg11(num_classes=10, dropout=0.3), None, None),
    ("vgg11_bn_noinit", lambda: tvm.vgg11_bn(init_weights=False), None, None),
    ("alexnet_c10_d01", lambda: tvm.alexnet(num_classes=10, dropout=0.1), 63, None),
    ("mobilenet_v2_c10_w025", lambda: tvm.mobilenet_v2(num_classes=10, width_mult=0.25), 64, 64),
    ("mobilenet_v2_w14_d05", lambda: tvm.mobilenet_v2(width_mult=1.4, dropout=0.5), 64, None),
    ("mobilenet_v2_w035_r4", lambda: tvm.mobilenet_v2(width_mult=0.35, round_nearest=4), 64, None),
    # the ResNet and MobileNetV2 class options (structure and initial weights only: side None)
    ("resnet_resnext50_32x4d", lambda: tvm.ResNet(tvm.resnet.Bottleneck, [3, 4, 6, 3], num_classes=10, groups=32, width_per_group=4), None, None),
    ("resnet_wide50_2", lambda: tvm.ResNet(tvm.resnet.Bottleneck, [1, 1, 1, 1], width_per_group=128), None, None),
    ("resnet_dilated", lambda: tvm.ResNet(tvm.resnet.Bottleneck, [1, 2, 1, 1], num_classes=5, replace_stride_with_dilation=[False, True, True]), 64, None),
    ("mobilenet_v2_setting", lambda: tvm.MobileNetV2(num_classes=3, inverted_residual_setting=[[1, 16, 1, 1], [4, 24, 2, 2], [3, 40, 2, 1]], round_nearest=4, dropout=0.1), 32, None),
]

out = {"torch": torch.__version__, "torchvision": torchvision.__version__, "models": []}
for index, (name, build, side, bside) in enumerate(CASES):
    full = index < 10
    torch.manual_seed(0)
    m = build()
    rec = {"name": name, "repr": repr(m), "num_params": sum(p.numel() for p in m.parameters()),
           "state": [[k] + checksum(v) for k, v in m.state_dict().items()]}
    channels = 1 if name.startswith("lenet") else 3
    if side is None:
        out["models"].append(rec)
        continue
    m.eval()
    torch.manual_seed(1)
    x = torch.randn(1, channels, side, side)
    with torch.no_grad():
        rec["eval"] = {"shape": list(x.shape), "out": tens(m(x), full)}
    m.train()
    torch.manual_seed(2)
    x = torch.randn(2, channels, side, side)
    with torch.no_grad():
        y = m(x)
    rec["train"] = {"shape": list(x.shape), "out": tens(y, full), "after": f32(torch.rand(3)),
                    "buffers": [[k] + checksum(b) for k, b in m.named_buffers()]}
    if bside is not None:
        m.double()
        torch.manual_seed(3)
        x = torch.randn(2, channels, bside, bside).double()
        y = m(x)
        after = f32(torch.rand(3))
        y.backward(torch.sin(torch.arange(y.numel(), dtype=torch.float64)).reshape(y.shape))
        named = list(m.named_parameters())
        rec["backward"] = {"shape": list(x.shape), "grad_fn": type(y.grad_fn).__name__, "after": after,
                           "out": [f64(d) for d in y.detach().reshape(-1)[:4].tolist()],
                           "grads": [[k] + checksum(p.grad) for k, p in (named[0], named[-1])]}
    out["models"].append(rec)
    print(name, rec["num_params"], flush=True)

# ReLU6 / Hardtanh (torch4j.nn additions MobileNetV2 needs)
x = (torch.arange(-12, 13, dtype=torch.float32) / 2).requires_grad_()
acts = []
for label, fn in [("relu6", lambda t: F.relu6(t)), ("hardtanh", lambda t: F.hardtanh(t)),
                  ("hardtanh_m2_3", lambda t: F.hardtanh(t, -2.0, 3.0)), ("relu6_inplace", lambda t: F.relu6(t.clone(), inplace=True)),
                  ("hardtanh_inplace", lambda t: F.hardtanh(t * 1, -0.5, 0.5, inplace=True))]:
    x.grad = None
    y = fn(x)
    y.backward(torch.arange(1, 26, dtype=torch.float32))
    acts.append({"label": label, "out": tens(y), "grad_fn": type(y.grad_fn).__name__, "grad": tens(x.grad)})
special = torch.tensor([-0.0, 0.0, float("nan"), float("inf"), float("-inf"), 6.0, -1.0, 1.0])
out["activations"] = {"x": tens(x), "cases": acts,
                      "special": {"x": [str(v) for v in special.tolist()], "relu6": [str(v) for v in F.relu6(special).tolist()],
                                  "hardtanh": [str(v) for v in F.hardtanh(special).tolist()],
                                  "relu6_int": F.relu6(torch.tensor([-3, 2, 9])).tolist(),
                                  "relu6_f64": [str(v) for v in F.relu6(special.double()).tolist()]},
                      "reprs": [repr(nn.ReLU6()), repr(nn.ReLU6(inplace=True)), repr(nn.Hardtanh()), repr(nn.Hardtanh(-2, 2, True)),
                                repr(nn.Hardtanh(-0.5, 1.5))]}

# a small "trained" state dict for the weights-file loading test: mobilenet_v2(num_classes=10,
# width_mult=0.25) from seed 123 after one train-mode forward (running statistics not the defaults)
torch.manual_seed(123)
m = tvm.mobilenet_v2(num_classes=10, width_mult=0.25)
m.train()
m(torch.randn(4, 3, 32, 32))
m.eval()
torch.save(m.state_dict(), os.path.join(HERE, "mobilenet_v2_w025_c10.pth"))
torch.manual_seed(1)
x = torch.randn(1, 3, 64, 64)
with torch.no_grad():
    out["pth"] = {"file": "mobilenet_v2_w025_c10.pth", "model": "mobilenet_v2(num_classes=10, width_mult=0.25)",
                  "shape": list(x.shape), "out": tens(m(x)), "keys": list(m.state_dict().keys())}

with open(os.path.join(HERE, "models.json"), "w") as f:
    json.dump(out, f, separators=(",", ":"))
