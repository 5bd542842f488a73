"""Golden optimizer trajectories from PyTorch 1.13: run with /usr/bin/python3 gen_optim.py (writes optim.json here).

Problem: a tiny float32 linear regression, loss = ((X @ w + b - y) ** 2).mean(), params w (4,) and b (1,).
For every case: the parameters after each of 50 steps, the repr, and the state_dict after the last step
(state tensors as flat lists, param_groups as PyTorch writes them).
"""
import json, os, torch

torch.manual_seed(0)
X = torch.randn(16, 4)
y = X @ torch.tensor([1.5, -2.0, 0.5, 3.0]) + 0.7 + 0.1 * torch.randn(16)
w0 = torch.randn(4) * 0.5
b0 = torch.zeros(1)

def pyval(v):
    if isinstance(v, torch.Tensor):
        return {"tensor": v.reshape(-1).tolist(), "shape": list(v.shape), "dtype": str(v.dtype)}
    if isinstance(v, tuple):
        return list(v)
    return v

CASES = [
    ("SGD", "sgd_plain", dict(lr=0.05), None),
    ("SGD", "sgd_momentum", dict(lr=0.05, momentum=0.9), None),
    ("SGD", "sgd_dampening_wd", dict(lr=0.05, momentum=0.9, dampening=0.1, weight_decay=0.01), None),
    ("SGD", "sgd_nesterov", dict(lr=0.05, momentum=0.9, nesterov=True), None),
    ("SGD", "sgd_maximize", dict(lr=0.01, maximize=True), None),
    ("SGD", "sgd_groups", dict(lr=0.05, momentum=0.5), [{}, {"lr": 0.01}]),
    ("Adam", "adam_default", dict(lr=0.05), None),
    ("Adam", "adam_amsgrad_wd", dict(lr=0.05, amsgrad=True, weight_decay=0.1), None),
    ("Adam", "adam_betas_eps", dict(lr=0.05, betas=(0.8, 0.99), eps=1e-6), None),
    ("Adam", "adam_maximize", dict(lr=0.01, maximize=True), None),
    ("Adam", "adam_groups", dict(lr=0.05), [{"betas": (0.5, 0.9)}, {"lr": 0.1, "amsgrad": True}]),
    ("AdamW", "adamw_default", dict(lr=0.05), None),
    ("AdamW", "adamw_amsgrad", dict(lr=0.05, amsgrad=True, weight_decay=0.1), None),
    ("Adagrad", "adagrad_default", dict(lr=0.1), None),
    ("Adagrad", "adagrad_options", dict(lr=0.1, lr_decay=0.01, initial_accumulator_value=0.1, weight_decay=0.01, eps=1e-8), None),
    ("RMSprop", "rmsprop_default", dict(lr=0.01), None),
    ("RMSprop", "rmsprop_centered", dict(lr=0.01, centered=True), None),
    ("RMSprop", "rmsprop_momentum_centered_wd", dict(lr=0.01, momentum=0.9, centered=True, weight_decay=0.01, alpha=0.9), None),
    ("Adadelta", "adadelta_default", dict(), None),
    ("Adadelta", "adadelta_options", dict(lr=0.5, rho=0.95, eps=1e-5, weight_decay=0.01), None),
]

out = {"X": X.reshape(-1).tolist(), "y": y.tolist(), "w0": w0.tolist(), "b0": b0.tolist(), "cases": {}}
for cls, name, opts, groups in CASES:
    w = w0.clone().requires_grad_()
    b = b0.clone().requires_grad_()
    if groups is None:
        params = [w, b]
    else:
        params = [dict(groups[0], params=[w]), dict(groups[1], params=[b])]
    opt = getattr(torch.optim, cls)(params, **opts)
    traj = []
    for _ in range(50):
        opt.zero_grad()
        loss = ((X @ w + b - y) ** 2).mean()
        loss.backward()
        opt.step()
        traj.append(w.tolist() + b.tolist())
    sd = opt.state_dict()
    state = {str(k): {sk: pyval(sv) for sk, sv in v.items()} for k, v in sd["state"].items()}
    pgs = [[[k, pyval(v)] for k, v in g.items()] for g in sd["param_groups"]]
    out["cases"][name] = {"class": cls, "options": {k: pyval(v) for k, v in opts.items()},
                          "groups": [{k: pyval(v) for k, v in g.items()} for g in groups] if groups else None,
                          "trajectory": traj, "repr": repr(opt), "state": state, "param_groups": pgs}

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "optim.json"), "w") as f:
    json.dump(out, f, indent=1)
