"""Expected results of torch4j's indexing ops, computed by real PyTorch.

Run with Debian's PyTorch 1.13 (the `python3` on PATH has no torch):

    /usr/bin/python3 tensor/src/test/resources/golden/indexing/gen_indexing.py

It writes getitem.json, setitem.json and ops.json next to itself. Every case names its input
tensor (row-major data, dtype, shape and a view applied afterwards), what is done to it, and
either the result or PyTorch's exception type and first message line. IndexingGoldenTest replays
them through the Java API.

Subscript strings are evaluated by Python itself (``eval("x[" + spec + "]")``), so the same string
checks torch4j's parser and its semantics.
"""

import json
import os
import random
import warnings

import torch

warnings.simplefilter("ignore")  # uint8 masks are deprecated but still work; the warning is not under test
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1913)


# ---------------------------------------------------------------- encoding

def enc_values(t):
    return [float(v) if not isinstance(v, bool) else (1.0 if v else 0.0) for v in t.reshape(-1).tolist()]


def enc_tensor(t, view="none"):
    """A tensor as the JSON the Java side rebuilds: base data, then the named view."""
    return {"dtype": str(t.dtype).replace("torch.", ""), "shape": list(t.shape), "data": enc_values(t), "view": view}


def apply_view(t, view):
    if view == "none":
        return t
    if view == "t":  # first and last dims swapped
        return t.transpose(0, -1)
    if view == "step":  # every other element of the last dim
        return t[..., ::2]
    if view == "expand":  # a stride-0 leading dim of 2
        return t.expand(2, *t.shape[1:])
    raise ValueError(view)


def dec_input(spec):
    return apply_view(make(spec["dtype"], spec["shape"], spec["data"]), spec["view"])


def make(dtype, shape, data):
    return torch.tensor(data, dtype=torch.float64).reshape(shape).to(getattr(torch, dtype))


def outcome(fn, base=None):
    """Runs fn; the result tensor (and whether it shares base's storage) or the exception."""
    try:
        r = fn()
    except (IndexError, RuntimeError, ValueError) as e:
        kind = "IndexError" if isinstance(e, IndexError) else "RuntimeError"
        return {"error": kind, "message": str(e).split("\n")[0]}
    out = {"dtype": str(r.dtype).replace("torch.", ""), "shape": list(r.shape), "data": enc_values(r)}
    if base is not None:
        out["shares"] = r.numel() > 0 and r.storage().data_ptr() == base.storage().data_ptr()
    return out


# ---------------------------------------------------------------- inputs

def t_input(dtype, shape, view="none", low=-5, high=20):
    n = 1
    for s in shape:
        n *= s
    if dtype == "bool":
        data = [float(rng.random() < 0.5) for _ in range(n)]
    elif dtype in ("float32", "float64"):
        data = [float(rng.randint(low * 4, high * 4)) / 4 for _ in range(n)]
    elif dtype == "uint8":
        data = [float(rng.randint(0, 200)) for _ in range(n)]
    else:
        data = [float(rng.randint(low, high)) for _ in range(n)]
    return {"dtype": dtype, "shape": list(shape), "data": data, "view": view}


def arange_input(shape, dtype="int64", view="none"):
    n = 1
    for s in shape:
        n *= s
    return {"dtype": dtype, "shape": list(shape), "data": [float(i) for i in range(n)], "view": view}


def tensor_item(dtype, shape, data):
    return {"dtype": dtype, "shape": list(shape), "data": [float(v) for v in data], "view": "none"}


def py_index(items):
    """The Python subscript for a list of JSON items ("all" is a full slice, from index(null, ...))."""
    out = []
    for it in items:
        if "tensor" in it:
            out.append(dec_input(it["tensor"]))
        elif "all" in it:
            out.append(slice(None))
        else:
            raise ValueError(it)
    return tuple(out)


# ---------------------------------------------------------------- getitem

