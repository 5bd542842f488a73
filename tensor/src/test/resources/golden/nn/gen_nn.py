"""Golden values for torch4j.nn from real PyTorch 1.13: module reprs and key orders, default
initialisation, activations and losses (values and gradients), state-dict errors.
Run with /usr/bin/python3 (Debian's python3-torch); writes nn.json next to this file."""
import json, os, warnings
from collections import OrderedDict
import torch, torch.nn as nn, torch.nn.functional as F

warnings.simplefilter("ignore")
out = {"torch": torch.__version__}

def vals(t):
    return [float(v).hex() for v in t.detach().reshape(-1).tolist()]

def tens(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""), "values": vals(t) if t.is_floating_point() else t.reshape(-1).tolist()}

# ---------------------------------------------------------------- reprs and key orders
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(1, 10)
        self.predict = nn.Linear(10, 1)
    def forward(self, x):
        return self.predict(F.relu(self.hidden(x)))

def nested():
    return nn.Sequential(nn.Linear(2, 3, bias=False),
                         nn.Sequential(nn.ReLU(inplace=True), nn.Dropout(0.2)),
                         nn.ModuleDict(OrderedDict([("act", nn.ELU()), ("head", nn.ModuleList([nn.Linear(3, 1), nn.Sigmoid()]))])))

def extra():
    s = nn.Sequential(nn.Linear(4, 2))
    s.add_module("extra-layer", nn.Tanh())
    s.add_module("loss", nn.CrossEntropyLoss(weight=torch.ones(2)))
    return s

modules = {"net": Net(), "nested": nested(), "extra": extra()}
out["modules"] = {k: {"repr": repr(m), "state_dict": list(m.state_dict().keys()),
                      "named_parameters": [n for n, _ in m.named_parameters()],
                      "named_buffers": [n for n, _ in m.named_buffers()],
                      "named_modules": [n for n, _ in m.named_modules()],
                      "children": [type(c).__name__ for c in m.children()]} for k, m in modules.items()}

layers = OrderedDict([
    ("Linear(3, 2)", nn.Linear(3, 2)), ("Linear(3, 2, false)", nn.Linear(3, 2, bias=False)),
    ("ReLU()", nn.ReLU()), ("ReLU(true)", nn.ReLU(True)), ("LeakyReLU()", nn.LeakyReLU()), ("LeakyReLU(0.2, true)", nn.LeakyReLU(0.2, True)),
    ("ELU()", nn.ELU()), ("ELU(0.5, true)", nn.ELU(0.5, True)), ("GELU()", nn.GELU()), ("GELU(tanh)", nn.GELU("tanh")),
    ("Sigmoid()", nn.Sigmoid()), ("Tanh()", nn.Tanh()), ("Softplus()", nn.Softplus()), ("Softplus(2, 10)", nn.Softplus(2, 10)),
    ("Softplus(0.5, 10)", nn.Softplus(0.5, 10)),
    ("Softmax(1)", nn.Softmax(1)), ("Softmax()", nn.Softmax()), ("LogSoftmax(1)", nn.LogSoftmax(dim=1)),
    ("Dropout()", nn.Dropout()), ("Dropout(1e-05)", nn.Dropout(1e-05)), ("Dropout2d(0.3)", nn.Dropout2d(0.3)),
    ("Flatten()", nn.Flatten()), ("Flatten(0, 2)", nn.Flatten(0, 2)), ("Unflatten(1, 2, 5)", nn.Unflatten(1, (2, 5))), ("Unflatten(0, 7)", nn.Unflatten(0, (7,))),
    ("Embedding(10, 3)", nn.Embedding(10, 3)), ("Embedding(10, 3, -1, 1.0, 3.0)", nn.Embedding(10, 3, padding_idx=-1, max_norm=1.0, norm_type=3.0)),
    ("Identity()", nn.Identity()), ("MSELoss()", nn.MSELoss()), ("L1Loss()", nn.L1Loss()), ("SmoothL1Loss()", nn.SmoothL1Loss()),
    ("HuberLoss()", nn.HuberLoss()), ("CrossEntropyLoss()", nn.CrossEntropyLoss()), ("NLLLoss()", nn.NLLLoss()), ("BCELoss()", nn.BCELoss()),
    ("BCEWithLogitsLoss()", nn.BCEWithLogitsLoss()), ("KLDivLoss()", nn.KLDivLoss()),
])
out["layer_reprs"] = {k: repr(m) for k, m in layers.items()}
out["parameter_reprs"] = {"ones(2)": repr(nn.Parameter(torch.ones(2))), "scalar": repr(nn.Parameter(torch.tensor(1.5))),
                          "frozen": repr(nn.Parameter(torch.tensor([1., 2.]), requires_grad=False))}

