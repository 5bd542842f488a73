package torch4j;

import torch4j.Pointwise.Binary;
import torch4j.Pointwise.Unary;

/**
 * The op layer of {@link PointwiseMethods}' elementwise ops: PyTorch's dtype checks (with its
 * kernels' "not implemented for" messages), the choice of a parametrised declaration, and the ops
 * PyTorch composes from others (clip, isclose, ldexp, float_power, frexp, prelu).
 */
final class PointwiseExtras {
    private PointwiseExtras() {}

    /** ATen's dispatch error when a kernel has no loop for the dtype. */
    static IllegalArgumentException notImplemented(String kernel, DType t) {
        return new IllegalArgumentException("\"" + kernel + "\" not implemented for '" + t.scalarTypeName() + "'");
    }

    /** A unary op whose kernel exists for floating dtypes only. */
    static Tensor floating(Unary op, String kernel, Tensor x, boolean inPlace) {
        if (!x.dtype().isFloatingPoint()) throw notImplemented(kernel, x.dtype());
        return inPlace ? Pointwise.applyInPlace(op, x) : Pointwise.apply(op, x);
    }

    /** A binary op whose kernel exists for floating dtypes only, judged on the promoted dtype. */
    static Tensor floating(Binary op, String kernel, Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        if (!t.isFloatingPoint()) throw notImplemented(kernel, t);
        return Pointwise.apply(op, a, b);
    }

    /** A binary op on integers (and bool where {@code boolOk}); floats get PyTorch's error. */
    static Tensor integral(Binary op, String kernel, boolean boolOk, Tensor a, Tensor b, boolean inPlace) {
        DType t = TypePromotion.resultType(a, b);
        if (t.isFloatingPoint() || (t == DType.BOOL && !boolOk)) throw notImplemented(kernel, t);
        return inPlace ? Pointwise.applyInPlace(op, a, b) : Pointwise.apply(op, a, b);
    }

    static Tensor shift(boolean left, Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        long mask = t == DType.INT64 ? 63 : 31;
        return integral(left ? MathBinaryOps.shiftLeft(mask) : MathBinaryOps.shiftRight(mask), left ? "lshift_cpu" : "rshift_cpu", false, a, b, false);
    }

    static Tensor lcm(Tensor a, Tensor b, boolean inPlace) {
        long bits = TypePromotion.resultType(a, b) == DType.INT64 ? 64 : 32;
        return integral(MathBinaryOps.lcm(bits), "lcm_cpu", false, a, b, inPlace);
    }

    static Tensor bitwiseNot(Tensor x) {
        if (x.dtype() == DType.BOOL) return Pointwise.apply(UnaryOps.LOGICAL_NOT, x);
        if (x.dtype().isFloatingPoint()) throw notImplemented("bitwise_not_cpu", x.dtype());
        return Pointwise.apply(MathBinaryOps.BITWISE_NOT, x);
    }

    static Tensor heaviside(Tensor x, Tensor values) {
        if (x.dtype() != values.dtype())
            throw new IllegalArgumentException("heaviside is not yet implemented for tensors with different dtypes.");
        return Pointwise.apply(MathBinaryOps.HEAVISIDE, x, values);
    }

    /** {@code +x}: the tensor itself, refused for bool as Python's unary plus. */
    static Tensor positive(Tensor x) {
        if (x.dtype() == DType.BOOL) throw new IllegalArgumentException("The `+` operator, on a bool tensor is not supported.");
        return x;
    }

    /** nan_to_num's replacements in x's dtype: 0, and the dtype's largest and lowest finite values by default. */
    static Tensor nanToNum(Tensor x, double nan, Double posinf, Double neginf, boolean inPlace) {
        boolean f32 = x.dtype() == DType.FLOAT32;
        double max = f32 ? Float.MAX_VALUE : Double.MAX_VALUE;
        double p = posinf == null ? max : posinf, m = neginf == null ? -max : neginf;
        Unary op = f32 ? MathUnaryOps.nanToNum((float) nan, (float) p, (float) m) : MathUnaryOps.nanToNum(nan, p, m);
        return inPlace ? Pointwise.applyInPlace(op, x) : Pointwise.apply(op, x);
    }

    static Tensor logit(Tensor x, double eps, boolean inPlace) {
        Unary op = MathUnaryOps.logit(eps);
        return inPlace ? Pointwise.applyInPlace(op, x) : Pointwise.apply(op, x);
    }

