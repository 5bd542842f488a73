#!/usr/bin/python3
"""grad_fn names and printed text of the torch namespace's elementwise ops, from real PyTorch 1.13.

Run: /usr/bin/python3 gen_gradfn.py   (writes gradfn.json next to it; PointwiseGradFnTest reads it)
Each key names a call that PointwiseGradFnTest makes the same way in Java, on
x = tensor([0.3, -0.7, 1.4], float64, requires_grad) and y = tensor([1.3, 2.7, -0.2], float64, requires_grad).
"""
import json
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    x = torch.tensor([0.3, -0.7, 1.4], dtype=torch.float64, requires_grad=True)
    y = torch.tensor([1.3, 2.7, -0.2], dtype=torch.float64, requires_grad=True)
    p = torch.tensor([0.25], dtype=torch.float64, requires_grad=True)
    calls = {
        'absolute': lambda: x.absolute(), 'arccos': lambda: x.tanh().arccos(), 'arcsin': lambda: x.tanh().arcsin(),
        'arctan': lambda: x.arctan(), 'arctan2': lambda: x.arctan2(y), 'arccosh': lambda: y.abs().add(1).arccosh(),
        'arcsinh': lambda: x.arcsinh(), 'arctanh': lambda: x.tanh().arctanh(), 'fix': lambda: x.fix(),
        'negative': lambda: x.negative(), 'multiply': lambda: x.multiply(y), 'multiply_scalar': lambda: x.multiply(2.0),
        'divide': lambda: x.divide(y), 'divide_floor': lambda: x.divide(y, rounding_mode='floor'),
        'divide_trunc': lambda: x.divide(y, rounding_mode='trunc'), 'true_divide': lambda: x.true_divide(y),
        'subtract': lambda: x.subtract(y), 'subtract_alpha': lambda: x.subtract(y, alpha=2),
        'clip': lambda: x.clip(-0.5, 0.5), 'clip_min': lambda: x.clip(0.1), 'clip_max': lambda: x.clip(max=0.5),
        'clip_inplace_min': lambda: x.mul(1).clip_(0.1), 'clip_tensors': lambda: x.clip(y.mul(0) - 0.5, y),
        'clip_tensor_max': lambda: x.clip(max=y), 'sgn': lambda: x.sgn(), 'float_power': lambda: x.float_power(y),
        'float_power_scalar': lambda: x.float_power(2), 'ldexp': lambda: x.ldexp(torch.tensor([1, 2, 3])),
        'frexp': lambda: x.frexp().mantissa, 'prelu': lambda: x.reshape(1, 3).prelu(p),
        'hardshrink': lambda: x.hardshrink(), 'logit': lambda: x.sigmoid().logit(), 'xlogy_scalar': lambda: x.xlogy(2.0),
        'copysign_scalar': lambda: x.copysign(-1.0), 'nan_to_num': lambda: x.nan_to_num(),
        'exp2_inplace': lambda: x.mul(1).exp2_(), 'deg2rad': lambda: x.deg2rad(),
    }
    names = {k: f().grad_fn.name() for k, f in calls.items()}
    printed = {
        'frexp': repr(torch.frexp(torch.tensor([3.0, -0.1, 0.0]))),
        'frexp_grad': repr(torch.frexp(torch.tensor([3.0, -0.1], requires_grad=True))),
        'signbit': repr(torch.tensor([-0.0, 0.0, -1.0]).signbit()),
        'nan_to_num': repr(torch.tensor([float('nan'), float('inf'), 1.0]).nan_to_num()),
        'bitwise_not_int8': repr(torch.tensor([100, -128], dtype=torch.int8).bitwise_not()),
        'isclose': repr(torch.tensor([1.0, 2.0]).isclose(torch.tensor([1.0 + 1e-9, 2.1]))),
        'float_power': repr(torch.tensor([2, 3]).float_power(2)),
        'positive_is_self': repr(x.positive() is x),
    }
    with open(os.path.join(HERE, 'gradfn.json'), 'w') as f:
        json.dump({'torch': torch.__version__, 'grad_fn': names, 'printed': printed}, f, indent=1)
        f.write('\n')
    print(names)
    print(printed)


if __name__ == '__main__':
    main()
