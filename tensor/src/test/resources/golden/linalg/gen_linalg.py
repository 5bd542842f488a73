"""Generates linalg.json for torch4j's LinalgGoldenTest from real PyTorch 1.13.

    /usr/bin/python3 tensor/src/test/resources/golden/linalg/gen_linalg.py

Each case names an op (the Java test maps it to the torch4j call), its arguments (tensors as
dtype/shape/row-major data, numbers, strings, lists) and what PyTorch did: the result(s)
(dtype, shape, values, grad_fn name when an input requires grad) or the exception type and the
first line of its message. For float64 cases whose inputs require grad, "grads" holds the
gradients of sum_i <out_i, w_i> with fixed weights w_i = cos(arange(numel)) reshaped to each
output, so backward formulas are compared entry by entry with PyTorch's, not only by gradcheck.
Non-finite floats are written as the strings "nan", "inf", "-inf".
"""
import json
import math
import os
import subprocess
import sys
import warnings

import torch

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
g = torch.Generator().manual_seed(1913)
NAMES = {torch.float32: "float32", torch.float64: "float64", torch.int64: "int64", torch.int32: "int32",
         torch.int16: "int16", torch.int8: "int8", torch.uint8: "uint8", torch.bool: "bool"}


def enc(v):
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
    return v


def tj(t):
    return {"dtype": NAMES[t.dtype], "shape": list(t.shape), "data": [enc(v) for v in t.detach().reshape(-1).tolist()],
            "grad": bool(t.requires_grad)}


def aj(a):
    if torch.is_tensor(a):
        return {"tensor": tj(a)}
    if isinstance(a, (list, tuple)) and a and torch.is_tensor(a[0]):
        return {"tensors": [tj(x) for x in a]}
    return {"value": enc(a) if isinstance(a, float) else a}


def rn(*shape, dtype=torch.float64, grad=False, scale=1.0):
    t = (torch.randn(*shape, generator=g, dtype=torch.float64) * scale).to(dtype)
    return t.requires_grad_() if grad else t


def spd(*shape, dtype=torch.float64, grad=False):
    n = shape[-1]
    a = torch.randn(*shape, generator=g, dtype=torch.float64)
    t = (a @ a.transpose(-2, -1) + n * torch.eye(n, dtype=torch.float64)).to(dtype)
    return t.requires_grad_() if grad else t


def ints(*shape, dtype=torch.int64, lo=-3, hi=4):
    return torch.randint(lo, hi, shape, generator=g).to(dtype)


cases = []


def case(name, op, fn, *args, tol=None):
    c = {"name": name, "op": op, "args": [aj(a) for a in args]}
    if tol:
        c["tol"] = tol
    try:
        out = fn(*args)
        outs = list(out) if isinstance(out, tuple) else [out]
        c["out"] = [tj(o) for o in outs]
        c["grad_fn"] = [type(o.grad_fn).__name__ if o.grad_fn is not None else None for o in outs]
        inputs = [a for a in args if torch.is_tensor(a) and a.requires_grad]
        if inputs and all(a.dtype == torch.float64 for a in inputs):
            total = 0
            for o in outs:
                if o.requires_grad and o.numel() > 0:
                    w = torch.cos(torch.arange(o.numel(), dtype=torch.float64)).reshape(o.shape)
                    total = total + (o * w).sum()
            grads = torch.autograd.grad(total, inputs, allow_unused=True)
            c["grads"] = [tj(x if x is not None else torch.zeros_like(i)) for x, i in zip(grads, inputs)]
    except Exception as e:
        c["error"] = {"type": type(e).__name__, "msg": str(e).split("\n")[0]}
    cases.append(c)


T = torch
F32, F64, I64 = torch.float32, torch.float64, torch.int64

# ---------------------------------------------------------------- the addmm family
for dt in (F32, F64):
    case(f"addmm {dt}", "addmm", lambda s, a, b: T.addmm(s, a, b), rn(3, dtype=dt), rn(2, 4, dtype=dt), rn(4, 3, dtype=dt))
