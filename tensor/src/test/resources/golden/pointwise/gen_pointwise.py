#!/usr/bin/python3
"""Golden cases for the elementwise ops of the torch namespace (issue 13: aliases, special functions,
bitwise ops, ...), computed by real PyTorch 1.13.

Run with the interpreter that has torch:   /usr/bin/python3 gen_pointwise.py
It writes pointwise.json next to this script, in the format of ../ops/gen_ops.py (whose helpers it
reuses); PointwiseGoldenTest replays every case on the CPU and on the meta device.
"""
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'ops'))
import gen_ops as g  # noqa: E402
from gen_ops import T, I, F, Bo, ALL, FLOATS, INTS, scalar, nan, inf  # noqa: E402

g.HERE = HERE


def m(name):
    """x[0].name(x[1] or the scalar args...)."""
    return lambda x, a: getattr(x[0], name)(*(x[1:] + list(a)))


def kw(name, **fixed):
    return lambda x, a: getattr(x[0], name)(*x[1:], **fixed)


def both(name, py=None):
    """A torch4j method and its Python method (py: the Python name when it differs)."""
    return {name: m(py or name)}


OPS = {}
UNARY = {'absolute': 'absolute', 'arccos': 'arccos', 'arcsin': 'arcsin', 'arctan': 'arctan', 'arccosh': 'arccosh',
         'arcsinh': 'arcsinh', 'arctanh': 'arctanh', 'acosh': 'acosh', 'asinh': 'asinh', 'atanh': 'atanh',
         'fix': 'fix', 'negative': 'negative', 'exp2': 'exp2', 'frac': 'frac', 'erfc': 'erfc', 'erfinv': 'erfinv',
         'lgamma': 'lgamma', 'digamma': 'digamma', 'i0': 'i0', 'deg2rad': 'deg2rad', 'rad2deg': 'rad2deg',
         'sinc': 'sinc', 'sgn': 'sgn', 'signbit': 'signbit', 'isposinf': 'isposinf', 'isneginf': 'isneginf',
         'nanToNum': 'nan_to_num', 'logit': 'logit', 'hardshrink': 'hardshrink', 'bitwiseNot': 'bitwise_not',
         'positive': 'positive'}
for j, p in UNARY.items():
    OPS[j] = m(p)
INPLACE_UNARY = {'acosh_': 'acosh_', 'arccos_': 'arccos_', 'arccosh_': 'arccosh_', 'arcsin_': 'arcsin_',
                 'arcsinh_': 'arcsinh_', 'arctan_': 'arctan_', 'arctanh_': 'arctanh_', 'asinh_': 'asinh_',
                 'atanh_': 'atanh_', 'deg2rad_': 'deg2rad_', 'rad2deg_': 'rad2deg_', 'erfc_': 'erfc_', 'exp2_': 'exp2_',
                 'fix_': 'fix_', 'frac_': 'frac_', 'i0_': 'i0_', 'logit_': 'logit_', 'nanToNum_': 'nan_to_num_',
                 'negative_': 'negative_', 'sinc_': 'sinc_'}
for j, p in INPLACE_UNARY.items():
    OPS[j] = m(p)
BINARY = {'arctan2': 'arctan2', 'multiply': 'multiply', 'divide': 'divide', 'trueDivide': 'true_divide',
          'subtract': 'subtract', 'greater': 'greater', 'greaterEqual': 'greater_equal', 'less': 'less',
          'lessEqual': 'less_equal', 'notEqual': 'not_equal', 'copysign': 'copysign', 'fmax': 'fmax', 'fmin': 'fmin',
          'hypot': 'hypot', 'logaddexp': 'logaddexp', 'logaddexp2': 'logaddexp2', 'nextafter': 'nextafter',
          'heaviside': 'heaviside', 'xlogy': 'xlogy', 'floatPower': 'float_power', 'ldexp': 'ldexp',
          'isclose': 'isclose', 'prelu': 'prelu', 'bitwiseAnd': 'bitwise_and', 'bitwiseOr': 'bitwise_or',
          'bitwiseXor': 'bitwise_xor', 'bitwiseLeftShift': 'bitwise_left_shift',
          'bitwiseRightShift': 'bitwise_right_shift', 'gcd': 'gcd', 'lcm': 'lcm',
          'gcd_': 'gcd_', 'lcm_': 'lcm_', 'xlogy_': 'xlogy_', 'ldexp_': 'ldexp_', 'clip_': 'clip_', 'clip': 'clip'}