CURATED_SPECS = [
    "0", "1", "-1", "5", "-3", ":", "::2", "1:", ":1", "1:3", "-2:", ":-1", "0:100", "-100:2", "3:1", "::-1", "::0",
    "...", "None", "..., 0", "..., -1", "0, ...", "..., None", "None, ...", ":, 1", ":, 1:3", "None, :, -1", ":, None",
    "0, 0", "0, 0, 0", "0, 0, 0, 0", ":, :, :, :", "1:, ::2", ":, ::3, 1", "0,", ":, 5", ":, -4",
    " 1 : 3 ,  :: 2 ", "None, None", "0, None, 1", "+1", "1:3:2, None, ...",
]


def random_spec(ndim):
    parts = []
    used_ellipsis = False
    for _ in range(rng.randint(0, ndim + 1)):
        r = rng.random()
        if r < 0.3:
            parts.append(str(rng.randint(-4, 4)))
        elif r < 0.75:
            def bound():
                return "" if rng.random() < 0.35 else str(rng.randint(-5, 5))
            s = bound() + ":" + bound()
            if rng.random() < 0.4:
                s += ":" + ("" if rng.random() < 0.3 else str(rng.randint(1, 3)))
            parts.append(s)
        elif r < 0.88:
            parts.append("None")
        elif not used_ellipsis:
            used_ellipsis = True
            parts.append("...")
    return ", ".join(parts) if parts else ":"