case("addmm beta alpha", "addmm", lambda s, a, b, be, al: T.addmm(s, a, b, beta=be, alpha=al), rn(2, 3), rn(2, 4), rn(4, 3), 0.5, -2.0)
case("addmm beta0 nan", "addmm", lambda s, a, b, be, al: T.addmm(s, a, b, beta=be, alpha=al), T.full((2, 3), float("nan"), dtype=F64), rn(2, 4), rn(4, 3), 0.0, 1.0)
case("addmm transposed", "addmm", lambda s, a, b: T.addmm(s, a, b), rn(1, 3), rn(4, 2).t(), rn(3, 4).t())
case("addmm int", "addmm", lambda s, a, b, be, al: T.addmm(s, a, b, beta=be, alpha=al), ints(3), ints(2, 4), ints(4, 3), 2.0, 3.0)
case("addmm int frac", "addmm", lambda s, a, b, be, al: T.addmm(s, a, b, beta=be, alpha=al), ints(3), ints(2, 4), ints(4, 3), 0.5, 1.5)
case("addmm empty k", "addmm", lambda s, a, b, be, al: T.addmm(s, a, b, beta=be, alpha=al), rn(3), rn(2, 0), rn(0, 3), 2.0, 1.0)
case("addmm grad", "addmm", lambda s, a, b, be, al: T.addmm(s, a, b, beta=be, alpha=al), rn(3, grad=True), rn(2, 4, grad=True), rn(4, 3, grad=True), 0.5, 2.0)
case("addmm bad bcast", "addmm", lambda s, a, b: T.addmm(s, a, b), rn(4), rn(2, 4), rn(4, 3))
case("addmm 1d", "addmm", lambda s, a, b: T.addmm(s, a, b), rn(3), rn(4), rn(4, 3))
case("addmm mat2 1d", "addmm", lambda s, a, b: T.addmm(s, a, b), rn(3), rn(2, 4), rn(4))
case("addmm mismatch", "addmm", lambda s, a, b: T.addmm(s, a, b), rn(3), rn(2, 4), rn(5, 3))
case("addmm self dtype", "addmm", lambda s, a, b: T.addmm(s, a, b), rn(3, dtype=F32), rn(2, 4), rn(4, 3))
case("addmm mat1 dtype", "addmm", lambda s, a, b: T.addmm(s, a, b), rn(3), rn(2, 4, dtype=F32), rn(4, 3))
case("addmm bool", "addmm", lambda s, a, b: T.addmm(s, a, b), T.ones(3, dtype=torch.bool), T.ones(2, 4, dtype=torch.bool), T.ones(4, 3, dtype=torch.bool))
case("addmm_", "addmm_", lambda s, a, b, be, al: s.clone().addmm_(a, b, beta=be, alpha=al), rn(2, 3), rn(2, 4), rn(4, 3), 2.0, 0.5)
case("addmm_ grad", "addmm_", lambda s, a, b, be, al: (s * 1).addmm_(a, b, beta=be, alpha=al), rn(2, 3, grad=True), rn(2, 4, grad=True), rn(4, 3), 2.0, 0.5)
case("addmm_ bcast self", "addmm_", lambda s, a, b, be, al: s.addmm_(a, b, beta=be, alpha=al), rn(3), rn(2, 4), rn(4, 3), 1.0, 1.0)

case("addbmm", "addbmm", lambda s, a, b, be, al: T.addbmm(s, a, b, beta=be, alpha=al), rn(3), rn(2, 2, 4), rn(2, 4, 3), 2.0, 0.5)
case("addbmm grad", "addbmm", lambda s, a, b, be, al: T.addbmm(s, a, b, beta=be, alpha=al), rn(2, 1, grad=True), rn(3, 2, 4, grad=True), rn(3, 4, 3, grad=True), 2.0, 0.5)
case("addbmm int", "addbmm", lambda s, a, b, be, al: T.addbmm(s, a, b, beta=be, alpha=al), ints(3), ints(2, 2, 4), ints(2, 4, 3), 1.0, 1.0)
case("addbmm empty batch", "addbmm", lambda s, a, b, be, al: T.addbmm(s, a, b, beta=be, alpha=al), rn(3), rn(0, 2, 4), rn(0, 4, 3), 2.0, 1.0)
case("addbmm 2d", "addbmm", lambda s, a, b, be, al: T.addbmm(s, a, b, beta=be, alpha=al), rn(3), rn(2, 4), rn(2, 4, 3), 1.0, 1.0)
case("addbmm b2 2d", "addbmm", lambda s, a, b, be, al: T.addbmm(s, a, b, beta=be, alpha=al), rn(3), rn(2, 2, 4), rn(4, 3), 1.0, 1.0)
case("addbmm batches", "addbmm", lambda s, a, b, be, al: T.addbmm(s, a, b, beta=be, alpha=al), rn(3), rn(2, 2, 4), rn(3, 4, 3), 1.0, 1.0)
case("addbmm mismatch", "addbmm", lambda s, a, b, be, al: T.addbmm(s, a, b, beta=be, alpha=al), rn(3), rn(2, 2, 4), rn(2, 5, 3), 1.0, 1.0)
case("addbmm dtype", "addbmm", lambda s, a, b, be, al: T.addbmm(s, a, b, beta=be, alpha=al), rn(3), rn(2, 2, 4), rn(2, 4, 3, dtype=F32), 1.0, 1.0)
case("addbmm_", "addbmm_", lambda s, a, b, be, al: s.clone().addbmm_(a, b, beta=be, alpha=al), rn(2, 3), rn(2, 2, 4), rn(2, 4, 3), 0.0, 2.0)

