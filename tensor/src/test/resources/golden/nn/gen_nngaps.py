"""Golden values for four torch4j.nn gaps from real PyTorch 1.13: in-place Dropout2d,
MaxPool2d(return_indices=True), F.pad(mode="circular") and Embedding(scale_grad_by_freq=True).
Run with /usr/bin/python3 (Debian's python3-torch); writes nngaps.json next to this file."""
import json, os, warnings
import torch, torch.nn as nn, torch.nn.functional as F

warnings.simplefilter("ignore")
out = {"torch": torch.__version__}

def vals(t):
    return [float(v).hex() for v in t.detach().reshape(-1).tolist()]

def tens(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": vals(t) if t.is_floating_point() else t.reshape(-1).tolist()}

def rand_after():
    return vals(torch.rand(3))

def error(f):
    try:
        f()
    except Exception as e:
        return {"type": type(e).__name__, "message": str(e)}
    raise AssertionError("no error")

# ---------------------------------------------------------------- 1. in-place dropout2d
# x = arange(1, n + 1) in the given shape and dtype (a leaf requiring grad); y = F.dropout2d(x.clone(),
# p, training, inplace=True); gradient of (y * gout).sum() with gout = arange(n) / 4 + 1.
drop = []
for shape, dtype, p, training, seed in [((2, 3, 2, 2), torch.float32, 0.5, True, 0), ((2, 3, 2, 2), torch.float64, 0.3, True, 7),
                                        ((2, 5, 3), torch.float32, 0.5, True, 3), ((1, 4, 2, 1), torch.float32, 1.0, True, 1),
                                        ((2, 3, 2, 2), torch.float32, 0.5, False, 2), ((3, 2, 1, 3), torch.float64, 0.8, True, 11)]:
    n = 1
    for s in shape: n *= s
    x = torch.arange(1, n + 1, dtype=dtype).reshape(shape).requires_grad_()
    gout = (torch.arange(n, dtype=dtype) / 4 + 1).reshape(shape)
    torch.manual_seed(seed)
    c = x.clone()
    y = F.dropout2d(c, p, training, True)
    after = rand_after()
    assert y is c
    y.backward(gout)
    drop.append({"shape": list(shape), "dtype": str(dtype).replace("torch.", ""), "p": p, "training": training, "seed": seed,
                 "out": tens(y), "repr": repr(y), "grad_fn": type(y.grad_fn).__name__, "grad": tens(x.grad), "after": after})
out["dropout2d_inplace"] = drop
torch.manual_seed(5)
m = nn.Dropout2d(0.5, True)
xin = torch.ones(2, 4, 1, 2)
yin = m(xin)
out["dropout2d_module"] = {"repr": repr(m), "repr_default": repr(nn.Dropout2d()), "seed": 5, "out": tens(yin), "same": yin is xin,
                           "after": rand_after()}
out["dropout2d_leaf_error"] = error(lambda: F.dropout2d(torch.ones(1, 2, 2, 2, requires_grad=True), 0.5, True, True))

# ---------------------------------------------------------------- 2. MaxPool2d(return_indices=True)
# x = sin(arange(n)) in the given shape (a leaf requiring grad); (values, indices) = module(x); gradient
# of (values * gout).sum() with gout = arange(values.numel()) + 1.
pools = []
for args, shape in [((2,), (1, 2, 4, 4)), ((3, 1, 1, 2, True, True), (2, 1, 5, 6)), ((3, 2, 1, 1, True, True), (1, 3, 5, 5)),
                    ((2, 1, 0, 1, True, False), (2, 3, 3)), (((2, 3), (1, 2), (1, 1), (1, 1), True, False), (1, 2, 4, 6))]:
    n = 1
    for s in shape: n *= s
    m = nn.MaxPool2d(*args) if len(args) > 1 else nn.MaxPool2d(args[0], return_indices=True)
    x = torch.sin(torch.arange(n, dtype=torch.float32)).reshape(shape).requires_grad_()
    v, i = m(x)
    v.backward(torch.arange(1, v.numel() + 1, dtype=torch.float32).reshape(v.shape))
    pools.append({"args": [list(a) if isinstance(a, tuple) else a for a in args], "shape": list(shape), "x": tens(x), "repr": repr(m),
                  "values": tens(v), "indices": tens(i), "grad_fn": type(v.grad_fn).__name__, "grad": tens(x.grad)})
out["maxpool_indices"] = pools

# ---------------------------------------------------------------- 3. F.pad(mode="circular")
# x = arange(1, n + 1) in the given shape and dtype (a leaf requiring grad when floating); y = F.pad(x, pad,
# "circular"); gradient of (y * gout).sum() with gout = arange(y.numel()) / 8 + 1.
circ = []
for shape, pad, dtype in [((1, 2, 6), (2, 1), torch.float32), ((1, 2, 6), (-1, 2), torch.float32), ((2, 3, 4), (0, 0), torch.float64),
                          ((1, 1, 3, 4), (1, 2, 2, 1), torch.float32), ((2, 2, 3, 4), (-1, 3, 1, -2), torch.float64),
                          ((1, 2, 6), (6, 0), torch.float32), ((1, 1, 3, 4), (4, 4, 3, 0), torch.float32),
                          ((3, 2, 4), (3, 4), torch.float32), ((1, 1, 2, 3, 4), (1, 2, 0, 1, 2, 1), torch.float64),
                          ((1, 2, 2, 3), (1, 1, 0, 2), torch.float32), ((1, 1, 6), (-7, 1), torch.float32), ((0, 1, 3, 3), (1, 1, 1, 1), torch.float32),
                          ((1, 2, 5), (2, 3), torch.int64), ((1, 3, 4), (-2, -1), torch.float32)]:
    n = 1
    for s in shape: n *= s
    x = torch.arange(1, n + 1, dtype=dtype).reshape(shape)
    if dtype.is_floating_point:
        x.requires_grad_()
    y = F.pad(x, pad, "circular")
    rec = {"shape": list(shape), "pad": list(pad), "dtype": str(dtype).replace("torch.", ""), "out": tens(y), "repr": repr(y),
           "grad_fn": type(y.grad_fn).__name__ if y.grad_fn is not None else None,
           "grad_fn_name": y.grad_fn.name() if y.grad_fn is not None else None}
    if dtype.is_floating_point:
        y.backward((torch.arange(y.numel(), dtype=dtype) / 8 + 1).reshape(y.shape))
        rec["grad"] = tens(x.grad)
    circ.append(rec)
out["pad_circular"] = circ
circ_err = []
for shape, pad, value in [((1, 1, 6), (7, 0), None), ((1, 1, 6), (0, 7), None), ((2, 3), (1, 1), None), ((1, 2, 3), (1, 1, 1, 1), None),
                          ((1, 1, 3, 3), (1, 1), None), ((1, 2, 3), (1,), None), ((1, 1, 3, 3), (1, 1, 1, 1), 1.0),
                          ((1, 1, 6), (-3, 6), None), ((1, 1, 6), (3, -4), None), ((4,), (1, 1), None), ((2, 3), (1, 1, 1, 1, 1, 1), None),
                          ((1, 1, 6), (-4, -3), None), ((1, 1, 1, 1, 1, 2), (1, 1), None)]:
    e = error(lambda: F.pad(torch.ones(shape), pad, "circular", value))
    circ_err.append({"shape": list(shape), "pad": list(pad), "value": value, "type": e["type"], "message": e["message"]})
out["pad_circular_errors"] = circ_err

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nngaps.json")
with open(path + ".tmp", "w") as f:
    json.dump(out, f, indent=1)
os.replace(path + ".tmp", path)
