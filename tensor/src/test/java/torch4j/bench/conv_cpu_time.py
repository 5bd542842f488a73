"""PyTorch's side of ConvCpuTime.java: the conv cases of bench/torch_bench.py in thread CPU time,
one thread; one line per case, min and mean over the second half of N calls, in ms.

    /usr/bin/python3 tensor/src/test/java/torch4j/bench/conv_cpu_time.py [REGEX] [N]
"""
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "..", "..", "bench"))
import torch  # noqa: E402
import torch_bench  # noqa: E402

torch.set_num_threads(1)
pattern = re.compile(sys.argv[1] if len(sys.argv) > 1 else "^conv")
n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
for name, (setup, _flops) in torch_bench.CASES.items():
    if not name.startswith("conv") or not pattern.search(name):
        continue
    step = setup()
    ts = []
    for i in range(n):
        t = time.thread_time()
        step()
        ts.append(time.thread_time() - t)
    half = ts[n // 2:]
    print(f"{name} pytorch min {min(half) * 1e3:.3f} mean {sum(half) / len(half) * 1e3:.3f} ms", flush=True)
