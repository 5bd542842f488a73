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
    'median': lambda x, a: _dims(x[0].median, a),
    'nanmedian': lambda x, a: _dims(x[0].nanmedian, a),
    'mode': lambda x, a: _dims(x[0].mode, a),
    'msort': lambda x, a: x[0].msort(),
    'quantile': lambda x, a: _quantile(x[0].quantile, x, a),
    'nanquantile': lambda x, a: _quantile(x[0].nanquantile, x, a),
    'cummax': lambda x, a: x[0].cummax(a[0]),
    'cummin': lambda x, a: x[0].cummin(a[0]),
    'logcumsumexp': lambda x, a: x[0].logcumsumexp(a[0]),
    'diff': lambda x, a: _diff(x, a),
    'norm': lambda x, a: x[0].norm(*a[:1], **({'dim': a[1]} if len(a) > 1 else {}), **({'keepdim': a[2]} if len(a) > 2 else {})),
    'dist': lambda x, a: x[0].dist(x[1], *a),
    'renorm': lambda x, a: x[0].renorm(*a),
    'renorm_': lambda x, a: x[0].renorm_(*a),
    'cov': lambda x, a: x[0].cov(correction=a[0]) if a else x[0].cov(),
    'covWeighted': lambda x, a: x[0].cov(correction=a[0], fweights=x[1] if a[1] else None,
                                         aweights=x[-1] if a[2] else None),
    'corrcoef': lambda x, a: x[0].corrcoef(),
    'stdMean': lambda x, a: _stdvar(torch.std_mean, x, a),
    'varMean': lambda x, a: _stdvar(torch.var_mean, x, a),
    'argwhere': lambda x, a: x[0].argwhere(),
    'bincount': lambda x, a: x[0].bincount(x[1] if len(x) > 1 else None, minlength=a[0]) if a else (
        x[0].bincount(x[1]) if len(x) > 1 else x[0].bincount()),
    'histc': lambda x, a: x[0].histc(*a),
    'histogram': lambda x, a: _histogram(x, a),
    'unique': lambda x, a: _unique(x[0].unique, a, True),
    'uniqueConsecutive': lambda x, a: _unique(x[0].unique_consecutive, a, False),
    'searchsorted': lambda x, a: _search(torch.searchsorted, x, a),
    'bucketize': lambda x, a: _bucketize(x, a),
}
G.OPS.update(OPS)
NONE = 'none'


def _quantile(m, x, a):
    """args: q (float, or the second input), then dim ('none' for all), keepdim, interpolation."""
    q = x[1] if len(x) > 1 else a[0]
    rest = a if len(x) > 1 else a[1:]
    if not rest:
        return m(q)
    dim = None if rest[0] == NONE else rest[0]
    if len(rest) == 1:
        return m(q, dim)
    if len(rest) == 2:
        return m(q, dim, rest[1])
    return m(q, dim, rest[1], interpolation=rest[2])


def _diff(x, a):
    if len(a) < 3:
        return x[0].diff(*a)
    pre = x[1] if a[2] in ('prepend', 'both') else None
    app = x[-1] if a[2] in ('append', 'both') else None
    return x[0].diff(a[0], a[1], prepend=pre, append=app)


def _stdvar(f, x, a):
    if not a:
        return f(x[0])
    if len(a) == 1:
        return f(x[0], unbiased=a[0]) if isinstance(a[0], bool) else f(x[0], a[0])
    if isinstance(a[0], tuple):
        return f(x[0], a[0], correction=a[1], keepdim=a[2])
    return f(x[0], a[0], unbiased=a[1], keepdim=a[2])


def _histogram(x, a):
    """args: bins (int) or the second input as edges; then [range ('none' or (lo, hi)), weighted, density]."""
    int_bins = bool(a) and type(a[0]) is int
    bins = a[0] if int_bins else x[1]
    rest = a[1:] if int_bins else a
    if not rest:
        return x[0].histogram(bins)
    weight = x[-1] if rest[-2] else None
    if int_bins:
        rng = None if rest[0] == NONE else tuple(float(v) for v in rest[0])
        return x[0].histogram(bins, range=rng, weight=weight, density=rest[-1])
    return x[0].histogram(bins, weight=weight, density=rest[-1])


