"""Golden values for average pooling from real PyTorch 1.13, bit for bit: forward outputs and
input gradients of avg_pool1d/2d/3d and adaptive_avg_pool1d/2d/3d in float32 and float64, over
overlapping windows, padding, ceil_mode, count_include_pad and divisor_override, with upstream
gradients that hold NaN and infinities (they must stay within their windows), and the names of
the double-backward nodes. Run with /usr/bin/python3; writes avgpool.json next to this file."""
import json, os
import torch
import torch.nn.functional as F


def tens(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": [float(v).hex() for v in t.detach().reshape(-1).tolist()]}


# op name, input shape, keyword arguments (as the Java test passes them)
specs = [
    ("avg_pool1d", (2, 3, 11), dict(kernel_size=3, stride=1, padding=1, ceil_mode=False, count_include_pad=True)),
    ("avg_pool1d", (3, 10), dict(kernel_size=4, stride=3, padding=2, ceil_mode=True, count_include_pad=False)),
    ("avg_pool2d", (2, 2, 9, 11), dict(kernel_size=(3, 3), stride=(1, 1), padding=(1, 1), ceil_mode=False, count_include_pad=True, divisor_override=None)),
    ("avg_pool2d", (2, 2, 9, 11), dict(kernel_size=(3, 2), stride=(2, 1), padding=(1, 0), ceil_mode=True, count_include_pad=False, divisor_override=None)),
    ("avg_pool2d", (3, 8, 7), dict(kernel_size=(4, 3), stride=(3, 2), padding=(2, 1), ceil_mode=False, count_include_pad=True, divisor_override=5)),
    ("avg_pool2d", (1, 1, 6, 6), dict(kernel_size=(2, 2), stride=(2, 2), padding=(0, 0), ceil_mode=False, count_include_pad=True, divisor_override=None)),
    ("avg_pool3d", (1, 2, 5, 6, 7), dict(kernel_size=(3, 3, 3), stride=(1, 1, 1), padding=(1, 1, 1), ceil_mode=False, count_include_pad=True, divisor_override=None)),
    ("avg_pool3d", (2, 5, 7, 6), dict(kernel_size=(2, 3, 2), stride=(2, 2, 1), padding=(1, 0, 1), ceil_mode=True, count_include_pad=False, divisor_override=None)),
    ("adaptive_avg_pool1d", (2, 3, 11), dict(output_size=4)),
    ("adaptive_avg_pool2d", (2, 2, 9, 11), dict(output_size=(5, 7))),
    ("adaptive_avg_pool2d", (3, 10, 7), dict(output_size=(4, 3))),
    ("adaptive_avg_pool3d", (1, 2, 5, 6, 7), dict(output_size=(3, 4, 3))),
]
cases = []
k = 0
for dtype in (torch.float32, torch.float64):
    for op, shape, kw in specs:
        for grads in ("random", "nonfinite"):
            g = torch.Generator().manual_seed(k)
            x = (torch.randn(shape, generator=g, dtype=dtype) * 3).requires_grad_()
            y = getattr(F, op)(x, **kw)
            gy = torch.randn(y.shape, generator=g, dtype=dtype)
            if grads == "nonfinite":
                flat = gy.view(-1)
                flat[flat.numel() // 3] = float("nan")
                flat[flat.numel() // 2] = float("inf")
                flat[-1] = float("-inf")
            gy_ = gy.clone().requires_grad_()
            gx, = torch.autograd.grad(y, x, gy_, create_graph=True)
            cases.append({"op": op, "kwargs": kw, "x": tens(x), "y": tens(y), "gy": tens(gy), "gx": tens(gx),
                          "grad_fn": y.grad_fn.name(), "double_backward": gx.grad_fn.name()})
            k += 1
json.dump({"torch": torch.__version__, "cases": cases}, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "avgpool.json"), "w"))
print(len(cases), "cases")
