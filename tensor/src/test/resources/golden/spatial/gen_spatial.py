"""Golden values for torch4j's spatial ops (F.conv*, pooling, norms, pad, interpolate) from PyTorch 1.13.

Run with /usr/bin/python3 (Debian's python3-torch); writes spatial_ops.json next to this file.
Each case: the op, its arguments, the inputs, a random upstream gradient `gout`, the forward
output, grad_fn name and the gradients of (out * gout).sum() for every input requiring grad.
"""
import json, os
import torch
import torch.nn.functional as F

torch.manual_seed(1234)
cases = []

def t(x):
    return {"shape": list(x.shape), "dtype": str(x.dtype).replace("torch.", ""), "values": [float(v) for v in x.detach().reshape(-1).tolist()]}

def ti(x):
    return {"shape": list(x.shape), "values": [int(v) for v in x.reshape(-1).tolist()]}

def case(op, args, fn, dtype=torch.float32, **inputs):
    ins = {k: (v.to(dtype).requires_grad_() if v.is_floating_point() else v) for k, v in inputs.items() if v is not None}
    out = fn(**ins)
    extra = {}
    if isinstance(out, tuple):
        out, idx = out
        extra["indices"] = ti(idx)
    gout = torch.randn(out.shape, dtype=dtype)
    (out * gout).sum().backward()
    c = {"op": op, "args": args, "inputs": {k: t(v) for k, v in ins.items()}, "gout": t(gout), "out": t(out),
         "grad_fn": type(out.grad_fn).__name__, "grads": {k: t(v.grad) for k, v in ins.items() if v.grad is not None}}
    c.update(extra)
    cases.append(c)

r = torch.randn
# convolutions: (input shape, weight shape, bias, stride, padding, dilation, groups)
for xs, ws, bias, st, pad, dil, g in [
        ((2, 1, 8, 8), (3, 1, 3, 3), True, (1, 1), (0, 0), (1, 1), 1),
        ((2, 3, 9, 7), (4, 3, 3, 2), True, (2, 1), (1, 0), (1, 1), 1),
        ((1, 4, 10, 10), (6, 2, 3, 3), True, (1, 2), (2, 1), (2, 1), 2),
        ((2, 4, 6, 6), (4, 1, 3, 3), False, (1, 1), (1, 1), (1, 1), 4),
        ((3, 5, 5), (2, 3, 2, 2), True, (1, 1), (0, 0), (1, 1), 1),
        ((2, 2, 7, 7), (3, 2, 4, 4), True, (3, 3), (1, 2), (1, 1), 1),
        ((1, 2, 6, 5), (3, 2, 3, 3), True, (1, 1), "same", (1, 1), 1),
        ((1, 2, 6, 5), (3, 2, 2, 4), False, (1, 1), "same", (2, 1), 1),
        ((1, 2, 6, 5), (3, 2, 2, 2), True, (1, 1), "valid", (1, 1), 1)]:
    case("conv2d", {"stride": list(st), "padding": pad if isinstance(pad, str) else list(pad), "dilation": list(dil), "groups": g},
         lambda x, w, b=None: F.conv2d(x, w, b, st, pad, dil, g), x=r(*xs), w=r(*ws), b=r(ws[0]) if bias else None)
case("conv2d", {"stride": [1, 1], "padding": [1, 1], "dilation": [1, 1], "groups": 1},
     lambda x, w, b: F.conv2d(x, w, b, 1, 1), dtype=torch.float64, x=r(2, 2, 5, 5), w=r(3, 2, 3, 3), b=r(3))
for xs, ws, bias, st, pad, dil, g in [
        ((2, 3, 10), (4, 3, 3), True, 1, 0, 1, 1),
        ((1, 4, 9), (2, 2, 2), False, 2, 1, 2, 2),
        ((3, 8), (2, 3, 3), True, 1, 1, 1, 1),
        ((1, 2, 7), (3, 2, 4), True, 1, "same", 1, 1)]:
    case("conv1d", {"stride": st, "padding": pad, "dilation": dil, "groups": g},
         lambda x, w, b=None: F.conv1d(x, w, b, st, pad, dil, g), x=r(*xs), w=r(*ws), b=r(ws[0]) if bias else None)
for xs, ws, bias, st, pad, op_, g, dil in [
        ((2, 3, 4, 4), (3, 2, 3, 3), True, (1, 1), (0, 0), (0, 0), 1, (1, 1)),
        ((1, 4, 3, 5), (4, 1, 3, 2), True, (2, 3), (1, 0), (1, 2), 2, (1, 1)),
        ((2, 2, 4, 3), (2, 3, 2, 2), False, (2, 2), (0, 1), (0, 1), 1, (2, 2)),
        ((2, 3, 3), (2, 2, 3, 3), True, (2, 2), (1, 1), (1, 1), 1, (1, 1))]:
    case("conv_transpose2d", {"stride": list(st), "padding": list(pad), "output_padding": list(op_), "groups": g, "dilation": list(dil)},
         lambda x, w, b=None: F.conv_transpose2d(x, w, b, st, pad, op_, g, dil), x=r(*xs), w=r(*ws), b=r(ws[1] * g) if bias else None)
