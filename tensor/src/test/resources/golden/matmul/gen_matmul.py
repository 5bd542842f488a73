"""Generates matmul.json for torch4j's MatmulGoldenTest from real PyTorch.

Run with Debian's python3-torch (1.13); the `python3` on PATH has no torch:

    /usr/bin/python3 tensor/src/test/resources/golden/matmul/gen_matmul.py

It writes matmul.json next to itself. Each case names an op (matmul, mm, bmm, mv, dot, outer), two
operands and what PyTorch did with them: the result (dtype, shape, strides, row-major values) or
the exception type and the first line of its message.

An operand is a base tensor (dtype, shape, row-major data) and a list of view steps applied to it
in order (transpose, slice with a step, expand, permute, select), so non-contiguous operands
(transposed, strided, stride-0 broadcast dims, storage offsets) reach the op exactly as PyTorch
saw them; the view's shape, strides and storage offset are recorded so the Java side can check
that it rebuilt the same layout.

Values: floats are mostly multiples of 1/4 in [-2, 2] (products and sums of up to ~100 terms are
exact in float32, so no summation order can change a result); the "pos" cases use generic
values in [0.5, 1.5) with at most 48 terms, where float32 results agree within a relative 1e-5
whatever the order. Integer cases include values whose products overflow, which PyTorch wraps
(two's complement) in the dtype. Non-finite floats are written as the strings "nan", "inf",
"-inf" so the JSON stays strict.
"""
import json
import math
import os
import random

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1913)

DTYPES = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64, "int32": torch.int32,
          "int16": torch.int16, "int8": torch.int8, "uint8": torch.uint8, "bool": torch.bool}
NAMES = {v: k for k, v in DTYPES.items()}
F32, F64, I64, I32 = "float32", "float64", "int64", "int32"
OPS = {"matmul": torch.matmul, "mm": torch.mm, "bmm": torch.bmm, "mv": torch.mv, "dot": torch.dot,
       "outer": torch.outer}


# ---------------------------------------------------------------- encoding

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


# ---------------------------------------------------------------- operands

def layout(shape, name):
    """The base shape and the view steps that give a tensor of `shape` laid out as `name`."""
    s = list(shape)
    d = len(s)
    if name == "c":  # contiguous
        return s, []
    if name == "T":  # last two dims swapped (a transposed view; for 3D: should_fold's permuted case)
        return s[:-2] + [s[-1], s[-2]], [["transpose", d - 2, d - 1]]
    if name == "step":  # every other element of the last dim, starting at 1 (storage offset 1)
        return s[:-1] + [2 * s[-1] + 1], [["slice", d - 1, 1, 2 * s[-1] + 1, 2]]
    if name == "offset":  # rows 2.. of a taller base: a storage offset
        return [s[0] + 3] + s[1:], [["slice", 0, 2, 2 + s[0], 1]]
    if name.startswith("expand"):  # dim i broadcast from size 1 (stride 0)
        i = int(name[6:])
        return s[:i] + [1] + s[i + 1:], [["expand", s]]
    if name == "lead":  # a new leading dim added by expand (stride 0)
        return s[1:], [["expand", s]]
    if name == "permute":  # 3D with the batch dim in the middle of memory
        return [s[1], s[0], s[2]], [["permute", [1, 0, 2]]]
    if name == "rot":  # 3D with every dim strided (permute(2, 0, 1) of a contiguous base)
        return [s[1], s[2], s[0]], [["permute", [2, 0, 1]]]
    if name == "Tstep":  # transposed, then every other row of the original
        base = s[:-2] + [s[-1], 2 * s[-2] + 1]
        return base, [["slice", d - 1, 1, 2 * s[-2] + 1, 2], ["transpose", d - 2, d - 1]]
    if name == "col":  # 1-D: a column of a (n, 3) matrix (stride 3, offset 1)
        return [s[0], 3], [["select", 1, 1]]
    raise ValueError(name)


