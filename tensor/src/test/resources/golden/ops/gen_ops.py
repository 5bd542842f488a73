#!/usr/bin/python3
"""Golden cases for torch4j's core tensor ops, computed by real PyTorch (Debian's python3-torch 1.13).

Run from anywhere with the interpreter that has torch:   /usr/bin/python3 gen_ops.py
It rewrites the *.json files next to this script; GoldenOpsTest replays every case through the
torch4j API (tests never call Python).

Format of a case:
  name    unique, "family/op/what"
  op      the torch4j method the case maps to (see GoldenOpsTest's registry)
  inputs  indices into the file's "tensors" table of {dtype, shape, values | gen, steps}: a
          contiguous base tensor built from `values` (row-major; or `gen` [mul, mod, add, scale]:
          element i is ((i*mul) % mod + add) * scale), then view `steps` applied in order
          (transpose, slice with step, expand, ...) so that ops also see non-contiguous inputs
  args    typed arguments, so Python int vs float (which matters for promotion) is explicit:
          {"int": 3} {"float": "0x1.8p+1"} {"bool": true} {"str": "floor"} {"ints": [0, 1]}
          {"dtype": "float32"} {"nested": <nested list>, "kind": "float|float32|int|int32|bool"}
  expect  {dtype, shape, values[, stride, offset, contiguous, shares]} for a tensor,
          {"values": tensor, "indices": tensor} for max/min along a dim,
          {"error": "RuntimeError", "message": "..."} for an error;
          "same": whether the op returned its input object (in-place ops, to, contiguous),
          "base_after": the values of input 0's base after an in-place op on a view of it
          "alt": for float32 sum/mean/prod/std/var/cumsum/cumprod, the result computed in float64 and
          rounded to float32: PyTorch accumulates in float32, and the exactly rounded value is accepted too
  tol     "exact" (bit for bit, NaN == NaN) or "ulp" (1 ulp for float32, 1e-12 relative for float64)

Float values are exact: integral values as JSON integers, others as float.hex() strings,
plus "nan", "inf", "-inf", "-0x0.0p+0". A null value means "unspecified" (resize_ growth,
torch.empty).
"""
import json
import math
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
torch.set_num_threads(1)

DT = {'float32': torch.float32, 'float64': torch.float64, 'int64': torch.int64, 'int32': torch.int32,
      'int16': torch.int16, 'int8': torch.int8, 'uint8': torch.uint8, 'bool': torch.bool}
NAME = {v: k for k, v in DT.items()}
ALL = list(DT)
FLOATS = ['float32', 'float64']
INTS = ['int64', 'int32', 'int16', 'int8', 'uint8']
nan, inf = float('nan'), float('inf')


# ---------------------------------------------------------------------------- encoding

def enc_float(v):
    v = float(v)
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    if v == 0 and math.copysign(1, v) < 0:
        return '-0x0.0p+0'
    if v == int(v) and abs(v) < 2 ** 53:
        return int(v)
    return v.hex()


def dec_float(v):
    if isinstance(v, str):
        return {'nan': nan, 'inf': inf, '-inf': -inf}.get(v) if v in ('nan', 'inf', '-inf') else float.fromhex(v)
    return float(v)


def enc_values(t):
    flat = t.detach().contiguous().reshape(-1).tolist()
    if t.dtype.is_floating_point:
        return [enc_float(v) for v in flat]
    if t.dtype == torch.bool:
        return [bool(v) for v in flat]
    return [int(v) for v in flat]


def enc_tensor(t, layout=False):
    d = {'dtype': NAME[t.dtype], 'shape': list(t.shape), 'values': enc_values(t)}
    if layout:
        d['stride'] = list(t.stride())
        d['offset'] = t.storage_offset()
        d['contiguous'] = t.is_contiguous()
    return d


# ---------------------------------------------------------------------------- typed args

def I(v): return {'int': int(v)}
def F(v): return {'float': enc_float(v)}
def Bo(v): return {'bool': bool(v)}
def S(v): return {'str': v}
def Is(*v): return {'ints': [int(x) for x in v]}
def D(name): return {'dtype': name}


def N(data, kind):
    """A nested Java literal: kind float (double[]), float32 (float[]), int (long[]), int32 (int[]), bool,
    or a Java element type for Torch.from (double, float, long, int, short, byte, boolean)."""
    def enc(x):
        if isinstance(x, list):
            return [enc(y) for y in x]
        return enc_float(x) if kind in ('float', 'float32', 'double') else x
    return {'nested': enc(data), 'kind': kind}


def decode(a):
    if 'int' in a: return a['int']
    if 'float' in a: return dec_float(a['float'])
    if 'bool' in a: return a['bool']
    if 'str' in a: return a['str']
    if 'ints' in a: return tuple(a['ints'])
    if 'dtype' in a: return DT[a['dtype']]
    if 'nested' in a:
        def dec(x):
            if isinstance(x, list):
                return [dec(y) for y in x]
            return dec_float(x) if a['kind'] in ('float', 'float32', 'double') else x
        return dec(a['nested'])
    raise ValueError(a)


# ---------------------------------------------------------------------------- inputs

class T:
    """An input: base values (row-major) of a dtype and shape, then view steps."""

    def __init__(self, values, dtype, shape=None, steps=(), gen=None):
        self.values = list(values)
        self.dtype = dtype
        self.shape = [len(self.values)] if shape is None else list(shape)
        self.steps = [list(s) for s in steps]
        self.gen = gen
        assert math.prod(self.shape) == len(self.values), (self.shape, len(self.values))

    @staticmethod
    def generated(shape, dtype, mul, mod, add, scale):
        """Large inputs are stored as a formula, not values: element i is ((i*mul) % mod + add) * scale."""
        n = math.prod(shape)
        vals = [((i * mul) % mod + add) * scale for i in range(n)]
        if dtype not in FLOATS:
            vals = [int(v) for v in vals]
        return T(vals, dtype, shape, gen=[mul, mod, add, scale])

    def s(self, *steps):
        return T(self.values, self.dtype, self.shape, self.steps + [list(s) for s in steps], self.gen)

    def build(self):
        base = torch.tensor(self.values, dtype=DT[self.dtype]).reshape(self.shape)
        x = base
        for st in self.steps:
            x = apply_step(x, st)
        return base, x

    def spec(self):
        base, _ = self.build()
        d = {'dtype': self.dtype, 'shape': self.shape}
        if self.gen:
            d['gen'] = self.gen
        else:
            d['values'] = enc_values(base)
        if self.steps:
            d['steps'] = self.steps
        return d


def apply_step(x, st):
    op = st[0]
    if op == 't': return x.t()
    if op == 'transpose': return x.transpose(st[1], st[2])
    if op == 'permute': return x.permute(*st[1])
    if op == 'slice': return x[(slice(None),) * st[1] + (slice(st[2], st[3], st[4]),)]
    if op == 'narrow': return x.narrow(st[1], st[2], st[3])
    if op == 'select': return x.select(st[1], st[2])
    if op == 'expand': return x.expand(*st[1])
    if op == 'unsqueeze': return x.unsqueeze(st[1])
    if op == 'view': return x.view(*st[1])
    raise ValueError(op)


def scalar(v, dtype):
    return T([v], dtype, [])


def seq(n, dtype, start=0):
    """n distinct deterministic values: mixed signs, fractional for floats, in range for narrow ints."""
    out = []
    for i in range(start, start + n):
        k = (i * 7) % 19 - 9                     # -9 .. 9
        if dtype in FLOATS:
            out.append(k * 0.75 + (0.125 if i % 3 == 0 else 0.0))
        elif dtype == 'bool':
            out.append(k % 3 == 0)
        elif dtype == 'uint8':
            out.append(abs(k) * 13 % 256)
        else:
            out.append(k)
    return out


# ---------------------------------------------------------------------------- ops (Python side)

def _reduce(name):
    def f(x, a):
        m = getattr(x[0], name)
        if not a:
            return m()
        if isinstance(a[0], tuple):
            return m(dim=a[0], keepdim=a[1]) if len(a) > 1 else m(dim=a[0])
        return m(a[0], keepdim=a[1]) if len(a) > 1 else m(a[0])
    return f


def _stdvar(name):
    def f(x, a):
        m = getattr(x[0], name)
        if not a:
            return m()
        if len(a) == 1:
            return m(unbiased=a[0]) if isinstance(a[0], bool) else m(a[0])
        if isinstance(a[0], tuple):
            return m(dim=a[0], correction=a[1], keepdim=a[2])
        return m(a[0], unbiased=a[1], keepdim=a[2])
    return f


def _binary(name):
    def f(x, a):
        return getattr(x[0], name)(x[1] if len(x) > 1 else a[0])
    return f


def _unary(name):
    return lambda x, a: getattr(x[0], name)()


def _tensor(x, a):
    data = a[0]
    return torch.tensor(data, dtype=a[1]) if len(a) > 1 else torch.tensor(data)


FROM = {'double': torch.float64, 'float': torch.float32, 'long': torch.int64, 'int': torch.int32,
        'short': torch.int16, 'byte': torch.int8, 'boolean': torch.bool}


def _slice(x, a):
    dim, start, end, step = a
    return torch.ops.aten.slice(x[0], dim, start, end, step)


def _resize(x, a):
    return x[0].resize_(a[0])


