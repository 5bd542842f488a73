"""Golden reprs, default initialisation and BatchNorm running statistics of torch4j's spatial
layers, from PyTorch 1.13. Run with /usr/bin/python3; writes spatial_layers.json next to this file.
Layer constructors are written as Java expressions (the test evaluates the same list)."""
import json, os
import torch
import torch.nn as nn

def t(x):
    return {"shape": list(x.shape), "dtype": str(x.dtype).replace("torch.", ""), "values": [float(v) for v in x.detach().reshape(-1).tolist()]}

# (key, python constructor); the Java test builds each key the same way
layers = {
    "conv2d_1_6_5": lambda: nn.Conv2d(1, 6, 5),
    "conv2d_1_2_3": lambda: nn.Conv2d(1, 2, 3),
    "conv2d_full": lambda: nn.Conv2d(4, 6, (3, 2), stride=(2, 1), padding=(1, 0), dilation=2, groups=2, bias=False),
    "conv2d_same_reflect": lambda: nn.Conv2d(2, 3, 3, padding="same", padding_mode="reflect"),
    "conv2d_pad_replicate": lambda: nn.Conv2d(2, 3, 3, stride=2, padding=1, padding_mode="replicate"),
    "conv1d_3_4_3": lambda: nn.Conv1d(3, 4, 3),
    "conv1d_full": lambda: nn.Conv1d(4, 2, 2, stride=2, padding=1, dilation=2, groups=2, bias=False),
    "convt_3_2_3": lambda: nn.ConvTranspose2d(3, 2, 3),
    "convt_full": lambda: nn.ConvTranspose2d(4, 6, 3, stride=2, padding=1, output_padding=1, groups=2, bias=True, dilation=1),
    "maxpool_2": lambda: nn.MaxPool2d(2),
    "maxpool_full": lambda: nn.MaxPool2d((3, 2), stride=(2, 1), padding=1, dilation=(1, 2), ceil_mode=True),
    "avgpool_2": lambda: nn.AvgPool2d(2),
    "avgpool_full": lambda: nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True, count_include_pad=False, divisor_override=4),
    "adaptiveavg_7": lambda: nn.AdaptiveAvgPool2d(7),
    "adaptiveavg_none": lambda: nn.AdaptiveAvgPool2d((None, 3)),
    "adaptivemax_2_3": lambda: nn.AdaptiveMaxPool2d((2, 3)),
    "bn2d_6": lambda: nn.BatchNorm2d(6),
    "bn2d_opts": lambda: nn.BatchNorm2d(3, eps=1e-3, momentum=None, affine=False),
    "bn1d_untracked": lambda: nn.BatchNorm1d(4, momentum=0.3, track_running_stats=False),
    "ln_10": lambda: nn.LayerNorm(10),
    "ln_shape": lambda: nn.LayerNorm((3, 4), eps=1e-6, elementwise_affine=False),
    "upsample_2": lambda: nn.Upsample(scale_factor=2),
    "upsample_size_bilinear": lambda: nn.Upsample(size=(4, 5), mode="bilinear", align_corners=True),
    "upsample_7": lambda: nn.Upsample(size=7),
}
out = {"layers": {}}
for key, make in layers.items():
    torch.manual_seed(0)
    m = make()
    out["layers"][key] = {"repr": repr(m), "state": {k: t(v) for k, v in m.state_dict().items()}}

# a small CNN: repr and its default initialisation under one seed
torch.manual_seed(0)
cnn = nn.Sequential(nn.Conv2d(1, 6, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
                    nn.Flatten(), nn.Linear(256, 10))
out["cnn"] = {"repr": repr(cnn), "state": {k: t(v) for k, v in cnn.state_dict().items()}}
# one step on a seeded batch: output, loss, and the gradients of every parameter
x = torch.randn(4, 1, 28, 28)
target = torch.tensor([3, 0, 7, 1])
logits = cnn(x)
loss = torch.nn.functional.cross_entropy(logits, target)
loss.backward()
out["cnn"].update({"input": t(x), "logits": t(logits), "loss": float(loss), "logits_repr": repr(logits),
                   "grads": {k: t(p.grad) for k, p in cnn.named_parameters()}})

# Upsample layers on one input
x = torch.randn(1, 2, 3, 3)
out["upsample_outputs"] = {"input": t(x), "upsample_2": t(nn.Upsample(scale_factor=2)(x)),
                           "upsample_size_bilinear": t(nn.Upsample(size=(4, 5), mode="bilinear", align_corners=True)(x)),
                           "upsample_7": t(nn.Upsample(size=7)(x))}

# BatchNorm running statistics over train steps, then eval
runs = {}
for key, make, shape in [("bn2d", lambda: nn.BatchNorm2d(3), (4, 3, 2, 2)), ("bn2d_cumulative", lambda: nn.BatchNorm2d(3, momentum=None), (4, 3, 2, 2)),
                         ("bn1d", lambda: nn.BatchNorm1d(4), (5, 4)), ("bn1d_3d", lambda: nn.BatchNorm1d(2, momentum=0.5), (3, 2, 4)),
                         ("bn1d_untracked", lambda: nn.BatchNorm1d(4, track_running_stats=False), (5, 4))]:
    torch.manual_seed(5)
    m = make()
    with torch.no_grad():
        if m.weight is not None:
            m.weight.uniform_(0.5, 1.5)
            m.bias.uniform_(-0.5, 0.5)
    xs = [torch.randn(shape) * 2 + 1 for _ in range(3)]
    train_outs = [m(x) for x in xs]
    m.eval()
    eval_out = m(xs[0])
    runs[key] = {"inputs": [t(x) for x in xs], "weight": t(m.weight) if m.weight is not None else None,
                 "bias": t(m.bias) if m.bias is not None else None,
                 "train_out": [t(o) for o in train_outs], "eval_out": t(eval_out),
                 "state": {k: t(v) for k, v in m.state_dict().items()}}
out["batchnorm_runs"] = runs

def err(f):
    try:
        f()
    except Exception as e:
        return str(e).split("\n")[0]
    raise AssertionError("no error")
out["errors"] = {
    "bn2d_dims": err(lambda: nn.BatchNorm2d(3)(torch.randn(2, 3))),
    "bn1d_dims": err(lambda: nn.BatchNorm1d(3)(torch.randn(2, 3, 2, 2))),
    "conv_padding_mode": err(lambda: nn.Conv2d(1, 1, 3, padding_mode="foo")),
    "conv_groups": err(lambda: nn.Conv2d(3, 4, 3, groups=2)),
    "conv_same_stride": err(lambda: nn.Conv2d(3, 4, 3, stride=2, padding="same")),
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "spatial_layers.json"), "w") as f:
    json.dump(out, f, indent=0)
print(json.dumps({k: v["repr"] for k, v in out["layers"].items()}, indent=1))
print(out["cnn"]["repr"]); print(out["errors"])
