# Call shapes met transliterating PyTorch's tutorials (TransliterationGapsTest): arange with a
# dtype, torch.tensor of a tensor, SGD(params, lr, momentum), module.training.
# Run: /usr/bin/python3 gen_transliteration.py
import json
import torch
out = {"torch": torch.__version__}
out["arange_end_f32"] = repr(torch.arange(12, dtype=torch.float32))
out["arange_start_end_f64"] = repr(torch.arange(2, 8, dtype=torch.float64))
out["arange_step_f32"] = repr(torch.arange(0, 10, 3, dtype=torch.float32))
out["arange_end_i32"] = repr(torch.arange(5, dtype=torch.int32))
src = torch.tensor([[1.5, 2.25], [3.0, 4.125]], dtype=torch.float64, requires_grad=True)
t = torch.tensor(src.detach(), dtype=torch.float32)
out["tensor_of_tensor_f32"] = repr(t)
t2 = torch.tensor(torch.tensor([3, 1, 2]))
out["tensor_of_tensor_keeps_dtype"] = repr(t2)
torch.manual_seed(0)
w = torch.nn.Parameter(torch.randn(3))
opt = torch.optim.SGD([w], 0.1, 0.9)
for _ in range(3):
    opt.zero_grad()
    (w * w).sum().backward()
    opt.step()
out["sgd_momentum_repr"] = repr(opt)
out["sgd_momentum_w"] = repr(w)
m = torch.nn.Sequential(torch.nn.Linear(2, 2))
m.eval()
out["training_after_eval"] = [m.training, m[0].training]
with open("transliteration.json", "w") as f:
    json.dump(out, f, indent=1)
