#!/usr/bin/python3
"""Golden cases for torch4j.print: real PyTorch reprs (torch/_tensor_str.py).

Run with Debian's python3-torch:  /usr/bin/python3 gen_print.py
(writes print_cases.json and format_cases.json next to this script).

Each case records the tensor (shape, dtype, device, every element), the keyword arguments given to
torch.set_printoptions after a reset to the default profile, the effective options, the autograd
suffixes (computed exactly as _str_intern does from grad_fn / requires_grad), and repr(tensor) as
PyTorch prints it. Float elements are stored with float.hex() so the Java side sees the exact value
(a float32 element is stored as the float64 it widens to). Bool elements are stored as 0/1.

format_cases.json holds Python's '{:.Nf}' and '{:.Ne}' of edge and random doubles for PyFormat.
"""
import json
import math
import os

import torch
import torch.nn as nn

try:  # the lazy (TorchScript) backend gives a real non-cpu device on a CPU-only build
    import torch._lazy
    import torch._lazy.ts_backend

    torch._lazy.ts_backend.init()
    HAVE_LAZY = True
except Exception:  # pragma: no cover
    HAVE_LAZY = False

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "print_cases.json")
FORMAT_OUT = os.path.join(HERE, "format_cases.json")
DTYPES = {
    torch.float32: "float32", torch.float64: "float64", torch.int64: "int64", torch.int32: "int32",
    torch.int16: "int16", torch.int8: "int8", torch.uint8: "uint8", torch.bool: "bool",
}
cases = []


def autograd_suffixes(t):
    """The grad_fn / requires_grad suffixes, as the tail of _str_intern computes them."""
    if t.grad_fn is not None:
        name = type(t.grad_fn).__name__
        if name == "CppFunction":
            name = t.grad_fn.name().rsplit("::", 1)[-1]
        return ["grad_fn=<{}>".format(name)]
    if t.requires_grad:
        return ["requires_grad=True"]
    return []


def effective_options():
    o = torch._tensor_str.PRINT_OPTS
    thr = o.threshold
    return {
        "precision": o.precision,
        "threshold": "inf" if thr == math.inf else thr,
        "edgeitems": o.edgeitems,
        "linewidth": o.linewidth,
        "sci_mode": o.sci_mode,
    }


def add(name, t, opts=None, parameter=False):
    opts = opts or {}
    torch.set_printoptions(profile="default")
    torch.set_printoptions(**opts)
    try:
        try:
            expected, error = repr(t), None
        except RuntimeError as e:
            expected, error = None, str(e).splitlines()[0]
        eff = effective_options()
    finally:
        torch.set_printoptions(profile="default")
    data = t.detach().to("cpu")
    flat = data.reshape(-1).tolist()
    if data.dtype.is_floating_point:
        values = [float.hex(v) for v in flat]
    else:
        values = [int(v) for v in flat]
    cases.append({
        "name": name,
        "shape": list(data.shape),
        "dtype": DTYPES[data.dtype],
        "device": str(t.device),
        "values": values,
        "set": opts,
        "options": eff,
        "suffixes": autograd_suffixes(t),
        "parameter": parameter,
        "expected": expected,
        "error": error,
    })


f32, f64 = torch.float32, torch.float64
torch.manual_seed(20240607)
SCALES = [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1.0, 10.0, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10]

# --- random normals at many scales (fixed/sci switching, widths) -------------------------------
for s in SCALES:
    add(f"randn5_f32_scale{s:g}", torch.randn(5) * s)
    add(f"randn3x4_f64_scale{s:g}", torch.randn(3, 4, dtype=f64) * s)
for s in [1e-3, 1.0, 1e3]:
    add(f"randn2x3x4_f32_scale{s:g}", torch.randn(2, 3, 4) * s)