def getitem_cases():
    cases = []
    inputs = [
        arange_input([2, 3, 4]),
        t_input("float32", [3, 4], view="t"),
        t_input("float64", [4, 6], view="step"),
        arange_input([5]),
        t_input("bool", [2, 3]),
        t_input("int32", [1, 3, 1]),
        arange_input([0, 3]),
        {"dtype": "int64", "shape": [], "data": [7.0], "view": "none"},
    ]
    for inp in inputs:
        x = dec_input(inp)
        specs = list(CURATED_SPECS) + [random_spec(x.dim()) for _ in range(25)]
        # No subscript has two ellipses: PyTorch accepts them with odd results, torch4j keeps numpy's rule.
        for spec in specs:
            cases.append({"form": "spec", "input": inp, "spec": spec,
                          "expect": outcome(lambda: eval("x[" + spec + "]", {"x": x}), x)})
    # integer selection through get(long...)
    for inp in inputs:
        x = dec_input(inp)
        for _ in range(8):
            idx = [rng.randint(-4, 4) for _ in range(rng.randint(0, max(1, x.dim()) + 1))]
            if not idx:
                continue
            cases.append({"form": "ints", "input": inp, "ints": idx,
                          "expect": outcome(lambda: x[tuple(idx)] if len(idx) > 1 else x[idx[0]], x)})
    # index tensors and masks through get(Tensor) and index(Tensor...)
    x3 = arange_input([2, 3, 4])
    xt = t_input("float32", [4, 3], view="t")
    tensor_cases = [
        (x3, [{"tensor": tensor_item("int64", [2], [1, 0])}]),
        (x3, [{"tensor": tensor_item("int64", [2, 2], [1, 0, -1, -2])}]),
        (x3, [{"tensor": tensor_item("int64", [1], [2])}]),
        (x3, [{"tensor": tensor_item("int64", [1], [-3])}]),
        (x3, [{"tensor": tensor_item("int64", [], [1])}]),
        (x3, [{"tensor": tensor_item("int64", [0], [])}]),
        (x3, [{"tensor": tensor_item("bool", [2], [1, 0])}]),
        (x3, [{"tensor": tensor_item("bool", [2, 3], [1, 0, 1, 0, 0, 1])}]),
        (x3, [{"tensor": tensor_item("bool", [2, 3, 4], [(i * 7) % 3 == 0 for i in range(24)])}]),
        (x3, [{"tensor": tensor_item("bool", [3], [1, 0, 1])}]),
        (x3, [{"tensor": tensor_item("bool", [2, 4], [1] * 8)}]),
        (x3, [{"tensor": tensor_item("bool", [], [1])}]),
        (x3, [{"tensor": tensor_item("bool", [], [0])}]),
        (x3, [{"tensor": tensor_item("uint8", [2], [0, 3])}]),
        (x3, [{"tensor": tensor_item("float32", [1], [1])}]),
        (x3, [{"tensor": tensor_item("int32", [1], [1])}]),
        (xt, [{"tensor": tensor_item("int64", [3], [2, 2, 0])}]),
        (xt, [{"tensor": tensor_item("bool", [3, 4], [1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 1])}]),
        (x3, [{"tensor": tensor_item("int64", [4], [0, 1, 1, 0])}, {"tensor": tensor_item("int64", [4], [0, 1, 2, 0])}]),
        (x3, [{"all": True}, {"tensor": tensor_item("int64", [2], [2, 0])}]),
        (x3, [{"all": True}, {"all": True}, {"tensor": tensor_item("int64", [2, 1], [3, 0])}]),
        (x3, [{"tensor": tensor_item("int64", [2], [0, 1])}, {"all": True}, {"tensor": tensor_item("int64", [2], [1, 3])}]),
        (x3, [{"tensor": tensor_item("int64", [2, 1], [0, 1])}, {"all": True}, {"tensor": tensor_item("int64", [3], [1, 3, 2])}]),
        (x3, [{"all": True}, {"tensor": tensor_item("int64", [2, 1], [0, 1])}, {"tensor": tensor_item("int64", [3], [1, 3, 2])}]),
        (x3, [{"tensor": tensor_item("int64", [2], [0, 1])}, {"tensor": tensor_item("int64", [3], [0, 1, 2])}]),
        (x3, [{"tensor": tensor_item("int64", [2], [0, 5])}, {"all": True}]),
        (x3, [{"all": True}, {"tensor": tensor_item("int64", [1], [3])}]),
        (x3, [{"tensor": tensor_item("int64", [1], [0])}, {"all": True}, {"tensor": tensor_item("int64", [1], [4])}]),
        (x3, [{"tensor": tensor_item("bool", [2, 3], [1, 1, 0, 0, 1, 1])}, {"tensor": tensor_item("int64", [4], [0, 1, 2, 3])}]),
        (x3, [{"all": True}, {"tensor": tensor_item("bool", [3, 4], [i % 3 == 1 for i in range(12)])}]),
        (x3, [{"all": True}, {"tensor": tensor_item("bool", [3], [1, 0, 1])}, {"tensor": tensor_item("int64", [], [1])}]),
        (x3, [{"tensor": tensor_item("int64", [1], [0])}] * 4),
        (x3, [{"tensor": tensor_item("int64", [2], [1, 0])}, {"tensor": tensor_item("bool", [3], [0, 0, 0])}]),
        (arange_input([2, 0]), [{"tensor": tensor_item("int64", [1], [1])}, {"tensor": tensor_item("int64", [1], [0])}]),
        (arange_input([0, 3]), [{"all": True}, {"tensor": tensor_item("int64", [1], [5])}]),
        ({"dtype": "float32", "shape": [], "data": [2.5], "view": "none"}, [{"tensor": tensor_item("bool", [], [1])}]),
        (t_input("int64", [1, 4], view="expand"), [{"all": True}, {"tensor": tensor_item("int64", [3], [3, 0, 3])}]),
    ]
    for inp, items in tensor_cases:
        x = dec_input(inp)
        form = "tensor" if len(items) == 1 and "tensor" in items[0] else "tensors"
        cases.append({"form": form, "input": inp, "items": items,
                      "expect": outcome(lambda: x[py_index(items)], x)})
    return cases


# ---------------------------------------------------------------- setitem

def set_outcome(inp, index, value):
    """x[index] = value on a fresh input; the whole input afterwards (or the exception)."""
    x = dec_input(inp).clone() if inp["view"] == "none" else dec_input(inp)
    return outcome(lambda: (x.__setitem__(index, value), x)[1])


