"""Golden values from real PyTorch 1.13 for the 3-D convolution, the 1-D and 3-D transposed
convolutions, 1-D and 3-D max/average/adaptive pooling, max unpooling and LP pooling: seeded
default init, reprs, state_dict keys, forward values, indices, gradients, graphs and errors.
Run with /usr/bin/python3 (Debian's python3-torch); writes spatial3d.json next to this file.
The keys name the Java call the test makes for each case (SpatialGolden3dTest)."""
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

def error(f):
    try:
        f()
    except Exception as e:
        return {"type": type(e).__name__, "message": str(e)}
    raise AssertionError("no error")

# ---- convolution modules: seeded init, repr, keys, forward and gradients
convs = []
for seed, key, make, shape, osize in [
        (0, "Conv3d(2, 4, 3)", lambda: nn.Conv3d(2, 4, 3), (2, 2, 4, 5, 3), None),
        (1, "Conv3d(2, 4, {2, 3, 1}, {2, 1, 1}, {1, 0, 0}, {1, 2, 1}, 2, false, zeros)",
         lambda: nn.Conv3d(2, 4, (2, 3, 1), (2, 1, 1), (1, 0, 0), (1, 2, 1), 2, False), (1, 2, 5, 6, 2), None),
        (2, "Conv3d(2, 2, 2, same)", lambda: nn.Conv3d(2, 2, 2, padding="same"), (2, 3, 4, 3), None),
        (3, "Conv3d(1, 2, 3, 1, 1, 1, 1, true, reflect)", lambda: nn.Conv3d(1, 2, 3, 1, 1, 1, 1, True, "reflect"), (1, 1, 3, 4, 4), None),
        (4, "Conv3d(2, 2, 2, 1, 1, 1, 1, true, circular)", lambda: nn.Conv3d(2, 2, 2, 1, 1, 1, 1, True, "circular"), (1, 2, 3, 3, 3), None),
        (5, "ConvTranspose1d(2, 4, 3)", lambda: nn.ConvTranspose1d(2, 4, 3), (3, 2, 5), None),
        (6, "ConvTranspose1d(2, 4, 3, 2, 1, 1, 2, false, 1)", lambda: nn.ConvTranspose1d(2, 4, 3, 2, 1, 1, 2, False, 1), (2, 2, 4), None),
        (7, "ConvTranspose1d(1, 2, 2, 3, 0, 1, 1, true, 2)", lambda: nn.ConvTranspose1d(1, 2, 2, 3, 0, 1, 1, True, 2), (1, 3), None),
        (8, "ConvTranspose1d(1, 1, 3, 2, 1)", lambda: nn.ConvTranspose1d(1, 1, 3, 2, 1), (1, 1, 4), [8]),
        (9, "ConvTranspose3d(2, 4, 3)", lambda: nn.ConvTranspose3d(2, 4, 3), (1, 2, 2, 3, 2), None),
        (10, "ConvTranspose3d(2, 4, {2, 3, 2}, {2, 1, 2}, {1, 0, 1}, {1, 0, 0}, 2, true, {1, 2, 1}, zeros)",
         lambda: nn.ConvTranspose3d(2, 4, (2, 3, 2), (2, 1, 2), (1, 0, 1), (1, 0, 0), 2, True, (1, 2, 1)), (2, 2, 3, 2, 3), None),
        (11, "ConvTranspose3d(1, 1, 3, 2, 1)", lambda: nn.ConvTranspose3d(1, 1, 3, 2, 1), (1, 2, 2, 2), [4, 4, 3])]:
    torch.manual_seed(seed)
    m = make()
    x = torch.randn(shape).requires_grad_()
    y = m(x) if osize is None else m(x, output_size=osize)
    convs.append({"key": key, "seed": seed, "repr": repr(m), "keys": list(m.state_dict().keys()),
                  "params": [tens(p) for p in m.parameters()], "input": tens(x), "out": tens(y), "graph": graph(y.grad_fn),
                  "output_size": osize, "grads": grads(y, [x] + list(m.parameters()))})