add("mixed_scales_ratio", torch.tensor([1e-3, 5.0, 2.0, -3.0]))
add("mixed_scales_big", torch.tensor([1.5, 123456789.0]))
add("min_just_below_1e-4", torch.tensor([0.5, 9.9e-5], dtype=f64))
add("min_exactly_1e-4", torch.tensor([0.05, 1e-4], dtype=f64))
add("ratio_exactly_1000", torch.tensor([0.5, 500.0]))
add("ratio_just_over_1000", torch.tensor([0.5, 500.5]))
add("max_exactly_1e8", torch.tensor([1e8, 1.5e7, 2e7 + 0.5], dtype=f64))
add("small_mixed_signs", torch.tensor([-0.0001, 0.0002, 0.0003]))
add("wide_row_sci", torch.randn(2, 12) * torch.logspace(-5, 6, 12))

# --- integer-valued floats (int_mode) -------------------------------------------------------------
add("int_mode_arange", torch.arange(10.0))
add("int_mode_neg", torch.tensor([1.0, -2.0, 300.0]))
add("int_mode_ratio_sci", torch.tensor([1.0, 2000.0]))
add("int_mode_ratio_1000", torch.tensor([1.0, 1000.0]))
add("int_mode_big_sci", torch.tensor([1e9, 1.0]))
add("int_mode_1e8", torch.tensor([0.0, 1e8]))
add("int_mode_1.5e8", torch.tensor([0.0, 1.5e8]))
add("int_mode_2d", torch.randint(-50, 50, (3, 5)).float())
add("int_mode_f64", torch.tensor([[1.0, 2.0], [30.0, -4.0]], dtype=f64))
add("int_mode_0d", torch.tensor(3.0))
add("int_mode_0d_neg", torch.tensor(-42.0))
add("int_mode_0d_f64", torch.tensor(7.0, dtype=f64))
add("int_mode_huge_f64", torch.tensor([2.0**60, -3.0], dtype=f64))
add("int_mode_with_inf", torch.tensor([1.0, float("inf"), -2.0]))
add("int_mode_with_nan", torch.tensor([float("nan"), 1.0, 2.0]))

# --- nan / inf / zeros ----------------------------------------------------------------------------
nan, inf = float("nan"), float("inf")
add("nan_inf_only", torch.tensor([nan, inf, -inf]))
add("nan_with_frac", torch.tensor([nan, 1.5, -inf]))
add("inf_with_tiny", torch.tensor([inf, 1e-5]))
add("zeros_only", torch.zeros(4))
add("zeros_2d", torch.zeros(2, 3, dtype=f64))
add("zero_nan", torch.tensor([0.0, nan]))
add("neg_zero", torch.tensor([-0.0, 0.0]))
add("neg_zero_frac", torch.tensor([-0.0, 0.5]))
add("neg_tiny_rounds_to_zero", torch.tensor([-0.00004, 0.25], dtype=f64), {"sci_mode": False})
add("neg_rounds_to_zero_int_mode", torch.tensor([-0.4, 2.0]), {"precision": 0})
add("nan_0d", torch.tensor(nan))
add("neg_inf_0d", torch.tensor(-inf))
add("neg_zero_0d", torch.tensor(-0.0))
add("nan_inf_sci", torch.tensor([nan, 1e10, -inf, 3.5]))
add("nan_inf_2d", torch.tensor([[nan, 2.25], [-inf, 0.0]]))
add("zero_div_zero", torch.tensor([0.0, 1.0]) / torch.tensor([0.0, 0.0]))