def values(dtype, n, kind):
    if dtype == "bool":
        return [rng.randint(0, 1) for _ in range(n)]
    if dtype in (F32, F64):
        if kind == "pos":
            v = [rng.uniform(0.5, 1.5) for _ in range(n)]
            if dtype == F32:  # round to float32 here, so the JSON holds the operand exactly
                v = torch.tensor(v, dtype=torch.float32).tolist()
            return v
        if kind == "special":
            pool = [float("nan"), float("inf"), float("-inf"), 0.0, 1.0, -2.0, 0.5]
            return [rng.choice(pool) for _ in range(n)]
        return [rng.randint(-8, 8) / 4 for _ in range(n)]
    if kind == "big":
        lo, hi = {I64: (-2 ** 40, 2 ** 40), I32: (-2 ** 20, 2 ** 20), "int16": (-2 ** 10, 2 ** 10),
                  "int8": (-128, 127), "uint8": (0, 255)}[dtype]
        return [rng.randint(lo, hi) for _ in range(n)]
    if dtype == "uint8":
        return [rng.randint(0, 9) for _ in range(n)]
    return [rng.randint(-9, 9) for _ in range(n)]


def operand(dtype, shape, lay="c", kind="dy"):
    base, steps = layout(shape, lay)
    n = 1
    for x in base:
        n *= x
    return {"dtype": dtype, "shape": base, "data": [enc(v) for v in values(dtype, n, kind)], "steps": steps}


def build(spec):
    dt = DTYPES[spec["dtype"]]
    if dt.is_floating_point:
        t = torch.tensor([float(v) for v in spec["data"]], dtype=torch.float64).to(dt)  # float("nan") etc.
    else:
        t = torch.tensor(spec["data"], dtype=torch.int64).to(dt)
    t = t.reshape(spec["shape"])
    for st in spec["steps"]:
        if st[0] == "transpose":
            t = t.transpose(st[1], st[2])
        elif st[0] == "slice":
            idx = [slice(None)] * t.dim()
            idx[st[1]] = slice(st[2], st[3], st[4])
            t = t[tuple(idx)]
        elif st[0] == "expand":
            t = t.expand(*st[1])
        elif st[0] == "permute":
            t = t.permute(*st[1])
        elif st[0] == "select":
            t = t.select(st[1], st[2])
        else:
            raise ValueError(st)
    spec["view"] = {"shape": list(t.shape), "strides": list(t.stride()), "offset": t.storage_offset()}
    return t


# ---------------------------------------------------------------- cases

cases = []
names = set()


def add(group, op, a, b):
    ta, tb = build(a), build(b)
    name = "%s %s %s%s@%s%s %s" % (group, op, a["dtype"], tuple(a["view"]["shape"]), b["dtype"],
                                    tuple(b["view"]["shape"]), "/".join(lay_names(a, b)))
    i = 2
    base_name = name
    while name in names:
        name = "%s #%d" % (base_name, i)
        i += 1
    names.add(name)
    c = {"name": name, "group": group, "op": op, "a": a, "b": b}
    try:
        r = OPS[op](ta, tb)
    except (RuntimeError, IndexError) as e:
        c["error"] = type(e).__name__
        c["message"] = str(e).split("\n")[0]
    else:
        c["expected"] = {"dtype": NAMES[r.dtype], "shape": list(r.shape), "strides": list(r.stride()), "data": flat(r)}
    cases.append(c)


def lay_names(a, b):
    def one(s):
        return "+".join(st[0] for st in s["steps"]) or "c"
    return [one(a), one(b)]


def pair(group, op, sa, la, sb, lb, dtypes, kind="dy"):
    for dt in dtypes:
        add(group, op, operand(dt, sa, la, kind), operand(dt, sb, lb, kind))


MAIN = (F32, F64, I64, I32)