OPS = {
    # creation
    'tensor': _tensor,
    'from': lambda x, a: torch.tensor(a[0], dtype=FROM[a[1]]),
    'zeros': lambda x, a: torch.zeros(a[0], dtype=a[1]) if len(a) > 1 else torch.zeros(a[0]),
    'ones': lambda x, a: torch.ones(a[0], dtype=a[1]) if len(a) > 1 else torch.ones(a[0]),
    'empty': lambda x, a: torch.empty(a[0], dtype=a[1]) if len(a) > 1 else torch.empty(a[0]),
    'full': lambda x, a: torch.full(a[0], a[1], dtype=a[2]) if len(a) > 2 else torch.full(a[0], a[1]),
    'eye': lambda x, a: torch.eye(*a[:2], dtype=a[2]) if len(a) > 2 else torch.eye(*a),
    'zerosLike': lambda x, a: torch.zeros_like(x[0], dtype=a[0] if a else None),
    'onesLike': lambda x, a: torch.ones_like(x[0], dtype=a[0] if a else None),
    'emptyLike': lambda x, a: torch.empty_like(x[0]),
    'fullLike': lambda x, a: torch.full_like(x[0], a[0], dtype=a[1] if len(a) > 1 else None),
    'arange': lambda x, a: torch.arange(*a[:3], dtype=a[3]) if len(a) > 3 else torch.arange(*a),
    'linspace': lambda x, a: torch.linspace(*a[:3], dtype=a[3]) if len(a) > 3 else torch.linspace(*a),
    # conversion
    'to': lambda x, a: x[0].to(a[0]),
    'type': lambda x, a: x[0].type(a[0]),
    'typeAs': lambda x, a: x[0].type_as(x[1]),
    'toFloat': lambda x, a: x[0].float(),
    'toDouble': lambda x, a: x[0].double(),
    'toLong': lambda x, a: x[0].long(),
    'toInt': lambda x, a: x[0].int(),
    'bool': lambda x, a: x[0].bool(),
    'toByte': lambda x, a: x[0].byte(),
    # views
    'view': lambda x, a: x[0].view(a[0]),
    'reshape': lambda x, a: x[0].reshape(a[0]),
    'viewAs': lambda x, a: x[0].view_as(x[1]),
    'reshapeAs': lambda x, a: x[0].reshape_as(x[1]),
    'expandAs': lambda x, a: x[0].expand_as(x[1]),
    'transpose': lambda x, a: x[0].transpose(*a),
    't': lambda x, a: x[0].t(),
    'permute': lambda x, a: x[0].permute(a[0]),
    'expand': lambda x, a: x[0].expand(a[0]),
    'squeeze': lambda x, a: x[0].squeeze(*a),
    'unsqueeze': lambda x, a: x[0].unsqueeze(a[0]),
    'flatten': lambda x, a: x[0].flatten(*a),
    'unflatten': lambda x, a: x[0].unflatten(a[0], a[1]),
    'narrow': lambda x, a: x[0].narrow(*a),
    'select': lambda x, a: x[0].select(*a),
    'slice': _slice,
    'contiguous': lambda x, a: x[0].contiguous(),
    'clone': lambda x, a: x[0].clone(),
    'resize_': _resize,
    # elementwise binary (tensor or scalar second operand)
    **{n: _binary(n) for n in ['add', 'sub', 'mul', 'div', 'remainder', 'fmod', 'pow', 'maximum', 'minimum',
                               'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'atan2']},
    'floorDivide': lambda x, a: x[0].floor_divide(x[1] if len(x) > 1 else a[0]),
    'logicalAnd': lambda x, a: x[0].logical_and(x[1]),
    'logicalOr': lambda x, a: x[0].logical_or(x[1]),
    'logicalXor': lambda x, a: x[0].logical_xor(x[1]),
    'addAlpha': lambda x, a: x[0].add(x[1], alpha=a[0]),
    'subAlpha': lambda x, a: x[0].sub(x[1], alpha=a[0]),
    'divMode': lambda x, a: x[0].div(x[1], rounding_mode=a[0]),
    # unary
    **{n: _unary(n) for n in ['neg', 'abs', 'square', 'sign', 'sqrt', 'rsqrt', 'reciprocal', 'exp', 'expm1', 'log',
                              'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh',
                              'tanh', 'sigmoid', 'relu', 'floor', 'ceil', 'round', 'trunc', 'isnan', 'isinf',
                              'isfinite']},
    'logicalNot': lambda x, a: x[0].logical_not(),
    'clamp': lambda x, a: x[0].clamp(x[1], x[2]) if len(x) > 1 else x[0].clamp(a[0], a[1]),
    'clampMin': lambda x, a: x[0].clamp_min(a[0]),
    'clampMax': lambda x, a: x[0].clamp_max(a[0]),
    # where: inputs cond, x[, y]; a scalar x or y comes in args (role order kept by 'whereArgs')
    'where': lambda x, a: torch.where(x[0], x[1], x[2]),
    'whereTS': lambda x, a: torch.where(x[0], x[1], a[0]),
    'whereST': lambda x, a: torch.where(x[0], a[0], x[1]),
    'whereSS': lambda x, a: torch.where(x[0], a[0], a[1]),
    'whereMethod': lambda x, a: x[0].where(x[1], x[2] if len(x) > 2 else a[0]),
    # in place
    **{n + '_': (lambda n: lambda x, a: getattr(x[0], n + '_')(x[1] if len(x) > 1 else a[0]))(n)
       for n in ['add', 'sub', 'mul', 'div', 'pow']},
    # no Tensor.maximum_ in PyTorch: torch4j's maximum_ is checked against maximum(x, y, out=x)
    'maximum_': lambda x, a: torch.maximum(x[0], x[1], out=x[0]),
    'minimum_': lambda x, a: torch.minimum(x[0], x[1], out=x[0]),
    'addAlpha_': lambda x, a: x[0].add_(x[1], alpha=a[0]),
    'subAlpha_': lambda x, a: x[0].sub_(x[1], alpha=a[0]),
    **{n + '_': (lambda n: lambda x, a: getattr(x[0], n + '_')())(n)
       for n in ['neg', 'abs', 'sqrt', 'exp', 'log', 'sin', 'cos', 'tanh', 'sigmoid', 'relu', 'floor', 'round',
                 'zero', 'ceil', 'trunc', 'sign', 'square', 'rsqrt', 'reciprocal', 'expm1', 'log2', 'log10', 'log1p', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh']},
    **{n + '_': (lambda n: lambda x, a: getattr(x[0], n + '_')(x[1] if len(x) > 1 else a[0]))(n)
       for n in ['eq', 'ne', 'lt', 'le', 'gt', 'ge']},
    'logicalAnd_': lambda x, a: x[0].logical_and_(x[1]),
    'logicalOr_': lambda x, a: x[0].logical_or_(x[1]),
    'logicalXor_': lambda x, a: x[0].logical_xor_(x[1]),
    'logicalNot_': lambda x, a: x[0].logical_not_(),
    'clamp_': lambda x, a: x[0].clamp_(a[0], a[1]),
    'clampMin_': lambda x, a: x[0].clamp_min_(a[0]),
    'clampMax_': lambda x, a: x[0].clamp_max_(a[0]),
    'fill_': lambda x, a: x[0].fill_(a[0]),
    'copy_': lambda x, a: x[0].copy_(x[1]),
    # reductions
    **{n: _reduce(n) for n in ['sum', 'mean', 'prod', 'max', 'min', 'argmax', 'argmin', 'all', 'any']},
    'std': _stdvar('std'),
    'var': _stdvar('var'),
    'cumsum': lambda x, a: x[0].cumsum(a[0]),
    'cumprod': lambda x, a: x[0].cumprod(a[0]),
}

INPLACE = {n for n in OPS if n.endswith('_')}
ALT_OPS = {'sum', 'mean', 'prod', 'std', 'var', 'cumsum', 'cumprod'}
SAME = INPLACE | {'to', 'type', 'typeAs', 'toFloat', 'toDouble', 'toLong', 'toInt', 'bool', 'toByte', 'contiguous'}
LAYOUT = {'to', 'type', 'typeAs', 'toFloat', 'toDouble', 'toLong', 'toInt', 'bool', 'toByte', 'view', 'reshape', 'viewAs', 'reshapeAs', 'expandAs', 'transpose', 't', 'permute', 'expand', 'squeeze',
          'unsqueeze', 'flatten', 'unflatten', 'narrow', 'select', 'slice', 'contiguous', 'clone', 'resize_'}
# Results compared bit for bit: IEEE basic operations (one rounding), exact ops, integer and bool results.
EXACT = {'tensor', 'from', 'zeros', 'ones', 'empty', 'full', 'eye', 'zerosLike', 'onesLike', 'emptyLike', 'fullLike',
         'arange', 'linspace', 'to', 'type', 'typeAs', 'toFloat', 'toDouble', 'toLong', 'toInt', 'bool', 'toByte',
         'add', 'sub', 'mul', 'div', 'sqrt', 'neg', 'abs', 'square', 'sign', 'relu', 'floor', 'ceil', 'round', 'trunc',
         'remainder', 'fmod', 'floorDivide', 'divMode', 'maximum', 'minimum', 'clamp', 'clampMin', 'clampMax',
         'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'logicalAnd', 'logicalOr', 'logicalXor', 'logicalNot', 'isnan', 'isinf',
         'isfinite', 'where', 'whereTS', 'whereST', 'whereSS', 'whereMethod', 'add_', 'sub_', 'mul_', 'div_',
         'neg_', 'abs_', 'sqrt_', 'relu_', 'floor_', 'round_', 'clamp_', 'clampMin_', 'clampMax_', 'maximum_',
         'minimum_', 'fill_', 'zero_', 'copy_', 'ceil_', 'trunc_', 'sign_', 'square_', 'reciprocal_',
         'eq_', 'ne_', 'lt_', 'le_', 'gt_', 'ge_', 'logicalAnd_', 'logicalOr_', 'logicalXor_', 'logicalNot_', 'max', 'min', 'argmax', 'argmin', 'all', 'any', 'cumsum', 'cumprod',
         'reciprocal'} | LAYOUT


# ---------------------------------------------------------------------------- families

class Family:
    def __init__(self, name):
        self.name = name
        self.cases = []
        self.names = set()
        self.tensors = []       # input specs, shared by the cases that use them
        self.tensor_ids = {}

    def tensor_index(self, t):
        spec = t.spec()
        key = json.dumps(spec, sort_keys=True)
        if key not in self.tensor_ids:
            self.tensor_ids[key] = len(self.tensors)
            self.tensors.append(spec)
        return self.tensor_ids[key]

    def add(self, name, op, inputs=(), args=(), tol=None):
        name = f'{self.name}/{op}/{name}'
        base_name, k = name, 2
        while name in self.names:
            name = f'{base_name}#{k}'
            k += 1
        self.names.add(name)
        inputs = list(inputs)
        built = [t.build() for t in inputs]
        xs = [x for _, x in built]
        pyargs = [decode(a) for a in args]
        case = {'name': name, 'op': op, 'inputs': [self.tensor_index(t) for t in inputs], 'args': list(args)}
        old_storage = xs[0].storage().size() if xs else None
        try:
            out = OPS[op](xs, pyargs)
        except Exception as e:  # noqa: BLE001 - every PyTorch error is a golden error
            case['expect'] = {'error': type(e).__name__, 'message': str(e).split('\n')[0]}
        else:
            case['expect'] = self.encode(op, out, xs, old_storage)
            if op in ALT_OPS and xs and xs[0].dtype == torch.float32:
                # PyTorch accumulates float32 reductions in float32; the correctly rounded result
                # (computed in float64, then rounded) is accepted too
                alt = OPS[op]([xs[0].double()] + xs[1:], pyargs)
                alt = alt[0] if isinstance(alt, tuple) else alt
                case['expect']['alt'] = enc_values(alt.float())
            if op in SAME and xs:
                case['expect']['same'] = out is xs[0]
            if op in INPLACE and inputs and inputs[0].steps:
                case['expect']['base_after'] = enc_values(built[0][0])
        exact = op in EXACT and op not in ('addAlpha', 'subAlpha')
        case['tol'] = tol or ('exact' if exact else 'ulp')
        self.cases.append(case)

    def encode(self, op, out, xs, old_storage=None):
        if isinstance(out, tuple):
            return {'values': enc_tensor(out[0]), 'indices': enc_tensor(out[1])}
        e = enc_tensor(out, layout=op in LAYOUT)
        if op in ('empty', 'emptyLike'):
            e['values'] = [None] * len(e['values'])
        if op == 'resize_':
            # storage that resize_ adds is uninitialised in PyTorch: only the old elements are specified
            pos = [out.storage_offset() + sum(i * s for i, s in zip(idx, out.stride()))
                   for idx in __import__('itertools').product(*[range(n) for n in out.shape])]
            e['values'] = [v if p < old_storage else None for v, p in zip(e['values'], pos)]
        if op in LAYOUT and xs and out.numel() > 0 and xs[0].numel() > 0:
            e['shares'] = out.storage().data_ptr() == xs[0].storage().data_ptr()
        return e

    def write(self):
        path = os.path.join(HERE, self.name + '.json')
        with open(path, 'w') as f:
            json.dump({'family': self.name, 'torch': torch.__version__, 'tensors': self.tensors,
                       'cases': self.cases}, f, separators=(',', ':'))
            f.write('\n')
        print(f'{path}: {len(self.cases)} cases')


# ---------------------------------------------------------------------------- creation

def creation():
    f = Family('creation')
    lit = [  # (name, data, kind)
        ('double', 2.5, 'float'), ('double_tenth', 0.1, 'float'), ('double_big', 1e40, 'float'),
        ('double_negzero', -0.0, 'float'), ('long', 7, 'int'), ('long_big', 2 ** 40 + 1, 'int'),
        ('boolean', True, 'bool'),
        ('double[]', [0.1, -2.5, 3.0, nan, inf, -inf, 1e-50], 'float'),
        ('float[]', [1.5, 0.1, -3.0], 'float32'),
        ('long[]', [1, -2, 2 ** 62, -2 ** 63], 'int'), ('int[]', [1, -2, 3], 'int32'),
        ('boolean[]', [True, False, True], 'bool'), ('empty_double[]', [], 'float'),
        ('double[][]', [[1.0, 2.0], [3.0, 4.5]], 'float'), ('long[][][]', [[[1, 2]], [[3, 4]]], 'int'),
        ('int[][]', [[1, 2, 3], [4, 5, 6]], 'int32'), ('boolean[][]', [[True], [False]], 'bool'),
        ('double[2][0]', [[], []], 'float'),
    ]
    for name, data, kind in lit:
        f.add(name, 'tensor', args=[N(data, kind)])
    for name, data, kind in [('double[]', [1.7, -1.7, 0.0, 2.5], 'float'), ('long[]', [1, -2, 0, 300], 'int'),
                             ('boolean[]', [True, False], 'bool'), ('double', 2.5, 'float'), ('long', -3, 'int')]:
        for dt in ALL:
            if dt == 'uint8' and kind in ('int', 'float') and name != 'long':
                continue   # negative literals into uint8: PyTorch raises an overflow error only for some paths
            if dt == 'int8' and name == 'long[]':
                continue
            f.add(f'{name}->{dt}', 'tensor', args=[N(data, kind), D(dt)])
    for jt, data in [('double', [0.1, -2.5, 1e300]), ('float', [0.1, -2.5]), ('long', [1, -(2 ** 63), 2 ** 63 - 1]),
                     ('int', [-(2 ** 31), 7]), ('short', [-32768, 5]), ('byte', [-128, 127, 0]),
                     ('boolean', [True, False]), ('double', [[1.5, 2.0], [3.0, -4.0]]), ('int', [[1, 2], [3, 4]])]:
        f.add(jt + ('[][]' if isinstance(data[0], list) else '[]'), 'from', args=[N(data, jt), S(jt)])
    for op in ['zeros', 'ones', 'empty']:
        for shape in [(2, 3), (), (0, 3), (4,)]:
            f.add(str(list(shape)), op, args=[Is(*shape)])
        for dt in ALL:
            f.add(f'[2,2]/{dt}', op, args=[Is(2, 2), D(dt)])
        f.add('negative', op, args=[Is(2, -1)])
    for name, shape, v in [('double', (2, 2), F(1.5)), ('long', (3,), I(7)), ('bool', (2,), Bo(True)),
                           ('nan', (2,), F(nan)), ('0dim', (), F(-2.25))]:
        f.add(name, 'full', args=[Is(*shape), v])
    for dt in ALL:
        f.add(f'double->{dt}', 'full', args=[Is(2, 3), F(2.75), D(dt)])
        f.add(f'negative_double->{dt}', 'full', args=[Is(2,), F(-1.5), D(dt)])
        f.add(f'int300->{dt}', 'full', args=[Is(2,), I(300), D(dt)])
        f.add(f'int-1->{dt}', 'full', args=[Is(2,), I(-1), D(dt)])
    f.add('negative', 'full', args=[Is(-2,), F(1.0)])
    for args in [(I(3),), (I(2), I(4)), (I(4), I(2)), (I(0),), (I(1),), (I(3), I(2), D('int64')),
                 (I(2), I(3), D('bool')), (I(2), I(2), D('float64')), (I(-1),), (I(2), I(-3))]:
        f.add('x'.join(str(a['int']) for a in args if 'int' in a), 'eye', args=list(args))
    src = T(seq(6, 'int32'), 'int32', [2, 3], [('t',)])
    fsrc = T(seq(6, 'float64'), 'float64', [3, 2])
    for op in ['zerosLike', 'onesLike', 'emptyLike']:
        f.add('int32_t', op, [src])
        f.add('float64', op, [fsrc])
        if op != 'emptyLike':
            for dt in ['float32', 'bool', 'uint8']:
                f.add(f'int32->{dt}', op, [src], [D(dt)])
    f.add('int32_double', 'fullLike', [src], [F(2.5)])
    f.add('float64', 'fullLike', [fsrc], [F(-0.1)])
    f.add('int32->float32', 'fullLike', [src], [F(0.1), D('float32')])
    f.add('float64->int8', 'fullLike', [fsrc], [F(-3.7), D('int8')])
    # arange: all-int arguments give int64, any float gives float32 (the default dtype)
    for args in [(5,), (0,), (2, 9), (9, 2, -2), (-3, 4, 3), (0, 10, 3), (10, 0, -3), (0, 40, 1), (-50, 50, 7)]:
        f.add(','.join(map(str, args)), 'arange', args=[I(a) for a in args])
    for args in [(5.0,), (2.5,), (0.5, 3.0), (0, 1, 0.1), (-1, 1.4, 0.1), (1, 2.5, 0.25), (10, 0, -1.5),
                 (0, 10, 0.3), (0.1, 5.3, 0.7), (-3.0, 3.0, 0.37), (0, 17, 1.0), (0.0, 1e-3, 1e-5), (1, 0, -0.1),
                 (0, 4.0), (-2.0, 2.0, 0.5)]:
        f.add(','.join(map(str, args)), 'arange', args=[I(a) if isinstance(a, int) else F(a) for a in args])
    for args in [(0.0, 5.0, 0.5, 'float64'), (0.0, 1.0, 0.1, 'float64'), (-1.0, 1.4, 0.1, 'float64'),
                 (0.5, 5.5, 1.5, 'int64'), (1.0, 10.0, 2.0, 'int32'), (0.0, 3.0, 1.0, 'uint8'),
                 (0.0, 40.0, 0.5, 'float32'), (-2.5, 2.5, 0.5, 'int64')]:
        f.add(','.join(map(str, args)), 'arange', args=[F(a) for a in args[:3]] + [D(args[3])])
    for args in [(0, 5, 0), (0.0, 1.0, 0.0), (10, 0, 1), (0.0, 1.0, -0.5), (0.0, inf, 1.0)]:
        f.add('error_' + ','.join(map(str, args)), 'arange',
              args=[I(a) if isinstance(a, int) else F(a) for a in args])
    for s, e, n in [(0, 1, 5), (0, 1, 20), (0, 1, 50), (-1, 1, 16), (-1, 1, 17), (3, -7, 33), (0.1, 0.9, 9),
                    (0, 1, 1), (0, 1, 0), (2, 2, 5), (-5.5, 5.5, 100), (0, 1, 2), (0, 1, 3), (1e-3, 1e3, 24),
                    (-1, 1, 256), (0, 0.1, 31), (-10, 10, 1000)]:
        f.add(f'{s},{e},{n}', 'linspace', args=[F(s), F(e), I(n)])
    for s, e, n, dt in [(0, 1, 20, 'float64'), (0, 1, 7, 'float64'), (-3, 7, 33, 'float64'), (0, 10, 5, 'int64'),
                        (0.5, 10.5, 5, 'int64'), (0, 100, 20, 'int64'), (0, 100, 7, 'int32'), (-5, 5, 16, 'int16'),
                        (0, 1, 20, 'float32'), (0, 255, 9, 'uint8')]:
        f.add(f'{s},{e},{n},{dt}', 'linspace', args=[F(s), F(e), I(n), D(dt)])
    f.add('negative_steps', 'linspace', args=[F(0), F(1), I(-1)])
    # a sweep over the vector loop's boundaries (2 x 32-byte vectors per step, scalar remainder)
    for s, e in [(-3.7, 11.2), (0.3, -0.9), (1e-2, 7.7)]:
        for n in [8, 15, 16, 17, 31, 32, 33, 64, 65, 127]:
            for dt in ['float32', 'float64']:
                f.add(f'sweep{s},{e},{n},{dt}', 'linspace', args=[F(s), F(e), I(n), D(dt)])
    for s, e, n, dt in [(-7, 100, 33, 'int64'), (3, -70, 50, 'int32'), (0, 200, 77, 'uint8'), (-100, 100, 99, 'int16'),
                        (-1000, 1000, 301, 'int32'), (0, 1, 40, 'int64'), (-3, 3, 70, 'int8')]:
        f.add(f'sweep{s},{e},{n},{dt}', 'linspace', args=[F(s), F(e), I(n), D(dt)])
    for s, e, st in [(-2.3, 4.1, 0.07), (5.5, -3.25, -0.13), (0.0, 1.0, 1 / 3), (1e3, 1e3 + 1, 1e-2)]:
        f.add(f'sweep{s},{e},{st}', 'arange', args=[F(s), F(e), F(st)])
        f.add(f'sweep{s},{e},{st},float64', 'arange', args=[F(s), F(e), F(st), D('float64')])
    return f


# ---------------------------------------------------------------------------- conversion

CONV_SRC = {
    'float32': [-300.7, -128.5, -2.7, -1.5, -0.5, -0.0, 0.0, 0.3, 0.5, 1.5, 2.7, 127.9, 255.5, 300.7, 16777216.0],
    'float64': [-300.7, -128.5, -2.7, -1.5, -0.5, -0.0, 0.0, 0.3, 0.5, 1.5, 2.7, 127.9, 255.5, 300.7, 16777217.0,
                0.1, -2.1e9],
    'int64': [-(2 ** 63), -(2 ** 31) - 1, -129, -128, -1, 0, 1, 127, 128, 255, 256, 300, 2 ** 31, 16777217,
              2 ** 53 + 1, 18014399583223809, 2 ** 63 - 1],
    'int32': [-(2 ** 31), -129, -1, 0, 1, 127, 128, 255, 300, 65535, 16777217, 2 ** 31 - 1],
    'int16': [-32768, -129, -1, 0, 1, 127, 128, 255, 300, 32767],
    'int8': [-128, -1, 0, 1, 127],
    'uint8': [0, 1, 127, 128, 255],
    'bool': [True, False, True],
}
# Only for floating and bool targets: a float outside an integer type's range has no defined conversion in C++.
CONV_SPECIAL = {'float32': [nan, inf, -inf, 3.4028234e38, 1e-45, 1.17e-38],
                'float64': [nan, inf, -inf, 1e300, 1e-46, 3.4028235677973366e38, 3.4028235e38, 1.4e-45, 2.1e-45,
                            1e-320, 0.1 + 2 ** -30]}


def conversion():
    f = Family('conversion')
    for s in ALL:
        for d in ALL:
            vals = list(CONV_SRC[s])
            if s in FLOATS and d in FLOATS + ['bool']:
                vals += CONV_SPECIAL[s]
            f.add(f'{s}->{d}', 'to', [T(vals, s)], [D(d)])
    for s in ['float32', 'int16', 'bool']:
        x = T(seq(6, s), s, [2, 3], [('t',)])
        for op in ['toFloat', 'toDouble', 'toLong', 'toInt', 'bool', 'toByte']:
            f.add(f'{s}_transposed', op, [x])
        f.add(f'{s}_transposed->int8', 'type', [x], [D('int8')])
    f.add('int32_as_float64', 'typeAs', [T([1, -2, 3], 'int32'), T([0.5], 'float64')])
    f.add('float32_as_float32', 'typeAs', [T([1.5, -2.0], 'float32'), T([0.5], 'float32')])
    f.add('0dim_int64->float32', 'to', [scalar(16777217, 'int64')], [D('float32')])
    f.add('expanded_float32->int32', 'to', [T([-1.5, 2.5], 'float32', [2, 1], [('expand', [2, 3])])], [D('int32')])
    f.add('sliced_int64->int8', 'to', [T(list(range(100, 120)), 'int64', [4, 5], [('slice', 1, 0, 5, 2)])],
          [D('int8')])
    f.add('empty->float64', 'to', [T([], 'int32', [0, 3])], [D('float64')])
    # to() keeps a dense layout (preserve_format): transposed and permuted stay so, sliced ones compact
    f.add('permuted->float64', 'to', [T(seq(24, 'float32'), 'float32', [2, 3, 4], [('permute', [2, 0, 1])])], [D('float64')])
    f.add('narrowed_rows->int32', 'to', [T(list(range(12)), 'int64', [3, 4], [('narrow', 0, 1, 2)])], [D('int32')])
    f.add('transposed_same_dtype', 'to', [T(list(range(6)), 'int64', [2, 3], [('t',)])], [D('int64')])
    return f


# ---------------------------------------------------------------------------- views

def views():
    f = Family('views')
    a = T([float(i) for i in range(24)], 'float32', [2, 3, 4])
    at = a.s(('transpose', 0, 2))                   # (4,3,2) strides (1,4,12)
    m = T(list(range(12)), 'int64', [3, 4])
    mt = m.s(('t',))                                 # (4,3) strides (1,4)
    ms = m.s(('slice', 1, 0, 4, 2))                  # (3,2) strides (4,2)
    me = T([1, 2, 3], 'int64', [3, 1], [('expand', [3, 4])])
    z = scalar(5.5, 'float32')
    e = T([], 'float32', [0, 3])
    for shape in [(24,), (4, 6), (-1, 4), (2, -1, 2), (1, 24, 1), (3, 8), (6, 1, 4), (2, 3, 4)]:
        f.add(str(list(shape)), 'view', [a], [Is(*shape)])
        f.add('transposed' + str(list(shape)), 'reshape', [at], [Is(*shape)])
        f.add(str(list(shape)), 'reshape', [a], [Is(*shape)])
    for name, x, shape in [('transposed', mt, (12,)), ('transposed_split', mt, (2, 2, 3)),
                           ('transposed_unsplit', at, (4, 6)), ('transposed_first', at, (2, 2, 3, 2)),
                           ('step_sliced', ms, (6,)), ('step_sliced_split', ms, (3, 2, 1)),
                           ('expanded', me, (12,)), ('expanded_split', me, (3, 2, 2)),
                           ('expanded_keep', me, (3, 1, 4)), ('narrowed', m.s(('narrow', 1, 1, 2)), (6,)),
                           ('narrowed_rows', m.s(('narrow', 0, 1, 2)), (8,)), ('0dim', z, (1, 1)),
                           ('0dim_flat', z, (-1,)), ('0dim_none', z, ()), ('1elem_to_0dim', T([3.0], 'float32'), ()),
                           ('empty', e, (3, 0)), ('empty_infer', e, (-1, 0)), ('empty_infer_ok', e, (0, -1)),
                           ('bad_numel', a, (5, 5)), ('two_infer', a, (-1, -1)), ('negative', a, (-2, 12)),
                           ('infer_indivisible', a, (5, -1)), ('size1_strides', T([1.0, 2.0], 'float32', [2, 1],
                                                                                     [('t',)]), (2,))]:
        f.add(name, 'view', [x], [Is(*shape)])
        f.add(name, 'reshape', [x], [Is(*shape)])
    f.add('as_transposed', 'viewAs', [a, at])
    f.add('transposed_as', 'viewAs', [at, T([0.0] * 24, 'float32', [24])])
    f.add('transposed_as', 'reshapeAs', [at, T([0.0] * 24, 'float32', [4, 6])])
    f.add('column', 'expandAs', [T([1, 2], 'int32', [2, 1]), T([0] * 6, 'int64', [2, 3])])
    for x, name in [(a, 'contig'), (at, 'transposed'), (m, 'matrix')]:
        for d0, d1 in [(0, 1), (-1, 0), (1, 1)]:
            f.add(f'{name}{d0},{d1}', 'transpose', [x], [I(d0), I(d1)])
    f.add('0dim', 'transpose', [z], [I(0), I(-1)])
    f.add('empty', 'transpose', [T([], 'float32', [3, 0, 2])], [I(0), I(2)])   # every empty tensor is contiguous
    f.add('out_of_range', 'transpose', [m], [I(0), I(2)])
    for name, x in [('2d', m), ('2d_transposed', mt), ('1d', T([1, 2, 3], 'int64')), ('0d', z), ('3d', a),
                    ('step_sliced', ms)]:
        f.add(name, 't', [x])
    for dims in [(2, 0, 1), (-1, 0, 1), (0, 1, 2), (1, 0), (0, 0, 1)]:
        for name, x in [('contig', a), ('transposed', at)]:
            f.add(name + str(list(dims)), 'permute', [x], [Is(*dims)])
    f.add('0dim', 'permute', [z], [Is()])
    for name, x, size in [('row', T([1, 2, 3], 'int64'), (2, 3)), ('col', T([1, 2, 3], 'int64', [3, 1]), (3, 4)),
                          ('infer', T([1, 2], 'int64', [1, 2]), (5, -1)), ('lead', m, (2, 3, 4)),
                          ('lead_infer', m, (2, -1, -1)), ('0dim', z, (2, 2)), ('same', m, (3, 4)),
                          ('transposed', T([1, 2, 3], 'int64', [1, 3], [('t',)]), (3, 5)),
                          ('to_zero', T([1], 'int64', [1]), (0,)), ('mismatch', m, (3, 5)),
                          ('lead_minus1', m, (-1, 3, 4)), ('fewer', m, (12,)), ('size1_to_many', T([7], 'int64'), (4,)),
                          ('expanded_again', me, (2, 3, 4))]:
        f.add(name, 'expand', [x], [Is(*size)])
    sq = T([float(i) for i in range(6)], 'float64', [1, 3, 1, 2])
    f.add('all', 'squeeze', [sq])
    for d in [0, 1, 2, -1, -4, 4]:
        f.add(f'dim{d}', 'squeeze', [sq], [I(d)])
    f.add('0dim', 'squeeze', [z])
    f.add('0dim_dim0', 'squeeze', [z], [I(0)])
    f.add('transposed', 'squeeze', [sq.s(('transpose', 0, 3))])
    for d in [0, 1, 3, -1, -4, 4, -5]:
        f.add(f'dim{d}', 'unsqueeze', [a], [I(d)])
    for d in [0, -1, 1]:
        f.add(f'0dim{d}', 'unsqueeze', [z], [I(d)])
    for d in [0, 1, 2]:
        f.add(f'column{d}', 'unsqueeze', [m.s(('narrow', 1, 1, 1))], [I(d)])
        f.add(f'transposed{d}', 'unsqueeze', [mt], [I(d)])
        f.add(f'step_sliced{d}', 'unsqueeze', [ms], [I(d)])
    for name, x, args in [('all', a, ()), ('1,2', a, (1, 2)), ('0,1', a, (0, 1)), ('-2,-1', a, (-2, -1)),
                          ('same', a, (1, 1)), ('transposed', at, ()), ('transposed_0,1', at, (0, 1)),
                          ('transposed_1,2', at, (1, 2)), ('0dim', z, ()), ('0dim_0,-1', z, (0, -1)),
                          ('bad_order', a, (2, 1)), ('out_of_range', a, (0, 3)), ('expanded', me, ())]:
        f.add(name, 'flatten', [x], [I(v) for v in args])
    for name, x, d, sizes in [('split', a, 2, (2, 2)), ('infer', a, -1, (2, -1)), ('ones', a, 1, (3, 1)),
                              ('transposed', at, 1, (1, 3)), ('transposed_split', mt, 0, (2, 2)),
                              ('bad', a, 1, (2, 2)), ('0dim_err', z, 0, (1,))]:
        f.add(name, 'unflatten', [x], [I(d), Is(*sizes)])
    for name, x, args in [('rows', m, (0, 1, 2)), ('cols', m, (1, 1, 2)), ('neg_start', m, (1, -2, 2)),
                          ('neg_dim', a, (-1, 0, 3)), ('empty', m, (0, 3, 0)), ('transposed', mt, (0, 1, 2)),
                          ('too_long', m, (0, 2, 2)), ('start_oob', m, (0, 4, 0)), ('start_neg_oob', m, (0, -4, 1)),
                          ('0dim', z, (0, 0, 1)), ('dim_oob', m, (2, 0, 1)), ('negative_length', m, (0, 1, -1))]:
        f.add(name, 'narrow', [x], [I(v) for v in args])
    for name, x, args in [('row', m, (0, 1)), ('col', m, (1, 2)), ('neg', m, (1, -1)), ('3d_mid', a, (1, 2)),
                          ('3d_neg_dim', a, (-1, 3)), ('transposed', mt, (0, 2)), ('step_sliced', ms, (1, 1)),
                          ('expanded', me, (1, 3)), ('oob', m, (0, 3)), ('neg_oob', m, (1, -5)), ('0dim', z, (0, 0)),
                          ('dim_oob', m, (2, 0)), ('1d', T([4, 5, 6], 'int64'), (0, 2))]:
        f.add(name, 'select', [x], [I(v) for v in args])
    for name, x, args in [('step2', m, (1, 0, 4, 2)), ('clamp_end', a, (2, 1, 100, 2)), ('neg', a, (2, -3, -1, 1)),
                          ('empty', m, (1, 2, 1, 1)), ('rows_step3', T(list(range(10)), 'int64'), (0, 1, 10, 3)),
                          ('transposed', mt, (0, 1, 4, 2)), ('neg_dim', a, (-2, 0, 3, 2)),
                          ('big_neg_start', m, (1, -10, 3, 1)), ('start_past_end', m, (0, 5, 9, 1)),
                          ('step0', m, (1, 0, 4, 0)), ('step_neg', m, (1, 0, 4, -1)), ('dim_oob', m, (2, 0, 1, 1))]:
        f.add(name, 'slice', [x], [I(v) for v in args])
    for name, x in [('contig', m), ('transposed', mt), ('step_sliced', ms), ('expanded', me), ('0dim', z),
                    ('narrowed', m.s(('narrow', 0, 1, 2))), ('size1_strides', T([1.0, 2.0], 'float32', [2, 1],
                                                                                 [('t',)]))]:
        f.add(name, 'contiguous', [x])
        f.add(name, 'clone', [x])
    f.add('permuted3d', 'clone', [a.s(('permute', [2, 0, 1]))])
    for name, x, size in [('grow', T([1.0, 2.0, 3.0, 4.0], 'float32', [2, 2]), (3, 3)),
                          ('shrink', T([1.0, 2.0, 3.0, 4.0], 'float32', [2, 2]), (3,)),
                          ('same_numel', T(list(range(6)), 'int64', [2, 3]), (3, 2)),
                          ('transposed', mt, (2, 6)), ('offset_view', m.s(('narrow', 0, 1, 2)), (2, 2)),
                          ('offset_grow', m.s(('narrow', 0, 2, 1)), (2, 3)), ('to_0dim', m, ()),
                          ('to_empty', m, (0,)), ('negative', m, (2, -1)), ('step_sliced', ms, (4, 2))]:
        f.add(name, 'resize_', [x], [Is(*size)])
    return f


# ---------------------------------------------------------------------------- elementwise

BIN_A = {
    'float32': [-2.5, -1.0, 0.0, 0.5, 3.0, 100.25, nan, inf],
    'float64': [-2.5, -1.0, -0.0, 0.1, 3.0, 16777217.0, nan, -inf],
    'int64': [-(2 ** 40), -7, 0, 5, 16777217, 2 ** 53 + 1, 3, -1],
    'int32': [-(2 ** 31), -7, 0, 9, 65536, 2 ** 31 - 1, 3, -1],
    'int16': [-32768, -300, 0, 7, 1000, 32767, 3, -1],
    'int8': [-128, -7, 0, 5, 100, 127, 3, -1],
    'uint8': [0, 1, 7, 128, 200, 255, 3, 2],
    'bool': [True, False, True, True, False, False, True, False],
}
BIN_B = {
    'float32': [1.5, -3.0, 2.0, -0.75, 7.0, 0.1, 2.0, -4.0],
    'float64': [0.1, -3.0, 2.0, -0.75, 7.0, 0.3, 1.0, 5.0],
    'int64': [3, -3, 2, 127, -100, 4, 1, 2],
    'int32': [1, -3, 2, 127, -100, 4, 1, 7],
    'int16': [1, -3, 2, 127, -100, 4, 1, 3],
    'int8': [1, -3, 2, 127, -100, 4, 1, 2],
    'uint8': [1, 3, 2, 255, 100, 4, 1, 6],
    'bool': [True, True, False, True, False, True, False, False],
}


def promotion():
    f = Family('promotion')
    for da in ALL:
        for db in ALL:
            a, b = T(BIN_A[da], da), T(BIN_B[db], db)
            for op in ['add', 'mul', 'div', 'lt']:
                f.add(f'{da},{db}', op, [a, b])
            if da == 'bool' or db == 'bool' or da == db:
                f.add(f'{da},{db}', 'sub', [a, b])
            # a 0-dim tensor of every dtype against a dim tensor of every dtype (both orders)
            f.add(f'{da},0dim_{db}', 'add', [a, scalar(BIN_B[db][1], db)])
            f.add(f'0dim_{da},{db}', 'mul', [scalar(BIN_A[da][4], da), b])
            f.add(f'0dim_{da},0dim_{db}', 'add', [scalar(BIN_A[da][1], da), scalar(BIN_B[db][3], db)])
            f.add(f'{da},0dim_{db}', 'maximum', [a, scalar(BIN_B[db][0], db)])
        a = T(BIN_A[da], da)
        for v in [3, -2, 300, 0, 2 ** 40 + 1]:
            for op in ['add', 'mul', 'sub', 'eq', 'lt', 'ge']:
                if op == 'sub' and da == 'bool':
                    continue
                f.add(f'{da},int{v}', op, [a], [I(v)])
        for v in [2.5, 0.1, -0.5, 1e10, nan]:
            for op in ['add', 'mul', 'sub', 'div', 'eq', 'lt', 'ne']:
                if op == 'sub' and da == 'bool':
                    continue
                f.add(f'{da},float{v}', op, [a], [F(v)])
        f.add(f'0dim_{da},float0.5', 'add', [scalar(BIN_A[da][3], da)], [F(0.5)])
        f.add(f'0dim_{da},int5', 'mul', [scalar(BIN_A[da][3], da)], [I(5)])
    return f


BIG_F = [nan, -inf, -100.5, -3.0, -2.5, -1.0, -0.5, -1e-3, -0.0, 0.0, 1e-8, 0.25, 0.5, 1.0, 2.0, 2.5, 3.5, 10.0,
         88.5, 1e4, 1e30, inf]
UNIT_F = [nan, -1.5, -1.0, -0.75, -0.5, -1e-6, -0.0, 0.0, 1e-6, 0.3, 0.5, 0.99, 1.0, 1.5]


def elementwise():
    f = Family('elementwise')
    vals = {'float32': BIG_F, 'float64': BIG_F + [1e300, -1e-300],
            'int64': [-(2 ** 40), -9, -2, -1, 0, 1, 2, 7, 16777217], 'int32': [-(2 ** 31), -9, -1, 0, 1, 4, 2 ** 31 - 1],
            'int16': [-32768, -3, 0, 5, 32767], 'int8': [-128, -3, -1, 0, 2, 127], 'uint8': [0, 1, 2, 100, 255],
            'bool': [True, False]}
    unary = ['neg', 'abs', 'square', 'sign', 'sqrt', 'rsqrt', 'reciprocal', 'exp', 'expm1', 'log', 'log2', 'log10',
             'log1p', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'sigmoid', 'relu', 'floor', 'ceil', 'round',
             'trunc', 'logicalNot', 'isnan', 'isinf', 'isfinite']
    for op in unary:
        for dt in ALL:
            f.add(dt, op, [T(vals[dt], dt)])
    for op in ['asin', 'acos']:
        for dt in ['float32', 'float64', 'int64']:
            f.add(dt, op, [T(UNIT_F if dt in FLOATS else [-1, 0, 1, 2], dt)])
    f.add('half_even', 'round', [T([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 0.49999997, 8388609.0], 'float32')])
    f.add('half_even', 'round', [T([-2.5, -0.5, 0.5, 2.5, 0.49999999999999994, 4503599627370497.0], 'float64')])
    xs = T(seq(12, 'float32'), 'float32', [3, 4])
    for op in ['neg', 'abs', 'sqrt', 'exp', 'sigmoid', 'relu', 'tanh', 'sin']:
        f.add('transposed', op, [xs.s(('t',))])
        f.add('step_sliced', op, [xs.s(('slice', 1, 0, 4, 3))])
        f.add('expanded', op, [T([-1.5, 0.25, 2.0], 'float32', [3, 1], [('expand', [3, 2])])])
        f.add('0dim', op, [scalar(-0.75, 'float32')])
        f.add('empty', op, [T([], 'float32', [0, 2])])
    # clamp: the bounds' kind (int or float) takes part in type promotion
    for dt in ALL:
        x = T(vals[dt], dt)
        f.add(f'{dt},int', 'clamp', [x], [I(-1), I(2)])
        f.add(f'{dt},float', 'clamp', [x], [F(-0.5), F(2.5)])
        f.add(f'{dt},int', 'clampMin', [x], [I(0)])
        f.add(f'{dt},float', 'clampMax', [x], [F(1.5)])
    f.add('nan_min', 'clamp', [T([1.0, -1.0, nan], 'float32')], [F(nan), F(2.0)])
    f.add('min_gt_max', 'clamp', [T([1.0, -1.0, 5.0], 'float32')], [F(3.0), F(2.0)])
    f.add('tensors', 'clamp', [T([-3.0, 0.5, 4.0, nan], 'float32'), T([-1.0], 'float32'), T([1.0, 2.0, 3.0, 0.0], 'float32')])
    f.add('tensors_int', 'clamp', [T([-3, 0, 4], 'int32'), T([-1, 1, 0], 'int64', [3]), scalar(2, 'int16')])
    f.add('tensors_mixed', 'clamp', [T([-3, 0, 4], 'int32'), scalar(-0.5, 'float64'), T([2.5], 'float32')])

    # binary ops across dtypes, with zeros, negatives, NaN and inf
    fa = T([-7.5, -7.0, -2.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, 7.5, 1.0, -1.0, 5.0, -5.0, nan, inf, -inf, 1e30, 3.0,
            -3.0], 'float32')
    fb = T([2.0, -2.0, 3.0, 0.25, 1.0, -1.0, -0.25, 0.1, 0.0, 0.1, -0.0, 0.0, inf, inf, 1.0, 2.0, 3.0, 1e-30, -0.5,
            0.5], 'float32')
    ia = T([-7, -7, 7, 7, 0, 5, -5, 100, -100, 2, -3, 9], 'int64')
    ib = T([2, -2, 2, -2, 3, 3, 3, 7, 7, -1, 4, 1], 'int64')
    i8a = T([-128, -128, 127, -7, 7, 0, 100, -100], 'int8')
    i8b = T([-1, 1, 2, 2, -2, 5, 3, 3], 'int8')
    u8a = T([0, 1, 200, 255, 7, 100], 'uint8')
    u8b = T([1, 255, 3, 2, 2, 7], 'uint8')
    da = T([1.0, -1.0, 5.0, -5.0, 0.1, -0.1, 1e20, 7.5, nan, 0.3], 'float64')
    db = T([0.1, 0.1, 0.5, -0.5, 0.03, 0.03, 3e-3, 2.5, 1.0, 0.1], 'float64')
    pairs = [('float32', fa, fb), ('int64', ia, ib), ('int8', i8a, i8b), ('uint8', u8a, u8b), ('float64', da, db)]
    binops = ['add', 'sub', 'mul', 'div', 'floorDivide', 'remainder', 'fmod', 'maximum', 'minimum', 'eq', 'ne', 'lt',
              'le', 'gt', 'ge', 'logicalAnd', 'logicalOr', 'logicalXor', 'atan2']
    for name, a, b in pairs:
        for op in binops:
            f.add(name, op, [a, b])
        for mode in ['trunc', 'floor']:
            f.add(f'{name},{mode}', 'divMode', [a, b], [S(mode)])
    f.add('float_exactness', 'floorDivide',
          [T([1.0, -1.0, 5.0, -5.0, 0.3, 7.0, 1e-3, 0.7], 'float32'),
           T([0.1, 0.1, 0.5, 0.5, 0.1, 0.7, 1e-4, 0.1], 'float32')])
    f.add('float_exactness,trunc', 'divMode',
          [T([1.0, -1.0, 5.0, -5.0, 0.3, 7.0, 1e-3, 0.7], 'float32'),
           T([0.1, 0.1, 0.5, 0.5, 0.1, 0.7, 1e-4, 0.1], 'float32')], [S('trunc')])
    f.add('float_exactness', 'remainder',
          [T([1.0, -1.0, 5.0, -5.0, 0.3, 7.0, 1e-3, 0.7], 'float32'),
           T([0.1, 0.1, 0.5, -0.5, -0.1, 0.7, 1e-4, 0.1], 'float32')])
    # A quotient that overflows: below 8 float64 / 16 float32 elements PyTorch runs its scalar loop (exact
    # fmod); its AVX2 loop returns NaN there instead, an artefact torch4j does not copy.
    for op in ['fmod', 'remainder', 'floorDivide']:
        f.add('huge_quotient', op, [T([1e300, -1e300, 5.0], 'float64'), T([1e-300, 1e-300, 1e-300], 'float64')])
    for name, a, b in [('int64_zero', ia, T([1, 0] * 6, 'int64')), ('uint8_zero', u8a, T([0, 1] * 3, 'uint8'))]:
        for op in ['floorDivide', 'remainder', 'fmod']:
            f.add(name, op, [a, b])
        f.add(name + ',trunc', 'divMode', [a, b], [S('trunc')])
        f.add(name, 'div', [a, b])
    f.add('bad_mode', 'divMode', [fa, fb], [S('round')])
    f.add('int8_overflow,floor', 'divMode', [T([-128], 'int8'), T([-1], 'int8')], [S('floor')])
    # alpha: int alpha for integer tensors, float alpha for floats
    f.add('float32', 'addAlpha', [fa, fb], [F(2.5)])
    f.add('float32', 'subAlpha', [fa, fb], [F(-0.1)])
    f.add('int64', 'addAlpha', [ia, ib], [I(3)])
    f.add('int64', 'subAlpha', [ia, ib], [I(-2)])
    f.add('int8_wrap', 'addAlpha', [i8a, i8b], [I(100)])
    f.add('bool', 'addAlpha', [T([True, False], 'bool'), T([True, True], 'bool')], [I(1)])
    # pow
    pf = T([-2.0, -1.5, -1.0, -0.0, 0.0, 0.5, 1.0, 2.0, 3.0, nan, inf], 'float32')
    for e in [I(2), I(3), I(0), I(-1), I(-2), F(0.5), F(-0.5), F(2.5), F(1.0), F(nan), F(inf), F(2.0), F(3.0),
              F(-3.0)]:
        f.add(f'float32,{e}', 'pow', [pf], [e])
        f.add(f'float64,{e}', 'pow', [T([-2.0, -1.0, 0.0, 0.5, 2.0, 3.0, 1e10], 'float64')], [e])
    pi = T([-3, -2, -1, 0, 1, 2, 3, 10], 'int64')
    for e in [I(0), I(1), I(2), I(3), I(13), I(-1), F(0.5), F(2.0), F(-1.0)]:
        f.add(f'int64,{e}', 'pow', [pi], [e])
    f.add('int8_wrap,int7', 'pow', [T([2, 3, -3], 'int8')], [I(7)])
    f.add('uint8,int2', 'pow', [T([2, 16, 255], 'uint8')], [I(2)])
    f.add('int_neg_tensor', 'pow', [T([2, 3], 'int64'), T([-1, 1], 'int64')])
    f.add('int_neg_tensor_one', 'pow', [T([1, -1, -1], 'int64'), T([-3, -3, -2], 'int64')])
    f.add('int_tensor', 'pow', [pi, T([0, 1, 2, 3, 4, 5, 2, 1], 'int32')])
    f.add('float_tensor', 'pow', [pf, T([2.0, 0.5, 3.0, 0.0, -1.0, -2.0, 0.0, 10.0, -0.5, 0.0, -1.0], 'float32')])
    f.add('int_float_tensor', 'pow', [pi, T([0.5], 'float32')])
    f.add('float_int_tensor', 'pow', [pf, T([2], 'int64')])
    f.add('bool', 'pow', [T([True, False], 'bool'), T([True, True], 'bool')])

    # broadcasting
    shapes = [((3,), (1,)), ((2, 3), (3,)), ((2, 1), (1, 3)), ((2, 3, 4), (3, 1)), ((4, 1, 2), (3, 1)),
              ((0,), (1,)), ((2, 0), (2, 1)), ((0, 3), (1, 3)), ((1, 0), (3, 1)), ((), (2, 3)), ((2, 3), ()),
              ((1,), ()), ((5, 1, 1), (1, 1, 1, 1)), ((2, 3), (4,)), ((2, 3), (3, 2)), ((0,), (2,)),
              ((2, 1, 3), (2, 4, 1))]
    for sa, sb in shapes:
        na, nb = math.prod(sa), math.prod(sb)
        for dt in ['float32', 'int32']:
            a = T(seq(na, dt), dt, sa)
            b = T(seq(nb, dt, 5), dt, sb)
            for op in ['add', 'mul', 'sub', 'maximum', 'lt']:
                f.add(f'{dt},{list(sa)},{list(sb)}', op, [a, b])
    # non-contiguous operands
    base = T(seq(24, 'float32'), 'float32', [4, 6])
    opnds = {'transposed': base.s(('t',)),                                     # (6,4)
             'step_sliced': base.s(('slice', 0, 0, 4, 1), ('slice', 1, 1, 6, 2), ('t',), ('narrow', 0, 0, 3)),
             'expanded_row': T(seq(4, 'float32', 3), 'float32', [1, 4], [('expand', [3, 4])]),
             'expanded_col': T(seq(3, 'float32', 7), 'float32', [3, 1], [('expand', [3, 4])]),
             'narrowed': base.s(('narrow', 1, 2, 4), ('narrow', 0, 1, 3)),
             'selected': T(seq(24, 'float32'), 'float32', [2, 3, 4], [('select', 0, 1)])}
    names = list(opnds)
    for i, na in enumerate(names):
        for nb in names[i:]:
            a, b = opnds[na], opnds[nb]
            if na == 'transposed':
                a = a.s(('narrow', 0, 0, 3))
            if nb == 'transposed':
                b = b.s(('narrow', 0, 0, 3))
            for op in ['add', 'mul', 'div', 'minimum', 'ge']:
                f.add(f'{na},{nb}', op, [a, b])
    # where
    cond = T([True, False, True, False, False, True], 'bool', [2, 3])
    f.add('float32', 'where', [cond, T(seq(6, 'float32'), 'float32', [2, 3]), T(seq(6, 'float32', 9), 'float32', [2, 3])])
    f.add('broadcast', 'where', [T([True, False], 'bool', [2, 1]), T([1, 2, 3], 'int32'), T([-1.5], 'float64')])
    f.add('promote_int8_uint8', 'where', [cond, T([1, -2, 3], 'int8'), T([200], 'uint8', [1, 1])])
    f.add('0dim_operands', 'where', [cond, scalar(1.5, 'float64'), T([0] * 3, 'int64')])
    f.add('uint8_cond', 'where', [T([1, 0, 2], 'uint8'), T([1.0, 2.0, 3.0], 'float32'), T([-1.0], 'float32')])
    f.add('int_cond', 'where', [T([1, 0, 2], 'int64'), T([1.0, 2.0, 3.0], 'float32'), T([-1.0], 'float32')])
    f.add('mismatch', 'where', [cond, T([1.0, 2.0], 'float32'), T([-1.0], 'float32')])
    f.add('transposed', 'where', [cond.s(('t',)), T(seq(6, 'int64'), 'int64', [2, 3], [('t',)]), T([7], 'int64')])
    for name, x, s in [('int32,int', T([1, 2, 3], 'int32'), I(0)), ('int32,float', T([1, 2, 3], 'int32'), F(0.5)),
                       ('float32,float', T([1.0, 2.0, 3.0], 'float32'), F(0.1)),
                       ('float64,float', T([1.0, 2.0, 3.0], 'float64'), F(0.1)),
                       ('uint8,int', T([1, 2, 3], 'uint8'), I(-1)), ('bool,int', T([True, False, True], 'bool'), I(5))]:
        c = T([True, False, False], 'bool')
        f.add(name, 'whereTS', [c, x], [s])
        f.add(name, 'whereST', [c, x], [s])
    f.add('float,float', 'whereSS', [cond], [F(1.5), F(-2.0)])
    f.add('int,int', 'whereSS', [cond], [I(1), I(0)])
    f.add('int,float', 'whereSS', [cond], [I(1), F(0.5)])
    f.add('tensor', 'whereMethod', [T([1, 2, 3], 'int64'), T([True, False, True], 'bool'), T([0.5], 'float32')])

    # in place
    for name, x, o in [('float32', fa, fb), ('int64', ia, ib), ('int8', i8a, i8b), ('uint8', u8a, u8b)]:
        for op in ['add_', 'sub_', 'mul_', 'maximum_', 'minimum_']:
            f.add(name, op, [x, o])
        f.add(name, 'div_', [x, o])
    for dt in ALL:
        x = T(BIN_A[dt], dt)
        for op, s in [('add_', I(3)), ('add_', F(1.5)), ('sub_', I(2)), ('mul_', I(-3)), ('mul_', F(0.5)),
                      ('div_', F(2.0)), ('div_', I(2)), ('pow_', I(2)), ('pow_', F(0.5)), ('fill_', I(7)),
                      ('fill_', F(-1.5)), ('fill_', Bo(True)), ('fill_', I(300)), ('fill_', I(-200)), ('fill_', F(1e40)),
                      ('fill_', F(nan)), ('fill_', I(2 ** 40))]:
            if dt == 'bool' and op == 'sub_':
                continue
            f.add(f'{dt},{list(s)[0]}{list(s.values())[0]}', op, [x], [s])
        for op in ['neg_', 'abs_', 'sqrt_', 'exp_', 'log_', 'sin_', 'cos_', 'tanh_', 'sigmoid_', 'relu_', 'floor_',
                   'round_', 'zero_', 'ceil_', 'trunc_', 'sign_', 'square_', 'rsqrt_', 'reciprocal_', 'expm1_', 'log2_', 'log10_', 'log1p_', 'tan_', 'asin_', 'acos_', 'atan_', 'sinh_', 'cosh_', 'logicalNot_']:
            f.add(dt, op, [x])
        y = T(BIN_B[dt], dt)
        for op in ['eq_', 'ne_', 'lt_', 'le_', 'gt_', 'ge_', 'logicalAnd_', 'logicalOr_', 'logicalXor_']:
            f.add(dt, op, [x, y])
        for op, s in [('eq_', I(1)), ('lt_', F(1.5)), ('ge_', I(0))]:
            f.add(f'{dt},{list(s)[0]}{list(s.values())[0]}', op, [x], [s])
        f.add(f'{dt},int', 'clamp_', [x], [I(0), I(3)])
        f.add(f'{dt},float', 'clamp_', [x], [F(-0.5), F(2.5)])
        f.add(f'{dt},int', 'clampMin_', [x], [I(1)])
        f.add(f'{dt},float', 'clampMax_', [x], [F(0.5)])
        for src in ['float64', 'int32', 'bool', 'uint8']:
            f.add(f'{dt}<-{src}', 'copy_', [x, T(BIN_B[src], src)])
    f.add('int64,float_tensor', 'add_', [ia, T([0.5], 'float32')])
    f.add('float32,float64_tensor', 'add_', [fa, T([0.1] * 20, 'float64')])
    f.add('float32,0dim_float64', 'mul_', [fa, scalar(0.1, 'float64')])
    f.add('int32,int64_tensor', 'add_', [T([1, 2], 'int32'), T([2 ** 33 + 1, -1], 'int64')])
    f.add('bool,bool', 'add_', [T([True, False], 'bool'), T([True, True], 'bool')])
    f.add('bool,int', 'add_', [T([True, False], 'bool'), T([1, 2], 'int64')])
    f.add('uint8,int8', 'add_', [T([1, 2], 'uint8'), T([-3, 4], 'int8')])
    f.add('broadcast_ok', 'add_', [T(seq(6, 'float32'), 'float32', [2, 3]), T([1.0, 2.0, 3.0], 'float32')])
    f.add('broadcast_out', 'add_', [T([1.0, 2.0, 3.0], 'float32'), T(seq(6, 'float32'), 'float32', [2, 3])])
    f.add('int64', 'addAlpha_', [ia, ib], [I(-3)])
    f.add('float32', 'subAlpha_', [fa, fb], [F(0.5)])
    f.add('float_exponent_tensor', 'pow_', [T([1, 2], 'int64'), T([0.5], 'float32')])
    f.add('int_neg', 'pow_', [T([1, 2], 'int64')], [I(-1)])
    f.add('expanded_target', 'add_', [T([1.0, 2.0, 3.0], 'float32', [3], [('expand', [2, 3])]), T([1.0], 'float32')])
    f.add('expanded_target', 'fill_', [T([1.0], 'float32', [1], [('expand', [3])])], [F(2.0)])
    f.add('expanded_target', 'copy_', [T([1.0, 2.0, 3.0], 'float32', [3], [('expand', [2, 3])]),
                                       T([0.0] * 6, 'float32', [2, 3])])
    f.add('empty_expanded_target', 'add_', [T([1.0, 2.0, 3.0], 'float32', [3, 1], [('expand', [3, 0])]), T([1.0], 'float32')])
    f.add('broadcast_src', 'copy_', [T([0.0] * 6, 'float32', [2, 3]), T([1.5, -2.5, 7.0], 'float64')])
    f.add('bad_broadcast', 'copy_', [T([0.0] * 6, 'float32', [2, 3]), T([1.5, -2.5], 'float64')])
    # in place through views: the base changes exactly where the view points
    vb = T(seq(24, 'float32'), 'float32', [4, 6])
    for name, steps in [('transposed', [('t',)]), ('step_sliced', [('slice', 1, 1, 6, 2)]),
                        ('selected_col', [('select', 1, 2)]), ('narrowed_t', [('narrow', 0, 1, 2), ('t',)]),
                        ('permuted', [('view', [2, 2, 6]), ('permute', [2, 0, 1])])]:
        v = vb.s(*steps)
        f.add(name, 'add_', [v], [I(100)])
        f.add(name, 'mul_', [v], [F(-2.0)])
        f.add(name, 'clamp_', [v], [F(-1.0), F(1.0)])
        f.add(name, 'fill_', [v], [F(0.5)])
        f.add(name, 'neg_', [v])
        f.add(name, 'zero_', [v])
    f.add('partial_overlap', 'add_', [T([0.0, 1.0, 2.0, 3.0, 4.0], 'float32', [5], [('slice', 0, 1, 5, 1)]),
                                      T([0.0, 1.0, 2.0, 3.0, 4.0], 'float32', [5], [('slice', 0, 0, 4, 1)])])
    # bool arithmetic that PyTorch rejects
    for op in ['sub', 'neg', 'abs', 'relu', 'floorDivide', 'remainder', 'pow']:
        if op in ('neg', 'abs', 'relu'):
            f.add('bool_reject', op, [T([True, False], 'bool')])
        else:
            f.add('bool_reject', op, [T([True, False], 'bool'), T([True, True], 'bool')])
    f.add('neg_uint8', 'neg', [T([0, 1, 2, 255], 'uint8')])
    return f


# ---------------------------------------------------------------------------- reductions

def reductions():
    f = Family('reductions')
    x3 = {dt: T(seq(24, dt), dt, [2, 3, 4]) for dt in ALL}
    x1 = {dt: T(seq(7, dt, 3), dt) for dt in ALL}
    x0 = {dt: scalar(seq(1, dt, 2)[0], dt) for dt in ALL}
    xe = {dt: T([], dt, [2, 0, 3]) for dt in ALL}
    frac = T([0.1, 0.2, 0.3, 1e-8, 1e8, -1e8, 3.3, 2.2, 1.1, 0.7, 0.9, 5.5], 'float32', [3, 4])
    nanx = T([1.0, nan, 3.0, -2.0, 5.0, nan, 0.5, 0.5, inf, -inf, 2.0, nan], 'float32', [3, 4])
    ties = T([3, 1, 3, 0, 2, 2, 0, 1, 5, 5, 5, 5], 'int64', [3, 4])
    ftie = T([2.0, -1.0, 2.0, -1.0, 0.0, -0.0, 0.0, 7.0], 'float64', [2, 4])
    bigi = T([2 ** 62, 2 ** 62, 2 ** 62, -5], 'int64')
    wrap8 = T([100, 100, 100, -128, 127, 127], 'int8', [2, 3])
    u8 = T([200, 100, 255, 1, 0, 3], 'uint8', [2, 3])
    tr = T(seq(24, 'float64'), 'float64', [2, 3, 4], [('transpose', 0, 2)])
    ex = T(seq(3, 'float32'), 'float32', [3, 1], [('expand', [3, 4])])
    sl = T(seq(30, 'int32'), 'int32', [5, 6], [('slice', 1, 0, 6, 2), ('slice', 0, 1, 5, 2)])
    inputs = {**{f'3d_{dt}': x for dt, x in x3.items()}, **{f'1d_{dt}': x for dt, x in x1.items()},
              **{f'0d_{dt}': x for dt, x in x0.items()}, 'frac': frac, 'nan': nanx, 'ties': ties, 'ftie': ftie,
              'bigint': bigi, 'int8_wrap': wrap8, 'uint8': u8, 'transposed': tr, 'expanded': ex,
              'step_sliced': sl, 'empty_f32': xe['float32'], 'empty_i64': xe['int64'], 'empty_bool': xe['bool']}
    ops = ['sum', 'mean', 'prod', 'std', 'var', 'max', 'min', 'argmax', 'argmin', 'all', 'any']
    for name, x in inputs.items():
        nd = x.build()[1].dim()
        dims = {0: [(0, False), (-1, True)], 1: [(0, False), (-1, True)], 2: [(0, False), (-1, False), (1, True)],
                3: [(1, False), (-1, False), (0, True), (-3, False)]}[nd]
        oob = name in ('3d_float32', '0d_int64', '1d_bool', 'nan', 'empty_i64')
        for op in ops:
            f.add(name, op, [x])
            for d, keep in dims:
                if op in ('std', 'var'):
                    f.add(f'{name},dim{d},keep{keep}', op, [x], [I(d), Bo(True), Bo(keep)])
                else:
                    f.add(f'{name},dim{d},keep{keep}', op, [x], [I(d), Bo(keep)])
            if oob:
                f.add(f'{name},dim_oob', op, [x], [I(nd + 1 if nd else 1)])
        for op in ['cumsum', 'cumprod']:
            for d in ([0, -1] if nd <= 1 else [0, 1, -1]):
                f.add(f'{name},dim{d}', op, [x], [I(d)])
            if oob:
                f.add(f'{name},dim_oob', op, [x], [I(nd + 1 if nd else 1)])
    for name in ['3d_float32', '3d_float64', '3d_int32', '3d_bool', 'transposed', 'empty_f32', '0d_float32',
                 '3d_uint8']:
        x = inputs[name]
        nd = x.build()[1].dim()
        for dims in ([(0, 2), (-1, 0), (0, 1, 2), (1,), ()] if nd == 3 else [(0,), (-1,), (), (0, -1)]):
            for keep in [False, True]:
                for op in ['sum', 'mean']:
                    f.add(f'{name},dims{list(dims)},keep{keep}', op, [x], [Is(*dims), Bo(keep)])
                for op in ['std', 'var']:
                    corr = 0 if keep else 2
                    f.add(f'{name},dims{list(dims)},corr{corr},keep{keep}', op, [x], [Is(*dims), I(corr), Bo(keep)])
            f.add(f'{name},dims{list(dims)}', 'sum', [x], [Is(*dims)])
            f.add(f'{name},dims{list(dims)}', 'mean', [x], [Is(*dims)])
        f.add(f'{name},dup_dims', 'sum', [x], [Is(0, 0)])
    for name in ['3d_float32', 'frac', 'nan', '1d_float64', '0d_float32', 'empty_f32']:
        f.add(f'{name},biased', 'std', [inputs[name]], [Bo(False)])
        f.add(f'{name},biased', 'var', [inputs[name]], [Bo(False)])
        f.add(f'{name},dim0', 'std', [inputs[name]], [I(0)])
        f.add(f'{name},dim0', 'var', [inputs[name]], [I(0)])
    # a long run (the split-over-cores path) and big float sums
    big = T.generated([70000], 'float32', 37, 101, -50, 0.125)
    for op in ['sum', 'mean', 'max', 'argmin', 'std']:
        f.add('70000', op, [big])
    bigi64 = T.generated([700, 100], 'int64', 37, 101, -50, 1)
    for op in ['sum', 'max', 'argmax']:
        f.add('700x100', op, [bigi64])
        f.add('700x100,dim0', op, [bigi64], [I(0), Bo(False)])
    return f


def main():
    total = 0
    for fam in [creation(), conversion(), views(), promotion(), elementwise(), reductions()]:
        fam.write()
        total += len(fam.cases)
    print('total', total)


if __name__ == '__main__':
    main()
