"""PyTorch's side of CheckpointBench: torch.save / torch.load of a ~100 MB float32 state dict
(six 2048x2048 weights and their biases), best and median of several runs, in seconds.

    /usr/bin/python3 checkpoint_bench.py DIR [RUNS]

Prints one line: save_times... | load_times... (space-separated seconds), so the Java side can parse it.
"""
import os, sys, time
from collections import OrderedDict
import torch

d = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
torch.manual_seed(0)
sd = OrderedDict()
for i in range(6):
    sd[f"layer{i}.weight"] = torch.randn(2048, 2048)
    sd[f"layer{i}.bias"] = torch.randn(2048)
path = os.path.join(d, "pytorch_100mb.pt")
saves, loads = [], []
for _ in range(runs):
    t = time.perf_counter(); torch.save(sd, path); saves.append(time.perf_counter() - t)
    t = time.perf_counter(); back = torch.load(path); loads.append(time.perf_counter() - t)
    assert torch.equal(back["layer5.weight"], sd["layer5.weight"])
    del back
print(" ".join(f"{x:.4f}" for x in saves), "|", " ".join(f"{x:.4f}" for x in loads), "|", os.path.getsize(path))