# --- exact half-even rounding of the binary value -------------------------------------------------
add("ties_f64", torch.tensor([2.5, 0.125, 0.375, 0.00005, 1.00005], dtype=f64))
add("ties_f64_p2", torch.tensor([0.125, 0.375, 0.625, 2.675], dtype=f64), {"precision": 2})
add("ties_f32", torch.tensor([0.03125, 1.03125, 0.09375, 2.65625]))
add("ties_p0", torch.tensor([0.5, 1.5, 2.5, 3.25], dtype=f64), {"precision": 0})
add("ties_sci", torch.tensor([1.00005e-5, 1.25e-5, 2.5e10], dtype=f64))
add("tiny_0d", torch.tensor(1e-5))
add("tiny_0d_f64", torch.tensor(1e-5, dtype=f64))
add("carry_9999", torch.tensor([9.99995, 0.99995, 99.99995], dtype=f64))
add("carry_sci", torch.tensor([9.99995e-7, 9.99999e9], dtype=f64))
add("huge_exponent", torch.tensor([1e300, -1e-300, 1.0], dtype=f64))
add("subnormal", torch.tensor([5e-324, 1.0], dtype=f64))
add("f32_extremes", torch.tensor([3.4028234663852886e38, 1.401298464324817e-45, -1.0]))
add("design_example", torch.tensor(11.2727))

# --- integer and bool dtypes ----------------------------------------------------------------------
add("uint8", torch.tensor([0, 1, 127, 128, 255], dtype=torch.uint8))
add("int8", torch.tensor([-128, -1, 0, 5, 127], dtype=torch.int8))
add("int16", torch.tensor([[-32768, 7], [32767, 0]], dtype=torch.int16))
add("int32", torch.randint(-10**9, 10**9, (3, 4), dtype=torch.int32))
add("int64", torch.randint(-1000, 1000, (2, 5)))
add("int64_extremes", torch.tensor([-(2**63), 2**63 - 1, 0]))
add("int64_0d", torch.tensor(42))
add("int32_0d", torch.tensor(-7, dtype=torch.int32))
add("uint8_0d", torch.tensor(200, dtype=torch.uint8))
add("int8_0d", torch.tensor(-3, dtype=torch.int8))
add("int16_0d", torch.tensor(12, dtype=torch.int16))
add("bool_1d", torch.tensor([True, False, True]))
add("bool_2d", torch.rand(3, 4) > 0.5)
add("bool_0d", torch.tensor(False))
add("bool_3d", torch.rand(2, 2, 3) > 0.3)
add("int64_3d", torch.arange(24).reshape(2, 3, 4))
add("int_neg_width", torch.tensor([[-100, 2], [3, 4]]))
add("uint8_image", torch.randint(0, 256, (2, 3, 4), dtype=torch.uint8))

# --- shapes: 0-d .. 5-d, unit dims ----------------------------------------------------------------
add("randn_0d", torch.randn(()))
add("shape_1", torch.randn(1))
add("shape_1x1", torch.randn(1, 1))
add("shape_1x1x1", torch.randn(1, 1, 1))
add("shape_4x1", torch.randn(4, 1))
add("shape_1x4", torch.randn(1, 4))
add("shape_2x3x4", torch.randn(2, 3, 4))
add("shape_2x2x2x2", torch.randn(2, 2, 2, 2))
add("shape_3x1x2x2", torch.randn(3, 1, 2, 2))
add("shape_1x2x1x3x1", torch.randn(1, 2, 1, 3, 1))
add("shape_2x2x2x2x2", torch.randn(2, 2, 2, 2, 2))
add("shape_4d_int", torch.arange(36).reshape(3, 2, 3, 2))
add("shape_4d_f64", torch.randn(2, 3, 2, 2, dtype=f64))

# --- summarization (numel > threshold) ------------------------------------------------------------
add("sum_arange_2000", torch.arange(2000))
add("sum_randn_2000", torch.randn(2000))
add("sum_randn_1001", torch.randn(1001))
add("not_sum_randn_1000", torch.randn(1000))
add("sum_40x40", torch.randn(40, 40))
add("sum_3x400x5", torch.randn(3, 400, 5))
add("sum_11x11x11", torch.randn(11, 11, 11))
add("sum_bool_2000", torch.rand(2000) > 0.5)
add("sum_uint8_30x40", torch.randint(0, 256, (30, 40), dtype=torch.uint8))
add("sum_2x3x200", torch.randn(2, 3, 200))
add("sum_7x200", torch.randn(7, 200))
add("sum_arange_f_2000", torch.arange(2000.0))
add("sum_edges_decide_mode", torch.cat([torch.full((3,), 1.0), torch.full((1000,), 1e-7), torch.full((3,), 2.0)]))
add("sum_4d", torch.randn(8, 2, 9, 9))
add("sum_int_2d", torch.arange(1200).reshape(30, 40) - 600)
add("sum_f64_sci", torch.randn(50, 30, dtype=f64) * 1e6)
add("sum_1x1500", torch.randn(1, 1500))