# --- values: every shape case, layouts, size-0 dims; float32, float64, int64, int32
VALUE_CASES = [
    # dot
    ("dot", (5,), "c", (5,), "c"), ("dot", (0,), "c", (0,), "c"), ("dot", (1,), "c", (1,), "c"),
    ("dot", (7,), "step", (7,), "col"), ("dot", (6,), "offset", (6,), "expand0"), ("dot", (130,), "c", (130,), "step"),
    # mv
    ("mv", (3, 4), "c", (4,), "c"), ("mv", (0, 4), "c", (4,), "c"), ("mv", (3, 0), "c", (0,), "c"),
    ("mv", (1, 1), "c", (1,), "c"), ("mv", (3, 4), "T", (4,), "step"), ("mv", (3, 4), "step", (4,), "col"),
    ("mv", (3, 4), "offset", (4,), "expand0"), ("mv", (3, 4), "expand0", (4,), "c"), ("mv", (3, 4), "expand1", (4,), "c"),
    ("mv", (5, 6), "Tstep", (6,), "offset"), ("mv", (70, 80), "c", (80,), "c"), ("mv", (70, 80), "T", (80,), "step"),
    # mm
    ("mm", (2, 3), "c", (3, 4), "c"), ("mm", (1, 1), "c", (1, 1), "c"), ("mm", (0, 3), "c", (3, 4), "c"),
    ("mm", (3, 0), "c", (0, 4), "c"), ("mm", (2, 3), "c", (3, 0), "c"), ("mm", (0, 0), "c", (0, 0), "c"),
    ("mm", (4, 1), "c", (1, 5), "c"), ("mm", (1, 5), "c", (5, 1), "c"), ("mm", (2, 3), "T", (3, 4), "c"),
    ("mm", (2, 3), "c", (3, 4), "T"), ("mm", (2, 3), "T", (3, 4), "T"), ("mm", (3, 4), "step", (4, 5), "step"),
    ("mm", (3, 4), "offset", (4, 2), "offset"), ("mm", (3, 4), "expand0", (4, 2), "expand1"),
    ("mm", (3, 4), "expand1", (4, 2), "expand0"), ("mm", (4, 5), "Tstep", (5, 3), "Tstep"),
    ("mm", (4, 1), "T", (1, 3), "T"), ("mm", (33, 47), "c", (47, 29), "T"), ("mm", (70, 80), "c", (80, 90), "c"),
    ("mm", (64, 3), "step", (3, 70), "offset"),
    # bmm
    ("bmm", (3, 2, 4), "c", (3, 4, 5), "c"), ("bmm", (0, 2, 3), "c", (0, 3, 4), "c"),
    ("bmm", (2, 0, 3), "c", (2, 3, 4), "c"), ("bmm", (2, 3, 0), "c", (2, 0, 4), "c"),
    ("bmm", (2, 3, 4), "c", (2, 4, 0), "c"), ("bmm", (1, 1, 1), "c", (1, 1, 1), "c"),
    ("bmm", (3, 2, 4), "T", (3, 4, 5), "c"), ("bmm", (3, 2, 4), "c", (3, 4, 5), "T"),
    ("bmm", (3, 2, 4), "T", (3, 4, 5), "T"), ("bmm", (3, 2, 4), "permute", (3, 4, 5), "c"),
    ("bmm", (3, 2, 4), "c", (3, 4, 5), "permute"), ("bmm", (3, 2, 4), "step", (3, 4, 5), "offset"),
    ("bmm", (4, 2, 3), "expand0", (4, 3, 5), "c"), ("bmm", (4, 2, 3), "c", (4, 3, 5), "expand0"),
    ("bmm", (4, 2, 3), "expand1", (4, 3, 5), "expand2"), ("bmm", (3, 4, 5), "Tstep", (3, 5, 2), "Tstep"),
    ("bmm", (2, 30, 40), "c", (2, 40, 20), "c"),
    # matmul 1D.1D, 2D.1D, 1D.2D, 2D.2D
    ("matmul", (5,), "c", (5,), "c"), ("matmul", (0,), "c", (0,), "c"), ("matmul", (6,), "step", (6,), "col"),
    ("matmul", (3, 4), "c", (4,), "c"), ("matmul", (3, 4), "T", (4,), "step"), ("matmul", (0, 4), "c", (4,), "c"),
    ("matmul", (4,), "c", (4, 3), "c"), ("matmul", (4,), "step", (4, 3), "T"), ("matmul", (0,), "c", (0, 3), "c"),
    ("matmul", (3,), "c", (3, 0), "c"), ("matmul", (2, 3), "c", (3, 4), "c"), ("matmul", (2, 3), "T", (3, 4), "T"),
    ("matmul", (2, 0), "c", (0, 3), "c"),
    # ND.2D folded into rows (and the permuted 3D case, which goes to bmm)
    ("matmul", (2, 3, 4), "c", (4, 5), "c"), ("matmul", (2, 3, 4), "c", (4, 5), "T"),
    ("matmul", (2, 2, 3, 4), "c", (4, 2), "c"), ("matmul", (5, 0, 3), "c", (3, 2), "c"),
    ("matmul", (3, 5, 0), "c", (0, 2), "c"), ("matmul", (3, 5, 0), "c", (0, 0), "c"),
    ("matmul", (2, 3, 4), "step", (4, 5), "c"), ("matmul", (2, 3, 4), "lead", (4, 5), "c"),
    ("matmul", (2, 3, 4), "expand0", (4, 5), "step"), ("matmul", (2, 3, 4), "T", (4, 5), "c"),
    ("matmul", (2, 3, 4), "T", (4, 5), "T"), ("matmul", (2, 3, 4), "permute", (4, 5), "c"),
    ("matmul", (2, 3, 4, 5), "T", (5, 6), "c"), ("matmul", (1, 3, 4), "T", (4, 2), "c"),
    ("matmul", (2, 3, 4), "offset", (4, 5), "offset"), ("matmul", (4, 1, 1, 2, 3), "c", (3, 2), "c"),
    ("matmul", (4, 20, 30), "c", (30, 25), "T"),
    # ND.1D folded (mv)
    ("matmul", (2, 3, 4), "c", (4,), "c"), ("matmul", (2, 3, 4), "T", (4,), "c"),
    ("matmul", (2, 2, 3, 4), "c", (4,), "step"), ("matmul", (2, 3, 0), "c", (0,), "c"),
    ("matmul", (0, 3, 4), "c", (4,), "c"), ("matmul", (2, 3, 4), "expand0", (4,), "expand0"),
    # 1D.ND transposed fold (mv)
    ("matmul", (4,), "c", (2, 4, 3), "c"), ("matmul", (4,), "c", (2, 2, 4, 3), "c"),
    ("matmul", (4,), "step", (2, 4, 3), "T"), ("matmul", (0,), "c", (2, 0, 3), "c"),
    ("matmul", (3,), "c", (0, 3, 2), "c"), ("matmul", (4,), "col", (2, 4, 3), "expand0"),
    # 2D.ND transposed fold (mm), and the permuted 3D case (bmm)
    ("matmul", (2, 3), "c", (4, 3, 5), "c"), ("matmul", (2, 3), "T", (4, 3, 5), "c"),
    ("matmul", (2, 3), "c", (2, 2, 3, 5), "c"), ("matmul", (2, 3), "c", (4, 3, 5), "T"),
    ("matmul", (2, 3), "step", (4, 3, 5), "permute"), ("matmul", (0, 3), "c", (4, 3, 5), "c"),
    ("matmul", (2, 0), "c", (3, 0, 4), "c"), ("matmul", (2, 3), "c", (0, 3, 4), "c"),
    ("matmul", (2, 3), "c", (4, 3, 5), "expand0"), ("matmul", (2, 3), "c", (4, 3, 0), "c"),
    ("matmul", (2, 3), "offset", (2, 2, 3, 5), "T"),
    # ND.ND batch broadcasting (bmm)
    ("matmul", (2, 3, 4), "c", (2, 4, 5), "c"), ("matmul", (5, 1, 2, 3), "c", (4, 3, 2), "c"),
    ("matmul", (2, 1, 3, 4), "c", (5, 4, 2), "c"), ("matmul", (1, 3, 4), "c", (6, 4, 2), "c"),
    ("matmul", (6, 3, 4), "c", (1, 4, 2), "c"), ("matmul", (3, 1, 2, 3), "c", (1, 4, 3, 2), "c"),
    ("matmul", (0, 2, 3), "c", (1, 3, 4), "c"), ("matmul", (2, 1, 2, 3), "c", (0, 3, 4), "c"),
    ("matmul", (2, 3, 0), "c", (2, 0, 4), "c"), ("matmul", (2, 3, 4), "c", (2, 4, 0), "c"),
    ("matmul", (2, 3, 4), "T", (2, 4, 5), "T"), ("matmul", (2, 3, 4), "permute", (2, 4, 5), "step"),
    ("matmul", (5, 4, 2, 3), "lead", (4, 3, 2), "c"), ("matmul", (2, 3, 4), "expand0", (2, 4, 5), "expand0"),
    ("matmul", (2, 2, 3, 4), "T", (2, 4, 5), "offset"), ("matmul", (3, 1, 2, 3), "expand1", (4, 3, 2), "Tstep"),
    ("matmul", (2, 1, 2, 3), "c", (1, 5, 3, 4), "expand0"),
    # outer
    ("outer", (3,), "c", (4,), "c"), ("outer", (0,), "c", (3,), "c"), ("outer", (3,), "c", (0,), "c"),
    ("outer", (1,), "c", (1,), "c"), ("outer", (5,), "step", (4,), "col"), ("outer", (5,), "expand0", (4,), "offset"),
]
def numel(shape):
    n = 1
    for x in shape:
        n *= x
    return n