case("baddbmm", "baddbmm", lambda s, a, b, be, al: T.baddbmm(s, a, b, beta=be, alpha=al), rn(2, 3), rn(2, 2, 4), rn(2, 4, 3), 2.0, 0.5)
case("baddbmm grad", "baddbmm", lambda s, a, b, be, al: T.baddbmm(s, a, b, beta=be, alpha=al), rn(1, 2, 1, grad=True), rn(3, 2, 4, grad=True), rn(3, 4, 3, grad=True), -1.0, 0.5)
case("baddbmm beta0 nan", "baddbmm", lambda s, a, b, be, al: T.baddbmm(s, a, b, beta=be, alpha=al), T.full((3,), float("nan"), dtype=F64), rn(2, 2, 4), rn(2, 4, 3), 0.0, 1.0)
case("baddbmm self dtype", "baddbmm", lambda s, a, b, be, al: T.baddbmm(s, a, b, beta=be, alpha=al), rn(3, dtype=F32), rn(2, 2, 4), rn(2, 4, 3), 1.0, 1.0)
case("baddbmm int", "baddbmm", lambda s, a, b, be, al: T.baddbmm(s, a, b, beta=be, alpha=al), ints(3), ints(2, 2, 4), ints(2, 4, 3), 2.0, 3.0)
case("baddbmm dtype", "baddbmm", lambda s, a, b, be, al: T.baddbmm(s, a, b, beta=be, alpha=al), rn(3), rn(2, 2, 4, dtype=F32), rn(2, 4, 3), 1.0, 1.0)
case("baddbmm batches", "baddbmm", lambda s, a, b, be, al: T.baddbmm(s, a, b, beta=be, alpha=al), rn(3), rn(2, 2, 4), rn(3, 4, 3), 1.0, 1.0)
case("baddbmm bad self", "baddbmm", lambda s, a, b, be, al: T.baddbmm(s, a, b, beta=be, alpha=al), rn(4), rn(2, 2, 4), rn(2, 4, 3), 1.0, 1.0)
case("baddbmm bool", "baddbmm", lambda s, a, b, be, al: T.baddbmm(s, a, b, beta=be, alpha=al), T.ones(3, dtype=torch.bool), T.ones(2, 2, 4, dtype=torch.bool), T.ones(2, 4, 3, dtype=torch.bool), 1.0, 1.0)
case("baddbmm_", "baddbmm_", lambda s, a, b, be, al: s.clone().baddbmm_(a, b, beta=be, alpha=al), rn(2, 2, 3), rn(2, 2, 4), rn(2, 4, 3), 0.5, 1.0)
case("baddbmm_ bcast", "baddbmm_", lambda s, a, b, be, al: s.baddbmm_(a, b, beta=be, alpha=al), rn(3), rn(2, 2, 4), rn(2, 4, 3), 1.0, 1.0)

case("addmv", "addmv", lambda s, a, b, be, al: T.addmv(s, a, b, beta=be, alpha=al), rn(2), rn(2, 3), rn(3), 2.0, 0.5)
case("addmv bcast", "addmv", lambda s, a, b, be, al: T.addmv(s, a, b, beta=be, alpha=al), rn(1), rn(2, 3), rn(3), 1.0, 1.0)
case("addmv grad", "addmv", lambda s, a, b, be, al: T.addmv(s, a, b, beta=be, alpha=al), rn(2, grad=True), rn(2, 3, grad=True), rn(3, grad=True), 0.5, 3.0)
case("addmv int", "addmv", lambda s, a, b, be, al: T.addmv(s, a, b, beta=be, alpha=al), ints(2), ints(2, 3), ints(3), 2.0, 3.0)
case("addmv self dtype", "addmv", lambda s, a, b, be, al: T.addmv(s, a, b, beta=be, alpha=al), rn(2, dtype=F32), rn(2, 3), rn(3), 1.0, 1.0)
case("addmv vec dtype", "addmv", lambda s, a, b, be, al: T.addmv(s, a, b, beta=be, alpha=al), rn(2), rn(2, 3), rn(3, dtype=F32), 1.0, 1.0)
case("addmv bad self", "addmv", lambda s, a, b, be, al: T.addmv(s, a, b, beta=be, alpha=al), rn(3), rn(2, 3), rn(3), 1.0, 1.0)
case("addmv mismatch", "addmv", lambda s, a, b, be, al: T.addmv(s, a, b, beta=be, alpha=al), rn(2), rn(2, 3), rn(4), 1.0, 1.0)
case("addmv vec 2d", "addmv", lambda s, a, b, be, al: T.addmv(s, a, b, beta=be, alpha=al), rn(2), rn(2, 3), rn(3, 1), 1.0, 1.0)
case("addmv_", "addmv_", lambda s, a, b, be, al: s.clone().addmv_(a, b, beta=be, alpha=al), rn(2), rn(2, 3), rn(3), 1.0, 2.0)
case("addmv_ bcast", "addmv_", lambda s, a, b, be, al: s.addmv_(a, b, beta=be, alpha=al), rn(1), rn(2, 3), rn(3), 1.0, 1.0)

case("addr", "addr", lambda s, a, b, be, al: T.addr(s, a, b, beta=be, alpha=al), rn(3), rn(2), rn(3), 2.0, 0.5)
case("addr grad", "addr", lambda s, a, b, be, al: T.addr(s, a, b, beta=be, alpha=al), rn(2, 3, grad=True), rn(2, grad=True), rn(3, grad=True), 2.0, 0.5)
case("addr promo", "addr", lambda s, a, b, be, al: T.addr(s, a, b, beta=be, alpha=al), ints(3), ints(2), rn(3, dtype=F32), 1.0, 1.0)
case("addr int", "addr", lambda s, a, b, be, al: T.addr(s, a, b, beta=be, alpha=al), ints(3), ints(2), ints(3), 2, 3)
case("addr int frac", "addr", lambda s, a, b, be, al: T.addr(s, a, b, beta=be, alpha=al), ints(3), ints(2), ints(3), 1, 0.5)
case("addr bool", "addr", lambda s, a, b, be, al: T.addr(s, a, b, beta=be, alpha=al), T.tensor([True, False, False]), T.tensor([True, False]), T.tensor([False, True, True]), 1, 1)
case("addr beta0 nan", "addr", lambda s, a, b, be, al: T.addr(s, a, b, beta=be, alpha=al), T.full((3,), float("nan"), dtype=F64), rn(2), rn(3), 0.0, 1.0)
case("addr 2d vec", "addr", lambda s, a, b, be, al: T.addr(s, a, b, beta=be, alpha=al), rn(3), rn(2, 1), rn(3), 1.0, 1.0)
case("addr_", "addr_", lambda s, a, b, be, al: s.clone().addr_(a, b, beta=be, alpha=al), rn(2, 3), rn(2), rn(3), 1.0, -1.0)
case("addr_ 1d self", "addr_", lambda s, a, b, be, al: s.addr_(a, b, beta=be, alpha=al), rn(3), rn(2), rn(3), 1.0, 1.0)
case("addr_ cast", "addr_", lambda s, a, b, be, al: s.addr_(a, b, beta=be, alpha=al), ints(2, 3), rn(2, dtype=F32), rn(3, dtype=F32), 1, 1)

