"""addcmul / addcdiv / lerp values from PyTorch 1.13 (float32 and float64, contiguous, broadcast, transposed):
run with /usr/bin/python3 gen_fused.py (writes fused.json here)."""
import json, os, torch

torch.manual_seed(1)
out = []
def case(op, args, dtype, res):
    out.append({"op": op, "dtype": str(dtype).replace("torch.", ""), "args": args, "result": res.reshape(-1).tolist(), "shape": list(res.shape)})

for dtype in (torch.float32, torch.float64):
    s = torch.randn(12, 11, dtype=dtype); a = torch.randn(12, 11, dtype=dtype); b = torch.rand(12, 11, dtype=dtype) + 0.1
    L = lambda t: {"data": t.reshape(-1).tolist(), "shape": list(t.shape)}
    case("addcmul", {"self": L(s), "t1": L(a), "t2": L(b), "value": 0.123}, dtype, torch.addcmul(s, a, b, value=0.123))
    case("addcdiv", {"self": L(s), "t1": L(a), "t2": L(b), "value": -0.37}, dtype, torch.addcdiv(s, a, b, value=-0.37))
    case("lerp", {"self": L(s), "t1": L(a), "weight": 0.3}, dtype, torch.lerp(s, a, 0.3))
    case("lerp", {"self": L(s), "t1": L(a), "weight": 0.7}, dtype, torch.lerp(s, a, 0.7))
    w = torch.rand(11, dtype=dtype)
    case("lerp", {"self": L(s), "t1": L(a), "t2": L(w)}, dtype, torch.lerp(s, a, w))
    row = torch.randn(11, dtype=dtype)
    case("addcmul", {"self": L(s), "t1": L(row), "t2": L(b), "value": 1.7}, dtype, torch.addcmul(s, row, b, value=1.7))
    # transposed self: the strided path
    case("addcdiv_t", {"self": L(s), "t1": L(a.t().contiguous()), "t2": L(b.t().contiguous()), "value": 0.5}, dtype,
         torch.addcdiv(s.t(), a.t().contiguous(), b.t().contiguous(), value=0.5))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "fused.json"), "w") as f:
    json.dump(out, f)