# --- linewidth wrapping ---------------------------------------------------------------------------
add("wrap_1x30", torch.randn(1, 30))
add("wrap_30", torch.randn(30))
add("wrap_2x30", torch.randn(2, 30))
add("wrap_arange_100", torch.arange(100))
add("wrap_3x2x20", torch.randn(3, 2, 20))
add("wrap_bool_40", torch.rand(40) > 0.5)
add("wrap_sci_20", torch.randn(20) * 1e-6)
add("wrap_lw40", torch.randn(30), {"linewidth": 40})
add("wrap_lw120", torch.randn(2, 30), {"linewidth": 120})
add("wrap_lw10", torch.randn(6), {"linewidth": 10})
add("wrap_lw1", torch.randn(2, 3), {"linewidth": 1})
add("wrap_lw200_1000", torch.randn(1000), {"linewidth": 200})
add("wrap_1000", torch.randn(1000))
add("wrap_int_4x50", torch.randint(0, 10, (4, 50)))
add("wrap_summarized_1d", torch.randn(2000), {"linewidth": 30})

# --- print options ---------------------------------------------------------------------------------
x = torch.randn(2, 4)
for p in [0, 1, 2, 6, 8, 10]:
    add(f"precision_{p}", x, {"precision": p})
add("precision_0_sci", torch.tensor([1e-6, 12345.0]), {"precision": 0})
add("precision_8_f64", torch.randn(3, dtype=f64) * 1e-3, {"precision": 8})
add("precision_2_int_mode", torch.tensor([1.0, 2.0]), {"precision": 2})
for thr in [0, 5, 10, 24]:
    add(f"threshold_{thr}", torch.arange(24.0).reshape(4, 6), {"threshold": thr})
add("threshold_0_0d", torch.tensor(2.5), {"threshold": 0})
add("threshold_5_1d", torch.arange(10), {"threshold": 5})
add("threshold_inf", torch.randn(1200), {"threshold": math.inf})
for e in [1, 2, 5]:
    add(f"edgeitems_{e}", torch.randn(20, 20, 3), {"edgeitems": e})
add("edgeitems_0_1d", torch.arange(2000), {"edgeitems": 0})
add("edgeitems_0_1d_f", torch.randn(12), {"edgeitems": 0, "threshold": 5})
add("edgeitems_0_2d_error", torch.randn(40, 40), {"edgeitems": 0})
add("edgeitems_10", torch.arange(2000), {"edgeitems": 10})
add("edgeitems_600", torch.arange(2000), {"edgeitems": 600})
for sm in [True, False]:
    add(f"sci_{sm}_frac", torch.tensor([1.5, -2.25, 3.0]), {"sci_mode": sm})
    add(f"sci_{sm}_int", torch.tensor([1.0, 2.0, 3.0]), {"sci_mode": sm})
    add(f"sci_{sm}_big", torch.tensor([1e-6, 1e9]), {"sci_mode": sm})
    add(f"sci_{sm}_int_big", torch.tensor([1.0, 1e9]), {"sci_mode": sm})
    add(f"sci_{sm}_zeros", torch.zeros(3), {"sci_mode": sm})
    add(f"sci_{sm}_nan", torch.tensor([nan, 1.0, 0.5]), {"sci_mode": sm})
    add(f"sci_{sm}_0d", torch.tensor(0.125), {"sci_mode": sm})
    add(f"sci_{sm}_2d", torch.randn(3, 3) * 100, {"sci_mode": sm})
    add(f"sci_{sm}_int64", torch.tensor([1, 2]), {"sci_mode": sm})
