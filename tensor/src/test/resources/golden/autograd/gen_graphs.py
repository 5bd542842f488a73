# Generates graphs.json: for each expression, the backward graph PyTorch 1.13 builds, as
# Name(next1, next2, ...) with None for a (None, 0) edge. Run with /usr/bin/python3 (real torch).
import json, torch
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
w = torch.randn(3, 2, requires_grad=True)
v = torch.randn(3, requires_grad=True)
c = torch.randn(2, 3)
b = torch.randn(2, 2, 3, requires_grad=True)
p = torch.rand(2, 3).add(0.5).requires_grad_()

def desc(fn):
    if fn is None: return "None"
    kids = [desc(f) for f, _ in fn.next_functions]
    return fn.name() + ("(" + ", ".join(kids) + ")" if kids else "")

E = {
 "add": lambda: x + c, "add_scalar": lambda: x + 2, "add_self": lambda: x + x, "add_alpha": lambda: x.add(c, alpha=2),
 "sub": lambda: x - p, "rsub_scalar": lambda: x - 1, "mul": lambda: x * p, "mul_scalar": lambda: x * 3, "div": lambda: x / p,
 "div_scalar": lambda: x / 2, "neg": lambda: -x, "pow_scalar": lambda: x.pow(2), "pow_tensor": lambda: p.pow(x),
 "square": lambda: x.square(), "exp": lambda: x.exp(), "log": lambda: p.log(), "sin": lambda: x.sin(), "cos": lambda: x.cos(),
 "tanh": lambda: x.tanh(), "sigmoid": lambda: x.sigmoid(), "relu": lambda: x.relu(), "abs": lambda: x.abs(),
 "sqrt": lambda: p.sqrt(), "rsqrt": lambda: p.rsqrt(), "reciprocal": lambda: p.reciprocal(), "log2": lambda: p.log2(),
 "log10": lambda: p.log10(), "log1p": lambda: p.log1p(), "expm1": lambda: x.expm1(), "tan": lambda: x.tan(),
 "asin": lambda: (x * 0.1).asin(), "acos": lambda: (x * 0.1).acos(), "atan": lambda: x.atan(), "sinh": lambda: x.sinh(),
 "cosh": lambda: x.cosh(), "sign": lambda: x.sign(), "floor": lambda: x.floor(), "ceil": lambda: x.ceil(),
 "round": lambda: x.round(), "trunc": lambda: x.trunc(), "clamp": lambda: x.clamp(-0.5, 0.5), "clamp_min": lambda: x.clamp_min(0),
 "clamp_max": lambda: x.clamp_max(0), "maximum": lambda: x.maximum(p), "minimum": lambda: x.minimum(c), "atan2": lambda: x.atan2(p),
 "remainder": lambda: x.remainder(p), "remainder_scalar": lambda: x.remainder(2), "fmod": lambda: x.fmod(p), "fmod_scalar": lambda: x.fmod(2),
 "div_floor": lambda: x.div(p, rounding_mode="floor"), "where": lambda: torch.where(c > 0, x, p),
 "sum": lambda: x.sum(), "sum_dim": lambda: x.sum(0), "sum_keepdim": lambda: x.sum(1, keepdim=True), "mean": lambda: x.mean(),
 "mean_dim": lambda: x.mean(1), "max": lambda: x.max(), "min": lambda: x.min(), "max_dim": lambda: x.max(1)[0],
 "min_dim": lambda: x.min(0)[0], "prod": lambda: x.prod(), "prod_dim": lambda: x.prod(1), "var": lambda: x.var(), "std": lambda: x.std(),
 "cumsum": lambda: x.cumsum(1), "cumprod": lambda: x.cumprod(1),
 "mm": lambda: x.mm(w), "mv": lambda: x.mv(v), "dot": lambda: v.dot(v), "bmm": lambda: b.bmm(b.transpose(1, 2)),
 "matmul_2d": lambda: x.matmul(w), "matmul_1d": lambda: v.matmul(v), "matmul_3d_2d": lambda: b.matmul(w),
 "matmul_1d_2d": lambda: v.matmul(w), "outer": lambda: v.outer(v),
 "view": lambda: x.view(6), "reshape": lambda: x.reshape(3, 2), "reshape_copy": lambda: x.t().reshape(6), "t": lambda: x.t(),
 "transpose": lambda: b.transpose(0, 2), "permute": lambda: b.permute(2, 0, 1), "expand": lambda: v.expand(2, 3),
 "squeeze": lambda: x.unsqueeze(0).squeeze(), "squeeze_dim": lambda: x.unsqueeze(0).squeeze(0), "unsqueeze": lambda: x.unsqueeze(1),
 "select": lambda: x[1], "slice": lambda: x[:, 1:], "narrow": lambda: x.narrow(1, 0, 2), "flatten": lambda: b.flatten(),
 "contiguous": lambda: x.t().contiguous(), "clone": lambda: x.clone(), "to_double": lambda: x.double(),
 "cat": lambda: torch.cat([x, c]), "stack": lambda: torch.stack([x, p], 1), "index": lambda: x[torch.tensor([1, 0, 1])],
 "gather": lambda: x.gather(1, torch.tensor([[0, 2], [1, 1]])), "alias": lambda: x[...],
 "chain": lambda: ((x * 2 + 1).relu().sum(1) * v[:2]).mean(),
 "linear": lambda: (x.matmul(w) + v[:2]).tanh().sum(),
 "scatter": lambda: x.scatter(1, torch.tensor([[0, 1, 2], [2, 0, 1]]), p), "scatter_value": lambda: x.scatter(1, torch.tensor([[0], [2]]), 2.0),
 "scatter_add": lambda: x.scatter_add(1, torch.tensor([[0, 1, 1], [2, 0, 0]]), p), "masked_fill": lambda: x.masked_fill(c > 0, 1.0),
 "masked_fill_tensor": lambda: x.masked_fill(c > 0, v[0]), "masked_select": lambda: x.masked_select(c > 0),
 "index_put": lambda: x.index_put((torch.tensor([1, 0]),), p), "index_select": lambda: x.index_select(1, torch.tensor([2, 0])),
 "take": lambda: x.take(torch.tensor([5, 0])), "sort": lambda: x.sort(1)[0], "topk": lambda: x.topk(2)[0], "kthvalue": lambda: x.kthvalue(2, 1)[0],
 "inplace_chain": lambda: x.mul(2).add_(1).exp_().mul_(p),
 "split_pieces": lambda: x.split(2, 1)[1] * x.split(2, 1)[0][:, :1], "split_sizes": lambda: x.split([1, 2], 1)[1],
 "chunk": lambda: x.chunk(2, 1)[0], "unbind": lambda: b.unbind(1)[1],
}
out = {k: desc(f().grad_fn) for k, f in E.items()}
json.dump(out, open("graphs.json", "w"), indent=1, sort_keys=True)
print(len(out))