# ---------------------------------------------------------------- products
case("trace", "trace", lambda a: a.trace(), rn(3, 4))
case("trace grad", "trace", lambda a: a.trace(), rn(3, 2, grad=True))
case("trace int8", "trace", lambda a: a.trace(), ints(3, 3, dtype=torch.int8))
case("trace empty", "trace", lambda a: a.trace(), rn(0, 3))
case("trace 3d", "trace", lambda a: a.trace(), rn(2, 2, 2))
case("trace bool", "trace", lambda a: a.trace(), T.ones(2, 2, dtype=torch.bool))
case("inner 1d", "inner", lambda a, b: T.inner(a, b), rn(4, grad=True), rn(4, grad=True))
case("inner nd", "inner", lambda a, b: T.inner(a, b), rn(2, 3, 4, grad=True), rn(5, 4, grad=True))
case("inner scalar", "inner", lambda a, b: T.inner(a, b), rn(2, 3, grad=True), T.tensor(2.0, dtype=F64))
case("inner int", "inner", lambda a, b: T.inner(a, b), ints(2, 3), ints(3))
case("inner mismatch", "inner", lambda a, b: T.inner(a, b), rn(2, 3), rn(2, 4))
case("inner dtypes", "inner", lambda a, b: T.inner(a, b), ints(3), rn(3, dtype=F32))
case("ger", "ger", lambda a, b: T.ger(a, b), rn(3, grad=True), rn(2, grad=True))
case("ger promo", "ger", lambda a, b: T.ger(a, b), ints(3), rn(2, dtype=F32))
case("ger 2d", "ger", lambda a, b: T.ger(a, b), rn(2, 2), rn(2))
case("vdot", "vdot", lambda a, b: T.vdot(a, b), rn(4, grad=True), rn(4, grad=True))
case("vdot int", "vdot", lambda a, b: T.vdot(a, b), ints(4), ints(4))
case("vdot 2d", "vdot", lambda a, b: T.vdot(a, b), rn(2, 2), rn(2, 2))
case("vdot dtypes", "vdot", lambda a, b: T.vdot(a, b), rn(2, dtype=F32), rn(2))
case("vdot sizes", "vdot", lambda a, b: T.vdot(a, b), rn(2), rn(3))
case("kron", "kron", lambda a, b: T.kron(a, b), rn(2, 3, grad=True), rn(3, 2, grad=True))
case("kron ranks", "kron", lambda a, b: T.kron(a, b), rn(2, 2, 2), rn(3))
case("kron promo", "kron", lambda a, b: T.kron(a, b), ints(2), rn(2, dtype=F32))
case("kron 0d", "kron", lambda a, b: T.kron(a, b), T.tensor(3.0, dtype=F64), rn(2))
case("cross default", "cross", lambda a, b: T.cross(a, b), rn(4, 3, grad=True), rn(4, 3, grad=True))
case("cross first3", "cross", lambda a, b: T.cross(a, b), rn(3, 3, 2), rn(3, 3, 2))
case("cross dim", "cross", lambda a, b, d: T.cross(a, b, dim=d), rn(3, 2, grad=True), rn(3, 2, grad=True), 0)
case("cross bcast", "cross", lambda a, b, d: T.cross(a, b, dim=d), rn(1, 3, grad=True), rn(4, 3, grad=True), -1)
case("cross int", "cross", lambda a, b: T.cross(a, b), ints(3), ints(3))
case("cross dtypes", "cross", lambda a, b: T.cross(a, b), ints(3), rn(3, dtype=F32))
case("cross none3", "cross", lambda a, b: T.cross(a, b), rn(2, 2), rn(2, 2))
case("cross bad dim", "cross", lambda a, b, d: T.cross(a, b, dim=d), rn(3, 2), rn(3, 2), 1)
case("cross ndim", "cross", lambda a, b, d: T.cross(a, b, dim=d), rn(2, 3), rn(3), -1)
case("linalg.cross", "linalg.cross", lambda a, b: T.linalg.cross(a, b), rn(2, 3, grad=True), rn(2, 3, grad=True))
case("linalg.cross bad", "linalg.cross", lambda a, b: T.linalg.cross(a, b), rn(3, 2), rn(3, 2))

