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

# convolutions with padding_mode="circular" (F.pad circular, then no padding): seeded layer and input;
# gradients of (out * gout).sum() with gout = arange(out.numel()) / 16 - 1 for input, weight and bias.
convs = []
for name, make, shape in [("conv2d", lambda: nn.Conv2d(2, 3, 3, padding=(1, 2), padding_mode="circular"), (2, 2, 4, 5)),
                          ("conv2d_same_dil", lambda: nn.Conv2d(2, 2, (3, 2), padding="same", dilation=(1, 2), padding_mode="circular"), (1, 2, 5, 6)),
                          ("conv1d", lambda: nn.Conv1d(2, 3, 3, stride=2, padding=2, padding_mode="circular"), (2, 2, 7))]:
    torch.manual_seed(0)
    m = make()
    x = torch.randn(shape).requires_grad_()
    y = m(x)
    y.backward((torch.arange(y.numel(), dtype=torch.float32) / 16 - 1).reshape(y.shape))
    convs.append({"name": name, "repr": repr(m), "seed": 0, "x": tens(x), "out": tens(y), "grad_fn": type(y.grad_fn).__name__,
                  "grad_x": tens(x.grad), "grad_weight": tens(m.weight.grad), "grad_bias": tens(m.bias.grad)})
out["conv_circular"] = convs
out["conv_circular_unbatched_error"] = error(lambda: nn.Conv2d(2, 3, 3, padding=1, padding_mode="circular")(torch.ones(2, 4, 4)))

# ---------------------------------------------------------------- 4. Embedding(scale_grad_by_freq=True)
# weight = cos(arange(rows * dim)) as (rows, dim) (a leaf requiring grad); y = F.embedding(indices, weight,
# padding_idx, max_norm, 2.0, scale_grad_by_freq=True); gradient of (y * gout).sum() with gout = arange(y.numel()) / 4 - 1.
emb = []
for rows, dim, idx, padding_idx, max_norm, dtype in [
        (5, 3, [[1, 3, 1], [3, 3, 0]], None, None, torch.float32), (6, 2, [4, 4, 4, 1, 0, 4, 1], None, None, torch.float64),
        (5, 3, [[2, 0, 2], [0, 4, 2]], 2, None, torch.float32), (4, 2, [[[1], [1]], [[3], [1]]], -1, None, torch.float32),
        (5, 4, [0, 0, 1, 2, 2, 2], None, 1.0, torch.float32), (7, 3, [6, 5, 6], None, None, torch.float32)]:
    weight = torch.cos(torch.arange(rows * dim, dtype=dtype)).reshape(rows, dim)
    w = weight.clone().requires_grad_()
    indices = torch.tensor(idx, dtype=torch.int64)
    y = F.embedding(indices, w, padding_idx, max_norm, 2.0, True)
    y.backward((torch.arange(y.numel(), dtype=dtype) / 4 - 1).reshape(y.shape))
    emb.append({"weight": tens(weight), "indices": tens(indices), "padding_idx": padding_idx, "max_norm": max_norm,
                "out": tens(y), "grad_fn": type(y.grad_fn).__name__, "grad": tens(w.grad)})
out["embedding_scale_grad"] = emb
torch.manual_seed(0)
m = nn.Embedding(10, 3, scale_grad_by_freq=True)
torch.manual_seed(0)
m2 = nn.Embedding(10, 3, padding_idx=1, max_norm=2.0, norm_type=3.0, scale_grad_by_freq=True)
m(torch.tensor([[1, 2, 1], [9, 1, 2]])).sum().backward()
out["embedding_module"] = {"repr": repr(m), "repr_all": repr(m2), "seed": 0, "indices": tens(torch.tensor([[1, 2, 1], [9, 1, 2]])),
                           "grad": tens(m.weight.grad)}
w = torch.ones(3, 2, requires_grad=True)
F.embedding(torch.tensor([0, 0, 2]), w, None, None, 2.0, True).sum().backward()
out["embedding_doc_example"] = {"grad_repr": repr(w.grad)}

# double backward: the scaled gradient as a function of the output gradient (gout requiring grad),
# then (grad * u).sum() differentiated with respect to gout; u = sin(arange(rows * dim)) as (rows, dim).
w = torch.cos(torch.arange(15, dtype=torch.float64)).reshape(5, 3).requires_grad_()
indices = torch.tensor([[1, 3, 1], [3, 3, 0]])
y = F.embedding(indices, w, 0, None, 2.0, True)
gout = (torch.arange(y.numel(), dtype=torch.float64) / 4 - 1).reshape(y.shape).requires_grad_()
g, = torch.autograd.grad(y, w, gout, create_graph=True)
(g * torch.sin(torch.arange(15, dtype=torch.float64)).reshape(5, 3)).sum().backward()
out["embedding_double_backward"] = {"weight": tens(w), "indices": tens(indices), "padding_idx": 0, "grad": tens(g),
                                    "grad_fn": type(g.grad_fn).__name__, "gout_grad": tens(gout.grad)}

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nngaps.json")
with open(path + ".tmp", "w") as f:
    json.dump(out, f, indent=1)
os.replace(path + ".tmp", path)
