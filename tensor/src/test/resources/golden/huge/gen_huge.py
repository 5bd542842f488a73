#!/usr/bin/python3
"""Golden text for tensors past 2^31 / 2^32 elements and sizes whose product overflows, from real
PyTorch 1.13 (Debian's python3-torch, /usr/bin/python3). Rewrites huge.json next to this script;
HugeNumelTest and SizeOverflowTest replay each case by name through the torch4j API.

Every "huge" tensor is an expanded view of a storage of a few elements, so nothing large is
allocated; a case that would allocate is one PyTorch itself refuses, so its error text is
PyTorch's own (the sizes are chosen past this machine's memory). Each case records
{"repr": repr(result)} or {"error": class name, "message": str(error)}.
Slow: the sums walk up to 6.4e9 elements (a few minutes in all).
"""
import json
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
torch.set_num_threads(1)
G16, G31, G40 = 1 << 16, 1 << 31, 1 << 40
CASES = {}


def case(name, f):
    try:
        CASES[name] = {"repr": repr(f())}
    except Exception as e:  # noqa: BLE001 - the error text is the golden
        CASES[name] = {"error": type(e).__name__, "message": str(e)}


def col(values, n, dtype=torch.float32):
    """A (len(values), n) view: row i repeats values[i] n times (strides (1, 0))."""
    return torch.tensor(values, dtype=dtype).view(-1, 1).expand(len(values), n)


