"""Golden values for the dtype= argument of reductions, scans and softmax (PyTorch 1.13): run as
`/usr/bin/python3 gen_reduce_dtype.py > reduce_dtype.json`. Each case keeps str(value), the grad_fn
name and its next_functions' names, and, when the result can be back-propagated, str(x.grad) after
result.sum().backward() (the gradient is cast back to x's dtype), or the error's type."""
import json

import torch


def x():
    return torch.tensor([[1.5, 2.25, -0.1], [3.0, 4.0, 0.3]], requires_grad=True)


def xd():
    return torch.tensor([[1.5, 2.25, -0.1], [3.0, 4.0, 0.3]], dtype=torch.float64, requires_grad=True)


def xn():
    return torch.tensor([[1.5, float('nan')], [3.0, 0.1]], requires_grad=True)


i = torch.tensor([[1, 2, 3], [4, 5, 6]])
f64, f32, i64 = torch.float64, torch.float32, torch.int64

CASES = {
    "sum": lambda a: a.sum(dtype=f64), "sum_dim": lambda a: a.sum(1, dtype=f64),
    "sum_dims": lambda a: a.sum((0, 1), dtype=f64), "sum_keepdim": lambda a: a.sum(0, True, dtype=f64),
    "sum_dims_keepdim": lambda a: a.sum((1,), True, dtype=f64), "sum_to_f32": lambda a: torch.sum(a.double(), dtype=f32),
    "torch_sum": lambda a: torch.sum(a, 0, dtype=f64),
    "mean": lambda a: a.mean(dtype=f64), "mean_dim": lambda a: a.mean(0, dtype=f64),
    "mean_dims": lambda a: a.mean((0, 1), dtype=f64), "mean_keepdim": lambda a: a.mean(1, True, dtype=f64),
    "mean_dims_keepdim": lambda a: torch.mean(a, (0,), True, dtype=f64),
    "prod": lambda a: a.prod(dtype=f64), "prod_dim": lambda a: a.prod(1, dtype=f64), "prod_keepdim": lambda a: torch.prod(a, 0, True, dtype=f64),
    "cumsum": lambda a: a.cumsum(1, dtype=f64), "cumprod": lambda a: torch.cumprod(a, 0, dtype=f64),
    "softmax": lambda a: a.softmax(1, dtype=f64), "log_softmax": lambda a: torch.log_softmax(a, 0, dtype=f64),
    "F_softmax": lambda a: torch.nn.functional.softmax(a, 1, dtype=f64),
    "F_log_softmax": lambda a: torch.nn.functional.log_softmax(a, 1, dtype=f64),
    "same_dtype": lambda a: a.sum(dtype=f32),
}
NAN_CASES = {
    "nansum": lambda a: a.nansum(dtype=f64), "nansum_dim": lambda a: a.nansum(0, dtype=f64),
    "nansum_keepdim": lambda a: torch.nansum(a, 1, True, dtype=f64), "nansum_dims": lambda a: a.nansum((0, 1), dtype=f64),
}
PLAIN = {   # integer inputs: no graph
    "int_sum_f32": lambda: i.sum(dtype=f32), "int_mean_f32": lambda: i.mean(dtype=f32), "int_mean_dim_f64": lambda: i.mean(1, dtype=f64),
    "int_prod_f64": lambda: i.prod(dtype=f64), "int_cumsum_f32": lambda: i.cumsum(0, dtype=f32),
    "float_sum_i64": lambda: torch.tensor([1.5, 2.7, -0.5]).sum(dtype=i64),
    "f64_input_sum": lambda: xd().detach().sum(1, dtype=f32),
    "grad_int_dtype": lambda: x().sum(dtype=i64),
}


def record(make, a=None):
    try:
        y = make(a) if a is not None else make()
    except RuntimeError as e:
        return {"error": type(e).__name__}
    out = {"str": str(y)}
    if y.grad_fn is not None:
        out["grad_fn"] = y.grad_fn.name()
        out["next"] = [f.name() if f is not None else "None" for f, _ in y.grad_fn.next_functions]
        y.sum().backward()
        out["grad"] = str(a.grad)
    return out


cases = {}
for name, make in CASES.items():
    cases[name] = record(make, x())
    cases[name + "_f64in"] = record(make, xd())
for name, make in NAN_CASES.items():
    cases[name] = record(make, xn())
for name, make in PLAIN.items():
    cases[name] = record(make)
print(json.dumps({"torch": torch.__version__, "cases": cases}, indent=1))
