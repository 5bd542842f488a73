"""float32 torch.sin and torch.cos from PyTorch 1.13 (SLEEF's u10 kernels on AVX2), bit for bit:
run as `/usr/bin/python3 gen_sleef_trig.py` (writes sleef_trig.json: inputs and outputs as float32
bit patterns). Inputs: a dense sweep of (-125, 125), the polynomial tutorial's linspace(-pi, pi,
2000), seeded normals, and special values (signed zeros, subnormals, infinities, NaN). Arguments of
magnitude 125 or more (SLEEF's other reduction) are listed apart, for information. Also float32
rsqrt (1 / sqrt(x), rounded twice as ATen's kernel does)."""
import json, math, os
import numpy as np
import torch

g = torch.Generator().manual_seed(0)
small = torch.cat([torch.linspace(-124.99, 124.99, 8001), torch.linspace(-math.pi, math.pi, 2000),
                   torch.randn(2000, generator=g) * 10, torch.randn(500, generator=g) * 1e-3,
                   torch.tensor([0.0, -0.0, 1e-45, -1e-45, 1e-38, 1.5, math.pi / 2, -math.pi / 2, math.pi, 124.999,
                                 float("inf"), float("-inf"), float("nan")])])
large = torch.tensor([125.0, -125.0, 200.5, 1000.25, 39000.0, 1e6, 3e38])


def bits(t):
    return t.contiguous().numpy().view(np.int32).tolist()


out = {"torch": torch.__version__}
for name, x in (("small", small), ("large", large)):
    out[name] = {"x": bits(x), "sin": bits(torch.sin(x)), "cos": bits(torch.cos(x))}
# rsqrt: ATen's float32 kernel is 1 / sqrt(x) with two roundings
positive = torch.cat([torch.linspace(1e-3, 50, 4001), torch.rand(2000, generator=g) * 1e6,
                      torch.tensor([0.0, -0.0, -1.0, 1e-45, 3e38, float("inf"), float("nan")])])
out["rsqrt"] = {"x": bits(positive), "rsqrt": bits(torch.rsqrt(positive))}
json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sleef_trig.json"), "w"))