for xs, k, st, pad, dil in [((1, 2, 5, 5), (2, 3), (1, 2), (0, 1), (1, 1)), ((2, 6, 4), (3, 3), (2, 2), (1, 1), (1, 1))]:
    case("unfold", {"kernel_size": list(k), "dilation": list(dil), "padding": list(pad), "stride": list(st)},
         lambda x: F.unfold(x, k, dil, pad, st), x=r(*xs))
case("fold", {"output_size": [4, 5], "kernel_size": [2, 2], "dilation": [1, 1], "padding": [0, 1], "stride": [1, 2]},
     lambda x: F.fold(x, (4, 5), (2, 2), 1, (0, 1), (1, 2)), x=r(2, 8, 9))
# pooling
for xs, k, st, pad, dil, ceil in [
        ((2, 3, 8, 8), (2, 2), (2, 2), (0, 0), (1, 1), False),
        ((1, 2, 7, 9), (3, 2), (2, 3), (1, 1), (1, 1), True),
        ((1, 2, 9, 9), (3, 3), (2, 2), (1, 0), (2, 3), False),
        ((3, 6, 5), (2, 2), (1, 1), (1, 0), (1, 1), True),
        ((1, 1, 5, 5), (2, 2), (2, 2), (0, 0), (1, 1), True)]:
    case("max_pool2d", {"kernel_size": list(k), "stride": list(st), "padding": list(pad), "dilation": list(dil), "ceil_mode": ceil},
         lambda x: F.max_pool2d(x, k, st, pad, dil, ceil, return_indices=True), x=r(*xs))
for xs, k, st, pad, ceil, cip, div in [
        ((2, 3, 8, 8), (2, 2), (2, 2), (0, 0), False, True, None),
        ((1, 2, 7, 9), (3, 2), (2, 3), (1, 1), True, True, None),
        ((1, 2, 7, 9), (3, 2), (2, 3), (1, 1), True, False, None),
        ((1, 2, 6, 6), (3, 3), (2, 2), (1, 1), False, True, 5),
        ((3, 5, 5), (2, 2), (2, 2), (1, 0), True, False, None)]:
    case("avg_pool2d", {"kernel_size": list(k), "stride": list(st), "padding": list(pad), "ceil_mode": ceil, "count_include_pad": cip, "divisor_override": div},
         lambda x: F.avg_pool2d(x, k, st, pad, ceil, cip, div), x=r(*xs))
for xs, out in [((2, 3, 7, 9), (3, 4)), ((1, 2, 5, 5), (5, 5)), ((3, 8, 6), (4, 3)), ((1, 1, 6, 6), (1, 1)), ((1, 2, 4, 7), (2, 7))]:
    case("adaptive_avg_pool2d", {"output_size": list(out)}, lambda x: F.adaptive_avg_pool2d(x, out), x=r(*xs))
    case("adaptive_max_pool2d", {"output_size": list(out)}, lambda x: F.adaptive_max_pool2d(x, out, return_indices=True), x=r(*xs))
# normalisation (functional; the module tests cover running statistics over several steps)
for xs, affine, training in [((4, 3, 2, 2), True, True), ((5, 2), False, True), ((3, 2, 4), True, True), ((4, 3, 2, 2), True, False)]:
    rm, rv = r(xs[1]) * 0.1, torch.rand(xs[1]) + 0.5
    rm0, rv0 = rm.clone(), rv.clone()
    def bn(x, w=None, b=None):
        return F.batch_norm(x, rm, rv, w, b, training, 0.1, 1e-5)
    case("batch_norm", {"training": training, "momentum": 0.1, "eps": 1e-5, "running_mean": t(rm0), "running_var": t(rv0)},
         bn, x=r(*xs), w=r(xs[1]) if affine else None, b=r(xs[1]) if affine else None)
    cases[-1]["running_mean_after"] = t(rm)
    cases[-1]["running_var_after"] = t(rv)
for xs, ns, affine in [((2, 3, 4), (4,), True), ((2, 3, 4), (3, 4), True), ((5, 6), (6,), False)]:
    case("layer_norm", {"normalized_shape": list(ns), "eps": 1e-5},
         lambda x, w=None, b=None: F.layer_norm(x, ns, w, b, 1e-5), x=r(*xs), w=r(*ns) if affine else None, b=r(*ns) if affine else None)