def _unique(m, a, sort):
    if not a:
        return m()
    kw = {'return_inverse': a[0], 'return_counts': a[1]}
    if len(a) > 2:
        kw['dim'] = a[2]
    return m(**kw)


def _search(f, x, a):
    """inputs: sequence, values (or a scalar first arg); args: [value], out_int32, right[, side, sorter?]."""
    vals = x[1] if len(x) > 1 else a[0]
    rest = a if len(x) > 1 else a[1:]
    if not rest:
        return f(x[0], vals)
    kw = {'out_int32': rest[0], 'right': rest[1]}
    if len(rest) > 2:
        kw['side'] = None if rest[2] == NONE else rest[2]
        kw['sorter'] = x[2] if rest[3] else None
    return f(x[0], vals, **kw)


def _bucketize(x, a):
    """inputs: input (or a scalar first arg), boundaries; args: [value], out_int32, right."""
    inp = x[0] if len(x) > 1 else a[0]
    rest = a if len(x) > 1 else a[1:]
    return torch.bucketize(inp, x[-1], out_int32=rest[0], right=rest[1]) if rest else torch.bucketize(inp, x[-1])
# results that are picked or counted, not computed: bit for bit
EXACT = {'amax', 'amin', 'aminmax', 'countNonzero', 'isNonzero', 'isSameSize', 'isSigned', 'getDevice', 'median', 'nanmedian',
         'mode', 'msort', 'cummax', 'cummin', 'diff', 'argwhere', 'bincount', 'histc', 'histogram', 'unique',
         'uniqueConsecutive', 'searchsorted', 'bucketize'}


