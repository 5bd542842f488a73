"""Golden values for torch4j.nn's remaining activations, margin/embedding losses, F.normalize,
GroupNorm and LocalResponseNorm from real PyTorch 1.13. Run with /usr/bin/python3 (Debian's
python3-torch); writes nnacts.json next to this file.

Every case is keyed by an id that NnActsGoldenTest maps to the Java module or F call. Inputs are
regenerated in Java from the values stored here; gradients are of (out * gout).sum() with
gout = arange(out.numel()) / 8 - 1 shaped like out."""
import json, os, warnings
import torch, torch.nn as nn, torch.nn.functional as F

warnings.simplefilter("ignore")
torch.set_printoptions(precision=4)
out = {"torch": torch.__version__}

def vals(t):
    return [float(v).hex() for v in t.detach().reshape(-1).tolist()]

def tens(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": vals(t) if t.is_floating_point() else t.reshape(-1).tolist()}

def gout_for(y):
    return (torch.arange(y.numel(), dtype=y.dtype) / 8 - 1).reshape(y.shape)

def error(f):
    try:
        f()
    except Exception as e:
        return {"type": type(e).__name__, "message": str(e)}
    raise AssertionError("no error")

def sample(shape, dtype, seed):
    """randn * 2.5 with the boundary points of the piecewise activations mixed in."""
    g = torch.Generator().manual_seed(seed)
    n = 1
    for s in shape: n *= s
    x = torch.randn(n, generator=g, dtype=torch.float64) * 2.5
    special = torch.tensor([-3., 3., 0., 0.5, -0.5, 1., -1., 0.1, -20., 25.], dtype=torch.float64)
    k = min(n // 3, len(special))
    x[:k] = special[:k]
    return x.reshape(shape).to(dtype)

# ---------------------------------------------------------------- 1. activations
# (id, module factory, F call, input shape); each in float32 and float64, out of place and (where
# PyTorch has it) in place on a clone of the leaf.
ACTS = [
    ("SiLU", lambda: nn.SiLU(), lambda x: F.silu(x), lambda x: F.silu(x, inplace=True)),
    ("Mish", lambda: nn.Mish(), lambda x: F.mish(x), lambda x: F.mish(x, inplace=True)),
    ("Hardswish", lambda: nn.Hardswish(), lambda x: F.hardswish(x), lambda x: F.hardswish(x, inplace=True)),
    ("Hardsigmoid", lambda: nn.Hardsigmoid(), lambda x: F.hardsigmoid(x), lambda x: F.hardsigmoid(x, inplace=True)),
    ("SELU", lambda: nn.SELU(), lambda x: F.selu(x), lambda x: F.selu(x, inplace=True)),
    ("CELU", lambda: nn.CELU(), lambda x: F.celu(x), lambda x: F.celu(x, inplace=True)),
    ("CELU(0.7)", lambda: nn.CELU(0.7), lambda x: F.celu(x, 0.7), lambda x: F.celu(x, 0.7, True)),
    ("LogSigmoid", lambda: nn.LogSigmoid(), lambda x: F.logsigmoid(x), None),
    ("Softsign", lambda: nn.Softsign(), lambda x: F.softsign(x), None),
    ("Softshrink", lambda: nn.Softshrink(), lambda x: F.softshrink(x), None),
    ("Softshrink(1.0)", lambda: nn.Softshrink(1.0), lambda x: F.softshrink(x, 1.0), None),
    ("Hardshrink", lambda: nn.Hardshrink(), lambda x: F.hardshrink(x), None),
    ("Hardshrink(1.0)", lambda: nn.Hardshrink(1.0), lambda x: F.hardshrink(x, 1.0), None),
    ("Tanhshrink", lambda: nn.Tanhshrink(), lambda x: F.tanhshrink(x), None),
    ("Threshold(0.1, 20)", lambda: nn.Threshold(0.1, 20), lambda x: F.threshold(x, 0.1, 20), lambda x: F.threshold(x, 0.1, 20, True)),
    ("Threshold(-1.0, -2.5)", lambda: nn.Threshold(-1.0, -2.5), lambda x: F.threshold(x, -1.0, -2.5), lambda x: F.threshold_(x, -1.0, -2.5)),
    ("GLU", lambda: nn.GLU(), lambda x: F.glu(x), None),
    ("GLU(0)", lambda: nn.GLU(0), lambda x: F.glu(x, 0), None),
    ("Softmin(1)", lambda: nn.Softmin(1), lambda x: F.softmin(x, 1), None),
    ("Softmin(0)", lambda: nn.Softmin(0), lambda x: F.softmin(x, 0), None),
    ("RReLU eval", lambda: nn.RReLU().eval(), lambda x: F.rrelu(x), lambda x: F.rrelu(x, inplace=True)),
    ("RReLU(0.1, 0.3) eval", lambda: nn.RReLU(0.1, 0.3).eval(), lambda x: F.rrelu(x, 0.1, 0.3), lambda x: F.rrelu_(x, 0.1, 0.3)),
]
acts = []
for id_, make, f, finplace in ACTS:
    for dtype in (torch.float32, torch.float64):
        x0 = sample((4, 6), dtype, 1)
        m = make()
        x = x0.clone().requires_grad_()
        y = m(x)
        yf = f(x0.clone().requires_grad_())
        assert torch.equal(y, yf), id_
        y.backward(gout_for(y))
        rec = {"id": id_, "repr": repr(m), "x": tens(x0), "out": tens(y), "grad_fn": type(y.grad_fn).__name__, "grad": tens(x.grad)}
        if finplace is not None:
            xi = x0.clone().requires_grad_()
            c = xi.clone()
            yi = finplace(c)
            assert yi is c
            yi.backward(gout_for(yi))
            rec["inplace_out"] = tens(yi)
            rec["inplace_grad_fn"] = type(yi.grad_fn).__name__
            rec["inplace_grad"] = tens(xi.grad)
        acts.append(rec)
out["activations"] = acts
out["reprs"] = {k: repr(v) for k, v in {
    "SiLU(True)": nn.SiLU(True), "Mish(True)": nn.Mish(True), "Hardswish(True)": nn.Hardswish(True),
    "Hardsigmoid(True)": nn.Hardsigmoid(True), "SELU(True)": nn.SELU(True), "CELU(2.0, True)": nn.CELU(2.0, True),
    "Threshold(0.1, 20.0, True)": nn.Threshold(0.1, 20.0, True), "Softmin()": nn.Softmin(), "Softmax2d()": nn.Softmax2d(),
    "PReLU()": nn.PReLU(), "PReLU(3, 0.1)": nn.PReLU(3, 0.1), "RReLU()": nn.RReLU(), "RReLU(0.1, 0.3, True)": nn.RReLU(0.1, 0.3, True),
    "GLU(1)": nn.GLU(1)}.items()}

# Softmax2d on 3-D and 4-D inputs
sm2 = []
for shape in [(3, 2, 4), (2, 3, 2, 2)]:
    x0 = sample(shape, torch.float32, 2)
    x = x0.clone().requires_grad_()
    y = nn.Softmax2d()(x)
    y.backward(gout_for(y))
    sm2.append({"x": tens(x0), "out": tens(y), "grad_fn": type(y.grad_fn).__name__, "grad": tens(x.grad)})
out["softmax2d"] = sm2

# PReLU: default init, one or per-channel weights, 1-D to 4-D inputs; gradients of input and weight
prelus = []
for num, init, shape, dtype in [(1, 0.25, (2, 3, 4), torch.float32), (3, 0.1, (2, 3, 4), torch.float32), (4, 0.25, (2, 4), torch.float64),
                                (2, 0.3, (2, 2, 3, 2), torch.float32), (1, 0.25, (5,), torch.float64), (1, 0.2, (), torch.float32)]:
    m = nn.PReLU(num, init).to(dtype)
    with torch.no_grad():
        m.weight.mul_(torch.arange(1, num + 1, dtype=dtype))   # distinct slopes per channel
    x0 = sample(shape, dtype, 3)
    x = x0.clone().requires_grad_()
    y = m(x)
    y.backward(gout_for(y))
    prelus.append({"num": num, "init": init, "repr": repr(m), "x": tens(x0), "weight": tens(m.weight), "out": tens(y),
                   "grad_fn": type(y.grad_fn).__name__, "grad": tens(x.grad), "grad_weight": tens(m.weight.grad)})
out["prelu"] = prelus
out["prelu_state_dict"] = list(nn.PReLU(3).state_dict().keys())

# RReLU training: draws from the global generator for the non-positive elements only
rrelus = []
for lower, upper, dtype, seed, inplace in [(1 / 8, 1 / 3, torch.float32, 0, False), (0.1, 0.3, torch.float64, 5, False),
                                           (1 / 8, 1 / 3, torch.float32, 7, True), (0.2, 0.2, torch.float64, 1, False)]:
    x0 = sample((3, 5), dtype, 4)
    x = x0.clone().requires_grad_()
    torch.manual_seed(seed)
    m = nn.RReLU(lower, upper, inplace)
    c = x.clone()
    y = m(c)
    after = vals(torch.rand(3))
    y.backward(gout_for(y))
    rrelus.append({"lower": lower, "upper": upper, "inplace": inplace, "seed": seed, "x": tens(x0), "out": tens(y),
                   "grad_fn": type(y.grad_fn).__name__, "grad": tens(x.grad), "after": after})
out["rrelu_train"] = rrelus

out["act_errors"] = {
    "glu_odd": error(lambda: F.glu(torch.ones(2, 5))),
    "glu_scalar": error(lambda: F.glu(torch.tensor(1.))),
    "softshrink_negative": error(lambda: F.softshrink(torch.ones(2), -0.5)),
    "softmax2d_2d": error(lambda: nn.Softmax2d()(torch.ones(2, 5))),
    "prelu_mismatch": error(lambda: F.prelu(torch.ones(2, 5), torch.ones(3))),
    "prelu_weight_2d": error(lambda: F.prelu(torch.ones(2, 3), torch.ones(3, 1))),
    "rrelu_bounds": error(lambda: F.rrelu(torch.ones(2), 0.5, 0.2, True)),
}

# ---------------------------------------------------------------- 2. losses
def loss_case(id_, fn, inputs, grads, module_repr=None):
    """inputs: list of tensors; grads: indices of inputs that require grad."""
    recs = []
    for red in ("none", "mean", "sum"):
        xs = [t.clone().requires_grad_() if i in grads else t.clone() for i, t in enumerate(inputs)]
        y = fn(xs, red)
        y.backward(gout_for(y) if y.dim() > 0 else torch.tensor(1.5, dtype=y.dtype))
        recs.append({"reduction": red, "out": tens(y), "grad_fn": type(y.grad_fn).__name__,
                     "grads": [tens(xs[i].grad) for i in grads]})
    return {"id": id_, "inputs": [tens(t) for t in inputs], "requires_grad": grads, "cases": recs}

g = torch.Generator().manual_seed(11)
def rn(*shape, dtype=torch.float32):
    return torch.randn(*shape, generator=g, dtype=dtype)

losses = []
a, b = rn(6), rn(6)
t = torch.tensor([1., -1, 1, -1, -1, 1])
losses.append(loss_case("MarginRankingLoss", lambda xs, r: F.margin_ranking_loss(*xs, reduction=r), [a, b, t], [0, 1]))
losses.append(loss_case("MarginRankingLoss(0.5)", lambda xs, r: nn.MarginRankingLoss(0.5, reduction=r)(*xs), [a, b, t], [0, 1]))
a, b = rn(5, 4, dtype=torch.float64), rn(5, 4, dtype=torch.float64)
b[1] = a[1] * 2
t = torch.tensor([1., -1, -1, 1, -1], dtype=torch.float64)
losses.append(loss_case("CosineEmbeddingLoss", lambda xs, r: F.cosine_embedding_loss(*xs, reduction=r), [a, b, t], [0, 1]))
losses.append(loss_case("CosineEmbeddingLoss(0.2)", lambda xs, r: nn.CosineEmbeddingLoss(0.2, reduction=r)(*xs), [a, b, t], [0, 1]))
a1, b1 = rn(4), rn(4)
losses.append(loss_case("CosineEmbeddingLoss 1d", lambda xs, r: F.cosine_embedding_loss(*xs, reduction=r, margin=-0.5),
                        [a1, b1, torch.tensor(-1.)], [0, 1]))
x = rn(3, 4)
t = torch.tensor([[1., -1, 1, 1], [-1, -1, 1, -1], [1, 1, -1, 1]])
losses.append(loss_case("SoftMarginLoss", lambda xs, r: F.soft_margin_loss(*xs, reduction=r), [x, t], [0]))
tm = (rn(3, 4) > 0).float()
w = torch.tensor([0.5, 1.0, 2.0, 1.5])
losses.append(loss_case("MultiLabelSoftMarginLoss", lambda xs, r: F.multilabel_soft_margin_loss(*xs, reduction=r), [x, tm], [0]))
losses.append(loss_case("MultiLabelSoftMarginLoss weight", lambda xs, r: nn.MultiLabelSoftMarginLoss(w, reduction=r)(*xs), [x, tm], [0]))
lam = rn(3, 4).abs() * 3
cnt = torch.tensor([[0., 1, 2, 5], [3, 0, 1, 1], [7, 2, 0, 4]])
losses.append(loss_case("PoissonNLLLoss", lambda xs, r: F.poisson_nll_loss(*xs, reduction=r), [x, cnt], [0]))
losses.append(loss_case("PoissonNLLLoss full", lambda xs, r: nn.PoissonNLLLoss(True, True, reduction=r)(*xs), [x, cnt], [0]))
losses.append(loss_case("PoissonNLLLoss rate", lambda xs, r: F.poisson_nll_loss(*xs, log_input=False, full=True, eps=1e-3, reduction=r),
                        [lam, cnt], [0]))
an, po, ne = rn(4, 5), rn(4, 5), rn(4, 5)
ne[0] = an[0] + 0.1
losses.append(loss_case("TripletMarginLoss", lambda xs, r: F.triplet_margin_loss(*xs, reduction=r), [an, po, ne], [0, 1, 2]))
losses.append(loss_case("TripletMarginLoss(0.5, 1, swap)", lambda xs, r: nn.TripletMarginLoss(0.5, 1.0, 1e-6, True, reduction=r)(*xs),
                        [an, po, ne], [0, 1, 2]))
losses.append(loss_case("TripletMarginLoss(2, 3)", lambda xs, r: F.triplet_margin_loss(*xs, margin=2.0, p=3, eps=1e-4, reduction=r),
                        [an, po, ne], [0, 1, 2]))
xm = rn(5, 4)
ym = torch.tensor([0, 3, 1, 1, 2])
wm = torch.tensor([1.0, 0.5, 2.0, 0.3])
losses.append(loss_case("MultiMarginLoss", lambda xs, r: F.multi_margin_loss(*xs, reduction=r), [xm, ym], [0]))
losses.append(loss_case("MultiMarginLoss(2, 0.7, weight)", lambda xs, r: nn.MultiMarginLoss(2, 0.7, wm, reduction=r)(*xs), [xm, ym], [0]))
losses.append(loss_case("MultiMarginLoss 1d", lambda xs, r: F.multi_margin_loss(*xs, reduction=r), [rn(4), torch.tensor([2])], [0]))
ymm = torch.tensor([[3, 0, -1, 1], [1, 2, 3, 0], [0, 0, -1, 2], [-1, 1, 2, 3], [2, -1, 0, 0]])
losses.append(loss_case("MultiLabelMarginLoss", lambda xs, r: F.multilabel_margin_loss(*xs, reduction=r), [xm, ymm], [0]))
losses.append(loss_case("MultiLabelMarginLoss 1d", lambda xs, r: nn.MultiLabelMarginLoss(reduction=r)(*xs), [rn(4), torch.tensor([1, 3, -1, 0])], [0]))
out["losses"] = losses

pd = []
for p, eps, keepdim, s1, s2 in [(2.0, 1e-6, False, (4, 5), (4, 5)), (1.0, 1e-6, True, (4, 5), (4, 5)), (3.0, 1e-3, False, (2, 3, 4), (3, 4)),
                                (float("inf"), 1e-6, False, (4, 5), (4, 5)), (2.0, 1e-6, False, (5,), (5,)), (0.5, 1e-6, False, (3, 4), (3, 4))]:
    x1, x2 = rn(*s1, dtype=torch.float64), rn(*s2, dtype=torch.float64)
    a, b = x1.clone().requires_grad_(), x2.clone().requires_grad_()
    m = nn.PairwiseDistance(p, eps, keepdim)
    y = m(a, b)
    y.backward(gout_for(y))
    pd.append({"p": p, "eps": eps, "keepdim": keepdim, "repr": repr(m), "x1": tens(x1), "x2": tens(x2), "out": tens(y),
               "grad_fn": type(y.grad_fn).__name__, "grad1": tens(a.grad), "grad2": tens(b.grad)})
out["pairwise_distance"] = pd
out["loss_reprs"] = {k: repr(v) for k, v in {
    "MarginRankingLoss()": nn.MarginRankingLoss(), "CosineEmbeddingLoss()": nn.CosineEmbeddingLoss(), "SoftMarginLoss()": nn.SoftMarginLoss(),
    "MultiLabelSoftMarginLoss()": nn.MultiLabelSoftMarginLoss(), "PoissonNLLLoss()": nn.PoissonNLLLoss(), "TripletMarginLoss()": nn.TripletMarginLoss(),
    "MultiMarginLoss()": nn.MultiMarginLoss(), "MultiLabelMarginLoss()": nn.MultiLabelMarginLoss(), "PairwiseDistance()": nn.PairwiseDistance()}.items()}
out["multimargin_buffers"] = list(nn.MultiMarginLoss(weight=torch.ones(3)).state_dict().keys())
out["loss_errors"] = {
    "margin_ranking_dims": error(lambda: F.margin_ranking_loss(torch.ones(2), torch.ones(2, 1), torch.ones(2))),
    "cosine_target_2d": error(lambda: F.cosine_embedding_loss(torch.ones(2, 3), torch.ones(2, 3), torch.ones(2, 1))),
    "cosine_inputs": error(lambda: F.cosine_embedding_loss(torch.ones(3), torch.ones(2, 3), torch.ones(2))),
    "cosine_inputs_0d": error(lambda: F.cosine_embedding_loss(torch.ones(2, 3), torch.ones(2, 3), torch.tensor(1.))),
    "triplet_dims": error(lambda: F.triplet_margin_loss(torch.ones(2, 3), torch.ones(3), torch.ones(2, 3))),
    "multi_margin_p": error(lambda: F.multi_margin_loss(torch.ones(2, 3), torch.tensor([0, 1]), p=3)),
    "multi_margin_target_size": error(lambda: F.multi_margin_loss(torch.ones(2, 3), torch.tensor([0, 1, 2]))),
    "multi_margin_target_range": error(lambda: F.multi_margin_loss(torch.ones(2, 3), torch.tensor([0, 5]))),
    "multilabel_margin_size": error(lambda: F.multilabel_margin_loss(torch.ones(2, 3), torch.tensor([0, 1]))),
    "multilabel_margin_range": error(lambda: F.multilabel_margin_loss(torch.ones(2, 3), torch.tensor([[0, 5, -1], [0, 1, 2]]))),
    "bad_reduction": error(lambda: F.soft_margin_loss(torch.ones(2), torch.ones(2), reduction="avg")),
}

# ---------------------------------------------------------------- 3. normalize, GroupNorm, LocalResponseNorm
norms = []
for p, dim, eps, shape in [(2.0, 1, 1e-12, (3, 4)), (1.0, 0, 1e-12, (3, 4)), (3.0, -1, 1e-12, (2, 3, 4)), (float("inf"), 1, 1e-12, (2, 3, 2)),
                           (2.0, 1, 0.5, (3, 4))]:
    x0 = rn(*shape, dtype=torch.float64)
    x0[0] = 0.   # a zero row: the eps clamp
    x = x0.clone().requires_grad_()
    y = F.normalize(x, p, dim, eps)
    y.backward(gout_for(y))
    norms.append({"p": p, "dim": dim, "eps": eps, "x": tens(x0), "out": tens(y), "grad_fn": type(y.grad_fn).__name__, "grad": tens(x.grad)})
x0 = rn(2, 3)
out["normalize_float32"] = {"x": tens(x0), "out": tens(F.normalize(x0))}
out["normalize"] = norms

gns = []
for groups, channels, eps, affine, shape, dtype in [(2, 4, 1e-5, True, (3, 4, 5), torch.float32), (1, 3, 1e-5, True, (2, 3, 2, 2), torch.float64),
                                                    (3, 3, 1e-3, False, (2, 3, 4), torch.float32), (2, 6, 1e-5, True, (2, 6), torch.float64),
                                                    (2, 4, 1e-5, True, (2, 4, 2, 1, 3), torch.float32)]:
    m = nn.GroupNorm(groups, channels, eps, affine).to(dtype)
    if affine:
        with torch.no_grad():
            m.weight.copy_(torch.linspace(0.5, 2.0, channels))
            m.bias.copy_(torch.linspace(-1.0, 1.0, channels))
    x0 = rn(*shape, dtype=dtype) * 2 + 1
    x = x0.clone().requires_grad_()
    y = m(x)
    y.backward(gout_for(y))
    rec = {"groups": groups, "channels": channels, "eps": eps, "affine": affine, "repr": repr(m), "x": tens(x0), "out": tens(y),
           "grad_fn": type(y.grad_fn).__name__, "grad": tens(x.grad), "state_dict": list(m.state_dict().keys())}
    if affine:
        rec["weight"] = tens(m.weight)
        rec["bias"] = tens(m.bias)
        rec["grad_weight"] = tens(m.weight.grad)
        rec["grad_bias"] = tens(m.bias.grad)
    gns.append(rec)
out["group_norm"] = gns
out["norm_errors"] = {
    "group_norm_divisible": error(lambda: nn.GroupNorm(3, 4)),
    "group_norm_input": error(lambda: F.group_norm(torch.ones(2, 4, 3), 3)),
    "group_norm_one_value": error(lambda: F.group_norm(torch.ones(1, 2), 2)),
    "lrn_dims": error(lambda: F.local_response_norm(torch.ones(2, 4), 2)),
}

lrns = []
for size, alpha, beta, k, shape in [(2, 1e-4, 0.75, 1.0, (2, 5, 3)), (3, 0.5, 0.5, 2.0, (2, 4, 3, 2)), (5, 1.0, 0.75, 1.0, (1, 6, 2, 2, 2)),
                                    (1, 0.2, 1.0, 1.0, (2, 3, 4))]:
    m = nn.LocalResponseNorm(size, alpha, beta, k)
    x0 = rn(*shape, dtype=torch.float64) * 2
    x = x0.clone().requires_grad_()
    y = m(x)
    y.backward(gout_for(y))
    lrns.append({"size": size, "alpha": alpha, "beta": beta, "k": k, "repr": repr(m), "x": tens(x0), "out": tens(y),
                 "grad_fn": type(y.grad_fn).__name__, "grad": tens(x.grad)})
out["local_response_norm"] = lrns
out["norm_reprs"] = {"GroupNorm(2, 4)": repr(nn.GroupNorm(2, 4)), "GroupNorm(2, 4, 0.001, False)": repr(nn.GroupNorm(2, 4, 1e-3, False)),
                     "LocalResponseNorm(2)": repr(nn.LocalResponseNorm(2)), "LocalResponseNorm(3, 0.001, 0.5, 2.5)": repr(nn.LocalResponseNorm(3, 1e-3, 0.5, 2.5))}

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nnacts.json")
with open(path + ".tmp", "w") as f:
    json.dump(out, f, indent=1)
os.replace(path + ".tmp", path)