out["convs"] = convs

# ---- functional pooling in float64, with gradients
torch.manual_seed(20)
pools = []
def pool(key, f, shape, module=None, dtype=torch.float64, idx=False):
    x = torch.randn(shape, dtype=dtype).requires_grad_()
    r = f(x)
    y, i = (r[0], r[1]) if idx else (r, None)
    rec = {"key": key, "input": tens(x), "out": tens(y), "graph": graph(y.grad_fn), "grads": grads(y, [x])}
    if i is not None:
        rec["indices"] = tens(i)
    if module is not None:
        rec["repr"] = repr(module)
        rec["module"] = tens(module(x) if not idx else module(x)[0])
    pools.append(rec)

pool("maxPool1d(x, 2)", lambda x: F.max_pool1d(x, 2), (2, 3, 7), nn.MaxPool1d(2))
pool("maxPool1d(x, 3, 2, 1, 2, true)", lambda x: F.max_pool1d(x, 3, 2, 1, 2, True), (2, 9), nn.MaxPool1d(3, 2, 1, 2, False, True))
pool("maxPool1dWithIndices(x, 3, 1, 1, 1, false)", lambda x: F.max_pool1d(x, 3, 1, 1, 1, False, True), (1, 2, 6),
     nn.MaxPool1d(3, 1, 1, 1, True, False), idx=True)
pool("maxPool3d(x, 2)", lambda x: F.max_pool3d(x, 2), (2, 2, 4, 4, 5), nn.MaxPool3d(2))
pool("maxPool3d(x, {1, 2, 3}, {1, 2, 1}, {0, 1, 1}, {2, 1, 1}, true)", lambda x: F.max_pool3d(x, (1, 2, 3), (1, 2, 1), (0, 1, 1), (2, 1, 1), True),
     (2, 3, 5, 4), nn.MaxPool3d((1, 2, 3), (1, 2, 1), (0, 1, 1), (2, 1, 1), False, True))
pool("maxPool3dWithIndices(x, 2)", lambda x: F.max_pool3d(x, 2, return_indices=True), (1, 2, 3, 4, 4), nn.MaxPool3d(2, 2, 0, 1, True, False), idx=True)
pool("maxPool3d(float x, 2)", lambda x: F.max_pool3d(x, 2), (1, 1, 2, 4, 4), dtype=torch.float32)
pool("avgPool1d(x, 2)", lambda x: F.avg_pool1d(x, 2), (2, 3, 7), nn.AvgPool1d(2))
pool("avgPool1d(x, 3, 2, 1, true, false)", lambda x: F.avg_pool1d(x, 3, 2, 1, True, False), (2, 8), nn.AvgPool1d(3, 2, 1, True, False))
pool("avgPool3d(x, 2)", lambda x: F.avg_pool3d(x, 2), (2, 2, 4, 4, 5), nn.AvgPool3d(2))
pool("avgPool3d(x, {3, 2, 2}, {2, 1, 2}, {1, 0, 1}, true, false, null)", lambda x: F.avg_pool3d(x, (3, 2, 2), (2, 1, 2), (1, 0, 1), True, False),
     (1, 2, 5, 3, 4), nn.AvgPool3d((3, 2, 2), (2, 1, 2), (1, 0, 1), True, False))
pool("avgPool3d(x, {2, 2, 2}, {2, 2, 2}, {1, 1, 1}, false, true, 3)", lambda x: F.avg_pool3d(x, 2, 2, 1, False, True, 3),
     (2, 3, 3, 4), nn.AvgPool3d(2, 2, 1, False, True, 3))