# ---------------------------------------------------------------- function-only
case("einsum mm", "einsum", lambda e, a, b: T.einsum(e, a, b), "ij,jk->ik", rn(2, 3, grad=True), rn(3, 4, grad=True))
case("einsum implicit", "einsum", lambda e, a, b: T.einsum(e, a, b), "ij,jk", rn(2, 3), rn(3, 4))
case("einsum implicit order", "einsum", lambda e, a, b: T.einsum(e, a, b), "ba,cb", rn(2, 3), rn(4, 2))
case("einsum trace", "einsum", lambda e, a: T.einsum(e, a), "ii", rn(3, 3, grad=True))
case("einsum diag", "einsum", lambda e, a: T.einsum(e, a), "ii->i", rn(3, 3, grad=True))
case("einsum outer", "einsum", lambda e, a, b: T.einsum(e, a, b), "i,j->ij", rn(3, grad=True), rn(2, grad=True))
case("einsum bmm", "einsum", lambda e, a, b: T.einsum(e, a, b), "bij,bjk->bik", rn(2, 3, 4, grad=True), rn(2, 4, 5, grad=True))
case("einsum ellipsis", "einsum", lambda e, a, b: T.einsum(e, a, b), "...ij,...jk->...ik", rn(2, 3, 4), rn(1, 4, 2))
case("einsum ellipsis implicit", "einsum", lambda e, a: T.einsum(e, a), "...ij", rn(2, 3, 4))
case("einsum ellipsis summed", "einsum", lambda e, a: T.einsum(e, a), "...ij->j", rn(2, 3, 4, grad=True))
case("einsum ellipsis middle", "einsum", lambda e, a: T.einsum(e, a), "ij...->ji", rn(3, 2, 4))
case("einsum transpose", "einsum", lambda e, a: T.einsum(e, a), "ij->ji", rn(2, 3))
case("einsum sum", "einsum", lambda e, a: T.einsum(e, a), "ij->", rn(2, 3, grad=True))
case("einsum three", "einsum", lambda e, a, b, c: T.einsum(e, a, b, c), "ij,jk,kl->il", rn(2, 3, grad=True), rn(3, 4, grad=True), rn(4, 2, grad=True))
case("einsum bilinear", "einsum", lambda e, a, b, c: T.einsum(e, a, b, c), "bn,anm,bm->ba", rn(2, 3), rn(4, 3, 5), rn(2, 5))
case("einsum repeated", "einsum", lambda e, a, b: T.einsum(e, a, b), "iij,jk->ik", rn(3, 3, 2, grad=True), rn(2, 4, grad=True))
case("einsum batch diag", "einsum", lambda e, a: T.einsum(e, a), "bii->bi", rn(2, 3, 3))
case("einsum dot", "einsum", lambda e, a, b: T.einsum(e, a, b), "i,i->", rn(4), rn(4))
case("einsum hadamard", "einsum", lambda e, a, b: T.einsum(e, a, b), "ij,ij->ij", rn(2, 3), rn(2, 3))
case("einsum upper", "einsum", lambda e, a, b: T.einsum(e, a, b), "Ab,bc->Ac", rn(2, 3), rn(3, 2))
case("einsum int", "einsum", lambda e, a, b: T.einsum(e, a, b), "ij,jk->ik", ints(2, 3), ints(3, 2))
case("einsum too many", "einsum", lambda e, a, b: T.einsum(e, a, b), "ij->i", rn(2, 3), rn(3))
case("einsum too few", "einsum", lambda e, a: T.einsum(e, a), "ij,jk->ik", rn(2, 3))
case("einsum dims", "einsum", lambda e, a: T.einsum(e, a), "ijk->i", rn(2, 3))
case("einsum bad char", "einsum", lambda e, a: T.einsum(e, a), "i1->i", rn(2, 3))
case("einsum repeated sizes", "einsum", lambda e, a: T.einsum(e, a), "ii->i", rn(2, 3))
case("einsum broadcast", "einsum", lambda e, a, b: T.einsum(e, a, b), "ij,ij->ij", rn(2, 3), rn(4, 3))
case("einsum out twice", "einsum", lambda e, a: T.einsum(e, a), "ij->ii", rn(2, 3))
case("einsum out unknown", "einsum", lambda e, a: T.einsum(e, a), "ij->k", rn(2, 3))
case("tensordot int", "tensordot", lambda a, b, d: T.tensordot(a, b, dims=d), rn(2, 3, 4, grad=True), rn(3, 4, 5, grad=True), 2)
case("tensordot 0", "tensordot", lambda a, b, d: T.tensordot(a, b, dims=d), rn(2, 3), rn(4), 0)
case("tensordot pairs", "tensordot2", lambda a, b, da, db: T.tensordot(a, b, dims=(da, db)), rn(3, 4, 5), rn(4, 3, 2), [1, 0], [0, 1])
case("tensordot size-1", "tensordot2", lambda a, b, da, db: T.tensordot(a, b, dims=(da, db)), rn(3, 1, grad=True), rn(4, 2, grad=True), [1], [1])
case("tensordot mismatch", "tensordot2", lambda a, b, da, db: T.tensordot(a, b, dims=(da, db)), rn(3, 4), rn(5, 3), [1], [0])
case("tensordot lengths", "tensordot2", lambda a, b, da, db: T.tensordot(a, b, dims=(da, db)), rn(3, 4), rn(4, 3), [1, 0], [0])
case("tensordot negative", "tensordot", lambda a, b, d: T.tensordot(a, b, dims=d), rn(2, 3), rn(3, 2), -1)
case("tensordot too many", "tensordot", lambda a, b, d: T.tensordot(a, b, dims=d), rn(2, 3), rn(3, 2), 3)
case("cdist", "cdist", lambda a, b: T.cdist(a, b), rn(4, 3, grad=True), rn(5, 3, grad=True))
case("cdist batch", "cdist", lambda a, b: T.cdist(a, b), rn(2, 3, 2), rn(2, 4, 2))
for p in (0.0, 1.0, 1.5, 3.0, float("inf")):
    case(f"cdist p={p}", "cdist_p", lambda a, b, p: T.cdist(a, b, p=p), rn(3, 2, grad=True), rn(4, 2, grad=True), p)