for op, sa, la, sb, lb in VALUE_CASES:
    # the large products are there for the BLAS and blocked-Java paths: floats only
    big = max(numel(sa), numel(sb)) > 1500
    pair("values", op, sa, la, sb, lb, (F32, F64) if big else MAIN)
# the largest: one dtype each (blocked and parallel Java kernels; many small items in parallel)
pair("values", "mm", (70, 80), "c", (80, 90), "c", (F32,))
pair("values", "mm", (70, 80), "T", (80, 90), "T", (F64,))
pair("values", "bmm", (40, 20, 20), "c", (40, 20, 20), "T", (F32,))

# --- generic float values (rounding differs by summation order; at most 48 terms)
for op, sa, la, sb, lb in [("mm", (7, 48), "c", (48, 9), "c"), ("mm", (7, 48), "T", (48, 9), "step"),
                           ("bmm", (3, 5, 40), "c", (3, 40, 6), "T"), ("mv", (9, 48), "c", (48,), "c"),
                           ("mv", (9, 48), "T", (48,), "step"), ("dot", (48,), "c", (48,), "col"),
                           ("matmul", (2, 3, 5, 40), "c", (3, 40, 4), "c"), ("matmul", (6, 40), "c", (3, 40, 4), "c"),
                           ("matmul", (40,), "c", (3, 40, 4), "T"), ("matmul", (2, 5, 40), "c", (40,), "c"),
                           ("outer", (6,), "c", (5,), "c")]:
    pair("generic", op, sa, la, sb, lb, (F32, F64), kind="pos")

