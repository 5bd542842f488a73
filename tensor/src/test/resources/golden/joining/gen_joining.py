"""Generates sorting.json and errors.json for torch4j's joining/sorting tests from real PyTorch.

Run with Debian's python3-torch (1.13):  /usr/bin/python3 gen_joining.py   (from this directory)

Each case names an input (dtype, base shape, row-major data, and a view applied to it so that
non-contiguous layouts are covered), an op with its arguments, and what PyTorch returned:
values and indices flattened row-major, their shapes, and the values' strides. Non-finite floats
are written as the strings "nan", "inf", "-inf" so the JSON stays strict.
"""
import json
import math
import torch

torch.manual_seed(1234)
DTYPES = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64, "int32": torch.int32,
          "int16": torch.int16, "int8": torch.int8, "uint8": torch.uint8, "bool": torch.bool}
NAMES = {v: k for k, v in DTYPES.items()}


def enc(v):
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
    return v


def flat(t):
    return [enc(v) for v in t.reshape(-1).tolist()]


def apply_view(base, view):
    if view == "none":
        return base
    if view == "t":          # transpose(0, 1)
        return base.transpose(0, 1)
    if view == "step":       # every other element of the last dim
        return base[..., ::2]
    if view == "expand":     # dim 0 of size 1 broadcast to 5 (stride 0)
        return base.expand(5, *base.shape[1:])
    if view == "flip":       # a transposed and sliced layout
        return base.transpose(0, -1)[1:]
    raise ValueError(view)


def make_input(dtype, shape, view="none", kind="ties"):
    dt = DTYPES[dtype]
    n = 1
    for s in shape:
        n *= s
    if dtype == "bool":
        base = torch.randint(0, 2, (n,)).bool()
    elif dt.is_floating_point:
        if kind == "ties":
            base = (torch.randint(-3, 4, (n,)).to(dt) * 0.5)
            # sprinkle NaN, infinities and negative zeros
            m = torch.rand(n)
            base[m < 0.08] = float("nan")
            base[(m >= 0.08) & (m < 0.12)] = float("inf")
            base[(m >= 0.12) & (m < 0.15)] = float("-inf")
            base[(m >= 0.15) & (m < 0.22)] = -0.0
        else:
            base = torch.randn(n, dtype=dt)
    elif dtype == "uint8":
        base = torch.randint(0, 256 if kind != "ties" else 4, (n,)).to(dt)
    else:
        lo, hi = (-3, 4) if kind == "ties" else (-100, 100)
        base = torch.randint(lo, hi, (n,)).to(dt)
    base = base.reshape(shape)
    return {"dtype": dtype, "shape": list(shape), "data": flat(base), "view": view}, apply_view(base, view)


def result(vi):
    v, i = vi
    return {"values": flat(v), "values_dtype": NAMES[v.dtype], "shape": list(v.shape), "strides": list(v.stride()),
            "indices": flat(i)}


cases = []


def add(name, op, inp, x, args, out):
    cases.append({"name": name, "op": op, "input": inp, "args": args, "expected": result(out)})


def sort_case(name, dtype, shape, dim, descending, stable=False, view="none", kind="ties"):
    inp, x = make_input(dtype, shape, view, kind)
    out = torch.sort(x, dim=dim, descending=descending, stable=stable)
    add(name, "sort", inp, x, {"dim": dim, "descending": descending, "stable": stable}, out)


def literal(name, op, dtype, data, args):
    x = torch.tensor(data, dtype=DTYPES[dtype])
    inp = {"dtype": dtype, "shape": list(x.shape), "data": flat(x), "view": "none"}
    if op == "sort":
        out = torch.sort(x, dim=args["dim"], descending=args["descending"], stable=args["stable"])
    elif op == "topk":
        out = torch.topk(x, args["k"], dim=args["dim"], largest=args["largest"], sorted=args["sorted"])
    else:
        out = torch.kthvalue(x, args["k"], dim=args["dim"], keepdim=args["keepdim"])
    add(name, op, inp, x, args, out)


# ---- sort: the documented tie cases
literal("ties asc", "sort", "int64", [1, 3, 1, 3, 1], {"dim": -1, "descending": False, "stable": False})
literal("ties desc", "sort", "int64", [1, 3, 1, 3, 1], {"dim": -1, "descending": True, "stable": False})
literal("0/1 x20 asc", "sort", "int64", [0, 1] * 20, {"dim": -1, "descending": False, "stable": False})
literal("0/1 x20 desc", "sort", "int64", [0, 1] * 20, {"dim": -1, "descending": True, "stable": False})
literal("0/1 x20 stable desc", "sort", "int64", [0, 1] * 20, {"dim": -1, "descending": True, "stable": True})
nanrow = [3., float("nan"), 1., float("nan"), 2., float("inf"), -float("inf"), -0.0, 0.0]
literal("nan asc", "sort", "float32", nanrow, {"dim": 0, "descending": False, "stable": False})
literal("nan desc", "sort", "float32", nanrow, {"dim": 0, "descending": True, "stable": False})
literal("zeros signed", "sort", "float64", [0., -0., 0., -0.], {"dim": 0, "descending": False, "stable": False})
literal("0-dim", "sort", "float32", 3.5, {"dim": 0, "descending": False, "stable": False})
literal("empty", "sort", "float32", [], {"dim": 0, "descending": False, "stable": False})

