"""PyTorch's side of LstmCpuTime.java: the lstm_64x128_l2_fwd_bwd_35x32 case of bench/torch_bench.py
in thread CPU time, one thread; prints min and mean over the second half of N calls."""
import sys
import time
import torch

torch.set_num_threads(1)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
torch.manual_seed(0)
lstm = torch.nn.LSTM(64, 128, num_layers=2)
x = torch.randn(35, 32, 64)
ts = []
for i in range(n):
    t = time.thread_time()
    for p in lstm.parameters():
        p.grad = None
    out, _ = lstm(x)
    out.sum().backward()
    ts.append(time.thread_time() - t)
half = ts[n // 2:]
print(f"pytorch thread cpu per call: min {min(half) * 1e3:.1f} ms, mean {sum(half) / len(half) * 1e3:.1f} ms (second half of {n} calls)")