    static Tensor hardshrink(Tensor x, double lambd) {
        return floating(MathUnaryOps.hardshrink(x.dtype() == DType.FLOAT32 ? (float) lambd : lambd), "hardshrink_cpu", x, false);
    }

    /**
     * clip, clamp's alias: as clamp, except that one bound alone still records ClampBackward1
     * (PyTorch's clip always calls clamp with optional bounds; clamp_min/clamp_max are other ops).
     */
    static Tensor clip(Tensor x, Tensor min, Tensor max, boolean inPlace) {
        if (min != null && max != null) return Arithmetic.clamp(x, min, max, inPlace);
        if (!Recording.needed(x)) return Arithmetic.clamp(x, min, max, inPlace);
        if (inPlace) return Recording.inPlace(x, s -> clip(s, min, max, false));
        double lo = min == null ? Double.NEGATIVE_INFINITY : min.item(), hi = max == null ? Double.POSITIVE_INFINITY : max.item();
        return Recording.record("ClampBackward1", (n, g) -> {
            Tensor v = n.saved(0);
            return new Tensor[]{g.mul(v.ge(lo).logicalAnd(v.le(hi)))};
        }, () -> Arithmetic.clamp(x, min, max, false), new Tensor[]{x}, x);
    }

    /**
     * clip with tensor bounds (either may be null), clamp.Tensor's values and its ClampBackward0:
     * the input's gradient passes where it lies within the bounds, each bound's where it was
     * applied, summed back to the bound's shape.
     */
    static Tensor clip(Tensor x, Tensor min, Tensor max) {
        if (min == null && max == null) throw new IllegalArgumentException("torch.clamp: At least one of 'min' or 'max' must not be None");
        Tensor[] inputs = java.util.stream.Stream.of(x, min, max).filter(java.util.Objects::nonNull).toArray(Tensor[]::new);
        java.util.function.Supplier<Tensor> forward = () -> {
            DType type = TypePromotion.resultType(inputs);
            Tensor r = x;
            if (min != null) r = r.maximum(min);
            if (max != null) r = r.minimum(max);
            return r.to(type);
        };
        if (!Recording.needed(java.util.List.of(inputs))) return forward.get();
        return Recording.record("ClampBackward0", (n, g) -> {
            Tensor v = n.saved(0), lo = min == null ? null : n.saved(1), hi = max == null ? null : n.saved(min == null ? 1 : 2);
            Tensor in = lo == null ? v.le(hi) : hi == null ? v.ge(lo) : v.ge(lo).logicalAnd(v.le(hi));
            Tensor[] grads = new Tensor[inputs.length];
            Tensor zero = PointwiseGrad.zeros(g);
            if (n.needs(0)) grads[0] = Recording.sumTo(Pointwise.where(in, g, zero), v.shape);
            int k = 1;
            if (lo != null) {
                Tensor applied = hi == null ? v.lt(lo) : v.lt(lo).logicalAnd(lo.lt(hi));
                if (n.needs(k)) grads[k] = Recording.sumTo(Pointwise.where(applied, g, zero), lo.shape);
                k++;
            }
            if (hi != null) {
                Tensor applied = lo == null ? v.gt(hi) : v.gt(hi).logicalOr(hi.lt(lo));
                if (n.needs(k)) grads[k] = Recording.sumTo(Pointwise.where(applied, g, zero), hi.shape);
            }
            return grads;
        }, forward, inputs, inputs);
    }