# ---------------------------------------------------------------- default initialisation
init = {}
torch.manual_seed(0); l = nn.Linear(3, 2); init["seed0 Linear(3, 2)"] = [tens(l.weight), tens(l.bias)]
torch.manual_seed(1); n = Net(); init["seed1 Net"] = [tens(p) for p in n.parameters()]
torch.manual_seed(0); e = nn.Embedding(10, 3); init["seed0 Embedding(10, 3)"] = [tens(e.weight)]
torch.manual_seed(3); e = nn.Embedding(5, 2, padding_idx=1); init["seed3 Embedding(5, 2, 1)"] = [tens(e.weight)]
torch.manual_seed(2); l = nn.Linear(0, 2); init["seed2 Linear(0, 2)"] = [tens(l.weight), tens(l.bias)]
out["init"] = init

# ---------------------------------------------------------------- load_state_dict reports
def err(f):
    try:
        return "OK " + repr(f())
    except Exception as ex:
        return type(ex).__name__ + ": " + str(ex)
sd = Net().state_dict()
missing = OrderedDict((k, v) for k, v in sd.items() if k != "predict.bias")
unexpected = OrderedDict(list(sd.items()) + [("predict.scale", torch.ones(1)), ("other.weight", torch.ones(1))])
wrong = OrderedDict(sd); wrong["hidden.weight"] = torch.ones(3, 1)
out["load_state_dict"] = {"missing strict": err(lambda: Net().load_state_dict(missing)),
                          "missing lenient": err(lambda: Net().load_state_dict(missing, strict=False)),
                          "unexpected strict": err(lambda: Net().load_state_dict(unexpected)),
                          "unexpected lenient": err(lambda: Net().load_state_dict(unexpected, strict=False)),
                          "both strict": err(lambda: Net().load_state_dict(OrderedDict(list(missing.items()) + [("x", torch.ones(1))]))),
                          "shape": err(lambda: Net().load_state_dict(wrong)),
                          "ok": err(lambda: Net().load_state_dict(sd))}