for j, p in BINARY.items():
    OPS[j] = m(p)
OPS['divideMode'] = lambda x, a: x[0].divide(x[1], rounding_mode=a[0])
OPS['subtractAlpha'] = lambda x, a: x[0].subtract(x[1], alpha=a[0])
OPS['nanToNum3'] = lambda x, a: x[0].nan_to_num(a[0], a[1], a[2])
OPS['nanToNum3_'] = lambda x, a: x[0].nan_to_num_(a[0], a[1], a[2])
OPS['clipMax'] = lambda x, a: x[0].clip(max=a[0])
OPS['clipT'] = lambda x, a: x[0].clip(x[1], x[2])
OPS['clipTMin'] = lambda x, a: x[0].clip(min=x[1])
OPS['clipTMax'] = lambda x, a: x[0].clip(max=x[1])
OPS['isclose4'] = lambda x, a: x[0].isclose(x[1], rtol=a[0], atol=a[1], equal_nan=a[2])
OPS['frexp'] = lambda x, a: tuple(x[0].frexp())
g.OPS.update(OPS)
g.INPLACE |= {n for n in OPS if n.endswith('_')}
g.SAME |= {n for n in OPS if n.endswith('_')} | {'positive'}
# bit-exact results: selections, exact arithmetic, integer and bool results
g.EXACT |= {'absolute', 'fix', 'negative', 'frac', 'sgn', 'signbit', 'isposinf', 'isneginf', 'nanToNum', 'nanToNum3',
            'hardshrink', 'bitwiseNot', 'positive', 'fix_', 'frac_', 'nanToNum_', 'nanToNum3_', 'negative_', 'multiply',
            'subtract', 'greater', 'greaterEqual', 'less', 'lessEqual', 'notEqual', 'copysign', 'fmax', 'fmin',
            'nextafter', 'heaviside', 'ldexp', 'isclose', 'isclose4', 'bitwiseAnd', 'bitwiseOr', 'bitwiseXor',
            'bitwiseLeftShift', 'bitwiseRightShift', 'gcd', 'lcm', 'gcd_', 'lcm_', 'ldexp_', 'clip', 'clip_', 'clipMax',
            'divide', 'trueDivide', 'divideMode', 'frexp', 'clipT', 'clipTMin', 'clipTMax', 'deg2rad', 'rad2deg', 'deg2rad_', 'rad2deg_'}

VALS = {'float32': g.BIG_F, 'float64': g.BIG_F + [1e300, -1e-300],
        'int64': [-(2 ** 40), -9, -2, -1, 0, 1, 2, 7, 16777217], 'int32': [-(2 ** 31), -9, -1, 0, 1, 4, 2 ** 31 - 1],
        'int16': [-32768, -3, 0, 5, 32767], 'int8': [-128, -3, -1, 0, 2, 127], 'uint8': [0, 1, 2, 100, 255],
        'bool': [True, False]}
UNIT = [nan, -1.0, -0.999, -0.75, -0.5, -1e-6, -0.0, 0.0, 1e-6, 0.3, 0.5, 0.7, 0.71, 0.9, 0.99, 1.0, 1.5, -inf]
PROB = [nan, -0.5, 0.0, 1e-6, 0.1, 0.25, 0.49, 0.5, 0.51, 0.75, 0.999, 1.0, 1.5]
GAMMA = [nan, -inf, -3.5, -2.0, -1.5, -0.5, -1e-8, -0.0, 0.0, 1e-8, 0.25, 0.5, 0.9, 1.0, 1.1, 1.5, 1.9, 2.0, 2.1, 2.5,
         3.0, 4.75, 9.99, 10.0, 17.3, 150.5, 1e5, 1e20, inf]
ACOSH = [nan, -1.0, 0.5, 1.0, 1.0 + 1e-7, 1.001, 1.5, 2.0, 2.5, 10.0, 1e4, 3e8, 1e30, inf]
BESSEL = [nan, -inf, -50.0, -3.0, -0.5, 0.0, 1e-5, 0.25, 1.0, 2.5, 7.0, 15.0, 29.9, 30.5, 60.0, 100.0, 700.0, 713.0, 720.0, inf]
ERFC = [nan, -inf, -6.0, -2.0, -0.5, 0.0, 1e-4, 0.3, 0.5, 0.9, 1.5, 1.99, 2.0, 2.5, 4.0, 8.0, 9.5, 26.0, 27.5, inf]