# --- integer overflow wraps in every integer dtype; small values in int16, int8, uint8
INT_CASES = [("mm", (3, 5), "c", (5, 4), "T"), ("bmm", (2, 3, 5), "c", (2, 5, 4), "c"), ("mv", (3, 5), "T", (5,), "c"),
             ("dot", (6,), "c", (6,), "step"), ("matmul", (2, 1, 3, 5), "c", (3, 5, 2), "c"),
             ("matmul", (2, 3, 5), "c", (5, 2), "c"), ("matmul", (5,), "c", (2, 5, 3), "c"), ("outer", (3,), "c", (4,), "c")]
for op, sa, la, sb, lb in INT_CASES:
    pair("int-wrap", op, sa, la, sb, lb, (I64, I32, "int16", "int8", "uint8"), kind="big")
    pair("int-small", op, sa, la, sb, lb, ("int16", "int8", "uint8"))
    pair("bool", op, sa, la, sb, lb, ("bool",))

# --- NaN and infinities propagate as IEEE arithmetic says (inf * 0 = nan)
for op, sa, la, sb, lb in [("mm", (4, 3), "c", (3, 5), "c"), ("mv", (4, 3), "c", (3,), "c"), ("dot", (5,), "c", (5,), "c"),
                           ("bmm", (2, 3, 3), "c", (2, 3, 2), "T"), ("matmul", (2, 3, 4), "c", (4, 2), "c")]:
    pair("special", op, sa, la, sb, lb, (F32, F64), kind="special")