pool("avgPool3d(x, {2, 2, 2}, {1, 1, 1}, {1, 1, 1}, true, true, null)", lambda x: F.avg_pool3d(x, 2, 1, 1, True, True), (1, 1, 3, 3, 3))
pool("adaptiveAvgPool1d(x, 3)", lambda x: F.adaptive_avg_pool1d(x, 3), (2, 3, 7), nn.AdaptiveAvgPool1d(3))
pool("adaptiveAvgPool1d(x, 1)", lambda x: F.adaptive_avg_pool1d(x, 1), (3, 5), nn.AdaptiveAvgPool1d(1))
pool("adaptiveMaxPool1d(x, 4)", lambda x: F.adaptive_max_pool1d(x, 4), (2, 3, 7), nn.AdaptiveMaxPool1d(4))
pool("adaptiveMaxPool1dWithIndices(x, 3)", lambda x: F.adaptive_max_pool1d(x, 3, True), (2, 5), nn.AdaptiveMaxPool1d(3, True), idx=True)
pool("adaptiveAvgPool3d(x, {2, -1, 3})", lambda x: F.adaptive_avg_pool3d(x, (2, None, 3)), (2, 2, 5, 3, 7), nn.AdaptiveAvgPool3d((2, None, 3)))
pool("adaptiveAvgPool3d(x, 1)", lambda x: F.adaptive_avg_pool3d(x, 1), (2, 3, 4, 2), nn.AdaptiveAvgPool3d(1))
pool("adaptiveAvgPool3d(x, 3)", lambda x: F.adaptive_avg_pool3d(x, 3), (1, 2, 4, 5, 7), nn.AdaptiveAvgPool3d(3))
pool("adaptiveMaxPool3d(x, {3, 2, 4})", lambda x: F.adaptive_max_pool3d(x, (3, 2, 4)), (2, 1, 5, 3, 7), nn.AdaptiveMaxPool3d((3, 2, 4)))
pool("adaptiveMaxPool3dWithIndices(x, {2, 2, 2})", lambda x: F.adaptive_max_pool3d(x, 2, True), (2, 3, 5, 4),
     nn.AdaptiveMaxPool3d(2, True), idx=True)
pool("lpPool1d(x, 2, 3, null, false)", lambda x: F.lp_pool1d(x, 2, 3), (2, 3, 7), nn.LPPool1d(2, 3))
pool("lpPool1d(x, 1.5, 2, 1, true)", lambda x: F.lp_pool1d(x.abs() + 0.1, 1.5, 2, 1, True), (2, 6), None)
pool("lpPool2d(x, 2, {2, 2}, null, false)", lambda x: F.lp_pool2d(x, 2, 2), (2, 2, 4, 5), nn.LPPool2d(2, 2))
# positive input: a window with a negative mean of x^3 is NaN, and torch4j's average-pool backward spreads a NaN gradient over the plane
pool("lpPool2d(x, 3, {3, 2}, {2, 1}, true)", lambda x: F.lp_pool2d(x.abs() + 0.1, 3, (3, 2), (2, 1), True), (1, 2, 5, 4), None)
out["pools"] = pools
out["lp_module_reprs"] = [repr(nn.LPPool1d(1.5, 3, 2)), repr(nn.LPPool2d(2, 3)), repr(nn.LPPool2d(2, (2, 3), (1, 2), True))]

# ---- max unpooling: pool with indices, unpool (values, gradients, graphs)
torch.manual_seed(30)
unpools = []
def unpool(key, pooling, f, shape, module):
    x = torch.randn(shape, dtype=torch.float64)
    v, i = pooling(x)
    v = v.detach().requires_grad_()
    y = f(v, i)
    unpools.append({"key": key, "values": tens(v), "indices": tens(i), "out": tens(y), "graph": graph(y.grad_fn),
                    "grads": grads(y, [v]), "repr": repr(module), "module": tens(module(v, i) if "size" not in key else f(v, i))})

unpool("maxUnpool1d(v, i, 2)", lambda x: F.max_pool1d(x, 2, return_indices=True), lambda v, i: F.max_unpool1d(v, i, 2), (2, 3, 8), nn.MaxUnpool1d(2))
unpool("maxUnpool1d(v, i, 3, 2, 1, size {1, 3, 10})", lambda x: F.max_pool1d(x, 3, 2, 1, return_indices=True),
       lambda v, i: F.max_unpool1d(v, i, 3, 2, 1, (1, 3, 10)), (3, 10), nn.MaxUnpool1d(3, 2, 1))