def pointwise():
    f = g.Family('pointwise')
    unary = ['absolute', 'fix', 'negative', 'exp2', 'frac', 'deg2rad', 'rad2deg', 'sinc', 'sgn', 'signbit',
             'isposinf', 'isneginf', 'nanToNum', 'bitwiseNot', 'positive', 'arctan', 'asinh', 'arcsinh', 'erfc',
             'lgamma', 'digamma', 'i0', 'hardshrink', 'logit']
    for op in unary:
        for dt in ALL:
            f.add(dt, op, [T(VALS[dt], dt)])
    for op in ['acosh', 'arccosh']:
        for dt in FLOATS:
            f.add(dt, op, [T(ACOSH, dt)])
        f.add('int64', op, [T([0, 1, 2, 3, 100], 'int64')])
    for op in ['atanh', 'arctanh', 'erfinv', 'arccos', 'arcsin']:
        for dt in FLOATS:
            f.add(dt, op, [T(UNIT, dt)])
        f.add('int64', op, [T([-2, -1, 0, 1, 2], 'int64')])
    for dt in FLOATS:
        f.add(f'{dt},gamma', 'lgamma', [T(GAMMA, dt)])
        f.add(f'{dt},gamma', 'digamma', [T(GAMMA, dt)])
        f.add(f'{dt},bessel', 'i0', [T(BESSEL, dt)])
        f.add(f'{dt},erfc', 'erfc', [T(ERFC, dt)])
        f.add(f'{dt},prob', 'logit', [T(PROB, dt)])
        f.add(f'{dt},eps', 'logit', [T(PROB, dt)], [F(0.2)])
        f.add(f'{dt},eps0', 'logit', [T(PROB, dt)], [F(0.0)])
        f.add(f'{dt},lambd', 'hardshrink', [T(g.BIG_F, dt)], [F(2.5)])
        f.add(f'{dt},lambd0.3', 'hardshrink', [T([-0.3, 0.3, 0.30000001, -0.29999998, 0.1], dt)], [F(0.3)])
        f.add(f'{dt},sinc', 'sinc', [T([0.0, -0.0, 1e-20, 0.5, 1.0, 2.0, -3.5, 1e6, 0.123, inf, nan], dt)])
        f.add(f'{dt},frac', 'frac', [T([-2.75, -0.5, -0.0, 1e20, 3.999, 0.1, inf, -inf, nan], dt)])
        f.add(f'{dt},signbit', 'signbit', [T([-0.0, 0.0, -inf, inf, nan, -1e-40, 1e-40], dt)])
        x = T([nan, inf, -inf, 1.5, -0.0, 1e38], dt)
        f.add(f'{dt},3', 'nanToNum3', [x], [F(1.25), F(1e10), F(-7.0)])
        f.add(f'{dt},3big', 'nanToNum3', [x], [F(-2.0), F(1e300), F(-1e300)])
        f.add(f'{dt},1', 'nanToNum', [x], [F(9.0)])
        f.add(f'{dt}', 'frexp', [T([3.0, -0.1, 0.0, -0.0, 1.0, 0.5, 1e-40, 1e30, -7.75, inf, -inf, nan], dt)])
        f.add(f'{dt},subnormal', 'frexp', [T([5e-324, 1e-310, 2.5e-308] if dt == 'float64' else [1e-45, 1e-39, 1.1754942e-38], dt)])
    for dt in INTS + ['bool']:
        f.add(dt, 'frexp', [T(VALS[dt], dt)])
    for dt in INTS:
        f.add(f'{dt},3', 'nanToNum3', [T(VALS[dt], dt)], [F(1.25), F(1e10), F(-7.0)])
    # views and layouts
    xs = T(g.seq(12, 'float32'), 'float32', [3, 4])
    for op in ['exp2', 'frac', 'sinc', 'signbit', 'asinh', 'nanToNum', 'bitwiseNot' if False else 'erfc']:
        f.add('transposed', op, [xs.s(('t',))])
        f.add('step_sliced', op, [xs.s(('slice', 1, 0, 4, 3))])
        f.add('0dim', op, [scalar(-0.75, 'float32')])
        f.add('empty', op, [T([], 'float32', [0, 2])])
    xi = T(g.seq(12, 'int32'), 'int32', [3, 4])
    f.add('transposed', 'bitwiseNot', [xi.s(('t',))])

    # in place
    for op in INPLACE_UNARY:
        for dt in ['float32', 'float64', 'int64', 'bool']:
            vals = UNIT if op in ('arccos_', 'arcsin_', 'arctanh_', 'atanh_') else (ACOSH if 'cosh' in op else g.BIG_F)
            f.add(dt, op, [T(vals if dt in FLOATS else VALS[dt], dt)])
    f.add('view', 'exp2_', [T(g.seq(12, 'float32'), 'float32', [3, 4], [('t',)])])
    f.add('view', 'frac_', [T(g.seq(12, 'float64'), 'float64', [3, 4], [('slice', 1, 0, 4, 2)])])
    f.add('eps', 'logit_', [T(PROB, 'float32')], [F(0.25)])
    f.add('3', 'nanToNum3_', [T([nan, inf, -inf, 2.0], 'float64')], [F(0.5), F(8.0), F(-8.0)])

    # binary ops across dtypes
    A, B = g.BIN_A, g.BIN_B
    binops = ['arctan2', 'multiply', 'divide', 'trueDivide', 'subtract', 'greater', 'greaterEqual', 'less', 'lessEqual',
              'notEqual', 'copysign', 'fmax', 'fmin', 'hypot', 'logaddexp', 'logaddexp2', 'nextafter', 'heaviside',
              'xlogy', 'floatPower', 'isclose', 'bitwiseAnd', 'bitwiseOr', 'bitwiseXor', 'gcd', 'lcm']
    for op in binops:
        for dt in ALL:
            if op == 'subtract' and dt == 'bool':
                continue
            f.add(dt, op, [T(A[dt], dt), T(B[dt], dt)])
    for op in ['multiply', 'copysign', 'xlogy', 'floatPower', 'bitwiseAnd', 'hypot', 'fmax', 'heaviside', 'isclose', 'gcd',
               'greater', 'ldexp']:
        f.add('float32,int64', op, [T(A['float32'], 'float32'), T(B['int64'], 'int64')])
        f.add('int32,float64', op, [T(A['int32'], 'int32'), T(B['float64'], 'float64')])
        f.add('int8,uint8', op, [T(A['int8'], 'int8'), T(B['uint8'], 'uint8')])
        f.add('bool,int64', op, [T(A['bool'], 'bool'), T(B['int64'], 'int64')])
        f.add('int64,0dim_float32', op, [T(A['int64'], 'int64'), scalar(2.5, 'float32')])
        f.add('float32,0dim_float64', op, [T(A['float32'], 'float32'), scalar(0.5, 'float64')])
        f.add('broadcast', op, [T(g.seq(6, 'float32'), 'float32', [2, 3]), T([0.5, -1.0, 3.0], 'float32', [3])])
    # scalar second operands (Python int and float)
    for dt in ALL:
        a = T(A[dt], dt)
        for op, s in [('multiply', I(3)), ('multiply', F(0.5)), ('divide', F(2.0)), ('trueDivide', F(-0.5)),
                      ('subtract', I(2)), ('subtract', F(1.5)), ('greater', I(0)), ('greater', F(0.5)),
                      ('greaterEqual', I(3)), ('less', F(-1.0)), ('lessEqual', I(1)), ('notEqual', I(3)),
                      ('copysign', F(-1.0)), ('copysign', I(1)), ('xlogy', F(2.0)), ('floatPower', F(2.0)),
                      ('floatPower', F(-0.5)), ('bitwiseAnd', I(6)), ('bitwiseOr', I(-3)), ('bitwiseXor', I(5)),
                      ('bitwiseAnd', Bo(True)), ('bitwiseOr', Bo(False)), ('bitwiseLeftShift', I(3)),
                      ('bitwiseRightShift', I(2))]:
            if op == 'subtract' and dt == 'bool':
                continue
            f.add(f'{dt},{list(s)[0]}{list(s.values())[0]}', op, [a], [s])
    for dt in INTS:
        a = T(A[dt], dt)
        for sh in [T([0, 1, 3, 7, 8, 15], 'int64'), T([2, 5, 1, 0, 3, 4], dt)]:
            x = T(A[dt][:6], dt)
            f.add(f'{dt},{sh.dtype}', 'bitwiseLeftShift', [x, sh])
            f.add(f'{dt},{sh.dtype}', 'bitwiseRightShift', [x, sh])
        f.add(f'{dt},far', 'bitwiseRightShift', [T(A[dt][:4], dt), T([31, 30, 17, 20], dt if dt != 'int8' and dt != 'uint8' else 'int64')])
    f.add('int64,far', 'bitwiseLeftShift', [T([3, -5, 1, 7], 'int64'), T([62, 63, 40, 33], 'int64')])
    f.add('int64,far', 'bitwiseRightShift', [T([3, -5, -(2 ** 62), 7], 'int64'), T([62, 63, 40, 33], 'int64')])
    for op in ['bitwiseLeftShift', 'bitwiseRightShift', 'bitwiseAnd', 'gcd', 'lcm']:
        f.add('float_reject', op, [T([1.5], 'float32'), T([2], 'int64')])
        f.add('bool_reject', op, [T([True], 'bool'), T([True], 'bool')])
    f.add('float_reject', 'bitwiseNot', [T([1.5], 'float64')])
    f.add('gcd_signs', 'gcd', [T([-12, 0, 0, -7, 2 ** 40, 17], 'int64'), T([18, 0, -5, 0, 2 ** 20 * 3, 5], 'int64')])
    f.add('lcm_signs', 'lcm', [T([-12, 0, 4, -7, 6, 2 ** 31], 'int64'), T([18, 0, -6, 3, 4, 3], 'int64')])
    f.add('int16', 'gcd_', [T([12, -9, 0], 'int16'), T([8, 6, 0], 'int16')])
    f.add('int64', 'lcm_', [T([12, -9, 0], 'int64'), T([8, 6, 5], 'int64')])
    f.add('int32_int64', 'gcd_', [T([12, -9, 0], 'int32'), T([8, 6, 0], 'int64')])
    # float special values
    fa = T([-7.5, -0.0, 0.0, 0.5, 2.0, 1e30, nan, inf, -inf, nan, 3.0, -2.0, 0.0, 1.0], 'float32')
    fb = T([2.0, 1.0, -1.0, -0.25, 0.0, 1e-30, 1.0, inf, 1.0, nan, nan, -inf, 0.0, 1.0], 'float32')
    for dt in FLOATS:
        a, b = T(fa.values, dt), T(fb.values, dt)
        for op in ['copysign', 'fmax', 'fmin', 'hypot', 'logaddexp', 'logaddexp2', 'nextafter', 'heaviside', 'xlogy',
                   'isclose', 'floatPower', 'arctan2']:
            f.add(f'{dt},special', op, [a, b])
        f.add(f'{dt},equal_nan', 'isclose4', [a, b], [F(0.1), F(0.5), Bo(True)])
        f.add(f'{dt},zero_tol', 'isclose4', [a, b], [F(0.0), F(0.0), Bo(False)])
        f.add(f'{dt},near', 'isclose', [T([1.0, 100.0, 1e-9, 0.0, 1e10], dt), T([1.00001, 100.001, 0.0, 1e-8, 1e10 + 1e5], dt)])
        f.add(f'{dt},near', 'isclose4', [T([1.0, 100.0, 1e-9, 0.0, 1e10], dt), T([1.00001, 100.001, 0.0, 1e-8, 1e10 + 1e5], dt)],
              [F(1e-3), F(1e-9), Bo(False)])
    f.add('neg_rtol', 'isclose4', [fa, fb], [F(-1.0), F(0.0), Bo(False)])
    f.add('neg_atol', 'isclose4', [fa, fb], [F(0.0), F(-0.5), Bo(False)])
    f.add('dtype_mismatch', 'isclose', [T([1, 2], 'int64'), T([1.0, 2.0], 'float32')])
    f.add('int_large', 'isclose', [T([2 ** 40, 5, -3], 'int64'), T([2 ** 40 + 1, 6, -3], 'int64')])
    f.add('different_dtypes', 'heaviside', [T([1, 0], 'int64'), T([0.5], 'float32')])
    f.add('float32', 'ldexp', [T([1.5, -2.0, 0.0, 3.0], 'float32'), T([2, 3, 10, -2], 'int64')])
    f.add('float64', 'ldexp', [T([1.5, -2.0, 0.0, 3.0], 'float64'), T([2, 3, 10, -1074], 'int32')])
    f.add('int64', 'ldexp', [T([1, -2, 0, 3], 'int64'), T([2, 3, 10, -2], 'int64')])
    f.add('float32', 'ldexp_', [T([1.5, -2.0, 0.0, 3.0], 'float32'), T([2, 3, 10, -2], 'int64')])
    f.add('int64', 'ldexp_', [T([1, -2, 0, 3], 'int64'), T([2, 3, 10, -2], 'int64')])
    f.add('float32', 'xlogy_', [T([0.0, 2.0, -1.0, 3.0], 'float32'), T([0.0, 3.0, 0.5, nan], 'float32')])
    f.add('float32,float', 'xlogy_', [T([0.0, 2.0, -1.0, 3.0], 'float32')], [F(2.5)])
    f.add('int64', 'xlogy_', [T([0, 2], 'int64'), T([1, 3], 'int64')])
    # aliases with their extra arguments
    for dt in ['float32', 'int64', 'int8']:
        a, b = T(A[dt], dt), T(B[dt], dt)
        for mode in ['trunc', 'floor']:
            f.add(f'{dt},{mode}', 'divideMode', [a, b], [g.S(mode)])
        f.add(dt, 'subtractAlpha', [a, b], [I(2) if dt != 'float32' else F(0.5)])
    for dt in ALL:
        x = T(VALS[dt], dt)
        f.add(f'{dt},int', 'clip', [x], [I(-1), I(2)])
        f.add(f'{dt},float', 'clip', [x], [F(-0.5), F(2.5)])
        f.add(f'{dt},min', 'clip', [x], [F(0.5)])
        f.add(f'{dt},max', 'clipMax', [x], [F(1.5)])
        f.add(f'{dt},int', 'clip_', [x], [I(0), I(3)])
        f.add(f'{dt},min', 'clip_', [x], [F(0.5)])
    # clip with tensor bounds (broadcast, promoted, NaN bounds, min > max)
    cx = T([-3.0, 0.5, 4.0, nan, -0.0, 2.0], 'float32', [2, 3])
    f.add('tensors', 'clipT', [cx, T([-1.0], 'float32'), T([1.0, 2.0, 3.0], 'float32')])
    f.add('nan_bounds', 'clipT', [cx, T([nan, -1.0, -1.0], 'float32'), T([1.0, nan, 0.0], 'float32')])
    f.add('min_gt_max', 'clipT', [cx, T([2.0], 'float32'), T([1.0], 'float32')])
    f.add('promoted', 'clipT', [T([-3, 0, 4], 'int32'), scalar(-0.5, 'float64'), T([2.5], 'float32')])
    f.add('ints', 'clipT', [T([-3, 0, 4], 'int32'), T([-1, 1, 0], 'int64'), scalar(2, 'int16')])
    f.add('broadcast_out', 'clipT', [T([0.5, 1.5], 'float64', [2, 1]), T([0.0, 1.0, 2.0], 'float64'), T([1.0], 'float64')])
    f.add('min_only', 'clipTMin', [cx, T([0.0, 1.0, -5.0], 'float32')])
    f.add('max_only', 'clipTMax', [cx, T([0.0], 'float64')])
    # prelu
    px = T(g.seq(24, 'float32'), 'float32', [2, 3, 4])
    f.add('one_weight', 'prelu', [px, T([0.25], 'float32')])
    f.add('0dim_weight', 'prelu', [px, scalar(-0.5, 'float32')])
    f.add('channels', 'prelu', [px, T([0.1, -0.2, 0.3], 'float32')])
    f.add('channels_2d', 'prelu', [T(g.seq(6, 'float64'), 'float64', [2, 3]), T([0.1, -0.2, 0.3], 'float64')])
    f.add('1d', 'prelu', [T(g.seq(5, 'float32'), 'float32'), T([0.3], 'float32')])
    f.add('mismatch', 'prelu', [px, T([0.1, 0.2], 'float32')])
    f.add('mismatch_1d', 'prelu', [T(g.seq(5, 'float32'), 'float32'), T([0.1, 0.2], 'float32')])
    f.add('2d_weight', 'prelu', [px, T([0.1, 0.2, 0.3], 'float32', [3, 1])])
    f.add('0dim_input', 'prelu', [scalar(-2.0, 'float32'), T([0.1, 0.2], 'float32')])
    f.add('int', 'prelu', [T([-2, 3], 'int64'), T([1], 'int64')])
    f.add('nan', 'prelu', [T([nan, -inf, inf, -0.0], 'float32'), T([0.5], 'float32')])
    return f


if __name__ == '__main__':
    fam = pointwise()
    fam.write()