add("sci_true_precision_2", torch.randn(4) * 1e3, {"sci_mode": True, "precision": 2})
for prof in ["default", "short", "full"]:
    add(f"profile_{prof}_small", torch.randn(3, 3), {"profile": prof})
    add(f"profile_{prof}_big", torch.randn(1500), {"profile": prof})
    add(f"profile_{prof}_2d_big", torch.randn(30, 40), {"profile": prof})
add("profile_short_precision_3", torch.randn(4), {"profile": "short", "precision": 3})
add("profile_full_threshold_10", torch.arange(20), {"profile": "full", "threshold": 10})
add("combo_small_everything", torch.randn(6, 7) * 1e-3, {"precision": 3, "threshold": 20, "edgeitems": 2, "linewidth": 30})
add("combo_sci_lw", torch.randn(3, 10) * 1e5, {"sci_mode": True, "linewidth": 50, "precision": 1})

# --- empty tensors ---------------------------------------------------------------------------------
for shape in [(0,), (0, 3), (2, 0, 4), (3, 0), (0, 0)]:
    for dt in [f32, f64, torch.int64, torch.bool, torch.int32, torch.uint8]:
        tag = "x".join(map(str, shape))
        add(f"empty_{tag}_{DTYPES[dt]}", torch.empty(shape, dtype=dt))
add("empty_requires_grad", torch.empty(0, 3, requires_grad=True))
add("empty_f64_requires_grad", torch.empty(0, dtype=f64, requires_grad=True))

# --- autograd suffixes ------------------------------------------------------------------------------
a = torch.randn(2, 2, requires_grad=True)
add("grad_leaf_2x2", a)
add("grad_leaf_0d", torch.tensor(1.5, requires_grad=True))
add("grad_leaf_f64", torch.randn(3, dtype=f64, requires_grad=True))
add("grad_add", a + 2)
add("grad_mul", a * 3)
add("grad_mean", ((a + 2) ** 2 * 3).mean())
add("grad_sum", a.sum())
add("grad_mm", a @ a)
add("grad_f64_mul", torch.randn(3, dtype=f64, requires_grad=True) * 2)
w = torch.randn(2, 8, requires_grad=True)
add("grad_wrap_2x8", w * 2)
add("grad_wrap_9", torch.randn(9, requires_grad=True) * 1.5)
add("grad_wrap_1x8", torch.randn(1, 8, requires_grad=True) * 1.5)
add("grad_wrap_f64_7", torch.randn(7, dtype=f64, requires_grad=True) * 1.5)
add("grad_wrap_lw40", torch.randn(3, requires_grad=True) * 1.5, {"linewidth": 40})
add("grad_wrap_lw20", torch.randn(3, dtype=f64, requires_grad=True) * 1.5, {"linewidth": 20})
add("grad_summarized", torch.randn(2000, requires_grad=True) * 2)
add("grad_summarized_2d", torch.randn(40, 40, requires_grad=True).exp())
add("grad_3d", torch.randn(2, 2, 3, requires_grad=True).tanh())
add("grad_long_row", torch.randn(1, 30, requires_grad=True).sigmoid())
add("grad_int_mode", torch.tensor([1.0, 2.0], requires_grad=True) * 2)
add("grad_sci", torch.tensor([1e-6, 1.0], requires_grad=True) * 2)
add("grad_relu", torch.relu(torch.randn(5, requires_grad=True)))
add("grad_view", torch.randn(2, 3, requires_grad=True).view(3, 2))
add("grad_to_f64", torch.randn(3, requires_grad=True).double())
add("param_2x3", nn.Parameter(torch.randn(2, 3)), parameter=True)
add("param_bias", nn.Parameter(torch.randn(4)), parameter=True)
add("param_no_grad", nn.Parameter(torch.randn(3), requires_grad=False), parameter=True)
add("param_f64", nn.Parameter(torch.randn(2, 2, dtype=f64)), parameter=True)
add("param_empty", nn.Parameter(torch.empty(0, 3)), parameter=True)
add("param_big", nn.Parameter(torch.randn(64, 32)), parameter=True)
lin = nn.Linear(5, 3)
add("linear_weight", lin.weight, parameter=True)
add("linear_out", lin(torch.randn(2, 5)))

