"""Golden values from real PyTorch 1.13 for PixelShuffle/PixelUnshuffle (values, gradients, graphs,
errors), the Unfold/Fold modules, Identity and Dropout1d/Dropout3d (reprs, masks drawn from the
same seeds, graphs, the global stream after). Run with /usr/bin/python3 (Debian's python3-torch);
writes shuffle.json next to this file."""
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

torch.manual_seed(0)
shuffle = []
for op, shape, r, dtype in [("shuffle", (1, 8, 2, 3), 2, torch.float32), ("shuffle", (2, 3, 18, 1, 2), 3, torch.float64),
                            ("shuffle", (9, 2, 2), 3, torch.float32), ("shuffle", (2, 4, 3, 3), 1, torch.float32),
                            ("unshuffle", (1, 2, 4, 6), 2, torch.float32), ("unshuffle", (2, 2, 1, 6, 3), 3, torch.float64),
                            ("unshuffle", (3, 4, 4), 4, torch.float32)]:
    x = torch.randn(shape, dtype=dtype).requires_grad_()
    y = F.pixel_shuffle(x, r) if op == "shuffle" else F.pixel_unshuffle(x, r)
    m = nn.PixelShuffle(r) if op == "shuffle" else nn.PixelUnshuffle(r)
    shuffle.append({"op": op, "r": r, "repr": repr(m), "input": tens(x), "out": tens(y), "graph": graph(y.grad_fn),
                    "grads": grads(y, [x]), "module": tens(m(x))})
out["shuffle"] = shuffle
out["shuffle_long"] = tens(F.pixel_shuffle(torch.arange(8).view(8, 1, 1), 2))
out["shuffle_errors"] = [error(lambda: F.pixel_shuffle(torch.ones(7, 2, 2), 2)), error(lambda: F.pixel_shuffle(torch.ones(2, 2), 2)),
                         error(lambda: F.pixel_shuffle(torch.ones(8, 2, 2), 0)), error(lambda: F.pixel_unshuffle(torch.ones(1, 3, 3), 2)),
                         error(lambda: F.pixel_unshuffle(torch.ones(1, 4, 3), 2)), error(lambda: F.pixel_unshuffle(torch.ones(2), 2)),
                         error(lambda: F.pixel_unshuffle(torch.ones(2, 2, 2), 0))]

folds = []
for key, make, shape in [("Unfold(2)", lambda: nn.Unfold(2), (2, 3, 4, 4)),
                         ("Unfold({2, 3}, {2}, {1}, {1, 2})", lambda: nn.Unfold((2, 3), dilation=2, padding=1, stride=(1, 2)), (1, 2, 5, 6)),
                         ("Fold({4, 5}, {2}, {1}, {0}, {1})", lambda: nn.Fold((4, 5), 2), (2, 8, 12)),
                         ("Fold(4, {2, 3}, {1}, {0}, {2})", lambda: nn.Fold(4, (2, 3), 1, 0, 2), (1, 12, 2)),
                         ("Fold(5, 3, 1, 1, 2)", lambda: nn.Fold(5, 3, 1, 1, 2), (1, 9, 9))]:
    m = make()
    x = torch.randn(shape, dtype=torch.float64).requires_grad_()
    y = m(x)
    folds.append({"key": key, "repr": repr(m), "input": tens(x), "out": tens(y), "graph": graph(y.grad_fn), "grads": grads(y, [x])})
out["folds"] = folds
out["identity_repr"] = repr(nn.Identity(54, unused_argument1=0.1))

drops = []
for cls, p, inplace, shape, train in [(nn.Dropout1d, 0.5, False, (2, 3, 4), True), (nn.Dropout1d, 0.3, False, (5, 4), True),
                                      (nn.Dropout1d, 0.5, True, (2, 3, 4), True), (nn.Dropout1d, 0.5, False, (3, 4), False),
                                      (nn.Dropout3d, 0.5, False, (2, 3, 2, 2, 2), True), (nn.Dropout3d, 0.25, False, (4, 1, 2, 3), True),
                                      (nn.Dropout3d, 0.5, True, (2, 3, 1, 2, 2), True), (nn.Dropout3d, 0.5, False, (5, 3), True)]:
    m = cls(p, inplace)
    if not train:
        m.eval()
    torch.manual_seed(7)
    a = torch.randn(shape, dtype=torch.float32).requires_grad_()
    x = a * 1.0
    y = m(x)
    after = vals(torch.rand(3))
    drops.append({"cls": cls.__name__, "p": p, "inplace": inplace, "train": train, "repr": repr(m), "out": tens(y),
                  "graph": graph(y.grad_fn), "grads": grads(y, [a]), "after": after})
out["drops"] = drops
out["drop_errors"] = [error(lambda: F.dropout1d(torch.ones(2, 3, 4, 5))), error(lambda: F.dropout1d(torch.ones(2, 3, 4), 1.5)),
                      error(lambda: nn.Dropout3d(-0.1))]

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "shuffle.json"), "w") as f:
    json.dump(out, f, indent=1)