# padding
for xs, pad, mode, value in [((2, 3, 4), (1, 2), "constant", 0.5), ((2, 3, 4, 5), (1, -1, 2, 0), "constant", 0.0),
                             ((1, 2, 3), (1, 1, 0, 2, 1, 0), "constant", -1.0),
                             ((2, 5), (3, 2), "reflect", 0.0), ((2, 3, 6), (2, 4), "reflect", 0.0), ((1, 2, 4, 5), (3, 2, 1, 3), "reflect", 0.0),
                             ((2, 3, 4), (2, 3), "replicate", 0.0), ((1, 2, 3, 4), (2, 1, 0, 3), "replicate", 0.0), ((2, 3, 4), (1, 2, 2, 1), "replicate", 0.0)]:
    case("pad", {"pad": list(pad), "mode": mode, "value": value}, lambda x: F.pad(x, pad, mode, value), x=r(*xs))
# interpolation
for xs, size, scale, mode, ac in [((1, 2, 3, 4), (5, 7), None, "nearest", None), ((1, 2, 3, 4), None, 2.0, "nearest", None),
                                  ((2, 1, 5, 6), None, 1.7, "nearest", None), ((2, 1, 6, 6), (4, 3), None, "nearest", None),
                                  ((1, 2, 5), (9,), None, "nearest", None), ((1, 2, 5), None, 1.5, "nearest", None),
                                  ((1, 2, 3, 4), (5, 7), None, "bilinear", False), ((1, 2, 3, 4), (5, 7), None, "bilinear", True),
                                  ((2, 1, 4, 4), None, 2.0, "bilinear", False), ((2, 1, 5, 6), None, 1.7, "bilinear", True),
                                  ((1, 1, 6, 6), (4, 3), None, "bilinear", False), ((1, 1, 4, 4), (1, 1), None, "bilinear", True)]:
    case("interpolate", {"size": list(size) if size else None, "scale_factor": scale, "mode": mode, "align_corners": ac},
         lambda x: F.interpolate(x, size, scale, mode, ac), x=r(*xs))
case("interpolate", {"size": [7, 9], "scale_factor": None, "mode": "bilinear", "align_corners": False},
     lambda x: F.interpolate(x, (7, 9), None, "bilinear", False), dtype=torch.float64, x=r(1, 2, 3, 4))

# errors in PyTorch's words
def err(f):
    try:
        f()
    except Exception as e:
        return str(e).split("\n")[0]
    raise AssertionError("no error")
x = r(2, 3, 8, 8)
errors = {
    "conv_channels": err(lambda: F.conv2d(x, r(4, 2, 3, 3))),
    "conv_bias": err(lambda: F.conv2d(x, r(4, 3, 3, 3), r(5))),
    "conv_input_dims": err(lambda: F.conv2d(r(8, 8), r(4, 3, 3, 3))),
    "conv_kernel_too_big": err(lambda: F.conv2d(x, r(4, 3, 9, 9))),
    "conv_groups": err(lambda: F.conv2d(x, r(4, 3, 3, 3), groups=2)),
    "conv_same_strided": err(lambda: F.conv2d(x, r(4, 3, 3, 3), padding="same", stride=2)),
    "conv_transpose_channels": err(lambda: F.conv_transpose2d(x, r(4, 2, 3, 3))),
    "conv_transpose_output_padding": err(lambda: F.conv_transpose2d(x, r(3, 2, 3, 3), output_padding=2)),
    "max_pool_pad": err(lambda: F.max_pool2d(x, 2, padding=2)),
    "max_pool_too_small": err(lambda: F.max_pool2d(x, 9)),
    "batch_norm_one_value": err(lambda: F.batch_norm(r(1, 3), None, None, training=True)),
    "batch_norm_running_mean": err(lambda: F.batch_norm(x, torch.zeros(4), torch.ones(4))),
    "layer_norm_shape": err(lambda: F.layer_norm(x, [7])),
    "interpolate_none": err(lambda: F.interpolate(x)),
    "conv_input_float_weight_double": err(lambda: F.conv2d(x, r(4, 3, 3, 3).double())),
    "conv_input_double_weight_float": err(lambda: F.conv2d(x.double(), r(4, 3, 3, 3))),
    "conv_bias_double": err(lambda: F.conv2d(x, r(4, 3, 3, 3), r(4).double())),
    "max_pool_long": err(lambda: F.max_pool2d(x.long(), 2)),
    "adaptive_avg_long": err(lambda: F.adaptive_avg_pool2d(x.long(), 2)),
    "reflect_long": err(lambda: F.pad(x.long(), (1, 1, 1, 1), mode="reflect")),
    "layer_norm_long": err(lambda: F.layer_norm(x.long(), [8])),
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "spatial_ops.json"), "w") as f:
    json.dump({"cases": cases, "errors": errors}, f)
print(len(cases), "cases")