case("cdist 1d", "cdist", lambda a, b: T.cdist(a, b), rn(3), rn(3, 3))
case("cdist cols", "cdist", lambda a, b: T.cdist(a, b), rn(3, 2), rn(3, 3))
case("cdist int", "cdist", lambda a, b: T.cdist(a, b), ints(3, 2), ints(3, 2))
case("cdist negative p", "cdist_p", lambda a, b, p: T.cdist(a, b, p=p), rn(3, 2), rn(3, 2), -1.0)
case("chain_matmul", "chain_matmul", lambda ms: T.chain_matmul(*ms), [rn(2, 3, grad=True), rn(3, 4, grad=True), rn(4, 1, grad=True)])
case("chain_matmul 4", "chain_matmul", lambda ms: T.chain_matmul(*ms), [rn(5, 2), rn(2, 6), rn(6, 3), rn(3, 4)])
case("chain_matmul one", "chain_matmul", lambda ms: T.chain_matmul(*ms), [rn(2, 3)])
case("chain_matmul 1d", "chain_matmul", lambda ms: T.chain_matmul(*ms), [rn(3), rn(3, 2)])
case("multi_dot", "linalg.multi_dot", lambda ms: T.linalg.multi_dot(ms), [rn(3, grad=True), rn(3, 4, grad=True), rn(4, grad=True)])
case("multi_dot 2d", "linalg.multi_dot", lambda ms: T.linalg.multi_dot(ms), [rn(2, 3), rn(3, 4), rn(4, 5), rn(5, 2)])
case("multi_dot one", "linalg.multi_dot", lambda ms: T.linalg.multi_dot(ms), [rn(2, 3)])
case("multi_dot shapes", "linalg.multi_dot", lambda ms: T.linalg.multi_dot(ms), [rn(2, 3), rn(4, 2)])
case("multi_dot 3d", "linalg.multi_dot", lambda ms: T.linalg.multi_dot(ms), [rn(2, 3), rn(3, 4, 1), rn(4, 2)])

# ---------------------------------------------------------------- decompositions
for dt in (F32, F64):
    case(f"det {dt}", "det", lambda a: T.det(a), rn(3, 3, dtype=dt))
    case(f"inverse {dt}", "inverse", lambda a: T.inverse(a), rn(4, 4, dtype=dt), tol=1e-4)
    case(f"cholesky {dt}", "cholesky", lambda a: T.cholesky(a), spd(3, 3, dtype=dt))
    case(f"qr {dt}", "qr", lambda a: T.qr(a), rn(4, 3, dtype=dt))
    case(f"svd {dt}", "svd", lambda a: T.svd(a), rn(4, 3, dtype=dt))
