"""Golden values for more of torch.nn from real PyTorch 1.13: HingeEmbeddingLoss, GaussianNLLLoss,
CosineSimilarity, InstanceNorm1d/2d/3d, BatchNorm3d and AlphaDropout (values, gradients, graphs,
reprs, state_dict keys, random draws, errors). Run with /usr/bin/python3 (Debian's python3-torch);
writes nnmore.json next to this file."""
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
    """The autograd graph as nested text: Name(child, ...), None for an input without gradient."""
    if fn is None:
        return "None"
    kids = [graph(n) for n, _ in fn.next_functions]
    return type(fn).__name__ + ("(" + ", ".join(kids) + ")" if kids else "")

def error(f):
    try:
        f()
    except Exception as e:
        return {"type": type(e).__name__, "message": str(e)}
    raise AssertionError("no error")

def leaf(t):
    return t.detach().clone().requires_grad_()

def grads(y, xs):
    g = torch.autograd.grad(y, xs, torch.arange(1, y.numel() + 1, dtype=y.dtype).reshape(y.shape) / 4, allow_unused=True)
    return [None if v is None else tens(v) for v in g]

torch.manual_seed(0)

# ---------------------------------------------------------------- hinge embedding loss
hinge = []
for shape, margin, red, dtype in [((3, 4), 1.0, "mean", torch.float32), ((3, 4), 0.5, "none", torch.float32),
                                  ((5,), 2.0, "sum", torch.float64), ((2, 3), 1.0, "mean", torch.float64)]:
    x = leaf(torch.randn(shape, dtype=dtype) * 2)
    t = torch.randint(0, 3, shape).to(dtype) * 1.0
    t = torch.where(t == 2, torch.tensor(-1.0, dtype=dtype), torch.where(t == 1, t, torch.tensor(1.0, dtype=dtype)))
    if shape == (2, 3):
        t[0, 0] = 0.5   # neither 1 nor −1: both terms
    y = F.hinge_embedding_loss(x, t, margin, reduction=red)
    hinge.append({"input": tens(x), "target": tens(t), "margin": margin, "reduction": red, "out": tens(y), "graph": graph(y.grad_fn),
                  "grads": grads(y, [x]), "module": tens(nn.HingeEmbeddingLoss(margin, reduction=red)(x, t))})
out["hinge"] = hinge
out["hinge_repr"] = repr(nn.HingeEmbeddingLoss())
out["hinge_bad_reduction"] = error(lambda: F.hinge_embedding_loss(torch.ones(2), torch.ones(2), reduction="avg"))

# ---------------------------------------------------------------- gaussian NLL loss
gauss = []
for ishape, vshape, full, eps, red, dtype in [((4, 3), (4, 3), False, 1e-6, "mean", torch.float32), ((4, 3), (4,), True, 1e-6, "none", torch.float32),
                                              ((2, 2, 3), (2, 2, 1), False, 0.5, "sum", torch.float64), ((5,), (5,), True, 1e-6, "mean", torch.float64)]:
    x = leaf(torch.randn(ishape, dtype=dtype))
    t = torch.randn(ishape, dtype=dtype)
    v = leaf(torch.rand(vshape, dtype=dtype) + 0.1)
    if vshape == (2, 2, 1):
        with torch.no_grad():
            v[0, 0, 0] = 0.1    # below eps: clamped, no gradient
    y = F.gaussian_nll_loss(x, t, v, full=full, eps=eps, reduction=red)
    gauss.append({"input": tens(x), "target": tens(t), "var": tens(v), "full": full, "eps": eps, "reduction": red, "out": tens(y),
                  "graph": graph(y.grad_fn), "grads": grads(y, [x, v]), "module": tens(nn.GaussianNLLLoss(full=full, eps=eps, reduction=red)(x, t, v))})
out["gauss"] = gauss
out["gauss_repr"] = repr(nn.GaussianNLLLoss())
out["gauss_errors"] = [error(lambda: F.gaussian_nll_loss(torch.ones(4, 3), torch.ones(4, 3), torch.ones(4, 2))),
                       error(lambda: F.gaussian_nll_loss(torch.ones(4, 3), torch.ones(4, 3), -torch.ones(4, 3))),
                       error(lambda: F.gaussian_nll_loss(torch.ones(4, 3), torch.ones(4, 3), torch.ones(4, 3), reduction="avg"))]