def setitem_cases():
    cases = []
    specs = [
        ("0", 1.75), ("0", 2), ("-1", -3.5), (":, 1", 9), ("..., 0", 4.25), ("1:, ::2", -1), ("None, 0", 8),
        ("5", 1), ("::-1", 1), (":, :, :, :", 1), ("...", 0.5), (":, 7", 2),
    ]
    inputs = [arange_input([3, 4], "float32"), arange_input([3, 4]), t_input("bool", [3, 4]), t_input("int32", [3, 4])]
    for inp in inputs:
        for spec, value in specs:
            cases.append({"form": "spec", "input": inp, "spec": spec, "value": {"scalar": value},
                          "expect": set_outcome(inp, spec_index(spec), value)})
    tensor_values = [
        ("0", make("float32", [4], [1, 2, 3, 4])),
        ("0", make("int64", [1, 1, 4], [5, 6, 7, 8])),
        ("0", make("float64", [2, 4], [0] * 8)),
        ("0", make("float32", [2], [1, 2])),
        (":, 1", make("float32", [3], [7, 8, 9])),
        (":, 1", make("float32", [3, 1], [7, 8, 9])),
        (":, 1:3", make("float32", [3, 1], [7, 8, 9])),
        (":, 1:3", make("float32", [2], [-1, -2])),
        ("...", make("float32", [], [42])),
        ("1:3, 1:3", make("int64", [1, 2], [10, 20])),
        ("0, 0", make("float32", [1], [3])),
    ]
    inp = arange_input([3, 4], "float32")
    for spec, value in tensor_values:
        cases.append({"form": "spec", "input": inp, "spec": spec, "value": {"tensor": enc_tensor(value)},
                      "expect": set_outcome(inp, spec_index(spec), value)})
    # integer positions through set(long[], ...)
    for idx, value in [([1, 2], 5.5), ([0], -2), ([-1, -1], 3), ([3, 0], 1), ([0, 0, 0], 1)]:
        cases.append({"form": "ints", "input": inp, "ints": idx, "value": {"scalar": value},
                      "expect": set_outcome(inp, tuple(idx), value)})
    # masks and index tensors through set(Tensor, ...) and set(Tensor[], ...)
    x3 = arange_input([2, 3, 4], "float32")
    mask3 = tensor_item("bool", [2, 3, 4], [i % 5 == 0 for i in range(24)])
    rows = tensor_item("bool", [2, 3], [1, 0, 1, 0, 0, 1])
    idx = tensor_item("int64", [2], [1, 0])
    dup = tensor_item("int64", [3], [0, 0, 1])
    bad = tensor_item("int64", [2], [0, 2])
    tensor_sets = [
        ([{"tensor": mask3}], {"scalar": -1.5}),
        ([{"tensor": mask3}], {"scalar": 7}),
        ([{"tensor": mask3}], {"tensor": enc_tensor(make("float32", [5], [1, 2, 3, 4, 5]))}),
        ([{"tensor": mask3}], {"tensor": enc_tensor(make("float32", [1], [9]))}),
        ([{"tensor": mask3}], {"tensor": enc_tensor(make("int64", [1], [9]))}),
        ([{"tensor": mask3}], {"tensor": enc_tensor(make("int64", [5], [1, 2, 3, 4, 5]))}),
        ([{"tensor": mask3}], {"tensor": enc_tensor(make("float32", [4], [1, 2, 3, 4]))}),
        ([{"tensor": rows}], {"tensor": enc_tensor(make("float32", [4], [1, 2, 3, 4]))}),
        ([{"tensor": rows}], {"tensor": enc_tensor(make("float32", [3, 1], [1, 2, 3]))}),
        ([{"tensor": tensor_item("bool", [3], [1, 0, 1])}], {"scalar": 0}),
        ([{"all": True}, {"tensor": tensor_item("bool", [3], [1, 0, 1])}], {"scalar": 0}),
        ([{"all": True}, {"tensor": tensor_item("bool", [3], [1, 0, 1])}], {"tensor": enc_tensor(make("float32", [2, 1, 4], list(range(8))))}),
        ([{"tensor": idx}], {"scalar": 3}),
        ([{"tensor": idx}], {"tensor": enc_tensor(make("float32", [4], [1, 2, 3, 4]))}),
        ([{"tensor": idx}], {"tensor": enc_tensor(make("float32", [1, 1, 3, 4], list(range(12))))}),
        ([{"tensor": idx}], {"tensor": enc_tensor(make("float64", [4], [1, 2, 3, 4]))}),
        ([{"tensor": idx}], {"tensor": enc_tensor(make("float32", [3], [1, 2, 3]))}),
        ([{"tensor": dup}], {"tensor": enc_tensor(make("float32", [3, 1, 1], [1, 2, 3]))}),
        ([{"tensor": bad}], {"scalar": 1}),
        ([{"tensor": idx}, {"all": True}, {"tensor": tensor_item("int64", [2], [3, -1])}], {"tensor": enc_tensor(make("float32", [2, 3], list(range(6))))}),
        ([{"all": True}, {"tensor": tensor_item("int64", [2], [0, 2])}, {"tensor": tensor_item("int64", [2], [1, 5])}], {"scalar": 1}),
        ([{"tensor": tensor_item("int64", [], [1])}], {"scalar": 4}),
        ([{"tensor": tensor_item("float32", [1], [1])}], {"scalar": 4}),
    ]
    for items, value in tensor_sets:
        form = "tensor" if len(items) == 1 else "tensors"
        v = value["scalar"] if "scalar" in value else dec_input(value["tensor"])
        cases.append({"form": form, "input": x3, "items": items, "value": value,
                      "expect": set_outcome(x3, py_index(items), v)})
    # values that alias the target: PyTorch refuses partial overlaps before writing anything
    y6 = arange_input([6], "float32")
    y23 = arange_input([2, 3], "float32")
    aliased = [
        (y6, {"form": "spec", "spec": "1:3"}, "0:2"), (y6, {"form": "spec", "spec": ":"}, ":"),
        (y6, {"form": "spec", "spec": "1:"}, "0"), (y23, {"form": "spec", "spec": "0"}, "1"),
        (y23, {"form": "spec", "spec": ":, 0"}, ":, 1"), (y23, {"form": "spec", "spec": "0:1, 1:"}, "0:1, 0:2"),
        (y6, {"form": "tensor", "items": [{"tensor": tensor_item("int64", [2], [1, 2])}]}, "0:2"),
        (y6, {"form": "tensor", "items": [{"tensor": tensor_item("int64", [2], [1, 2])}]}, "0"),
        (y6, {"form": "tensor", "items": [{"tensor": tensor_item("bool", [6], [0, 0, 0, 1, 1, 1])}]}, "0"),
        (y6, {"form": "tensor", "items": [{"tensor": tensor_item("bool", [6], [0, 0, 0, 1, 1, 1])}]}, "0:3"),
    ]
    for inp, where, alias in aliased:
        def run(inp=inp, where=where, alias=alias):
            x = dec_input(inp)
            index = spec_index(where["spec"]) if where["form"] == "spec" else py_index(where["items"])
            x[index] = eval("x[" + alias + "]", {"x": x})
            return x
        cases.append(dict(where, input=inp, value={"alias": alias}, expect=outcome(run)))
    # a broadcast (expanded) target: writing one element through two positions is refused
    ex = t_input("float32", [1, 3], view="expand")
    for spec, value in [(":, 0", make("float32", [2], [1, 2])), ("0", make("float32", [3], [1, 2, 3])), (":, 1", make("float32", [], [4]))]:
        cases.append({"form": "spec", "input": ex, "spec": spec, "value": {"tensor": enc_tensor(value)},
                      "expect": set_outcome(ex, spec_index(spec), value)})
    # writes through a non-contiguous target
    xt = t_input("int64", [4, 3], view="t")
    for spec, value in [(":, 0", 100), ("1", -7), ("::2, 1:", 0)]:
        cases.append({"form": "spec", "input": xt, "spec": spec, "value": {"scalar": value},
                      "expect": set_outcome(xt, spec_index(spec), value)})
    return cases