    /**
     * ATen's isclose: equal, or both NaN with equalNan, or a finite |a − b| within
     * atol + rtol·|b| computed in the operands' dtype (bool as the default float).
     */
    static Tensor isclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        if (a.dtype() != b.dtype())
            throw new IllegalArgumentException(a.dtype().scalarTypeName() + " did not match " + b.dtype().scalarTypeName());
        if (rtol < 0) throw new IllegalArgumentException("rtol must be greater than or equal to zero, but got " + Creation.cppDouble(rtol));
        if (atol < 0) throw new IllegalArgumentException("atol must be greater than or equal to zero, but got " + Creation.cppDouble(atol));
        try (var _ = torch4j.autograd.GradMode.noGrad()) {
            Tensor close = a.eq(b);
            if (equalNan && a.dtype().isFloatingPoint()) close = close.logicalOr(a.isnan().logicalAnd(b.isnan()));
            if (rtol == 0 && atol == 0) return close;
            Tensor x = a.dtype() == DType.BOOL ? a.to(DType.defaultFloat()) : a, y = b.dtype() == DType.BOOL ? b.to(DType.defaultFloat()) : b;
            Tensor allowed = y.mul(rtol).abs().add(atol);
            Tensor actual = x.sub(y).abs();
            return close.logicalOr(actual.isfinite().logicalAnd(actual.le(allowed)));
        }
    }

    /** self · 2^other, as ATen composes it (so float32 and int exponents give float32, and MulBackward0). */
    static Tensor ldexp(Tensor x, Tensor other, boolean inPlace) {
        Tensor scale = Pointwise.apply(BinaryOps.POW, Conversions.scalar(2.0), other);
        return inPlace ? x.mul_(scale) : x.mul(scale);
    }

    /** pow in float64: both operands converted first, as PyTorch's float_power. */
    static Tensor floatPower(Tensor x, Tensor exponent) {
        return x.to(DType.FLOAT64).pow(exponent.to(DType.FLOAT64));
    }

    static Tensor floatPower(Tensor x, double exponent) { return x.to(DType.FLOAT64).pow(exponent); }

    /**
     * frexp: mantissa in [0.5, 1) (signed) and int32 exponent with x = mantissa · 2^exponent; the
     * mantissa's gradient is grad / 2^exponent (FrexpBackward0), the exponent has none.
     */
    static Frexp frexp(Tensor x) {
        if (!x.dtype().isFloatingPoint()) throw new IllegalArgumentException("torch.frexp() only supports floating-point dtypes");
        Tensor exponent;
        try (var _ = torch4j.autograd.GradMode.noGrad()) { exponent = Pointwise.apply(MathUnaryOps.FREXP_EXPONENT, x); }
        Tensor mantissa = !Recording.needed(x) ? Pointwise.apply(MathUnaryOps.FREXP_MANTISSA, x)
                : Recording.record("FrexpBackward0", (n, g) -> new Tensor[]{g.div(Pointwise.apply(MathUnaryOps.EXP2, n.saved(0)))},
                        () -> Pointwise.apply(MathUnaryOps.FREXP_MANTISSA, x), new Tensor[]{x}, exponent);
        return new Frexp(mantissa, exponent.to(DType.INT32));
    }

    /**
     * prelu: x where positive, weight · x elsewhere; weight has one value or one per channel
     * (dim 1). Both gradients are PreluBackward0's, as ATen's prelu_backward.
     */
    static Tensor prelu(Tensor x, Tensor weight) {
        long n = weight.numel();
        if (n != 1) {
            if (x.dim() == 0) throw new IllegalArgumentException("Not allow zero-dim input tensor.");
            long channels = x.dim() > 1 ? x.shape[1] : 1;
            if (channels != n)
                throw new IllegalArgumentException("Mismatch of parameter numbers and input channel size. Found parameter numbers = "
                        + n + " and channel size = " + channels + ".");
        }
        if (weight.dim() > 1)
            throw new IllegalArgumentException("prelu: Expected `weight` to be a scalar or 1D tensor, but got ndim = " + weight.dim());
        if (!x.dtype().isFloatingPoint()) throw notImplemented("prelu_cpu", x.dtype());
        Tensor w = channelView(weight, x);
        if (!Recording.needed(x, weight))
            return Pointwise.where(x.gt(0.0), x, w.mul(x));
        return Recording.record("PreluBackward0", (node, g) -> {
            Tensor v = node.saved(0), wt = node.saved(1), wv = channelView(wt, v);
            Tensor positive = v.gt(0.0);
            Tensor dx = node.needs(0) ? Pointwise.where(positive, g, wv.mul(g)) : null;
            Tensor dw = null;
            if (node.needs(1)) {
                Tensor per = Pointwise.where(positive, PointwiseGrad.zeros(g), v.mul(g));
                dw = Recording.sumTo(per, wv.shape).reshape(wt.shape().toArray());
            }
            return new Tensor[]{dx, dw};
        }, () -> Pointwise.where(x.gt(0.0), x, w.mul(x)), new Tensor[]{x, weight}, x, weight);
    }

    /** The weight shaped to broadcast along x's channel dim (dim 1). */
    private static Tensor channelView(Tensor weight, Tensor x) {
        if (weight.numel() == 1 || x.dim() < 2) return weight.reshape(weight.numel() == 1 ? new long[0] : new long[]{weight.numel()});
        long[] shape = new long[x.dim()];
        java.util.Arrays.fill(shape, 1);
        shape[1] = weight.numel();
        return weight.reshape(shape);
    }
}