# ---------------------------------------------------------------- cosine similarity
cos = []
for s1, s2, dim, eps, dtype in [((3, 4), (3, 4), 1, 1e-8, torch.float32), ((1, 4), (3, 4), 1, 1e-8, torch.float32),
                                ((3, 4), (3, 4), 0, 1e-8, torch.float64), ((2, 3), (2, 3), 1, 0.5, torch.float64),
                                ((2, 3, 4), (3, 4), -1, 1e-8, torch.float32)]:
    a = leaf(torch.randn(s1, dtype=dtype))
    b = leaf(torch.randn(s2, dtype=dtype))
    if eps == 0.5:
        with torch.no_grad():
            a[0] *= 0.05    # norm below eps: clamped
    y = F.cosine_similarity(a, b, dim, eps)
    cos.append({"a": tens(a), "b": tens(b), "dim": dim, "eps": eps, "out": tens(y), "graph": graph(y.grad_fn), "grads": grads(y, [a, b]),
                "module": tens(nn.CosineSimilarity(dim, eps)(a, b))})
out["cos"] = cos
out["cos_repr"] = repr(nn.CosineSimilarity())
out["cos_int_error"] = error(lambda: F.cosine_similarity(torch.tensor([1, 2]), torch.tensor([1, 2]), 0))

# ---------------------------------------------------------------- instance norm
inorm = []
for cls, d, shape, kw, dtype in [(nn.InstanceNorm1d, 1, (2, 3, 5), {}, torch.float32),
                                 (nn.InstanceNorm2d, 2, (2, 3, 2, 3), {"affine": True}, torch.float32),
                                 (nn.InstanceNorm3d, 3, (2, 2, 2, 2, 3), {"affine": True, "track_running_stats": True, "momentum": 0.3}, torch.float64),
                                 (nn.InstanceNorm1d, 1, (3, 4), {"track_running_stats": True}, torch.float32),
                                 (nn.InstanceNorm2d, 2, (2, 3, 3), {"affine": True, "eps": 1e-3}, torch.float64)]:
    torch.manual_seed(d)
    m = cls(shape[-d - 1], **kw).to(dtype)
    if m.affine:
        with torch.no_grad():
            m.weight.copy_(torch.rand(m.num_features, dtype=dtype) + 0.5)
            m.bias.copy_(torch.randn(m.num_features, dtype=dtype))
    x = leaf(torch.randn(shape, dtype=dtype) * 3 + 1)
    y = m(x)
    params = [p for p in m.parameters()]
    rec = {"cls": cls.__name__, "shape": list(shape), "kw": kw, "dtype": str(dtype).replace("torch.", ""), "repr": repr(m),
           "keys": list(m.state_dict().keys()), "input": tens(x), "out": tens(y), "graph": graph(y.grad_fn), "grads": grads(y, [x] + params),
           "weight": tens(m.weight) if m.affine else None, "bias": tens(m.bias) if m.affine else None}
    if m.track_running_stats:
        rec["running_mean"] = tens(m.running_mean)
        rec["running_var"] = tens(m.running_var)
        rec["num_batches_tracked"] = int(m.num_batches_tracked)
        m.eval()
        rec["eval_out"] = tens(m(x))
    inorm.append(rec)
out["inorm"] = inorm
out["inorm_errors"] = [error(lambda: nn.InstanceNorm2d(3)(torch.ones(2, 3))),
                       error(lambda: nn.InstanceNorm1d(3, affine=True)(torch.ones(2, 4, 5))),
                       error(lambda: nn.InstanceNorm1d(3)(torch.ones(2, 3, 1))),
                       error(lambda: F.instance_norm(torch.ones(2, 3, 4), use_input_stats=False))]
out["inorm_reprs"] = [repr(nn.InstanceNorm1d(4)), repr(nn.InstanceNorm3d(2, momentum=0.2, affine=True, track_running_stats=True))]

