"""PyTorch's side of TransformerCpuTime.java: the transformer_encoder2_d128_h4_train_step_32x64 case
of bench/torch_bench.py in thread CPU time, one thread; prints min and mean over the second half of
N calls."""
import sys
import time
import torch

torch.set_num_threads(1)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
torch.manual_seed(0)
layer = torch.nn.TransformerEncoderLayer(128, 4, 2048, 0.1, "relu", 1e-5, batch_first=True)
model = torch.nn.TransformerEncoder(layer, 2)
x, target = torch.randn(32, 64, 128), torch.randn(32, 64, 128)
loss_fn = torch.nn.MSELoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-4)
ts = []
for i in range(n):
    t = time.thread_time()
    opt.zero_grad()
    loss = loss_fn(model(x), target)
    loss.backward()
    opt.step()
    ts.append(time.thread_time() - t)
half = ts[n // 2:]
print(f"pytorch thread cpu per call: min {min(half) * 1e3:.1f} ms, mean {sum(half) / len(half) * 1e3:.1f} ms (second half of {n} calls)")