case("det grad", "det", lambda a: T.det(a), rn(3, 3, grad=True))
case("det batch", "det", lambda a: T.det(a), rn(2, 3, 3, grad=True))
case("det singular", "det", lambda a: T.det(a), T.tensor([[1.0, 2.0], [2.0, 4.0]], dtype=F64))
case("det singular grad", "det", lambda a: T.det(a), T.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 1.0, 1.0]], dtype=F64, requires_grad=True))
case("det empty", "det", lambda a: T.det(a), rn(0, 0))
case("det int", "det", lambda a: T.det(a), ints(2, 2))
case("det nonsquare", "det", lambda a: T.det(a), rn(3, 2))
case("det 1d", "det", lambda a: T.det(a), rn(3))
case("logdet", "logdet", lambda a: T.logdet(a), spd(3, 3, grad=True))
case("logdet negative", "logdet", lambda a: T.logdet(a), T.tensor([[0.0, 1.0], [1.0, 0.0]], dtype=F64))
case("logdet zero", "logdet", lambda a: T.logdet(a), T.zeros(2, 2, dtype=F64))
case("slogdet", "slogdet", lambda a: T.slogdet(a), rn(2, 3, 3, grad=True))
case("linalg.slogdet", "linalg.slogdet", lambda a: T.linalg.slogdet(a), rn(3, 3, grad=True))
case("inverse grad", "inverse", lambda a: T.inverse(a), rn(3, 3, grad=True))
case("inverse batch", "inverse", lambda a: T.inverse(a), rn(2, 3, 3))
case("inverse singular", "inverse", lambda a: T.inverse(a), T.zeros(3, 3))
case("inverse singular batch", "inverse", lambda a: T.inverse(a), T.stack([T.eye(2), T.tensor([[1.0, 2.0], [2.0, 4.0]])]))
case("inverse int", "inverse", lambda a: T.inverse(a), ints(3, 3))
case("inverse nonsquare", "inverse", lambda a: T.inverse(a), rn(3, 2))
case("inverse 1d", "inverse", lambda a: T.inverse(a), rn(3))
case("linalg.inv", "linalg.inv", lambda a: T.linalg.inv(a), rn(3, 3, grad=True))
case("linalg.det", "linalg.det", lambda a: T.linalg.det(a), rn(3, 3, grad=True))
case("solve", "linalg.solve", lambda a, b: T.linalg.solve(a, b), rn(3, 3, grad=True), rn(3, 2, grad=True))
case("solve vector", "linalg.solve", lambda a, b: T.linalg.solve(a, b), rn(3, 3, grad=True), rn(3, grad=True))
case("solve batch vector", "linalg.solve", lambda a, b: T.linalg.solve(a, b), rn(2, 3, 3, grad=True), rn(2, 3, grad=True))
case("solve bcast", "linalg.solve", lambda a, b: T.linalg.solve(a, b), rn(2, 3, 3, grad=True), rn(3, 4, grad=True))
case("solve singular", "linalg.solve", lambda a, b: T.linalg.solve(a, b), T.zeros(3, 3), T.ones(3, 2))
case("solve dtypes", "linalg.solve", lambda a, b: T.linalg.solve(a, b), rn(3, 3), rn(3, dtype=F32))
case("cholesky grad", "cholesky", lambda a: T.cholesky(a), spd(3, 3, grad=True))
case("cholesky upper", "cholesky_upper", lambda a, u: T.cholesky(a, upper=u), spd(2, 3, 3, grad=True), True)
case("cholesky npd", "cholesky", lambda a: T.cholesky(a), T.tensor([[1.0, 2.0], [2.0, 1.0]]))
case("cholesky npd batch", "cholesky", lambda a: T.cholesky(a), T.tensor([[[1.0, 0.0], [0.0, 1.0]], [[1.0, 2.0], [2.0, 1.0]]]))
case("linalg.cholesky", "linalg.cholesky", lambda a: T.linalg.cholesky(a), spd(3, 3, grad=True))
case("linalg.cholesky upper", "linalg.cholesky_upper", lambda a, u: T.linalg.cholesky(a, upper=u), spd(3, 3, grad=True), True)
case("linalg.cholesky npd", "linalg.cholesky", lambda a: T.linalg.cholesky(a), -T.eye(3))
case("linalg.cholesky int", "linalg.cholesky", lambda a: T.linalg.cholesky(a), ints(2, 2))
case("qr grad", "qr", lambda a: T.qr(a), rn(4, 3, grad=True))
case("qr wide grad", "qr", lambda a: T.qr(a), rn(2, 4, grad=True))
case("qr batch", "qr", lambda a: T.qr(a), rn(2, 3, 3, grad=True))
case("qr complete", "qr_some", lambda a, s: T.qr(a, some=s), rn(4, 2), False)
case("linalg.qr", "linalg.qr", lambda a: T.linalg.qr(a), rn(3, 3, grad=True))
case("linalg.qr complete", "linalg.qr_mode", lambda a, m: T.linalg.qr(a, mode=m), rn(4, 3), "complete")
case("linalg.qr r", "linalg.qr_mode", lambda a, m: T.linalg.qr(a, mode=m), rn(4, 3), "r")
case("linalg.qr bad mode", "linalg.qr_mode", lambda a, m: T.linalg.qr(a, mode=m), rn(4, 3), "full")
case("qr int", "qr", lambda a: T.qr(a), ints(3, 3))
case("svd grad", "svd", lambda a: T.svd(a), rn(4, 3, grad=True))
case("svd wide grad", "svd", lambda a: T.svd(a), rn(2, 4, grad=True))
case("svd batch", "svd", lambda a: T.svd(a), rn(2, 3, 3, grad=True))
case("svd some false", "svd_some", lambda a, s: T.svd(a, some=s), rn(4, 2), False)
case("svd no uv", "svd_uv", lambda a, s, c: T.svd(a, some=s, compute_uv=c), rn(3, 2), True, False)
case("linalg.svd", "linalg.svd", lambda a: T.linalg.svd(a), rn(3, 4))
case("linalg.svd reduced", "linalg.svd_full", lambda a, f: T.linalg.svd(a, full_matrices=f), rn(3, 4, grad=True), False)
case("linalg.svdvals", "linalg.svdvals", lambda a: T.linalg.svdvals(a), rn(4, 3, grad=True))
case("linalg.svd int", "linalg.svd", lambda a: T.linalg.svd(a), ints(3, 3))
case("eigh", "linalg.eigh", lambda a: T.linalg.eigh(a), spd(3, 3, grad=True))
case("eigh upper", "linalg.eigh_uplo", lambda a, u: T.linalg.eigh(a, UPLO=u), rn(3, 3), "U")
case("eigh batch", "linalg.eigh", lambda a: T.linalg.eigh(a), spd(2, 3, 3))
case("eigvalsh", "linalg.eigvalsh", lambda a: T.linalg.eigvalsh(a), spd(3, 3, grad=True))
case("eigh bad uplo", "linalg.eigh_uplo", lambda a, u: T.linalg.eigh(a, UPLO=u), rn(3, 3), "X")
case("pinverse", "pinverse", lambda a: T.pinverse(a), rn(3, 4, grad=True))
case("pinverse tall", "pinverse", lambda a: T.pinverse(a), rn(4, 2, grad=True))
case("pinverse rank1", "pinverse", lambda a: T.pinverse(a), T.ones(2, 3, dtype=F64))
case("pinverse rcond", "pinverse_rcond", lambda a, r: T.pinverse(a, rcond=r), rn(3, 3), 0.5)
case("linalg.pinv", "linalg.pinv", lambda a: T.linalg.pinv(a), rn(2, 3, 2, grad=True))
case("matrix_power 0", "matrix_power", lambda a, n: T.matrix_power(a, n), rn(3, 3, grad=True), 0)
case("matrix_power 1", "matrix_power", lambda a, n: T.matrix_power(a, n), rn(3, 3, grad=True), 1)
case("matrix_power 3", "matrix_power", lambda a, n: T.matrix_power(a, n), rn(3, 3, grad=True), 3)
case("matrix_power 5", "matrix_power", lambda a, n: T.matrix_power(a, n), rn(2, 3, 3, grad=True, scale=0.5), 5)
case("matrix_power -2", "matrix_power", lambda a, n: T.matrix_power(a, n), rn(3, 3, grad=True), -2)
case("matrix_power int", "matrix_power", lambda a, n: T.matrix_power(a, n), ints(2, 2), 4)
case("matrix_power int neg", "matrix_power", lambda a, n: T.matrix_power(a, n), ints(2, 2), -1)
case("matrix_power nonsquare", "matrix_power", lambda a, n: T.matrix_power(a, n), rn(2, 3), 2)
case("linalg.matrix_power", "linalg.matrix_power", lambda a, n: T.linalg.matrix_power(a, n), rn(3, 3), 6)