def spec_index(spec):
    """The Python subscript object a spec string denotes."""
    class Grab:
        def __getitem__(self, item):
            return item
    return eval("Grab()[" + spec + "]", {"Grab": Grab})


# ---------------------------------------------------------------- functions

def ops_cases():
    cases = []

    def add(op, inp, args, fn, base=None):
        x = dec_input(inp)
        cases.append({"op": op, "input": inp, "args": args, "expect": outcome(lambda: fn(x), x if base else None)})

    def T(t):
        return {"tensor": enc_tensor(t)}

    L = lambda dtype, shape, data: make(dtype, shape, data)
    f34 = t_input("float32", [3, 4])
    i34 = arange_input([3, 4])
    g = [
        (1, L("int64", [3, 2], [0, 1, 2, 3, 3, 0])), (1, L("int64", [3, 1], [0, 2, 3])),
        (1, L("int64", [3, 5], [0, 1, 2, 3, 0, 2, 3, 1, 1, 1, 3, 0, 1, 1, 1])), (0, L("int64", [2, 4], [2, 1, 0, 2, 0, 0, 1, 1])),
        (-1, L("int64", [2, 2], [3, 3, 0, 1])), (0, L("int64", [2, 5], [0] * 10)), (1, L("int64", [4, 2], [0] * 8)),
        (1, L("int64", [2], [0, 1])), (1, L("int64", [3, 2], [0, 7, 2, 3, 3, 0])), (1, L("int64", [3, 2], [0, -1, 2, 3, 3, 0])),
        (2, L("int64", [3, 2], [0] * 6)), (1, L("float32", [3, 2], [0] * 6)), (1, L("int32", [3, 2], [0] * 6)),
        (1, L("int64", [0, 4], [])), (1, L("int64", [3, 0], [])),
    ]
    for inp in (f34, i34, t_input("float64", [4, 3], view="t")):
        for dim, index in g:
            add("gather", inp, [dim, T(index)], lambda x, d=dim, i=index: x.gather(d, i))
    scalar = {"dtype": "float32", "shape": [], "data": [5.0], "view": "none"}
    add("gather", scalar, [0, T(L("int64", [], [0]))], lambda x: x.gather(0, L("int64", [], [0])))
    add("gather", scalar, [0, T(L("int64", [2], [0, 0]))], lambda x: x.gather(0, L("int64", [2], [0, 0])))

    z35 = {"dtype": "float32", "shape": [3, 5], "data": [0.0] * 15, "view": "none"}
    zi35 = {"dtype": "int64", "shape": [3, 5], "data": [0.0] * 15, "view": "none"}
    idx = L("int64", [3, 2], [0, 1, 2, 3, 4, 0])
    dup = L("int64", [3, 2], [0, 0, 2, 2, 4, 0])
    src = L("float32", [3, 2], [1, 2, 3, 4, 5, 6])
    s = [
        (1, idx, src), (1, idx, L("float32", [3, 5], [i + 1 for i in range(15)])), (1, idx, L("float32", [1, 2], [1, 2])),
        (1, dup, src), (1, L("int64", [3, 2], [0, 1, 2, 3, 5, 0]), src), (1, L("int64", [3, 2], [0, 1, 2, 3, -1, 0]), src),
        (1, idx, L("int64", [3, 2], [1, 2, 3, 4, 5, 6])), (1, L("int64", [4, 2], [0] * 8), L("float32", [4, 2], [1] * 8)),
        (1, L("int64", [2], [0, 1]), src), (0, L("int64", [1, 5], [2, 1, 0, 2, 1]), L("float32", [1, 5], [1, 2, 3, 4, 5])),
        (1, idx, L("float32", [2], [1, 2])), (1, idx, L("float32", [5], [1, 2, 3, 4, 5])), (2, idx, src),
        (1, L("float32", [3, 2], [0] * 6), src), (1, L("int64", [0, 2], []), src), (-1, idx, src),
    ]
    for dim, index, source in s:
        add("scatter", z35, [dim, T(index), T(source)], lambda x, d=dim, i=index, v=source: x.scatter(d, i, v))
        add("scatter_add", z35, [dim, T(index), T(source)], lambda x, d=dim, i=index, v=source: x.scatter_add(d, i, v))
    for dim, index, value in [(1, idx, 2.5), (1, dup, -1.25), (1, L("int64", [3, 2], [0, 1, 2, 3, 5, 0]), 1.0),
                              (1, L("int64", [1, 6], [0, 1, 2, 0, 0, 0]), 2.0), (0, L("int64", [1, 5], [2, 1, 0, 2, 1]), 7.0)]:
        add("scatter_value", z35, [dim, T(index), value], lambda x, d=dim, i=index, v=value: x.scatter(d, i, v))
        add("scatter_value", zi35, [dim, T(index), value], lambda x, d=dim, i=index, v=value: x.scatter(d, i, v))
    labels = L("int64", [4], [1, 0, 4, 2])
    z45 = {"dtype": "float32", "shape": [4, 5], "data": [0.0] * 20, "view": "none"}
    add("one_hot", z45, [T(labels)], lambda x: x.scatter_(1, labels.unsqueeze(1), 1.0))
    add("scatter_value", scalar, [0, T(L("int64", [], [0])), 1.0], lambda x: x.scatter(0, L("int64", [], [0]), 1.0))
    add("scatter_value", scalar, [0, T(L("int64", [], [1])), 1.0], lambda x: x.scatter(0, L("int64", [], [1]), 1.0))
    add("scatter", scalar, [0, T(L("int64", [1], [0])), T(L("float32", [], [3]))],
        lambda x: x.scatter(0, L("int64", [1], [0]), L("float32", [], [3])))

    for inp in (i34, t_input("float32", [4, 3], view="t"), t_input("bool", [3, 4])):
        for dim, index in [(1, L("int64", [3], [0, 3, 3])), (0, L("int64", [2], [2, 0])), (0, L("int64", [1], [3])),
                           (0, L("int64", [1], [-1])), (0, L("int64", [1, 1], [0])), (0, L("int64", [], [1])),
                           (0, L("float32", [1], [1])), (0, L("int32", [2], [1, 0])), (0, L("int16", [2], [1, 0])),
                           (2, L("int64", [1], [0])), (-1, L("int64", [2], [2, 0])), (1, L("int64", [0], []))]:
            add("index_select", inp, [dim, T(index)], lambda x, d=dim, i=index: x.index_select(d, i))
    add("index_select", scalar, [0, T(L("int64", [1], [0]))], lambda x: x.index_select(0, L("int64", [1], [0])))
    add("index_select", scalar, [0, T(L("int64", [2], [0, 0]))], lambda x: x.index_select(0, L("int64", [2], [0, 0])))

    m34 = L("bool", [3, 4], [i % 3 == 0 for i in range(12)])
    for inp in (f34, i34, t_input("bool", [3, 4]), t_input("float32", [4, 3], view="t")):
        for mask in [m34, L("bool", [4], [1, 0, 0, 1]), L("bool", [3, 1], [1, 0, 1]), L("bool", [3], [1, 0, 1]),
                     L("bool", [2, 3, 4], [i % 2 for i in range(24)]), L("bool", [], [1]), L("int64", [4], [1, 0, 0, 1]),
                     L("uint8", [4], [1, 0, 0, 1])]:
            add("masked_select", inp, [T(mask)], lambda x, m=mask: x.masked_select(m))
            if mask.dtype != torch.bool:
                continue  # PyTorch 1.13's masked_fill takes any mask dtype; torch4j follows PyTorch 2 (bool only)
            for value in (-1.5, 2.0):
                add("masked_fill", inp, [T(mask), value], lambda x, m=mask, v=value: x.masked_fill(m, v))
            add("masked_fill_", inp, [T(mask), 3.0], lambda x, m=mask: x.clone().masked_fill_(m, 3.0))
    add("masked_fill_tensor", f34, [T(m34), T(L("float64", [], [0.5]))], lambda x: x.masked_fill(m34, L("float64", [], [0.5])))
    add("masked_fill_tensor", f34, [T(m34), T(L("float32", [1], [0.5]))], lambda x: x.masked_fill(m34, L("float32", [1], [0.5])))
    add("masked_fill", scalar, [T(L("bool", [2], [1, 0])), 1.5], lambda x: x.masked_fill(L("bool", [2], [1, 0]), 1.5))

    for inp in (t_input("float32", [3, 4], low=-1, high=1), i34, t_input("bool", [2, 3]), scalar,
                {"dtype": "float32", "shape": [], "data": [0.0], "view": "none"}, arange_input([2, 0]),
                t_input("int64", [2, 3, 2], view="t", low=-1, high=1), t_input("float64", [4, 6], view="step", low=-1, high=1)):
        add("nonzero", inp, [], lambda x: x.nonzero())

    for inp in (i34, t_input("float32", [4, 3], view="t"), arange_input([0])):
        for index in [L("int64", [2, 2], [0, 11, 5, -1]), L("int64", [1], [12]), L("int64", [1], [-13]),
                      L("float32", [1], [1]), L("int64", [0], []), L("int64", [], [3])]:
            add("take", inp, [T(index)], lambda x, i=index: x.take(i))

    z5 = {"dtype": "float32", "shape": [5], "data": [0.0] * 5, "view": "none"}
    z23 = {"dtype": "float32", "shape": [2, 3], "data": [0.0] * 6, "view": "none"}
    puts = [
        (z5, [L("int64", [6], [0, 0, 1, 3, 3, 3])], L("float32", [6], [1, 2, 3, 4, 5, 6]), True),
        (z5, [L("int64", [6], [0, 0, 1, 3, 3, 3])], L("float32", [6], [1, 2, 3, 4, 5, 6]), False),
        (z23, [None, L("int64", [2], [0, 2])], L("float32", [2], [1, 2]), False),
        (z23, [L("int64", [], [1])], L("float32", [3], [1, 2, 3]), False),
        (z23, [L("int64", [2], [0, 1]), L("int64", [2], [0, 1]), L("int64", [2], [0, 1])], L("float32", [1], [1]), False),
        (z23, [L("int64", [2], [0, 1])], L("float32", [1, 1, 3], [1, 2, 3]), False),
        (z23, [L("bool", [2, 3], [1, 0, 1, 0, 0, 1])], L("float32", [3], [1, 2, 3]), True),
        (z23, [L("bool", [2], [1, 0])], L("float32", [], [5]), True),
        (z23, [L("bool", [2], [1, 0])], L("int64", [], [5]), True),
        (z23, [L("bool", [2], [1, 0])], L("int64", [], [5]), False),
        (z23, [L("int64", [3], [0, 0, 1]), L("int64", [3], [1, 1, 2])], L("float32", [3], [1, 2, 3]), True),
        (z23, [L("int64", [2], [0, 1])], L("float32", [], [5]), True),
        (z23, [L("int64", [2], [0, 3])], L("float32", [], [5]), True),
        ({"dtype": "int8", "shape": [2, 3], "data": [0.0] * 6, "view": "none"},
         [L("int64", [2], [0, 0]), L("int64", [2], [1, 1])], L("int8", [2], [100, 100]), True),
        ({"dtype": "bool", "shape": [3], "data": [0.0] * 3, "view": "none"},
         [L("int64", [2], [0, 0])], L("bool", [2], [1, 1]), True),
        (t_input("float32", [3, 2], view="t"), [None, L("int64", [3], [2, 0, 2])], L("float32", [2, 1], [10, 20]), True),
    ]
    for inp, indices, values, acc in puts:
        def run(x, ind=indices, v=values, a=acc):
            # PyTorch 1.13's index_put_ takes no None; a leading None (a dim left whole) is the same as
            # an arange over that dim that broadcasts against the other indices.
            if ind[0] is None:
                rest = ind[1:]
                ind = [torch.arange(x.shape[0]).reshape([-1] + [1] * max(t.dim() for t in rest))] + rest
            return x.index_put_(tuple(ind), v, accumulate=a)
        args = [[None if t is None else T(t) for t in indices], T(values), acc]
        add("index_put_", inp, args, run)
    return cases


def dump(name, cases):
    # One case per line, so that a regenerated file diffs case by case.
    with open(os.path.join(HERE, name), "w") as f:
        f.write('{"torch":' + json.dumps(torch.__version__) + ',"cases":[\n')
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]}\n")
    print(name, len(cases), "cases")


if __name__ == "__main__":
    dump("getitem.json", getitem_cases())
    dump("setitem.json", setitem_cases())
    dump("ops.json", ops_cases())