unpool("maxUnpool2d(v, i, 2)", lambda x: F.max_pool2d(x, 2, return_indices=True), lambda v, i: F.max_unpool2d(v, i, 2), (2, 2, 4, 6), nn.MaxUnpool2d(2))
unpool("maxUnpool2d(v, i, 2, 2, 0, size {5, 7})", lambda x: F.max_pool2d(x, 2, return_indices=True),
       lambda v, i: F.max_unpool2d(v, i, 2, 2, 0, (5, 7)), (2, 5, 7), nn.MaxUnpool2d(2))
unpool("maxUnpool3d(v, i, 2)", lambda x: F.max_pool3d(x, 2, return_indices=True), lambda v, i: F.max_unpool3d(v, i, 2), (1, 2, 4, 4, 6), nn.MaxUnpool3d(2))
unpool("maxUnpool3d(v, i, 3, 2, 1)", lambda x: F.max_pool3d(x, 3, 2, 1, return_indices=True),
       lambda v, i: F.max_unpool3d(v, i, 3, 2, 1), (2, 3, 5, 3), nn.MaxUnpool3d(3, 2, 1))
out["unpools"] = unpools

# ---- errors, in PyTorch's words (the Java test makes the same calls by key)
errors = {}
def err(key, f):
    errors[key] = error(f)
