"""torch.nn.utils.clip_grad_norm_ / clip_grad_value_ from PyTorch 1.13: run with /usr/bin/python3 gen_clip.py (writes clip.json here).
Two float32 parameters with fixed gradients; for each (max_norm, norm_type): the returned total norm and the clipped gradients."""
import json, math, os, torch
from torch.nn.utils import clip_grad_norm_, clip_grad_value_

torch.manual_seed(3)
g1 = torch.randn(5, 4) * 3; g2 = torch.randn(7)
out = {"g1": g1.reshape(-1).tolist(), "g2": g2.tolist(), "norm": [], "value": []}
for max_norm, norm_type in [(1.0, 2.0), (100.0, 2.0), (2.5, 1.0), (0.5, math.inf), (3.0, 3.5), (1.0, 0.5)]:
    a = torch.zeros(5, 4, requires_grad=True); b = torch.zeros(7, requires_grad=True)
    a.grad = g1.clone(); b.grad = g2.clone()
    total = clip_grad_norm_([a, b], max_norm, norm_type)
    out["norm"].append({"max_norm": max_norm, "norm_type": "inf" if norm_type == math.inf else norm_type,
                        "total": total.item(), "g1": a.grad.reshape(-1).tolist(), "g2": b.grad.tolist()})
for clip in [0.5, 2.0]:
    a = torch.zeros(5, 4, requires_grad=True); a.grad = g1.clone()
    clip_grad_value_([a], clip)
    out["value"].append({"clip": clip, "g1": a.grad.reshape(-1).tolist()})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "clip.json"), "w") as f:
    json.dump(out, f, indent=1)