# --- errors (and the empty products that skip the dtype checks)
SHAPES = [((), ()), ((), (3,)), ((3,), ()), ((2, 3), ()), ((), (2, 3)), ((2, 2, 3), ()),
          ((3,), (4,)), ((3,), (3,)), ((2, 3), (4,)), ((2, 3), (3,)), ((3,), (4, 5)), ((2, 3), (4, 5)),
          ((2, 2, 3), (4,)), ((1, 2, 3), (4,)), ((2, 2, 3), (4, 5)), ((3,), (2, 4, 5)), ((2, 3), (2, 4, 5)),
          ((2, 2, 3), (3, 2, 4)), ((5, 1, 2, 3), (4, 4, 2)), ((2, 2, 3), (2, 2, 4)), ((2, 3), (3, 4, 5)),
          ((2, 3, 4), (3,)), ((2, 2, 3), (3, 3, 4)), ((0,), (0,)), ((2, 0), (0, 3)), ((2, 3, 4), (2, 3)),
          ((3,), (2, 3, 4)), ((2, 3, 4), (2, 4, 5)), ((2, 3, 4), (3, 4, 5)), ((2, 3, 4, 5), (2, 5, 6)),
          ((2, 3), (2, 3, 4, 5)), ((3,), (2, 3, 4, 5)), ((2, 3, 4, 5), (4,)), ((4,), (2, 4, 3)), ((2, 3), (3, 4))]
for op in OPS:
    for sa, sb in SHAPES:
        pair("shapes", op, sa, "c", sb, "c", (F32,))

# shape mismatches that the layout routes to a different kernel (fold vs bmm)
for sa, la, sb, lb in [((2, 3, 4), "T", (5, 6), "c"), ((2, 3, 4), "c", (5, 6), "c"), ((2, 3), "c", (4, 6, 5), "T"),
                       ((2, 3), "c", (4, 6, 5), "c"), ((4, 5, 3), "T", (4,), "c"), ((4,), "c", (4, 5, 6), "T"),
                       ((2, 4, 3, 5), "T", (4, 6), "c"), ((2, 3, 4), "permute", (5, 6), "c"),
                       ((2, 3, 4), "c", (2, 5, 6), "T"), ((3, 5, 0), "c", (2, 2), "c")]:
    pair("mismatch", "matmul", sa, la, sb, lb, (F32,))

# dtype mismatches on every path, with and without work to do
DTYPE_PAIRS = [(F32, F64), (F64, F32), (I64, F32), (I32, I64), (F32, I64), (F32, "bool"), ("bool", F32),
               (I64, "bool"), ("bool", "bool"), ("int16", "uint8")]