err("conv3d 3-D input", lambda: F.conv3d(torch.ones(3, 3, 3), torch.ones(2, 1, 2, 2, 2)))
err("conv3d channels", lambda: F.conv3d(torch.ones(1, 3, 3, 3, 3), torch.ones(2, 1, 2, 2, 2)))
err("conv3d kernel too big", lambda: F.conv3d(torch.ones(1, 1, 3, 3, 3), torch.ones(2, 1, 4, 2, 2)))
err("conv3d strided same", lambda: F.conv3d(torch.ones(1, 1, 3, 3, 3), torch.ones(2, 1, 2, 2, 2), None, 2, "same"))
err("convTranspose1d 4-D input", lambda: F.conv_transpose1d(torch.ones(3, 3, 3, 3), torch.ones(2, 1, 2)))
err("convTranspose1d channels", lambda: F.conv_transpose1d(torch.ones(1, 3, 3), torch.ones(2, 1, 2)))
err("convTranspose1d output padding", lambda: F.conv_transpose1d(torch.ones(1, 2, 3), torch.ones(2, 1, 2), stride=2, output_padding=2))
err("convTranspose3d 3-D input", lambda: F.conv_transpose3d(torch.ones(3, 3, 3), torch.ones(2, 1, 2, 2, 2)))
err("convTranspose3d output padding", lambda: F.conv_transpose3d(torch.ones(1, 2, 3, 3, 3), torch.ones(2, 1, 2, 2, 2), stride=2, output_padding=2))
err("ConvTranspose3d reflect", lambda: nn.ConvTranspose3d(1, 1, 2, padding_mode="reflect"))
err("ConvTranspose1d output_size", lambda: nn.ConvTranspose1d(1, 1, 3, 2, 1)(torch.ones(1, 1, 4), output_size=[11]))
err("maxPool1d 1-D input", lambda: F.max_pool1d(torch.ones(3), 2))
err("maxPool1d padding", lambda: F.max_pool1d(torch.ones(1, 1, 3), 2, padding=2))
err("maxPool1dWithIndices 1-D input", lambda: F.max_pool1d(torch.ones(3), 2, return_indices=True))
err("maxPool3d 2-D input", lambda: F.max_pool3d(torch.ones(3, 3), 2))
err("maxPool3d padding", lambda: F.max_pool3d(torch.ones(1, 1, 3, 3, 3), 2, padding=2))
err("maxPool3d too small", lambda: F.max_pool3d(torch.ones(1, 1, 1, 3, 3), 2))
err("avgPool1d 1-D input", lambda: F.avg_pool1d(torch.ones(3), 2))
err("avgPool1d too small", lambda: F.avg_pool1d(torch.ones(1, 1, 1), 2))
err("avgPool1d padding", lambda: F.avg_pool1d(torch.ones(1, 1, 4), 2, padding=2))
err("avgPool3d 2-D input", lambda: F.avg_pool3d(torch.ones(3, 3), 2))
err("avgPool3d smaller than kernel", lambda: F.avg_pool3d(torch.ones(1, 1, 1, 3, 3), 2))
err("avgPool3d padding", lambda: F.avg_pool3d(torch.ones(1, 1, 4, 4, 4), 2, padding=2))
err("avgPool3d divisor 0", lambda: F.avg_pool3d(torch.ones(1, 1, 4, 4, 4), 2, divisor_override=0))
err("adaptiveAvgPool1d 1-D input", lambda: F.adaptive_avg_pool1d(torch.ones(3), 2))
err("adaptiveMaxPool1d 1-D input", lambda: F.adaptive_max_pool1d(torch.ones(3), 2))
err("adaptiveAvgPool3d 2-D input", lambda: F.adaptive_avg_pool3d(torch.ones(3, 3), 2))
err("adaptiveMaxPool3d 2-D input", lambda: F.adaptive_max_pool3d(torch.ones(3, 3), 2))
err("maxUnpool2d bad output_size", lambda: F.max_unpool2d(torch.ones(1, 1, 2, 2), torch.tensor([[[[0, 1], [2, 9]]]]), 2, output_size=(2, 2)))
err("maxUnpool2d invalid index", lambda: F.max_unpool2d(torch.ones(1, 1, 2, 2), torch.tensor([[[[0, 1], [2, 99]]]]), 2))
err("maxUnpool3d invalid index", lambda: F.max_unpool3d(torch.ones(1, 1, 1, 2, 2), torch.tensor([[[[[0, 1], [2, 99]]]]]), 2))
err("maxUnpool2d int32 indices", lambda: F.max_unpool2d(torch.ones(1, 1, 2, 2), torch.tensor([[[[0, 1], [2, 3]]]]).int(), 2))
err("maxUnpool2d 2-D input", lambda: F.max_unpool2d(torch.ones(2, 2), torch.tensor([[0, 1], [2, 3]]), 2))
err("maxUnpool2d indices shape", lambda: F.max_unpool2d(torch.ones(1, 1, 2, 2), torch.tensor([[[0, 1, 2, 3]]]), 2))
err("maxUnpool1d output_size range", lambda: F.max_unpool1d(torch.ones(1, 2), torch.tensor([[0, 1]]), 2, output_size=(9,)))
err("maxUnpool1d output_size length", lambda: F.max_unpool1d(torch.ones(1, 2), torch.tensor([[0, 1]]), 2, output_size=(1, 2, 3, 4)))
err("maxPool3d int64", lambda: F.max_pool3d(torch.ones(1, 1, 2, 2, 2, dtype=torch.long), 2))
err("adaptiveMaxPool3d int64", lambda: F.adaptive_max_pool3d(torch.ones(1, 1, 2, 2, 2, dtype=torch.long), 2))
err("adaptiveAvgPool3d int64", lambda: F.adaptive_avg_pool3d(torch.ones(1, 1, 2, 2, 2, dtype=torch.long), 2))
err("maxPool1d int64", lambda: F.max_pool1d(torch.ones(1, 1, 4, dtype=torch.long), 2))
err("maxUnpool2d int64", lambda: F.max_unpool2d(torch.ones(1, 1, 1, 1, dtype=torch.long), torch.zeros(1, 1, 1, 1, dtype=torch.long), 2))
out["errors"] = errors

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "spatial3d.json"), "w") as f:
    json.dump(out, f, indent=0)