# ---------------------------------------------------------------- norms
case("norm", "linalg.norm", lambda a: T.linalg.norm(a), rn(2, 3, 4, grad=True))
case("norm ord vector", "linalg.norm_ord", lambda a, o: T.linalg.norm(a, o), rn(5, grad=True), 3.0)
case("norm ord matrix", "linalg.norm_ord", lambda a, o: T.linalg.norm(a, o), rn(3, 4), float("inf"))
case("norm fro", "linalg.norm_str", lambda a, o: T.linalg.norm(a, o), rn(3, 4), "fro")
case("norm nuc", "linalg.norm_str", lambda a, o: T.linalg.norm(a, o), rn(3, 4, grad=True), "nuc")
case("norm ord 3d", "linalg.norm_ord", lambda a, o: T.linalg.norm(a, o), rn(2, 3, 4), 2.0)
case("norm dim", "linalg.norm_dim", lambda a, o, d, k: T.linalg.norm(a, o, d, k), rn(2, 3, 4), 1.0, [1], True)
for o in (2.0, 1.0, 0.0, 3.0, 0.5, float("inf"), float("-inf"), -1.0):
    case(f"vector_norm {o}", "linalg.vector_norm_ord", lambda a, o: T.linalg.vector_norm(a, o), rn(2, 3, grad=True), o)
case("vector_norm dim", "linalg.vector_norm_dim", lambda a, o, d, k: T.linalg.vector_norm(a, o, d, k), rn(2, 3, 4, grad=True), 2.0, [0, 2], False)
case("vector_norm keepdim", "linalg.vector_norm_dim", lambda a, o, d, k: T.linalg.vector_norm(a, o, d, k), rn(2, 3, grad=True), float("inf"), [1], True)
case("vector_norm zeros", "linalg.vector_norm_ord", lambda a, o: T.linalg.vector_norm(a, o), T.zeros(3, dtype=F64, requires_grad=True), 2.0)
case("vector_norm f32", "linalg.vector_norm", lambda a: T.linalg.vector_norm(a), rn(4, 5, dtype=F32))
case("vector_norm int", "linalg.vector_norm", lambda a: T.linalg.vector_norm(a), ints(3))
case("vector_norm empty inf", "linalg.vector_norm_ord", lambda a, o: T.linalg.vector_norm(a, o), rn(0, 3), float("inf"))
case("matrix_norm", "linalg.matrix_norm", lambda a: T.linalg.matrix_norm(a), rn(2, 3, 4, grad=True))
for o in (1.0, -1.0, 2.0, -2.0, float("inf"), float("-inf")):
    case(f"matrix_norm {o}", "linalg.matrix_norm_ord", lambda a, o: T.linalg.matrix_norm(a, o), rn(2, 3, 4, grad=True), o)
case("matrix_norm nuc", "linalg.matrix_norm_str", lambda a, o: T.linalg.matrix_norm(a, o), rn(3, 4, grad=True), "nuc")
case("matrix_norm dims", "linalg.matrix_norm_dim", lambda a, o, d, k: T.linalg.matrix_norm(a, o, d, k), rn(3, 2, 4), 1.0, [0, 2], True)
case("matrix_norm bad ord", "linalg.matrix_norm_ord", lambda a, o: T.linalg.matrix_norm(a, o), rn(3, 4), 3.0)
case("matrix_norm 1d", "linalg.matrix_norm", lambda a: T.linalg.matrix_norm(a), rn(3))

# ---------------------------------------------------------------- printing of the result tuples
M = torch.tensor([[4.0, 2.0, 1.0], [2.0, 5.0, 3.0], [1.0, 3.0, 6.0]])
reprs = {
    "slogdet": repr(torch.slogdet(M)), "linalg.slogdet": repr(torch.linalg.slogdet(M)),
    "qr": repr(torch.qr(M)), "linalg.qr": repr(torch.linalg.qr(M)), "svd": repr(torch.svd(M)),
    "linalg.svd": repr(torch.linalg.svd(M)), "linalg.eigh": repr(torch.linalg.eigh(M)),
}
# TORCH_WARN_ONCE fires once per process: each call's warnings are recorded in a fresh interpreter
WARN_CALLS = {"cholesky": "torch.cholesky(torch.eye(2))", "qr": "torch.qr(torch.eye(2))",
              "chain_matmul": "torch.chain_matmul(torch.eye(2), torch.eye(2))", "svd": "torch.svd(torch.eye(2))",
              "cross": "torch.cross(torch.ones(3), torch.ones(3))"}
warned = {}
for key, call in WARN_CALLS.items():
    code = ("import json, warnings, torch\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('always')\n    "
            + call + "\nprint(json.dumps([str(x.message) for x in w]))")
    warned[key] = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
json.dump({"torch": torch.__version__, "cases": cases, "matrix": M.tolist(), "reprs": reprs, "warnings": warned}, open(os.path.join(HERE, "linalg.json"), "w"), indent=0)
print(len(cases), "cases")