DTYPE_SHAPES = {
    "mm": [((3, 2), (2, 4)), ((30, 20), (20, 40)), ((2, 0), (0, 3)), ((0, 2), (2, 3)), ((3, 2), (2, 0)), ((2, 3), (4, 5)),
           ((2,), (2, 3))],
    "bmm": [((2, 2, 3), (2, 3, 3)), ((2, 10, 10), (2, 10, 10)), ((2, 2, 0), (2, 0, 3)), ((0, 2, 3), (0, 3, 3)),
            ((2, 0, 3), (2, 3, 3)), ((2, 2, 3), (2, 4, 5)), ((2, 3), (2, 3, 4))],
    "mv": [((3, 2), (2,)), ((2, 0), (0,)), ((0, 2), (2,)), ((2, 3), (4,)), ((2, 3, 3), (3,)), ((), (3,))],
    "dot": [((2,), (2,)), ((0,), (0,)), ((3,), (4,)), ((2, 3), (3,))],
    "outer": [((2,), (3,)), ((0,), (3,)), ((2, 2), (3,))],
    "matmul": [((3,), (3,)), ((0,), (0,)), ((2, 3), (3,)), ((3,), (3, 4)), ((0,), (0, 3)), ((2, 3), (3, 4)),
               ((2, 2, 3), (3, 4)), ((2, 2, 0), (0, 3)), ((2, 3), (2, 3, 4)), ((2, 0), (2, 0, 3)),
               ((2, 2, 3), (2, 3, 4)), ((2, 2, 0), (2, 0, 3)), ((2, 10, 10), (2, 10, 10)), ((2, 2, 3), (3,)),
               ((2, 3, 0), (0,)), ((3,), (2, 3, 4)), ((0,), (2, 0, 3)), ((2, 2, 3), (3, 4, 5)), ((2, 3), (4, 5)),
               ((), (3,))],
}
for op, shapes in DTYPE_SHAPES.items():
    for sa, sb in shapes:
        for da, db in DTYPE_PAIRS:
            add("dtypes", op, operand(da, sa), operand(db, sb))
# the permuted 3D operand sends matmul to bmm, which names the dtypes the other way round
for da, db in [(F32, F64), ("bool", F32), (F32, "bool")]:
    add("dtypes", "matmul", operand(da, (2, 3, 4), "T"), operand(db, (4, 5)))
    add("dtypes", "matmul", operand(da, (2, 3), "c"), operand(db, (4, 3, 5), "T"))

# --- unit dims in the result (strides of size-1 dims follow PyTorch's views), every dim strided
for op, sa, la, sb, lb in [("matmul", (1, 3), "c", (4, 3, 5), "c"), ("matmul", (2, 3), "c", (4, 3, 1), "c"),
                           ("matmul", (1, 3), "T", (4, 3, 1), "c"), ("matmul", (1, 1), "c", (1, 1, 1), "c"),
                           ("matmul", (2, 1, 3), "c", (3, 1), "c"), ("matmul", (1, 2, 3), "T", (3, 1), "c"),
                           ("matmul", (2, 3, 4), "rot", (4, 5), "c"), ("matmul", (2, 3, 4), "rot", (4,), "c"),
                           ("matmul", (2, 3), "c", (4, 3, 5), "rot"), ("matmul", (2, 3, 4), "rot", (2, 4, 5), "rot"),
                           ("bmm", (3, 2, 4), "rot", (3, 4, 5), "rot"), ("bmm", (1, 2, 4), "T", (1, 4, 1), "c")]:
    pair("layouts", op, sa, la, sb, lb, (F32, F64, I64))

doc = {"torch": torch.__version__, "generator": "gen_matmul.py", "cases": cases}
with open(os.path.join(HERE, "matmul.json"), "w") as f:
    json.dump(doc, f, separators=(",", ":"), allow_nan=False)
    f.write("\n")
groups = {}
for c in cases:
    key = c["group"] + (" error" if "error" in c else "")
    groups[key] = groups.get(key, 0) + 1
print(len(cases), "cases", groups)