# ---------------------------------------------------------------- item 1: reductions and loops
sq = lambda: torch.ones(1, 1).expand(G16, G16)            # 2^32 elements, one stride-0 run
three = lambda: torch.ones(1).expand(3, G31)               # 3 * 2^31
case("sum/2^32", lambda: sq().sum())
case("mean/2^32", lambda: sq().mean())
case("sum/3x2^31", lambda: three().sum())
case("mean/3x2^31", lambda: three().mean())
case("sum1/3x2^31", lambda: three().sum(1))                # kept dim innermost: outer accumulation
case("mean1/3x2^31", lambda: three().mean(1))
case("sum0/2^31x3", lambda: torch.ones(1, 1).expand(G31, 3).sum(0))
case("sum/int64", lambda: torch.full((1,), 3).expand(3, G31).sum())
case("sum/int32", lambda: torch.full((1,), -7, dtype=torch.int32).expand(G31 + 1).sum())
case("sum/bool", lambda: col([True, False, True], G31 + 3, torch.bool).sum())
case("sum/float64", lambda: torch.full((1,), 0.5, dtype=torch.float64).expand(G31 + 1, 2).sum())
case("prod/ones", lambda: three().prod())
case("prod/minus_one", lambda: torch.full((1,), -1.).expand(G31 + 1).prod())
case("prod/int64", lambda: torch.full((1,), -1).expand(3, G31 + 1).prod())
case("prod1/int64", lambda: col([1, -1, 2], G31 + 1, torch.int64).prod(1))
x = lambda: col([0., 5., 1.], G31)
y = lambda: col([5., 0., 9.], G31)
case("max/x", lambda: x().max())
case("min/x", lambda: x().min())
case("argmax/x", lambda: x().argmax())
case("argmin/x", lambda: x().argmin())
case("argmax/y", lambda: y().argmax())
case("argmin/y", lambda: y().argmin())
case("max1/x.values", lambda: x().max(1).values)
case("max1/x.indices", lambda: x().max(1).indices)
case("min1/y.values", lambda: y().min(1).values)
case("argmax1/y", lambda: y().argmax(1))
case("argmin0/y.t", lambda: y().t().argmin(1))
case("max/nan", lambda: col([1., float('nan'), 2.], G31).max())
case("argmax/nan", lambda: col([1., float('nan'), 2.], G31).argmax())
case("max/int64", lambda: col([3, -4, 9], G31 + 1, torch.int64).max())
case("argmin/int64", lambda: col([3, -4, 9], G31 + 1, torch.int64).argmin())
case("all/ones", lambda: torch.ones(1, 1).expand(G31, 3).all())
case("all/x", lambda: col([1., 1., 0.], G31).all())
case("any/x", lambda: col([0., 0., 2.], G31).any())
case("any/zeros", lambda: torch.zeros(1).expand(G31 + 1).any())
case("all1/x", lambda: col([1., 1., 0.], G31).all(1))
case("any1/x", lambda: col([0., 0., 2.], G31).any(1))
case("var/x", lambda: col([1., 3.], G31).var())
case("std/x", lambda: col([1., 3.], G31).std())
case("var1/x", lambda: col([1., 3.], G31).var(1))
case("std0/x.t", lambda: col([1., 3.], G31).t().std(0))
case("var/unbiased_false", lambda: col([1., 3.], G31).var(unbiased=False))
case("var/float64", lambda: col([-2., 6.], G31, torch.float64).var())
case("cumsum/2^40", lambda: torch.ones(1, 1).expand(1 << 20, 1 << 20).cumsum(1))
case("add/2^40", lambda: torch.ones(1, 1).expand(1 << 20, 1 << 20).add(1))
case("mul/2^40", lambda: torch.ones(1, 1).expand(1 << 20, 1 << 20).mul(torch.ones(1)))
case("exp/2^40", lambda: torch.ones(1, 1).expand(1 << 20, 1 << 20).exp())
case("gt/2^40", lambda: torch.ones(1, 1).expand(1 << 20, 1 << 20).gt(0))
case("contiguous/2^40", lambda: torch.ones(1, 1).expand(1 << 20, 1 << 20).contiguous())
case("clone/2^40", lambda: torch.ones(1, 1).expand(1 << 20, 1 << 20).clone())
case("double/2^40", lambda: torch.ones(1, 1).expand(1 << 20, 1 << 20).double())
case("add/2^62", lambda: torch.ones(1, 1).expand(G31, G31).add(1))
case("contiguous/2^62", lambda: torch.ones(1, 1).expand(G31, G31).contiguous())
case("reshape_copy/2^40", lambda: col([0., 5., 1.], G40).reshape(-1))
case("repr/2^62", lambda: torch.ones(1, 1).expand(G31, G31))
case("repr/2^63-1", lambda: torch.ones(1).expand((1 << 63) - 1))
case("repr/x40", lambda: col([0., 5., 1.], G40))
case("repr/int64", lambda: col([7, -8], G40, torch.int64))
case("item/corner", lambda: col([0., 5., 1.], G40)[-1, -1].item())
case("select/far", lambda: col([0., 5., 1.], G40).select(1, G40 - 7))
case("narrow/far", lambda: col([0., 5., 1.], G40).narrow(1, G40 - 5, 3))
case("slice/far", lambda: col([0., 5., 1.], G40)[:, -2:])
case("t/x40", lambda: col([0., 5., 1.], G40).t().shape)
case("t/stride", lambda: col([0., 5., 1.], G40).t().stride())
case("view/flat", lambda: torch.ones(1, 1).expand(G31, G31).view(-1).shape)
case("view/split", lambda: col([0., 5., 1.], G40).view(3, 1 << 20, 1 << 20).stride())
case("reshape/view", lambda: col([0., 5., 1.], G40).reshape(3, 1 << 20, -1).shape)
case("take/far", lambda: col([0., 5., 1.], G31).take(torch.tensor([G31 + 7, 2 * G31, 5])))
case("index/far", lambda: col([0., 5., 1.], G31)[:, [0, G31 - 5, -1]])
case("index/out_of_range", lambda: col([0., 5., 1.], G31)[:, [0, G31 + 5, -1]])

# ---------------------------------------------------------------- item 2: sizes
big = [G40, G40]
for fn in ["zeros", "ones", "empty", "rand", "randn"]:
    case(fn + "/2^80", lambda fn=fn: getattr(torch, fn)(*big))
    case(fn + "/2^62x4", lambda fn=fn: getattr(torch, fn)(1 << 62, 4))
    case(fn + "/2^40", lambda fn=fn: getattr(torch, fn)(G40))