# --- non-cpu device (lazy:0 prints through the same code path as cuda:0) ---------------------------
if HAVE_LAZY:
    add("device_1d", torch.tensor([1.5, 2.25]).to("lazy"))
    add("device_f64", torch.ones(2, 3, dtype=f64).to("lazy") * 2)
    add("device_int32", torch.arange(5, dtype=torch.int32).to("lazy"))
    add("device_0d", torch.tensor(3.0).to("lazy"))
    add("device_empty", torch.empty(0, 3).to("lazy"))
    add("device_empty_int", torch.empty(0, dtype=torch.int64).to("lazy"))
    add("device_wrap", torch.randn(2, 7, dtype=f64).to("lazy"))
    add("device_wrap_8", torch.randn(8).to("lazy"))
    add("device_grad", torch.randn(3, requires_grad=True).to("lazy"))
    add("device_grad_f64_wrap", (torch.randn(6, dtype=f64, requires_grad=True) * 2).to("lazy"))
    add("device_summarized", torch.randn(1500).to("lazy"))


def format_cases():
    """Rows [float.hex(x), precision, '{:.Nf}'.format(x), '{:.Ne}'.format(x)] for PyFormat."""
    import random

    rng = random.Random(12345)
    edge = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 0.00005, 1.00005, 1e-5, 0.0001,
            9.99995, 0.99995, 99.5, 999999.5, 1e16, 123456789012345678.0, 1e22, 1e300, -1e-300,
            5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3,
            math.pi, -math.e, 1e-7, 9.5e-5, 0.03125, 1.03125, 65504.0, 16777217.0, nan, inf, -inf]
    values = list(edge)
    for _ in range(600):  # doubles over a wide exponent range
        values.append(rng.choice([-1, 1]) * rng.random() * 10.0 ** rng.randint(-25, 25))
    for _ in range(600):  # float32 elements widened, as the printer sees them
        values.append(torch.tensor(rng.gauss(0, 1) * 10.0 ** rng.randint(-12, 12)).item())
    for _ in range(200):  # decimal ties at the 4th/5th digit, which binary rarely holds exactly
        values.append(rng.randint(-10**6, 10**6) / 2 ** rng.randint(1, 12))
    rows = []
    for i, x in enumerate(values):
        precisions = range(0, 11) if i < len(edge) else [rng.choice([0, 1, 2, 4, 4, 4, 6, 8])]
        for p in precisions:
            rows.append([float.hex(x), p, ("{:.%df}" % p).format(x), ("{:.%de}" % p).format(x)])
    return rows


def main():
    # parameters keep their own repr prefix: check our bookkeeping matches what PyTorch printed
    for c in cases:
        if c["parameter"] and c["expected"] is not None:
            assert c["expected"].startswith("Parameter containing:\n"), c["name"]
    with open(OUT, "w") as f:
        # one case per line: compact, yet diffs stay readable when PyTorch or the cases change
        f.write('{"torch_version": %s, "cases": [\n' % json.dumps(torch.__version__))
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]}\n")
    print(f"{len(cases)} cases -> {OUT} ({os.path.getsize(OUT)} bytes)")
    rows = format_cases()
    with open(FORMAT_OUT, "w") as f:
        f.write('{"rows": [\n' + ",\n".join(json.dumps(r) for r in rows) + "\n]}\n")
    print(f"{len(rows)} format rows -> {FORMAT_OUT} ({os.path.getsize(FORMAT_OUT)} bytes)")


main()