# float32 results that PyTorch accumulates in float32: the float64 result rounded to float32 is accepted too (as gen_ops' "alt")
ALT_OPS = {'nansum', 'nanmean', 'norm', 'dist', 'renorm', 'renorm_', 'cov', 'covWeighted', 'corrcoef', 'stdMean', 'varMean', 'logcumsumexp',
           'quantile', 'nanquantile'}


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
            if op in ALT_OPS and any(x.dtype == torch.float32 for x in xs):
                alt = OPS[op]([x.double() if x.dtype == torch.float32 else x for x in xs], pyargs)
                for e, t in zip(case['expect'].get('outputs', [case['expect']]), alt if isinstance(alt, tuple) else [alt]):
                    if e['dtype'] == 'float32':
                        e['alt'] = G.enc_values(t.float())
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
        if op in ('stdMean', 'varMean') and xs[0].numel() <= 1:
            return None   # ATen 1.13's var backward with no degrees of freedom is inconsistent (inf for 0-dim, an error for one element)
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

    def add_repr(self, name, op, inputs=(), args=(), grad=False):
        """A case whose expected result is Python's repr of the op's result (printing of the result records)."""
        inputs = list(inputs)
        xs = [t.build()[1] for t in inputs]
        if grad:
            xs = [x.detach().requires_grad_() for x in xs]
        out = OPS[op](xs, [decode(a) for a in args])
        self.reprs.append({'name': f'{op}/{name}', 'op': op, 'inputs': [self.tensor_index(t) for t in inputs],
                           'args': list(args), 'grad': grad, 'repr': repr(out)})

    def write(self):
        path = os.path.join(HERE, self.name + '.json')
        with open(path, 'w') as f:
            json.dump({'family': self.name, 'torch': torch.__version__, 'tensors': self.tensors, 'cases': self.cases,
                       'reprs': self.reprs}, f,
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


def order_stats(f, xs):
    for name, x in xs.items():
        nd = x.build()[1].dim()
        for op in ['median', 'nanmedian', 'mode']:
            # mode with NaN: std::sort's unspecified order in ATen; median(dim) of a stride-0 dim reads past the
            # element in ATen 1.13 (its result is other memory), so the expanded input is left out of both
            if (op != 'mode' or name not in ('nan', 'nan32')) and name != 'expanded':
                f.add(name, op, [x])
                for d, keep in dim_args(nd):
                    f.add(f'{name},dim{d},keep{keep}', op, [x], [I(d), Bo(keep)])
                    f.add(f'{name},dim{d}', op, [x], [I(d)])
                f.add(f'{name},dim_oob', op, [x], [I(nd + 1 if nd else 1)])
        f.add(name, 'msort', [x])
        for op in ['cummax', 'cummin', 'logcumsumexp']:
            for d in ([0, -1] if nd <= 1 else [0, 1, -1]):
                f.add(f'{name},dim{d}', op, [x], [I(d)])
        for op in ['quantile', 'nanquantile']:
            f.add(f'{name},q0.4', op, [x], [F(0.4)])
            if nd:
                f.add(f'{name},q0.3,dim-1', op, [x], [F(0.3), I(-1)])
                f.add(f'{name},q1,dim0,keep', op, [x], [F(1.0), I(0), Bo(True)])
    # long rows with many ties: mode's and median's index through std::sort's introsort and the stable sort
    for n, mod in [(40, 5), (100, 7), (257, 13)]:
        t = T([((i * 37) % mod) - 3 for i in range(n)], 'int64', [n])
        for op in ['mode', 'median']:
            f.add(f'ties{n}', op, [t], [I(0)])
        f.add(f'ties{n}', 'median', [t])
        t2 = T([((i * 37) % mod) * 0.5 - 1 for i in range(2 * n)], 'float64', [2, n])
        f.add(f'ties{n}x2', 'mode', [t2], [I(1)])
        f.add(f'ties{n}x2', 'median', [t2], [I(1), Bo(True)])
        f.add(f'ties{n}x2', 'nanmedian', [t2], [I(-1)])
    q = T([0.0, 0.25, 0.5, 0.9, 1.0], 'float64')
    q32 = T([0.1, 0.5], 'float32')
    x = T(seq(24, 'float64'), 'float64', [2, 3, 4])
    nanx = xs['nan']
    for interp in ['linear', 'lower', 'higher', 'midpoint', 'nearest']:
        for op in ['quantile', 'nanquantile']:
            for src, qq in [('x', x), ('nan', nanx)]:
                f.add(f'{src},{interp}', op, [src == 'x' and x or nanx], [F(0.35), S(NONE), Bo(False), S(interp)])
                f.add(f'{src},{interp},dim1,keep', op, [qq, q], [I(1), Bo(True), S(interp)])
                f.add(f'{src},{interp},dim0', op, [qq, q], [I(0), Bo(False), S(interp)])
                f.add(f'{src},{interp},all,keep', op, [qq, q], [S(NONE), Bo(True), S(interp)])
    f.add('q_tensor', 'quantile', [xs['3d_float32'], q32], [I(2)])
    f.add('q_tensor_all', 'quantile', [xs['3d_float32'], q32])
    f.add('q_dtype', 'quantile', [xs['3d_float32'], q])
    f.add('q_2d', 'quantile', [x, T([0.5], 'float64', [1, 1])])
    f.add('q_range', 'quantile', [x, T([0.5, 1.5], 'float64')])
    f.add('q_range_scalar', 'quantile', [x], [F(1.5)])
    f.add('q_range_scalar', 'nanquantile', [x], [F(-0.25)])
    f.add('bad_interp', 'quantile', [x], [F(0.5), S(NONE), Bo(False), S('foo')])
    f.add('int', 'quantile', [xs['3d_int64']], [F(0.5)])
    f.add('empty', 'quantile', [xs['empty_f32']], [F(0.5)])
    f.add('all_nan', 'nanquantile', [T([nan, nan, 1.0, nan, nan, nan], 'float64', [2, 3])], [F(0.5), I(1)])
    f.add('all_nan', 'nanmedian', [T([nan, nan, 1.0, nan, nan, nan], 'float64', [2, 3])], [I(1)])
    f.add('all_nan', 'nanmedian', [T([nan, nan], 'float64')])
    f.add('bool', 'median', [xs['1d_bool']], [I(0)])


def scans_and_norms(f, xs):
    x = T(seq(12, 'float64'), 'float64', [3, 4])
    for name in ['3d_float32', '3d_float64', '3d_int64', '1d_bool', '1d_int8', 'transposed', '0d_float64', 'empty_f32']:
        t = xs[name]
        nd = t.build()[1].dim()
        f.add(name, 'diff', [t])
        for n in [0, 1, 2, 5]:
            f.add(f'{name},n{n}', 'diff', [t], [I(n)])
        if nd > 1:
            f.add(f'{name},n1,dim0', 'diff', [t], [I(1), I(0)])
    f.add('prepend', 'diff', [x, T([0.0] * 4, 'float64', [1, 4])], [I(1), I(0), S('prepend')])
    f.add('append', 'diff', [x, T([1.0] * 3, 'float64', [3, 1])], [I(2), I(1), S('append')])
    f.add('both', 'diff', [x, T([0.0] * 3, 'float64', [3, 1]), T([1.0] * 6, 'float64', [3, 2])], [I(1), I(-1), S('both')])
    f.add('prepend_1d', 'diff', [x, T([0.0] * 4, 'float64')], [I(1), I(0), S('prepend')])
    f.add('neg_n', 'diff', [x], [I(-1)])
    big = T([((i * 13) % 17) * 0.5 - 4 for i in range(40)], 'float32', [40])
    f.add('long_float32', 'logcumsumexp', [big], [I(0)])
    f.add('inf', 'logcumsumexp', [T([-inf, -inf, 1.0, inf, inf, nan, 2.0], 'float64')], [I(0)])
    for name in ['3d_float32', '3d_float64', 'transposed', 'nan', 'ftie', '0d_float64', 'empty_f32', '1d_float64', '3d_int64', '1d_bool']:
        t = xs[name]
        nd = t.build()[1].dim()
        f.add(name, 'norm', [t])
        for p in [0.0, 1.0, 2.0, 3.0, 0.5, 1.5, inf, -inf]:
            f.add(f'{name},p{p}', 'norm', [t], [F(p)])
            if nd:
                f.add(f'{name},p{p},dim-1', 'norm', [t], [F(p), I(-1)])
                f.add(f'{name},p{p},dim0,keep', 'norm', [t], [F(p), I(0), Bo(True)])
            if nd >= 2:
                f.add(f'{name},p{p},dims', 'norm', [t], [F(p), Is(0, -1), Bo(False)])
        f.add(f'{name},fro', 'norm', [t], [S('fro')])
        if nd >= 2 and name != '3d_int64':   # an integer input trips an internal assert in ATen 1.13
            f.add(f'{name},fro,dims', 'norm', [t], [S('fro'), Is(0, 1), Bo(True)])
            f.add(f'{name},fro,dim', 'norm', [t], [S('fro'), Is(1), Bo(False)])
            f.add(f'{name},fro,samedims', 'norm', [t], [S('fro'), Is(1, 1), Bo(False)])
    f.add('bad_str', 'norm', [x], [S('foo')])
    y = T(seq(12, 'float64', 5), 'float64', [3, 4])
    for p in [None, 0.0, 1.0, 2.0, 3.0, inf, -inf, 0.5]:
        args = [] if p is None else [F(p)]
        f.add(f'p{p}', 'dist', [x, y], args)
        f.add(f'p{p},broadcast', 'dist', [x, T([1.0, 2.0, -1.0, 0.5], 'float64')], args)
    f.add('mixed', 'dist', [xs['3d_float32'], T([1.0, 2.0, -1.0, 0.5], 'float64')])
    f.add('int', 'dist', [xs['3d_int64'], xs['3d_int64']])
    f.add('mismatch', 'dist', [x, T([1.0, 2.0], 'float64')])
    for p, dim, mx in [(2.0, 0, 3.0), (1.0, 1, 2.0), (inf, -1, 1.0), (3.0, 0, 100.0), (0.5, 1, 5.0), (2.0, 1, 0.0)]:
        for name in ['3d_float32', '3d_float64', 'transposed']:
            f.add(f'{name},p{p},dim{dim},max{mx}', 'renorm', [xs[name]], [F(p), I(dim), F(mx)])
    f.add('p0', 'renorm', [x], [F(0.0), I(0), F(1.0)])
    f.add('negmax', 'renorm', [x], [F(1.0), I(0), F(-1.0)])
    f.add('1d', 'renorm', [xs['1d_float64']], [F(1.0), I(0), F(1.0)])
    f.add('int', 'renorm', [xs['3d_int64']], [F(2.0), I(0), F(1.0)])
    f.add('inplace', 'renorm_', [x], [F(2.0), I(0), F(3.0)])


def moments(f, xs):
    for name in ['3d_float32', '3d_float64', 'transposed', 'nan', '1d_float64', '0d_float64', 'empty_f32', '3d_int64']:
        t = xs[name]
        nd = t.build()[1].dim()
        for op in ['stdMean', 'varMean']:
            f.add(name, op, [t])
            f.add(f'{name},biased', op, [t], [Bo(False)])
            if nd:
                f.add(f'{name},dim0', op, [t], [I(0)])
                f.add(f'{name},dim-1,biased,keep', op, [t], [I(-1), Bo(False), Bo(True)])
            if nd >= 2:
                f.add(f'{name},dims,corr2', op, [t], [Is(0, -1), I(2), Bo(False)])
    for name, t in [('2x4', T(seq(8, 'float64'), 'float64', [2, 4])), ('3x5_f32', T(seq(15, 'float32'), 'float32', [3, 5])),
                    ('1d', xs['1d_float64']), ('int', T(seq(8, 'int64'), 'int64', [2, 4])), ('bool', xs['1d_bool']),
                    ('3d', xs['3d_float64']), ('one_obs', T([1.0, 2.0], 'float64', [2, 1])), ('0d', xs['0d_float64']),
                    ('t', T(seq(12, 'float64'), 'float64', [4, 3], [('t',)])), ('const', T([2.0, 2.0, 1.0, 3.0], 'float64', [2, 2]))]:
        f.add(name, 'cov', [t])
        f.add(f'{name},corr0', 'cov', [t], [I(0)])
        f.add(f'{name},corr3', 'cov', [t], [I(3)])
        f.add(name, 'corrcoef', [t])
    fw, aw = T([1, 2, 0, 3], 'int64'), T([0.5, 1.0, 2.0, 0.25], 'float64')
    for name, t in [('2x4', T(seq(8, 'float64'), 'float64', [2, 4])), ('int', T(seq(8, 'int64'), 'int64', [2, 4])),
                    ('f32', T(seq(8, 'float32'), 'float32', [2, 4])), ('1d', T(seq(4, 'float64'), 'float64'))]:
        for corr in [0, 1, 2]:
            f.add(f'{name},fw,corr{corr}', 'covWeighted', [t, fw], [I(corr), Bo(True), Bo(False)])
            f.add(f'{name},aw,corr{corr}', 'covWeighted', [t, aw], [I(corr), Bo(False), Bo(True)])
            f.add(f'{name},both,corr{corr}', 'covWeighted', [t, fw, aw], [I(corr), Bo(True), Bo(True)])
        f.add(f'{name},aw32', 'covWeighted', [t, T([0.5, 1.0, 2.0, 0.25], 'float32')], [I(1), Bo(False), Bo(True)])
    x24 = T(seq(8, 'float64'), 'float64', [2, 4])
    for wname, w, flags in [('fw_2d', T([1, 2, 0, 3], 'int64', [2, 2]), (True, False)), ('fw_float', aw, (True, False)),
                            ('fw_len', T([1, 2], 'int64'), (True, False)), ('fw_neg', T([1, -2, 0, 3], 'int64'), (True, False)),
                            ('aw_2d', T([0.5, 1.0, 2.0, 0.25], 'float64', [2, 2]), (False, True)), ('aw_int', fw, (False, True)),
                            ('aw_len', T([0.5], 'float64'), (False, True)), ('aw_neg', T([0.5, -1.0, 2.0, 0.25], 'float64'), (False, True)),
                            ('zero_sum', T([0, 0, 0, 0], 'int64'), (True, False)), ('few', T([1, 0, 0, 0], 'int64'), (True, False))]:
        f.add(wname, 'covWeighted', [x24, w], [I(1), Bo(flags[0]), Bo(flags[1])])


def searches(f, xs):
    for name in ['3d_float32', '1d_int64', '0d_float32', '0d_int64', 'nan', 'empty_f32', '1d_bool', 'transposed']:
        f.add(name, 'argwhere', [xs[name]])
    ints = T([3, 1, 3, 0, 2, 2, 7], 'int64')
    for name, t in [('int64', ints), ('int32', T([1, 2, 1], 'int32')), ('uint8', T([200, 3, 3], 'uint8')),
                    ('empty', T([], 'int64')), ('neg', T([1, -1], 'int64')), ('2d', xs['3d_int64']),
                    ('float', xs['1d_float32']), ('bool', xs['1d_bool']), ('strided', T(list(range(12)), 'int64', [12], [('slice', 0, 1, 12, 3)]))]:
        f.add(name, 'bincount', [t])
        f.add(f'{name},min10', 'bincount', [t], [I(10)])
    for wname, w in [('f32', T([0.5, 1, 1, 1, 1, 1, 0.25], 'float32')), ('f64', T([0.1, 1, 1, 1, 1, 1, 0.2], 'float64')),
                     ('i64', T([1, 2, 3, 4, 5, 6, 7], 'int64'))]:
        f.add(wname, 'bincount', [ints, w])
        f.add(f'{wname},min2', 'bincount', [ints, w], [I(2)])
    f.add('short_weights', 'bincount', [ints, T([1.0, 2.0], 'float32')])
    f.add('negmin', 'bincount', [ints], [I(-1)])
    f.add('empty_weights', 'bincount', [T([], 'int64'), T([], 'float64')], [I(3)])
    data = T([0.1, 2.5, 1.0, -0.5, 3.0, 1.0, 0.7, 2.2, 1.9, 0.0, 3.0, -0.5], 'float32', [3, 4])
    d64 = T([0.1, 2.5, 1.0, -0.5, 3.0, 1.0, 0.7, 2.2, 1.9, 0.0, 3.0, -0.5, 1e-3, 1 / 3], 'float64', [14])
    for name, t in [('f32', data), ('f64', d64), ('const', T([2.0, 2.0], 'float32')), ('empty', T([], 'float32')),
                    ('int', xs['3d_int64']), ('inf', T([1.0, inf], 'float32')), ('t', T(seq(12, 'float64'), 'float64', [3, 4], [('t',)]))]:
        f.add(name, 'histc', [t])
        f.add(f'{name},b7', 'histc', [t], [I(7)])
        f.add(f'{name},b4,0..3', 'histc', [t], [I(4), F(0.0), F(3.0)])
        f.add(f'{name},b3,-1..1', 'histc', [t], [I(3), F(-1.0), F(1.0)])
    f.add('bins0', 'histc', [data], [I(0)])
    f.add('minmax_swapped', 'histc', [data], [I(3), F(5.0), F(1.0)])
    f.add('tenths', 'histc', [T([i / 10 for i in range(31)], 'float32')], [I(30), F(0.0), F(3.0)])
    f.add('tenths64', 'histc', [T([i / 10 for i in range(31)], 'float64')], [I(30), F(0.0), F(3.0)])
    f.add('thirds', 'histogram', [T([i / 3 for i in range(31)], 'float32')], [I(10)])
    for name, t in [('f32', data), ('f64', d64), ('const', T([2.0, 2.0], 'float64')), ('empty', T([], 'float32'))]:
        f.add(name, 'histogram', [t], [I(5)])
        f.add(f'{name},range', 'histogram', [t], [I(4), N([0.0, 3.0], 'float'), Bo(False), Bo(False)])
        f.add(f'{name},density', 'histogram', [t], [I(4), S(NONE), Bo(False), Bo(True)])
    w32 = T([1.0, 2.0, 0.5, 1.0, 3.0, 1.0, 1.0, 2.0, 1.0, 1.0, 0.25, 1.0], 'float32', [3, 4])
    f.add('weighted', 'histogram', [data, w32], [I(4), S(NONE), Bo(True), Bo(False)])
    f.add('weighted_density', 'histogram', [data, w32], [I(4), N([-1.0, 2.0], 'float'), Bo(True), Bo(True)])
    edges = T([-1.0, 0.0, 0.5, 2.5, 3.0], 'float32')
    f.add('edges', 'histogram', [data, edges])
    f.add('edges_weighted', 'histogram', [data, edges, w32], [Bo(True), Bo(False)])
    f.add('edges_density', 'histogram', [data, edges], [Bo(False), Bo(True)])
    f.add('edges_dtype', 'histogram', [data, T([0.0, 1.0], 'float64')])
    f.add('int', 'histogram', [xs['3d_int64']], [I(3)])
    f.add('bins0', 'histogram', [data], [I(0)])
    f.add('inf', 'histogram', [T([1.0, inf], 'float32')], [I(3)])
    f.add('bad_range', 'histogram', [data], [I(3), N([2.0, 1.0], 'float'), Bo(False), Bo(False)])
    for name in ['1d_int64', '3d_int64', 'ties', '1d_bool', '3d_float32', 'ftie', 'empty_f32', '0d_int64', 'step_sliced']:
        t = xs[name]
        nd = t.build()[1].dim()
        for op in ['unique', 'uniqueConsecutive']:
            f.add(name, op, [t])
            for inv, cnt in [(True, False), (False, True), (True, True)]:
                f.add(f'{name},inv{inv},cnt{cnt}', op, [t], [Bo(inv), Bo(cnt)])
            for d in range(-1, nd):
                f.add(f'{name},dim{d}', op, [t], [Bo(True), Bo(True), I(d)])
    rows = T([1, 2, 0, 1, 1, 2, 0, 1, 1, 1, 0, 1], 'int64', [6, 2])
    for op in ['unique', 'uniqueConsecutive']:
        f.add('rows', op, [rows], [Bo(True), Bo(True), I(0)])
        f.add('cols', op, [rows], [Bo(True), Bo(True), I(1)])
        f.add('0x2', op, [T([], 'float32', [0, 2])], [Bo(True), Bo(True), I(0)])
        f.add('2x0', op, [T([], 'float32', [2, 0])], [Bo(True), Bo(False), I(0)])
        f.add('2x0,dim1', op, [T([], 'float32', [2, 0])], [Bo(False), Bo(False), I(1)])
    seqs = T([1.0, 3.0, 5.0, 7.0, 7.0, 9.0], 'float32')
    vals = T([3.0, 6.0, 9.0, 0.0, 7.0, 10.0, nan, -inf], 'float32', [2, 4])
    rowsq = T([1.0, 3.0, 5.0, 2.0, 4.0, 4.0], 'float64', [2, 3])
    rowv = T([4.0, 0.0, 5.0, 4.0, 1.0, 9.0], 'float64', [2, 3])
    for name, sq, v in [('1d', seqs, vals), ('rows', rowsq, rowv), ('long_seq', T(list(range(0, 200, 3)), 'int64'), T([0, 1, 3, 100, 198, 199, 500, -1], 'int64')),
                        ('mixed', seqs, T([3, 6, 7], 'int64')), ('empty_seq', T([], 'float32'), vals), ('empty_vals', seqs, T([], 'float32')),
                        ('one', T([2.0], 'float64'), T([1.0, 2.0, 3.0], 'float64')), ('bool', seqs, xs['1d_bool'])]:
        f.add(name, 'searchsorted', [sq, v])
        f.add(f'{name},right', 'searchsorted', [sq, v], [Bo(False), Bo(True)])
        f.add(f'{name},int32', 'searchsorted', [sq, v], [Bo(True), Bo(False)])
        f.add(f'{name},side_right', 'searchsorted', [sq, v], [Bo(False), Bo(False), S('right'), Bo(False)])
    f.add('scalar_float', 'searchsorted', [seqs], [F(6.5)])
    f.add('scalar_int', 'searchsorted', [seqs], [I(7), Bo(False), Bo(True)])
    f.add('scalar_int32', 'searchsorted', [seqs], [F(7.0), Bo(True), Bo(False)])
    f.add('opposite', 'searchsorted', [seqs, vals], [Bo(False), Bo(True), S('left'), Bo(False)])
    f.add('bad_side', 'searchsorted', [seqs, vals], [Bo(False), Bo(False), S('middle'), Bo(False)])
    f.add('0d_seq', 'searchsorted', [xs['0d_float32'], vals])
    f.add('dims_mismatch', 'searchsorted', [rowsq, vals])
    unsorted = T([5.0, 1.0, 3.0, 9.0], 'float64')
    f.add('sorter', 'searchsorted', [unsorted, T([2.0, 5.0, 10.0], 'float64'), T([1, 2, 0, 3], 'int64')],
          [Bo(False), Bo(False), S(NONE), Bo(True)])
    f.add('sorter_right', 'searchsorted', [unsorted, T([3.0, 5.0], 'float64'), T([1, 2, 0, 3], 'int64')],
          [Bo(False), Bo(True), S(NONE), Bo(True)])
    f.add('sorter_int32', 'searchsorted', [unsorted, T([2.0], 'float64'), T([1, 2, 0, 3], 'int32')],
          [Bo(False), Bo(False), S(NONE), Bo(True)])
    f.add('sorter_size', 'searchsorted', [unsorted, T([2.0], 'float64'), T([1, 2], 'int64')],
          [Bo(False), Bo(False), S(NONE), Bo(True)])
    bounds = T([1.0, 3.0, 5.0, 7.0], 'float32')
    for name, v in [('2d', vals), ('int', T([0, 1, 3, 8], 'int64')), ('0d', xs['0d_float32']), ('empty', T([], 'float32'))]:
        f.add(name, 'bucketize', [v, bounds])
        f.add(f'{name},right,int32', 'bucketize', [v, bounds], [Bo(True), Bo(True)])
    f.add('scalar', 'bucketize', [bounds], [F(3.0)])
    f.add('scalar_int_right', 'bucketize', [bounds], [I(3), Bo(False), Bo(True)])
    f.add('2d_bounds', 'bucketize', [vals, rowsq])


def reprs(f, xs):
    x = T([3.0, 1.0, 4.0, 1.0, 5.0, 9.0], 'float64', [2, 3])
    i = T([3, 1, 3, 0, 2, 2], 'int64')
    f.add_repr('dim', 'aminmax', [x], [I(1)])
    f.add_repr('grad', 'aminmax', [x], grad=True)
    f.add_repr('dim', 'median', [x], [I(1)], grad=True)
    f.add_repr('all', 'mode', [i])
    f.add_repr('dim', 'cummax', [x], [I(1)])
    f.add_repr('inv_cnt', 'unique', [i], [Bo(True), Bo(True)])
    f.add_repr('cnt', 'unique', [i], [Bo(False), Bo(True)])
    f.add_repr('plain', 'unique', [i])
    f.add_repr('inv', 'uniqueConsecutive', [i], [Bo(True), Bo(False)])
    f.add_repr('bins', 'histogram', [T([1.0, 2.0, 1.0], 'float32')], [I(4)])
    f.add_repr('all', 'stdMean', [x], grad=True)
    f.add_repr('dim', 'varMean', [x], [I(0)])
    f.add_repr('grad', 'quantile', [x], [F(0.3)], grad=True)
    f.add_repr('grad', 'norm', [x], grad=True)
    f.add_repr('grad', 'nanmean', [x], grad=True)


def main():
    f = Stats('stats')
    f.reprs = []
    reprs(f, inputs())
    xs = inputs()
    extrema(f, xs)
    order_stats(f, xs)
    scans_and_norms(f, xs)
    moments(f, xs)
    searches(f, xs)
    f.write()


if __name__ == '__main__':
    main()