case("full/2^80", lambda: torch.full(big, 2.))
case("full/2^40", lambda: torch.full((G40,), 2.))
case("randint/2^80", lambda: torch.randint(0, 5, big))
case("randint/2^40", lambda: torch.randint(0, 5, (G40,)))
case("zeros/2^61", lambda: torch.zeros(1 << 61))
case("zeros/0_first", lambda: torch.zeros(0, G40, G40).shape)
case("zeros/0_last", lambda: torch.zeros(G40, G40, 0))
case("zeros/bool_2^62", lambda: torch.zeros(1 << 62, dtype=torch.bool))
case("zeros/float64_2^40", lambda: torch.zeros(G40, dtype=torch.float64))
case("zeros/int64_2^62x2", lambda: torch.zeros(1 << 62, 2, dtype=torch.int64))
case("arange/1e19", lambda: torch.arange(0, 1e19))
case("arange/1e30_float64", lambda: torch.arange(0, 1e30, dtype=torch.float64))
case("arange/2^62", lambda: torch.arange(0, 1 << 62))
case("arange/2^62_float", lambda: torch.arange(0., float(1 << 62)))
case("arange/2^63_float", lambda: torch.arange(0., float(1 << 63)))
case("arange/span_2^63", lambda: torch.arange(-(1 << 62), 1 << 62))
case("arange/span_2^64", lambda: torch.arange(-(1 << 63), (1 << 63) - 1))
case("arange/step_span", lambda: torch.arange((1 << 63) - 10, -(1 << 63) + 10, -(1 << 62)))
case("arange/2^40", lambda: torch.arange(0, G40))
case("linspace/2^62", lambda: torch.linspace(0, 1, 1 << 62))
case("linspace/2^40", lambda: torch.linspace(0, 1, G40))
case("eye/2^32", lambda: torch.eye(1 << 32))
case("eye/2^40x2^40", lambda: torch.eye(G40, G40))
case("eye/2^20", lambda: torch.eye(1 << 20))
case("randperm/2^40", lambda: torch.randperm(G40))
huge = lambda: torch.ones(1, 1).expand(G31, G31)
for fn in ["zeros_like", "ones_like", "empty_like", "rand_like", "randn_like"]:
    case(fn + "/2^62", lambda fn=fn: getattr(torch, fn)(huge()))
case("full_like/2^62", lambda: torch.full_like(huge(), 3.))
case("zeros_like/2^40", lambda: torch.zeros_like(torch.ones(1, 1).expand(1 << 20, 1 << 20)))
case("expand/2^80", lambda: torch.ones(1, 1).expand(G40, G40))
case("expand/2^63", lambda: torch.ones(1, 1).expand(1 << 62, 2))
case("expand/2^63-1", lambda: torch.ones(1).expand((1 << 63) - 1).shape)
case("expand/0_first", lambda: torch.ones(1, 1, 1).expand(0, G40, G40).shape)
case("expand/0_last", lambda: torch.ones(1, 1, 1).expand(G40, G40, 0))
case("expand_as/2^80", lambda: torch.ones(1, 1).expand_as(torch.ones(1, 1).expand(G40, 1).t()).shape)
case("unsqueeze/2^62", lambda: torch.ones(1, 1).expand(G31, G31).unsqueeze(0).shape)
case("view/2^64", lambda: torch.ones(1).view(1 << 62, 4))
case("reshape/2^64", lambda: torch.ones(1).reshape(1 << 62, 4))
case("view/empty_2^64", lambda: torch.zeros(0).view(1 << 32, 1 << 32))
case("view/empty_0", lambda: torch.zeros(0).view(1 << 32, 1 << 32, 0))
case("reshape/empty_2^64", lambda: torch.zeros(0).reshape(1 << 32, 1 << 32))
case("resize_/2^64", lambda: torch.zeros(1).resize_(1 << 32, 1 << 32))
case("resize_/2^62", lambda: torch.zeros(1).resize_(1 << 31, 1 << 31))
case("resize_/2^40", lambda: torch.zeros(1).resize_(G40))

with open(os.path.join(HERE, "huge.json"), "w") as out:
    json.dump({"torch": torch.__version__, "cases": CASES}, out, indent=1, sort_keys=True)
    out.write("\n")
print(len(CASES), "cases")
