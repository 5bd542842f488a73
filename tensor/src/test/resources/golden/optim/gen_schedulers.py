"""Learning-rate schedules from PyTorch 1.13: run with /usr/bin/python3 gen_schedulers.py (writes schedulers.json here).
Each case: the optimizer, the scheduler, and after each of n steps (optimizer.step(); scheduler.step()) the
groups' lr (and momentum, or Adam's beta1); then the scheduler's state_dict keys and the optimizer's repr."""
import json, os, torch
from torch.optim import lr_scheduler as L

def make_opt(kind, two_groups=False):
    a = torch.zeros(2, requires_grad=True); b = torch.zeros(1, requires_grad=True)
    params = [{"params": [a]}, {"params": [b], "lr": 0.01}] if two_groups else [a, b]
    return torch.optim.SGD(params, lr=0.1, momentum=0.9) if kind == "SGD" else torch.optim.Adam(params, lr=0.1)

METRICS = [1.0, 0.9, 0.95, 0.96, 0.97, 0.89, 0.9, 0.9, 0.9, 0.9, 0.5, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6]

CASES = {
    "step": ("SGD", False, lambda o: L.StepLR(o, 3, gamma=0.5), 12),
    "multistep": ("SGD", True, lambda o: L.MultiStepLR(o, [2, 5, 5, 9], gamma=0.3), 12),
    "exponential": ("SGD", False, lambda o: L.ExponentialLR(o, 0.9), 12),
    "cosine": ("SGD", True, lambda o: L.CosineAnnealingLR(o, 10, eta_min=0.001), 35),
    "lambda": ("SGD", True, lambda o: L.LambdaLR(o, [lambda e: 0.95 ** e, lambda e: 1 / (1 + e)]), 12),
    "onecycle_cos_sgd": ("SGD", False, lambda o: L.OneCycleLR(o, 1.0, total_steps=20), 19),
    "onecycle_linear_3phase_adam": ("Adam", True, lambda o: L.OneCycleLR(o, [0.5, 0.05], total_steps=20, anneal_strategy="linear",
                                                                         three_phase=True, pct_start=0.25, div_factor=10.0), 19),
    "plateau_min_rel": ("SGD", True, lambda o: L.ReduceLROnPlateau(o, patience=2, cooldown=1, factor=0.5, min_lr=0.02), len(METRICS)),
    "plateau_max_abs": ("SGD", False, lambda o: L.ReduceLROnPlateau(o, mode="max", threshold_mode="abs", threshold=0.05, patience=1), len(METRICS)),
}

out = {"metrics": METRICS, "cases": {}}
for name, (kind, two, make, n) in CASES.items():
    opt = make_opt(kind, two)
    sched = make(opt)
    plateau = isinstance(sched, L.ReduceLROnPlateau)
    lrs, moms = [[g["lr"] for g in opt.param_groups]], []
    def mom():
        return [g["betas"][0] if "betas" in g else g["momentum"] for g in opt.param_groups]
    moms.append(mom())
    for i in range(n):
        opt.step()
        sched.step(METRICS[i]) if plateau else sched.step()
        lrs.append([g["lr"] for g in opt.param_groups])
        moms.append(mom())
    sd = sched.state_dict()
    out["cases"][name] = {"lrs": lrs, "momentum": moms, "state_keys": list(sd.keys()),
                          "last_epoch": sd["last_epoch"], "repr": repr(opt)}

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "schedulers.json"), "w") as f:
    json.dump(out, f, indent=1)