# ---- sort: every dtype, both directions, rows long enough for introsort (> 16) and short ones
for dtype in DTYPES:
    for desc in (False, True):
        sort_case(f"{dtype} rows desc={desc}", dtype, (4, 37), 1, desc)
        sort_case(f"{dtype} cols desc={desc}", dtype, (23, 3), 0, desc)
        sort_case(f"{dtype} long row desc={desc}", dtype, (1, 700), -1, desc)
    sort_case(f"{dtype} stable", dtype, (3, 40), -1, False, stable=True)
    sort_case(f"{dtype} stable desc", dtype, (3, 40), -1, True, stable=True)
for dtype in ("float32", "int64"):
    sort_case(f"{dtype} distinct", dtype, (5, 50), 1, False, kind="distinct")
    sort_case(f"{dtype} 3-D dim 1", dtype, (3, 20, 4), 1, True)
    sort_case(f"{dtype} 3-D dim -3", dtype, (19, 2, 3), -3, False)

# ---- sort: non-contiguous inputs (the output keeps the input's memory order)
for view in ("t", "step", "flip"):
    sort_case(f"view {view} dim 0", "float32", (30, 6), 0, False, view=view)
    sort_case(f"view {view} dim 1 desc", "int32", (8, 34), 1, True, view=view)
sort_case("expand dim 0", "int64", (1, 40), 0, False, view="expand")
sort_case("expand dim 1", "float64", (1, 40), 1, True, view="expand")
literal("expanded ties 40", "sort", "int64", [[7] * 40], {"dim": 0, "descending": False, "stable": False})
inp, x = make_input("int64", (1, 3), "none")
xs = x.expand(40, 3)
cases.append({"name": "expand 40 rows", "op": "sort", "input": {**inp, "view": "expand40"}, "args": {"dim": 0, "descending": False, "stable": False},
              "expected": result(torch.sort(xs, dim=0))})

# ---- topk: partial_sort path (k * 64 <= n) and nth_element path, sorted and not
for dtype in ("float32", "float64", "int64", "int32", "int16", "int8", "uint8"):
    for largest in (True, False):
        for k in (1, 3, 5):
            inp, x = make_input(dtype, (3, 320), "none")
            add(f"topk {dtype} partial k={k} largest={largest}", "topk", inp, x,
                {"k": k, "dim": 1, "largest": largest, "sorted": True}, torch.topk(x, k, dim=1, largest=largest))
        for k in (1, 4, 12, 39, 40):
            for srt in (True, False):
                inp, x = make_input(dtype, (40, 3), "none")
                add(f"topk {dtype} nth k={k} largest={largest} sorted={srt}", "topk", inp, x,
                    {"k": k, "dim": 0, "largest": largest, "sorted": srt}, torch.topk(x, k, dim=0, largest=largest, sorted=srt))
for view in ("t", "step"):
    inp, x = make_input("float32", (30, 70), view)
    add(f"topk view {view}", "topk", inp, x, {"k": 7, "dim": -1, "largest": True, "sorted": True}, torch.topk(x, 7))
literal("topk nan", "topk", "float32", nanrow, {"k": 3, "dim": 0, "largest": True, "sorted": True})
literal("topk nan smallest", "topk", "float32", nanrow, {"k": 3, "dim": 0, "largest": False, "sorted": True})
literal("topk 0/1 x20", "topk", "int64", [0, 1] * 20, {"k": 5, "dim": 0, "largest": True, "sorted": True})
literal("topk 0-dim", "topk", "float32", 2.5, {"k": 1, "dim": 0, "largest": True, "sorted": True})
literal("topk 0-dim k=0", "topk", "float32", 2.5, {"k": 0, "dim": -1, "largest": True, "sorted": True})
literal("topk k=0", "topk", "float32", [1., 2.], {"k": 0, "dim": 0, "largest": True, "sorted": True})

# ---- kthvalue: TH quickselect
for dtype in ("float32", "float64", "int64", "int32", "uint8"):
    for k in (1, 2, 9, 20, 37):
        inp, x = make_input(dtype, (5, 37), "none")
        add(f"kthvalue {dtype} k={k}", "kthvalue", inp, x, {"k": k, "dim": 1, "keepdim": False}, torch.kthvalue(x, k, dim=1))
