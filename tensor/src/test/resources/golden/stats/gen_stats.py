#!/usr/bin/python3
"""Golden cases for torch4j's statistics, extrema, searches and histograms, computed by real PyTorch 1.13.

Run with the interpreter that has torch:   /usr/bin/python3 gen_stats.py
It rewrites stats.json next to this script; StatsGoldenTest replays every case through the torch4j
API (method spelling, and the Torch function spelling where the op has one). The input, argument
and value encodings are gen_ops.py's (golden/ops), imported from there; a case here differs in:
  expect  a tensor {dtype, shape, values}; {"outputs": [tensor, ...]} for ops returning several
          tensors (torch.return_types.* in field order, or a tuple); {"scalar": v} for a Python
          bool/int; {"error", "message"} as in gen_ops
  grad    for float64 inputs of differentiable ops: {"grad_fn": name, "grad": [tensor per input]},
          the gradient of sum(out * w) with w[i] = 1 + 0.25 i over out's row-major elements
          (the first output for multi-output ops)
  tol     "exact" or "ulp" as in gen_ops
"""
import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'ops'))
import gen_ops as G  # noqa: E402
from gen_ops import T, I, F, Bo, S, Is, N, seq, scalar, nan, inf, enc_tensor, decode  # noqa: E402,F401

torch.set_num_threads(1)
ALL, FLOATS, INTS = G.ALL, G.FLOATS, G.INTS


def _dims(m, a):
    """m(), m(dim), m(dim, keepdim), m(dims), m(dims, keepdim) as a Java user calls them."""
    if not a:
        return m()
    return m(a[0], keepdim=a[1]) if len(a) > 1 else m(a[0])


OPS = {
    'amax': lambda x, a: _dims(x[0].amax, a),
    'amin': lambda x, a: _dims(x[0].amin, a),
    'aminmax': lambda x, a: x[0].aminmax(dim=a[0], keepdim=a[1]) if len(a) > 1 else (
        x[0].aminmax(dim=a[0]) if a else x[0].aminmax()),
    'nansum': lambda x, a: _dims(x[0].nansum, a),
    'nanmean': lambda x, a: _dims(x[0].nanmean, a),
    'countNonzero': lambda x, a: x[0].count_nonzero(a[0]) if a else x[0].count_nonzero(),
    'isNonzero': lambda x, a: x[0].is_nonzero(),
    'isSameSize': lambda x, a: x[0].is_same_size(x[1]),
    'isSigned': lambda x, a: x[0].is_signed(),
    'getDevice': lambda x, a: x[0].get_device(),
}
G.OPS.update(OPS)
# results that are picked or counted, not computed: bit for bit
EXACT = {'amax', 'amin', 'aminmax', 'countNonzero', 'isNonzero', 'isSameSize', 'isSigned', 'getDevice'}


def weights(out):
    return (torch.arange(out.numel(), dtype=torch.float64) * 0.25 + 1).reshape(out.shape)


class Stats(G.Family):
    def add(self, name, op, inputs=(), args=(), tol=None):
        name = f'{op}/{name}'
        base_name, k = name, 2
        while name in self.names:
            name = f'{base_name}#{k}'
            k += 1
        self.names.add(name)
        inputs = list(inputs)
        xs = [t.build()[1] for t in inputs]
        pyargs = [decode(a) for a in args]
        case = {'name': name, 'op': op, 'inputs': [self.tensor_index(t) for t in inputs], 'args': list(args)}
        try:
            out = OPS[op](xs, pyargs)
        except Exception as e:  # noqa: BLE001 - every PyTorch error is a golden error
            case['expect'] = {'error': type(e).__name__, 'message': str(e).split('\n')[0]}
        else:
            case['expect'] = self.encode_out(out)
            grad = self.grad(op, xs, pyargs)
            if grad:
                case['grad'] = grad
        case['tol'] = tol or ('exact' if op in EXACT else 'ulp')
        self.cases.append(case)

    @staticmethod
    def encode_out(out):
        if isinstance(out, (bool, int)):
            return {'scalar': out}
        if isinstance(out, tuple):
            return {'outputs': [enc_tensor(t) for t in out]}
        return enc_tensor(out)

    @staticmethod
    def grad(op, xs, pyargs):
        if not xs or not any(x.dtype == torch.float64 for x in xs):
            return None
        leaves = [x.detach().requires_grad_() if x.dtype == torch.float64 else x for x in xs]
        try:
            out = OPS[op](leaves, pyargs)
        except Exception:  # noqa: BLE001
            return None
        first = out[0] if isinstance(out, tuple) else out
        if not isinstance(first, torch.Tensor) or first.grad_fn is None or first.numel() == 0:
            return None
        try:
            (first * weights(first)).sum().backward()
        except RuntimeError as e:
            return {'grad_fn': type(first.grad_fn).__name__, 'error': str(e).split('\n')[0]}
        grads = [enc_tensor(x.grad) if x.requires_grad and x.grad is not None else None for x in leaves]
        return {'grad_fn': type(first.grad_fn).__name__, 'grad': grads}

    def write(self):
        path = os.path.join(HERE, self.name + '.json')
        with open(path, 'w') as f:
            json.dump({'family': self.name, 'torch': torch.__version__, 'tensors': self.tensors, 'cases': self.cases}, f,
                      separators=(',', ':'))
            f.write('\n')
        print(f'{path}: {len(self.cases)} cases')


