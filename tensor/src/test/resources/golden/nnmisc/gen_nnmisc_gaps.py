"""Golden values for the small torch.nn gaps NnCoverageTest showed: F.elu_, F.leaky_relu_,
F.channel_shuffle / nn.ChannelShuffle, the deprecated F.upsample, F.upsample_nearest,
F.upsample_bilinear, nn.UpsamplingNearest2d, nn.UpsamplingBilinear2d and nn.NLLLoss2d, from real
PyTorch 1.13. Run with /usr/bin/python3 (Debian's python3-torch); writes nnmisc_gaps.json next to
this file. Inputs are sin(arange(n)·0.7 + phase) as in gen_nnmisc.py."""
import json, os, warnings
import torch, torch.nn as nn, torch.nn.functional as F

out = {"torch": torch.__version__}

def vals(t):
    return [float(v).hex() for v in t.detach().reshape(-1).tolist()]

def tens(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": vals(t) if t.is_floating_point() else t.reshape(-1).tolist()}

def error(f):
    try:
        f()
    except Exception as e:
        return {"type": type(e).__name__, "message": str(e)}
    raise AssertionError("no error")

def sinx(shape, dtype=torch.float32, phase=0.0, scale=1.0):
    n = 1
    for s in shape: n *= s
    return (torch.sin(torch.arange(n, dtype=torch.float64) * 0.7 + phase) * scale).to(dtype).reshape(shape)

def warned(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f()
    return r, [str(x.message) for x in w]

# ---------------------------------------------------------------- in-place activations
# y = f_(x.clone()) on a leaf x = sinx((3, 4), phase 0.2, scale 2); gradient of (y * gout).sum(), gout = sinx((3, 4), 0.9)
inplace = []
for name, arg in [("elu_", None), ("elu_", 0.5), ("leaky_relu_", None), ("leaky_relu_", 0.2)]:
    x = sinx((3, 4), torch.float64, 0.2, 2.0).requires_grad_()
    c = x.clone()
    f = getattr(F, name)
    y = f(c) if arg is None else f(c, arg)
    assert y is c
    y.backward(sinx((3, 4), torch.float64, 0.9))
    inplace.append({"name": name, "arg": arg, "y": tens(y), "grad_fn": type(y.grad_fn).__name__, "grad": tens(x.grad)})
out["inplace"] = inplace

# ---------------------------------------------------------------- channel_shuffle
shuffles = []
for shape, groups, dtype in [((1, 6, 2), 3, torch.float32), ((2, 4, 2, 3), 2, torch.float64), ((1, 4, 1, 1, 2), 4, torch.float32),
                             ((2, 3, 2), 1, torch.float32)]:
    x = sinx(shape, dtype, 0.1).requires_grad_()
    y = F.channel_shuffle(x, groups)
    m = nn.ChannelShuffle(groups)
    shuffles.append({"shape": list(shape), "groups": groups, "dtype": str(dtype).replace("torch.", ""), "y": tens(y),
                     "grad_fn": type(y.grad_fn).__name__, "repr": repr(m), "module_y": tens(m(x)), "contiguous": y.is_contiguous()})
out["channel_shuffle"] = shuffles
xs = sinx((1, 4, 2, 2)).requires_grad_()
out["channel_shuffle_errors"] = [
    error(lambda: F.channel_shuffle(xs, 3)),
    error(lambda: F.channel_shuffle(torch.ones(4, 2), 2)),
    error(lambda: F.channel_shuffle(xs, 0)),
    error(lambda: F.channel_shuffle(xs, 2).sum().backward()),
]

# ---------------------------------------------------------------- deprecated upsampling
ups = []
x = sinx((1, 2, 3, 4), torch.float32, 0.3).requires_grad_()
for call, kind, arg, mode, align in [("upsample", "scale", 2.0, "nearest", None), ("upsample", "size", [5, 7], "bilinear", False),
                                     ("upsample", "size", [5, 7], "bilinear", True), ("upsample_nearest", "scale", 2.0, None, None),
                                     ("upsample_nearest", "size", [4, 5], None, None), ("upsample_bilinear", "scale", 2.0, None, None),
                                     ("upsample_bilinear", "size", [5, 3], None, None)]:
    f = getattr(F, call)
    kw = {"scale_factor": arg} if kind == "scale" else {"size": tuple(arg)}
    if mode is not None: kw["mode"] = mode
    if align is not None: kw["align_corners"] = align
    y, w = warned(lambda: f(x, **kw))
    g, = torch.autograd.grad((y * sinx(tuple(y.shape), torch.float32, 0.9)).sum(), x)
    ups.append({"call": call, "kind": kind, "arg": arg, "mode": mode, "align_corners": align, "y": tens(y), "grad": tens(g),
                "grad_fn": type(y.grad_fn).__name__, "warnings": w})
out["upsample"] = ups
mods = []
for cls, kind, arg in [("UpsamplingNearest2d", "scale", 2.0), ("UpsamplingNearest2d", "size", [3]), ("UpsamplingNearest2d", "size", [5, 6]),
                       ("UpsamplingBilinear2d", "scale", 2.0), ("UpsamplingBilinear2d", "size", [5, 3]), ("UpsamplingBilinear2d", "size", [4])]:
    C = getattr(nn, cls)
    m = C(scale_factor=arg) if kind == "scale" else C(size=arg[0] if len(arg) == 1 else tuple(arg))
    y, w = warned(lambda: m(x))
    mods.append({"cls": cls, "kind": kind, "arg": arg, "repr": repr(m), "y": tens(y), "grad_fn": type(y.grad_fn).__name__, "warnings": w})
out["upsampling_modules"] = mods

# ---------------------------------------------------------------- NLLLoss2d
lp = F.log_softmax(sinx((2, 3, 2, 2), torch.float64, 0.4, 2.0), 1).requires_grad_()
target = torch.tensor([[[0, 2], [1, 1]], [[2, 2], [0, 1]]])
weight = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64)
nll = []
for kw in [{}, {"weight": weight}, {"weight": weight, "ignore_index": 1, "reduction": "sum"}, {"reduction": "none"}]:
    m, w = warned(lambda: nn.NLLLoss2d(**kw))
    y = m(lp, target)
    g, = torch.autograd.grad(y.sum(), lp)
    nll.append({"weight": "weight" in kw, "ignore_index": kw.get("ignore_index", -100), "reduction": kw.get("reduction", "mean"),
                "repr": repr(m), "warnings": w, "y": tens(y), "grad_fn": type(y.grad_fn).__name__, "grad": tens(g)})
out["nll_loss2d"] = nll

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "nnmisc_gaps.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