inp, x = make_input("float32", (12, 3), "t")
add("kthvalue view t keepdim", "kthvalue", inp, x, {"k": 4, "dim": -1, "keepdim": True}, torch.kthvalue(x, 4, dim=-1, keepdim=True))
literal("kthvalue nan", "kthvalue", "float32", [float("nan"), 1., float("nan"), 2.], {"k": 3, "dim": 0, "keepdim": False})
literal("kthvalue nan last", "kthvalue", "float32", [float("nan"), 1., float("nan"), 2.], {"k": 4, "dim": 0, "keepdim": False})
literal("kthvalue 0-dim", "kthvalue", "float64", 5.0, {"k": 1, "dim": 0, "keepdim": False})

# ---- adversarial inputs (adversary.cpp) that push libstdc++ past introsort's depth limit, so the
# heapsort fallback of std::sort and the heap-select fallback of std::nth_element are covered
import os, subprocess, tempfile
here = os.path.dirname(os.path.abspath(__file__))
with tempfile.TemporaryDirectory() as tmp:
    exe = os.path.join(tmp, "adversary")
    subprocess.run(["g++", "-O2", "-o", exe, os.path.join(here, "adversary.cpp")], check=True)
    lines = subprocess.run([exe], check=True, capture_output=True, text=True).stdout.split("\n")
for line in filter(None, lines):
    mode, n, k, _, *data = map(int, line.split())
    for dtype in ("int64", "float32"):
        x = torch.tensor(data, dtype=DTYPES[dtype])
        inp = {"dtype": dtype, "shape": [n], "data": flat(x), "view": "none"}
        if mode == 0:
            for desc in (False, True):
                add(f"adversary sort n={n} {dtype} desc={desc}", "sort", inp, x,
                    {"dim": 0, "descending": desc, "stable": False}, torch.sort(x, descending=desc))
        else:
            for srt in (True, False):
                add(f"adversary topk n={n} k={k + 1} {dtype} sorted={srt}", "topk", inp, x,
                    {"k": k + 1, "dim": 0, "largest": False, "sorted": srt}, torch.topk(x, k + 1, largest=False, sorted=srt))

with open("sorting.json", "w") as f:
    json.dump({"torch": torch.__version__, "cases": cases}, f, separators=(",", ":"))

# ---- error messages: (expression, Python exception type, message first line)
T = torch.tensor
ERRORS = [
    "torch.cat([])",
    "torch.cat([T([[1, 2]]), T([[1, 2, 3]])], 0)",
    "torch.cat([T([]), T([[1, 2]]), T([[1, 2, 3]])], 0)",
    "torch.cat([T([[1, 2]]), T([[1, 2, 3]])], 2)",
    "torch.cat([T([[1, 2]]), T([1, 2])], 0)",
    "torch.cat([T([1]), T(2)])",
    "torch.cat([T([]).reshape(2, 0), T([[1, 2], [3, 4]])], 0)",
    "torch.stack([])",
    "torch.stack([T([1, 2]), T([1, 2]), T([1, 2, 3])])",
    "torch.stack([T([[1, 2]]), T([[1, 2]])], 3)",
    "torch.stack([T([[1, 2]]), T([[1, 2]])], -4)",
    "T([1, 2, 3]).chunk(0)",
    "T(5).chunk(2)",
    "T([1, 2, 3]).chunk(2, 1)",
    "T([1, 2, 3]).split(0)",
    "T([1, 2, 3]).split(-1)",
    "T(5).split(1)",
    "T([1, 2, 3]).split([1, 1])",
    "T([1, 2, 3]).split([2, 2])",
    "T([1, 2, 3]).split([4, -1])",
    "T([[1, 2, 3]]).split([1, 1], -1)",
    "T([[1, 2, 3]]).unbind(2)",
    "T(3).unbind(0)",
    "T([3., 1.]).sort(1)",
    "T([3., 1.]).topk(3)",
    "T([3., 1.]).topk(-1)",
    "T(3.).topk(2)",
    "T([True, False]).topk(1)",
    "T([[3., 1.]]).topk(1, 2)",
    "T([1, 2, 3]).kthvalue(0)",
    "T([[1, 2, 3]]).kthvalue(4, -1)",
    "T([[1, 2, 3]]).kthvalue(2, 0)",
    "T([]).kthvalue(1)",
    "T([True]).kthvalue(1)",
]
errors = []
for expr in ERRORS:
    try:
        eval(expr)
        raise SystemExit("expected an error: " + expr)
    except (RuntimeError, IndexError) as e:
        errors.append({"expr": expr, "type": type(e).__name__, "message": str(e).split("\n")[0]})
with open("errors.json", "w") as f:
    json.dump(errors, f, indent=1)
print(len(cases), "cases,", len(errors), "errors")