def inputs():
    x3 = {dt: T(seq(24, dt), dt, [2, 3, 4]) for dt in ALL}
    x1 = {dt: T(seq(7, dt, 3), dt) for dt in ALL}
    x0 = {dt: scalar(seq(1, dt, 2)[0], dt) for dt in ALL}
    return {
        **{f'3d_{dt}': x for dt, x in x3.items()}, **{f'1d_{dt}': x for dt, x in x1.items()},
        **{f'0d_{dt}': x for dt, x in x0.items()},
        'nan': T([1.0, nan, 3.0, -2.0, 5.0, nan, 0.5, 0.5, inf, -inf, 2.0, nan], 'float64', [3, 4]),
        'nan32': T([1.0, nan, 3.0, -2.0, 5.0, nan, 0.5, 0.5, inf, -inf, 2.0, nan], 'float32', [3, 4]),
        'ties': T([3, 1, 3, 0, 2, 2, 0, 1, 5, 5, 5, 5], 'int64', [3, 4]),
        'ftie': T([2.0, -1.0, 2.0, -1.0, 0.0, -0.0, 0.0, 7.0], 'float64', [2, 4]),
        'transposed': T(seq(24, 'float64'), 'float64', [2, 3, 4], [('transpose', 0, 2)]),
        'expanded': T(seq(3, 'float32'), 'float32', [3, 1], [('expand', [3, 4])]),
        'step_sliced': T(seq(30, 'int32'), 'int32', [5, 6], [('slice', 1, 0, 6, 2), ('slice', 0, 1, 5, 2)]),
        'empty_f32': T([], 'float32', [2, 0, 3]),
        'empty_i64': T([], 'int64', [2, 0, 3]),
    }


def dim_args(nd):
    return {0: [(0, False), (-1, True)], 1: [(0, False), (-1, True)], 2: [(0, False), (-1, False), (1, True)],
            3: [(1, False), (-1, False), (0, True), (-3, False)]}[nd]


def extrema(f, xs):
    for name, x in xs.items():
        nd = x.build()[1].dim()
        for op in ['amax', 'amin', 'nansum', 'nanmean', 'countNonzero', 'aminmax']:
            f.add(name, op, [x])
            for d, keep in dim_args(nd):
                if op == 'countNonzero':
                    f.add(f'{name},dim{d}', op, [x], [I(d)])
                else:
                    f.add(f'{name},dim{d},keep{keep}', op, [x], [I(d), Bo(keep)])
            if op != 'aminmax':
                dims = [(0, -1), ()] if nd >= 2 else [()]
                for ds in dims:
                    if op == 'countNonzero':
                        f.add(f'{name},dims{list(ds)}', op, [x], [Is(*ds)])
                    else:
                        f.add(f'{name},dims{list(ds)},keepTrue', op, [x], [Is(*ds), Bo(True)])
                        f.add(f'{name},dims{list(ds)}', op, [x], [Is(*ds)])
            f.add(f'{name},dim_oob', op, [x], [I(nd + 1 if nd else 1)])
        f.add(name, 'isSigned', [x])
        f.add(name, 'getDevice', [x])
        f.add(name, 'isNonzero', [x])
    x = xs['3d_float32']
    f.add('dup_dims', 'amax', [x], [Is(0, 0)])
    f.add('dup_dims', 'nansum', [x], [Is(1, -2)])
    f.add('same', 'isSameSize', [x, xs['3d_int64']])
    f.add('different', 'isSameSize', [x, xs['1d_float32']])
    for v, dt in [(0.0, 'float32'), (-0.0, 'float64'), (nan, 'float64'), (2, 'int8'), (0, 'uint8'), (True, 'bool')]:
        f.add(f'{v}_{dt}', 'isNonzero', [T([v], dt, [1, 1])])


def main():
    f = Stats('stats')
    extrema(f, inputs())
    f.write()


if __name__ == '__main__':
    main()