# ---------------------------------------------------------------- batch norm 3d
torch.manual_seed(3)
bn = nn.BatchNorm3d(2, momentum=None)
x = leaf(torch.randn(3, 2, 2, 2, 2))
y = bn(x)
y2 = bn(x * 2)
out["bn3d"] = {"repr": repr(bn), "keys": list(bn.state_dict().keys()), "input": tens(x), "out": tens(y), "out2": tens(y2), "graph": graph(y.grad_fn),
               "grads": grads(y, [x, bn.weight, bn.bias]), "running_mean": tens(bn.running_mean), "running_var": tens(bn.running_var),
               "num_batches_tracked": int(bn.num_batches_tracked), "eval_out": tens(bn.eval()(x)), "error": error(lambda: bn(torch.ones(2, 2, 2, 2)))}

# ---------------------------------------------------------------- alpha dropout
alpha = []
for shape, p, dtype, seed, inplace in [((4, 5), 0.5, torch.float32, 0, False), ((3, 7), 0.2, torch.float64, 7, False),
                                       ((20,), 0.9, torch.float32, 3, True), ((2, 2), 1.0, torch.float32, 1, False), ((2, 3), 0.0, torch.float32, 1, False)]:
    x = leaf(torch.randn(shape, dtype=dtype))
    torch.manual_seed(seed)
    y = F.alpha_dropout(x.clone() if inplace else x, p, True, inplace)
    after = vals(torch.rand(3))
    rec = {"input": tens(x), "p": p, "seed": seed, "inplace": inplace, "out": tens(y), "after": after, "graph": graph(y.grad_fn),
           "grads": grads(y, [x]) if y.requires_grad else None}
    alpha.append(rec)
out["alpha"] = alpha
torch.manual_seed(5)
m = nn.AlphaDropout(0.3)
xm = torch.randn(3, 4)
torch.manual_seed(5)
out["alpha_module"] = {"repr": repr(m), "repr_default": repr(nn.AlphaDropout()), "repr_inplace": repr(nn.AlphaDropout(0.1, True)),
                       "input": tens(xm), "seed": 5, "out": tens(m(xm)), "eval_same": m.eval()(xm) is xm,
                       "f_default_same": F.alpha_dropout(xm, 0.5) is xm,
                       "error": error(lambda: nn.AlphaDropout(1.5)), "f_error": error(lambda: F.alpha_dropout(xm, -0.1, True))}

# ---------------------------------------------------------------- ParameterList, ParameterDict
from collections import OrderedDict
class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        self.plist = nn.ParameterList([torch.ones(2)])
        self.pdict = nn.ParameterDict(OrderedDict([("z", torch.ones(1, 2)), ("a", nn.Parameter(torch.zeros(3), requires_grad=False))]))
        self.lin = nn.Linear(1, 1)
h = Holder()
pl = nn.ParameterList([nn.Parameter(torch.ones(2, 3)), torch.zeros(4, dtype=torch.float64)])
pl.append(torch.ones(()))
pl.extend([torch.ones(1, 1, 2)])
pl[1] = torch.ones(5)
pd = nn.ParameterDict({"right": torch.ones(5, 10), "left": torch.zeros(5, 10, dtype=torch.float64)})
pd["mid"] = torch.ones(2)
popped = pd.pop("left")
pd.update(OrderedDict([("y", torch.ones(1)), ("b", torch.ones(2))]))
pd.update({"q": torch.ones(3), "c": torch.ones(4)})
out["containers"] = {
    "plist_repr": repr(pl), "plist_keys": list(pl.state_dict().keys()), "plist_empty": repr(nn.ParameterList()),
    "plist_one": repr(nn.ParameterList([torch.ones(3)])), "plist_requires_grad": [p.requires_grad for p in pl],
    "plist_index_error": error(lambda: pl[4]), "plist_call_error": error(lambda: pl(torch.ones(1))),
    "pdict_repr": repr(pd), "pdict_keys": list(pd.keys()), "pdict_empty": repr(nn.ParameterDict()), "popped_dtype": str(popped.dtype),
    "pdict_call_error": error(lambda: pd(torch.ones(1))),
    "holder_repr": repr(h), "holder_keys": list(h.state_dict().keys()), "holder_params": [n for n, _ in h.named_parameters()]}

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "nnmore.json"), "w") as f:
    json.dump(out, f, indent=0)
