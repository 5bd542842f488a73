"""Golden values for the padding layers and F.pad's reflect/replicate modes from real PyTorch 1.13:
ZeroPad2d, ConstantPad1d/2d/3d, ReflectionPad1d/2d/3d, ReplicationPad1d/2d/3d (reprs, values,
gradients, graphs) and F.pad's errors kernel by kernel. Run with /usr/bin/python3 (Debian's
python3-torch); writes padding.json next to this file."""
import json, os, warnings
import torch, torch.nn as nn, torch.nn.functional as F

warnings.simplefilter("ignore")
out = {"torch": torch.__version__}

def vals(t):
    return [float(v).hex() for v in t.detach().reshape(-1).tolist()]

def tens(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": vals(t) if t.is_floating_point() else t.reshape(-1).tolist()}

def graph(fn):
    if fn is None:
        return "None"
    kids = [graph(n) for n, _ in fn.next_functions]
    return type(fn).__name__ + ("(" + ", ".join(kids) + ")" if kids else "")

def grads(y, xs):
    g = torch.autograd.grad(y, xs, torch.arange(1, y.numel() + 1, dtype=y.dtype).reshape(y.shape) / 4, allow_unused=True)
    return [None if v is None else tens(v) for v in g]

torch.manual_seed(0)

# ---------------------------------------------------------------- F.pad reflect / replicate
pads = []
for mode in ["reflect", "replicate"]:
    for shape, pad, dtype in [((2, 5), (1, 2), torch.float32), ((2, 3, 5), (3, 0), torch.float64), ((2, 3, 5), (-1, 2), torch.float32),
                              ((3, 4, 5), (1, 2, 3, 1), torch.float32), ((2, 2, 4, 5), (2, -1, 0, 3), torch.float64),
                              ((2, 3, 3, 4), (1, 1, 2, 0, 2, 1), torch.float32), ((1, 2, 2, 3, 4), (0, 2, 1, 1, 1, 1), torch.float64),
                              ((1, 2, 3, 4, 5), (-1, 1, 2, -2, 1, 0), torch.float32), ((0, 2, 3), (1, 1), torch.float32),
                              ((3, 4, 5), (-2, -3, 0, 0), torch.float32)]:
        if mode == "replicate" and shape == (2, 3, 5) and pad == (3, 0):
            pad = (7, 0)    # replicate pads past the input size
        x = (torch.randn(shape, dtype=dtype) * 2).requires_grad_()
        y = F.pad(x, pad, mode)
        pads.append({"mode": mode, "pad": list(pad), "input": tens(x), "out": tens(y), "graph": graph(y.grad_fn),
                     "grads": grads(y, [x]) if y.numel() else None})
out["pad"] = pads

# ---------------------------------------------------------------- modules
modules = {
    "ZeroPad2d(2)": lambda: nn.ZeroPad2d(2),
    "ZeroPad2d(1, 0, 2, 3)": lambda: nn.ZeroPad2d((1, 0, 2, 3)),
    "ConstantPad1d(2, 3.5)": lambda: nn.ConstantPad1d(2, 3.5),
    "ConstantPad1d({1, -1}, -2)": lambda: nn.ConstantPad1d((1, -1), -2),
    "ConstantPad2d(1, 0.)": lambda: nn.ConstantPad2d(1, 0.),
    "ConstantPad2d({1, 2, 0, 1}, 7)": lambda: nn.ConstantPad2d((1, 2, 0, 1), 7),
    "ConstantPad3d(1, -1.5)": lambda: nn.ConstantPad3d(1, -1.5),
    "ConstantPad3d({1, 0, 0, 2, 1, 1}, 1e-05)": lambda: nn.ConstantPad3d((1, 0, 0, 2, 1, 1), 1e-5),
    "ReflectionPad1d(2)": lambda: nn.ReflectionPad1d(2),
    "ReflectionPad1d(0, 3)": lambda: nn.ReflectionPad1d((0, 3)),
    "ReflectionPad2d(1)": lambda: nn.ReflectionPad2d(1),
    "ReflectionPad2d(2, 0, 1, 3)": lambda: nn.ReflectionPad2d((2, 0, 1, 3)),
    "ReflectionPad3d(1)": lambda: nn.ReflectionPad3d(1),
    "ReflectionPad3d(1, 2, 0, 1, 2, 0)": lambda: nn.ReflectionPad3d((1, 2, 0, 1, 2, 0)),
    "ReplicationPad1d(3)": lambda: nn.ReplicationPad1d(3),
    "ReplicationPad1d(1, 0)": lambda: nn.ReplicationPad1d((1, 0)),
    "ReplicationPad2d(2)": lambda: nn.ReplicationPad2d(2),
    "ReplicationPad2d(0, 1, 4, 2)": lambda: nn.ReplicationPad2d((0, 1, 4, 2)),
    "ReplicationPad3d(1)": lambda: nn.ReplicationPad3d(1),
    "ReplicationPad3d(2, 1, 0, 0, 1, 3)": lambda: nn.ReplicationPad3d((2, 1, 0, 0, 1, 3)),
}
mods = []
for key, make in modules.items():
    m = make()
    dims = 1 if "1d" in key else 2 if "2d" in key else 3
    x = torch.randn({1: [2, 2, 5], 2: [2, 2, 4, 5], 3: [1, 2, 3, 3, 4]}[dims]).requires_grad_()
    y = m(x)
    mods.append({"key": key, "repr": repr(m), "padding": list(m.padding), "keys": list(m.state_dict().keys()),
                 "input": tens(x), "out": tens(y), "graph": graph(y.grad_fn), "grads": grads(y, [x])})
out["modules"] = mods

# ---------------------------------------------------------------- errors: (shape, dtype, pad, mode, value)
def error(shape, dtype, pad, mode, value=None):
    try:
        F.pad(torch.ones(shape, dtype=dtype), pad, mode, value)
    except Exception as e:
        return {"shape": list(shape), "dtype": str(dtype).replace("torch.", ""), "pad": list(pad), "mode": mode,
                "value": 0.0 if value is None else value, "type": type(e).__name__, "message": str(e)}
    raise AssertionError("no error")

f32, f64, i64, i32 = torch.float32, torch.float64, torch.int64, torch.int32
errors = [error((2, 5), f32, (1, 2), "foo"), error((5,), f32, (1,), "reflect"), error((5,), f32, (1, 1, 1, 1), "constant"),
          error((2, 5), f32, (1, 2, 3, 4), "replicate", 1.0), error((5,), f32, (1, 2), "reflect"),
          error((2, 3, 4, 5, 6, 7), f32, (1, 2), "replicate"), error((2, 3, 4, 5), f32, (1, 2), "replicate")]
for mode in ["reflect", "replicate"]:
    for k in [1, 2, 3]:
        errors += [error([2] * (k + 2), i64, (1, 1) * k, mode), error([2] * (k + 1), i32, (1, 1) * k, mode),
                   error([2] + [0] * (k + 1), i64, (1, 1) * k, mode), error([2] + [0] * (k + 1), f64, (1, 1) * k, mode)]
        if not (mode == "reflect" and k < 3):
            errors.append(error([0] + [2] * k, f64, (1, 1) * k, mode))
    errors += [error((2, 5), f32, (-3, -2), mode), error((3, 4, 5), f32, (-3, -2, -2, -2), mode),
               error((3, 4, 5), f32, (-3, -3, -2, -3), mode), error((3, 4, 5, 6), f32, (-6, -1, -5, -1, -4, -1), mode),
               error((3, 4, 5, 6), f32, (-3, -3, -3, -3, -1, -1), mode), error((3, 4, 5, 6), f32, (-6, -1, 0, 0, 0, 0), mode),
               error((3, 4, 5), f32, (-1, -1, -2, -3), mode), error((2, 5), f32, (-3, -3), mode)]
errors += [error((2, 5), f32, (5, 1), "reflect"), error((2, 5), f32, (1, 5), "reflect"), error((1, 2, 5), f32, (5, 2), "reflect"),
           error((3, 4, 5), f32, (5, 1, 1, 1), "reflect"), error((3, 4, 5), f32, (1, 1, 4, 1), "reflect"),
           error((2, 3, 1, 5), f32, (1, 2, 1, 1), "reflect"), error((3, 4, 5, 6), f32, (6, 1, 1, 1, 1, 1), "reflect"),
           error((3, 4, 5, 6), f32, (1, 1, 5, 1, 1, 1), "reflect"), error((3, 4, 5, 6), f32, (1, 1, 1, 1, 1, 4), "reflect"),
           error((2, 5), i64, (5, 1), "reflect")]
out["errors"] = errors

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "padding.json"), "w") as f:
    json.dump(out, f, indent=1)
