"""The "Learning PyTorch with Examples" tensors net (two layers, hand-written backward) with real
PyTorch 1.13 (/usr/bin/python3), seed 0: repr(loss.item()) of its first 500 steps, into
tensors_net.json. Each loss is a float32 sum of 640 squares, so it is PyTorch's to the bit only
when torch4j sums in PyTorch's order (SumBitsGoldenTest.tensorsNetLossesArePyTorchs)."""
import json
import torch

SEED, STEPS = 0, 500
torch.manual_seed(SEED)
N, D_in, H, D_out = 64, 1000, 100, 10
x = torch.randn(N, D_in)
y = torch.randn(N, D_out)
w1 = torch.randn(D_in, H)
w2 = torch.randn(H, D_out)
learning_rate = 1e-6
losses = []
for t in range(STEPS):
    h = x.mm(w1)
    h_relu = h.clamp(min=0)
    y_pred = h_relu.mm(w2)
    loss = (y_pred - y).pow(2).sum().item()
    losses.append(repr(loss))
    grad_y_pred = 2.0 * (y_pred - y)
    grad_w2 = h_relu.t().mm(grad_y_pred)
    grad_h_relu = grad_y_pred.mm(w2.t())
    grad_h = grad_h_relu.clone()
    grad_h[h < 0] = 0
    grad_w1 = x.t().mm(grad_h)
    w1 -= learning_rate * grad_w1
    w2 -= learning_rate * grad_w2
json.dump({"torch": torch.__version__, "seed": SEED, "threads": torch.get_num_threads(), "losses": losses},
          open("tensors_net.json", "w"), indent=0)
print(losses[:3], losses[-1])