# ---------------------------------------------------------------- activations: values and gradients
torch.manual_seed(5)
x = torch.cat([torch.tensor([-30., -3., -1., -0.5, 0., 0.25, 1., 3., 25.]), torch.randn(7) * 2]).reshape(4, 4)
w = torch.randn(4, 4)
acts = OrderedDict([
    ("relu", lambda t: F.relu(t)), ("leaky_relu", lambda t: F.leaky_relu(t)), ("leaky_relu 0.2", lambda t: F.leaky_relu(t, 0.2)),
    ("elu", lambda t: F.elu(t)), ("elu 0.5", lambda t: F.elu(t, 0.5)), ("gelu", lambda t: F.gelu(t)), ("gelu tanh", lambda t: F.gelu(t, approximate="tanh")),
    ("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("softplus", lambda t: F.softplus(t)), ("softplus 2 10", lambda t: F.softplus(t, 2, 10)),
    ("softmax 0", lambda t: F.softmax(t, 0)), ("softmax 1", lambda t: F.softmax(t, 1)), ("log_softmax 1", lambda t: F.log_softmax(t, 1)),
    ("log_softmax 0", lambda t: F.log_softmax(t, 0)), ("logsumexp 1", lambda t: t.logsumexp(1)), ("logsumexp 0 keepdim", lambda t: t.logsumexp(0, keepdim=True)),
    ("erf", torch.erf), ("leaky_relu_ 0.2", lambda t: F.leaky_relu(t.mul(1), 0.2, inplace=True)), ("elu_", lambda t: F.elu(t.mul(1), inplace=True)),
])
act = {"x": tens(x), "w": tens(w), "cases": {}}
for name, f in acts.items():
    xi = x.clone().requires_grad_()
    y = f(xi)
    (y * (w if y.shape == w.shape else w[0] if y.dim() == 1 else w[:1])).sum().backward()
    act["cases"][name] = {"out": tens(y), "grad": tens(xi.grad), "grad_fn": y.grad_fn.name()}
out["activations"] = act

# ---------------------------------------------------------------- losses
torch.manual_seed(6)
inp = torch.randn(4, 3)
tgt = torch.randn(4, 3)
prob = torch.rand(4, 3)
cls = torch.tensor([2, 0, 1, 2])
cls_ign = torch.tensor([2, -100, 1, 0])
cw = torch.tensor([0.2, 1.0, 3.0])
pw = torch.tensor([1.5, 0.5, 2.0])
inp4 = torch.randn(2, 3, 2, 2); cls4 = torch.tensor([[[0, 1], [2, 1]], [[1, 1], [0, 2]]])
inp3 = torch.randn(2, 3, 4); cls3 = torch.tensor([[0, 1, 2, 1], [2, 2, 0, 1]])
data = {"inp": tens(inp), "tgt": tens(tgt), "prob": tens(prob), "cls": tens(cls), "cls_ign": tens(cls_ign), "cw": tens(cw), "pw": tens(pw),
        "inp4": tens(inp4), "cls4": tens(cls4), "inp3": tens(inp3), "cls3": tens(cls3)}
losses = OrderedDict()
for r in ["mean", "sum", "none"]:
    losses["mse " + r] = ("inp", "tgt", lambda a, b, r=r: F.mse_loss(a, b, reduction=r))
    losses["l1 " + r] = ("inp", "tgt", lambda a, b, r=r: F.l1_loss(a, b, reduction=r))
    losses["smooth_l1 " + r] = ("inp", "tgt", lambda a, b, r=r: F.smooth_l1_loss(a, b, reduction=r))
    losses["smooth_l1 beta0.5 " + r] = ("inp", "tgt", lambda a, b, r=r: F.smooth_l1_loss(a, b, reduction=r, beta=0.5))
    losses["huber " + r] = ("inp", "tgt", lambda a, b, r=r: F.huber_loss(a, b, reduction=r))
    losses["huber delta0.7 " + r] = ("inp", "tgt", lambda a, b, r=r: F.huber_loss(a, b, reduction=r, delta=0.7))
    losses["cross_entropy " + r] = ("inp", "cls", lambda a, b, r=r: F.cross_entropy(a, b, reduction=r))
    losses["cross_entropy weight ignore " + r] = ("inp", "cls_ign", lambda a, b, r=r: F.cross_entropy(a, b, weight=cw, reduction=r))
    losses["cross_entropy smoothing " + r] = ("inp", "cls_ign", lambda a, b, r=r: F.cross_entropy(a, b, reduction=r, label_smoothing=0.1))
    losses["cross_entropy weight smoothing " + r] = ("inp", "cls", lambda a, b, r=r: F.cross_entropy(a, b, weight=cw, reduction=r, label_smoothing=0.2))
    losses["cross_entropy probs " + r] = ("inp", "prob", lambda a, b, r=r: F.cross_entropy(a, b, reduction=r))
    losses["cross_entropy probs weight smoothing " + r] = ("inp", "prob", lambda a, b, r=r: F.cross_entropy(a, b, weight=cw, reduction=r, label_smoothing=0.3))
    losses["cross_entropy 4d " + r] = ("inp4", "cls4", lambda a, b, r=r: F.cross_entropy(a, b, reduction=r))
    losses["cross_entropy 3d " + r] = ("inp3", "cls3", lambda a, b, r=r: F.cross_entropy(a, b, weight=cw, reduction=r))
    losses["nll " + r] = ("inp", "cls", lambda a, b, r=r: F.nll_loss(a, b, reduction=r))
    losses["nll weight ignore " + r] = ("inp", "cls_ign", lambda a, b, r=r: F.nll_loss(a, b, weight=cw, reduction=r))
    losses["nll ignore 1 " + r] = ("inp", "cls", lambda a, b, r=r: F.nll_loss(a, b, ignore_index=1, reduction=r))
    losses["bce " + r] = ("prob_in", "prob", lambda a, b, r=r: F.binary_cross_entropy(a, b, reduction=r))
    losses["bce weight " + r] = ("prob_in", "prob", lambda a, b, r=r: F.binary_cross_entropy(a, b, weight=cw, reduction=r))
    losses["bce_logits " + r] = ("inp", "prob", lambda a, b, r=r: F.binary_cross_entropy_with_logits(a, b, reduction=r))
    losses["bce_logits weight pos_weight " + r] = ("inp", "prob", lambda a, b, r=r: F.binary_cross_entropy_with_logits(a, b, weight=cw, reduction=r, pos_weight=pw))
    losses["kl_div " + r] = ("logp", "prob", lambda a, b, r=r: F.kl_div(a, b, reduction=r))
    losses["kl_div log_target " + r] = ("logp", "logq", lambda a, b, r=r: F.kl_div(a, b, reduction=r, log_target=True))
losses["kl_div batchmean"] = ("logp", "prob", lambda a, b: F.kl_div(a, b, reduction="batchmean"))
data["prob_in"] = tens(torch.sigmoid(inp))
data["logp"] = tens(F.log_softmax(inp, 1))
data["logq"] = tens(F.log_softmax(tgt, 1))
tensors = {"inp": inp, "tgt": tgt, "prob": prob, "cls": cls, "cls_ign": cls_ign, "prob_in": torch.sigmoid(inp), "logp": F.log_softmax(inp, 1),
           "logq": F.log_softmax(tgt, 1), "inp4": inp4, "cls4": cls4, "inp3": inp3, "cls3": cls3}
cases = {}
for name, (a, b, f) in losses.items():
    xa = tensors[a].clone().requires_grad_()
    xb = tensors[b].clone()
    if xb.is_floating_point(): xb.requires_grad_()
    y = f(xa, xb)
    y.backward(torch.ones_like(y) if y.dim() == 0 else torch.arange(1., y.numel() + 1).reshape(y.shape))
    cases[name] = {"a": a, "b": b, "out": tens(y), "grad_a": tens(xa.grad), "grad_b": tens(xb.grad) if xb.grad is not None else None,
                   "grad_fn": y.grad_fn.name()}
out["losses"] = {"data": data, "cases": cases}

errors = OrderedDict([
    ("nll float target", lambda: F.nll_loss(inp, cls.float())), ("nll batch", lambda: F.nll_loss(inp, cls[:3])),
    ("nll out of bounds", lambda: F.nll_loss(inp, torch.tensor([0, 1, 3, 0]))), ("nll weight", lambda: F.nll_loss(inp, cls, weight=torch.ones(2))),
    ("ce probs ignore", lambda: F.cross_entropy(inp, prob, ignore_index=1)), ("bce range", lambda: F.binary_cross_entropy(inp, prob)),
    ("bce shape", lambda: F.binary_cross_entropy(prob, prob[0])), ("bce_logits shape", lambda: F.binary_cross_entropy_with_logits(inp, prob[0])),
    ("one_hot negative", lambda: F.one_hot(torch.tensor([1, -1]))), ("one_hot big", lambda: F.one_hot(torch.tensor([1, 5]), 3)),
    ("one_hot float", lambda: F.one_hot(torch.tensor([1.]))), ("reduction", lambda: F.mse_loss(inp, tgt, reduction="avg")),
    ("embedding index", lambda: F.embedding(torch.tensor([5]), torch.randn(3, 2))),
])
out["errors"] = {k: err(f) for k, f in errors.items()}
out["one_hot"] = {"default": tens(F.one_hot(torch.tensor([0, 2, 1]))), "classes 5": tens(F.one_hot(torch.tensor([[0, 2], [1, 4]]), 5))}

# embedding with padding and max_norm
torch.manual_seed(9)
ew = torch.randn(5, 3) * 2
idx = torch.tensor([[1, 3], [3, 0]])
e1 = ew.clone().requires_grad_()
y = F.embedding(idx, e1, padding_idx=3)
(y * torch.arange(12.).reshape(2, 2, 3)).sum().backward()
e2 = ew.clone()
y2 = F.embedding(idx, e2, max_norm=1.5)
out["embedding"] = {"weight": tens(ew), "idx": tens(idx), "padding out": tens(y), "padding grad": tens(e1.grad), "max_norm out": tens(y2),
                    "max_norm weight after": tens(e2)}

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "nn.json"), "w") as fh:
    json.dump(out, fh, indent=1)
