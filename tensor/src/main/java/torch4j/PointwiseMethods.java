package torch4j;

/**
 * A part of {@link Tensor}'s methods: Elementwise math beyond the basics of {@link TensorMath}: PyTorch's special functions, bitwise and logical ops, predicates and aliases.
 * Split from {@code Tensor} only to keep files small; users see one class.
 *
 * <p>PyTorch's aliases ({@code arccos}, {@code multiply}, {@code clip}, {@code greater}, ...) run
 * the op they alias, so their {@code grad_fn} is that op's, as in PyTorch ({@code x.arccos()}
 * records {@code AcosBackward0}).
 */
abstract sealed class PointwiseMethods extends TensorMath permits ReductionMethods {
    PointwiseMethods(torch4j.storage.Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }

    // ---------------------------------------------------------------- aliases

    /** Alias of {@link #abs()}. */
    @TorchFunction public Tensor absolute() { return abs(); }
    /** Alias of {@link #acos()}. */
    @TorchFunction public Tensor arccos() { return acos(); }
    @TorchFunction public Tensor arccos_() { return acos_(); }
    /** Alias of {@link #asin()}. */
    @TorchFunction public Tensor arcsin() { return asin(); }
    @TorchFunction public Tensor arcsin_() { return asin_(); }
    /** Alias of {@link #atan()}. */
    @TorchFunction public Tensor arctan() { return atan(); }
    @TorchFunction public Tensor arctan_() { return atan_(); }
    /** Alias of {@link #atan2(Tensor)}. */
    @TorchFunction public Tensor arctan2(Tensor other) { return atan2(other); }
    /** Alias of {@link #acosh()}. */
    @TorchFunction public Tensor arccosh() { return acosh(); }
    @TorchFunction public Tensor arccosh_() { return acosh_(); }
    /** Alias of {@link #asinh()}. */
    @TorchFunction public Tensor arcsinh() { return asinh(); }
    @TorchFunction public Tensor arcsinh_() { return asinh_(); }
    /** Alias of {@link #atanh()}. */
    @TorchFunction public Tensor arctanh() { return atanh(); }
    @TorchFunction public Tensor arctanh_() { return atanh_(); }
    /** Alias of {@link #trunc()}. */
    @TorchFunction public Tensor fix() { return trunc(); }
    @TorchFunction public Tensor fix_() { return trunc_(); }
    /** Alias of {@link #neg()}. */
    @TorchFunction public Tensor negative() { return neg(); }
    @TorchFunction public Tensor negative_() { return neg_(); }
    /** Alias of {@link #mul(Tensor)}. */
    @TorchFunction public Tensor multiply(Tensor other) { return mul(other); }
    @TorchFunction public Tensor multiply(double other) { return mul(other); }
    @TorchFunction public Tensor multiply(long other) { return mul(other); }
    /** Alias of {@link #div(Tensor)}: true division. */
    @TorchFunction public Tensor divide(Tensor other) { return div(other); }
    @TorchFunction public Tensor divide(double other) { return div(other); }
    /** Alias of {@link #div(Tensor, String)}: {@code roundingMode} "trunc", "floor" or null. */
    @TorchFunction public Tensor divide(Tensor other, String roundingMode) { return div(other, roundingMode); }
    /** Alias of {@link #div(Tensor)}. */
    @TorchFunction public Tensor trueDivide(Tensor other) { return div(other); }
    @TorchFunction public Tensor trueDivide(double other) { return div(other); }
    /** Alias of {@link #sub(Tensor)}. */
    @TorchFunction public Tensor subtract(Tensor other) { return sub(other); }
    /** {@code this - alpha * other}, alias of {@link #sub(Tensor, double)}. */
    @TorchFunction public Tensor subtract(Tensor other, double alpha) { return sub(other, alpha); }
    @TorchFunction public Tensor subtract(double other) { return sub(other); }
    @TorchFunction public Tensor subtract(long other) { return sub(other); }
    /** Alias of {@link #gt(Tensor)}. */
    @TorchFunction public Tensor greater(Tensor other) { return gt(other); }
    @TorchFunction public Tensor greater(double other) { return gt(other); }
    @TorchFunction public Tensor greater(long other) { return gt(other); }
    /** Alias of {@link #ge(Tensor)}. */
    @TorchFunction public Tensor greaterEqual(Tensor other) { return ge(other); }
    @TorchFunction public Tensor greaterEqual(double other) { return ge(other); }
    @TorchFunction public Tensor greaterEqual(long other) { return ge(other); }
    /** Alias of {@link #lt(Tensor)}. */
    @TorchFunction public Tensor less(Tensor other) { return lt(other); }
    @TorchFunction public Tensor less(double other) { return lt(other); }
    @TorchFunction public Tensor less(long other) { return lt(other); }
    /** Alias of {@link #le(Tensor)}. */
    @TorchFunction public Tensor lessEqual(Tensor other) { return le(other); }
    @TorchFunction public Tensor lessEqual(double other) { return le(other); }
    @TorchFunction public Tensor lessEqual(long other) { return le(other); }
    /** Alias of {@link #ne(Tensor)}. */
    @TorchFunction public Tensor notEqual(Tensor other) { return ne(other); }
    @TorchFunction public Tensor notEqual(double other) { return ne(other); }
    @TorchFunction public Tensor notEqual(long other) { return ne(other); }
    /**
     * Alias of {@link #clamp(double, double)}; one bound alone is {@link #clip(double)} or
     * {@code clip(null, max)}.
     * <pre>{@code
     * jshell> tensor(-2.0, 0.5, 3.0).clip(-1.0, 1.0)
     * $1 ==> tensor([-1.0000,  0.5000,  1.0000])
     * }</pre>
     */
    @TorchFunction public Tensor clip(double min, double max) { return clamp(min, max); }
    @TorchFunction public Tensor clip(long min, long max) { return clamp(min, max); }
    /** Limits values from below only (clip with {@code max=None}). */
    @TorchFunction public Tensor clip(double min) { return PointwiseExtras.clip(self(), Conversions.scalar(min), null, false); }
    /** clip with either bound absent (null), as {@code x.clip(max=1.0)}. */
    @TorchFunction public Tensor clip(Double min, Double max) { return PointwiseExtras.clip(self(), bound(min), bound(max), false); }
    @TorchFunction public Tensor clip_(double min, double max) { return clamp_(min, max); }
    @TorchFunction public Tensor clip_(long min, long max) { return clamp_(min, max); }
    @TorchFunction public Tensor clip_(double min) { return PointwiseExtras.clip(self(), Conversions.scalar(min), null, true); }
    @TorchFunction public Tensor clip_(Double min, Double max) { return PointwiseExtras.clip(self(), bound(min), bound(max), true); }

    /** clip with tensor bounds, broadcast (either may be null); ClampBackward0 as PyTorch's clamp.Tensor. */
    @TorchFunction public Tensor clip(Tensor min, Tensor max) { return PointwiseExtras.clip(self(), min, max); }

    private static Tensor bound(Double v) { return v == null ? null : Conversions.scalar(v.doubleValue()); }

    /**
     * {@code +x}: this tensor itself (bool tensors are refused, as Python's unary plus).
     * <pre>{@code
     * jshell> var x = tensor(1.0, -2.0); x.positive() == x
     * $2 ==> true
     * }</pre>
     */
    @TorchFunction public Tensor positive() { return PointwiseExtras.positive(self()); }

    // ---------------------------------------------------------------- unary math

    /**
     * Inverse hyperbolic cosine (NaN below 1).
     * <pre>{@code
     * jshell> tensor(1.0, 2.0).acosh()
     * $1 ==> tensor([0.0000, 1.3170])
     * }</pre>
     */
    @TorchFunction public Tensor acosh() { return Pointwise.apply(MathUnaryOps.ACOSH, self()); }
    @TorchFunction public Tensor acosh_() { return Pointwise.applyInPlace(MathUnaryOps.ACOSH, self()); }
    /** Inverse hyperbolic sine. */
    @TorchFunction public Tensor asinh() { return Pointwise.apply(MathUnaryOps.ASINH, self()); }
    @TorchFunction public Tensor asinh_() { return Pointwise.applyInPlace(MathUnaryOps.ASINH, self()); }
    /** Inverse hyperbolic tangent (±inf at ±1, NaN beyond). */
    @TorchFunction public Tensor atanh() { return Pointwise.apply(MathUnaryOps.ATANH, self()); }
    @TorchFunction public Tensor atanh_() { return Pointwise.applyInPlace(MathUnaryOps.ATANH, self()); }
    /**
     * {@code 2 ** x} (integers give floats).
     * <pre>{@code
     * jshell> tensor(3L, -1L).exp2()
     * $1 ==> tensor([8.0000, 0.5000])
     * }</pre>
     */
    @TorchFunction public Tensor exp2() { return Pointwise.apply(MathUnaryOps.EXP2, self()); }
    @TorchFunction public Tensor exp2_() { return Pointwise.applyInPlace(MathUnaryOps.EXP2, self()); }
    /**
     * The fractional part {@code x - trunc(x)}, signed as x (floating dtypes only).
     * <pre>{@code
     * jshell> tensor(1.5, -2.25).frac()
     * $1 ==> tensor([ 0.5000, -0.2500])
     * }</pre>
     */
    @TorchFunction public Tensor frac() { return PointwiseExtras.floating(MathUnaryOps.FRAC, "frac_cpu", self(), false); }
    @TorchFunction public Tensor frac_() { return PointwiseExtras.floating(MathUnaryOps.FRAC, "frac_cpu", self(), true); }
    /** The complementary error function {@code 1 - erf(x)}, accurate where erf is near 1. */
    @TorchFunction public Tensor erfc() { return Pointwise.apply(MathUnaryOps.ERFC, self()); }
    @TorchFunction public Tensor erfc_() { return Pointwise.applyInPlace(MathUnaryOps.ERFC, self()); }
    /**
     * The inverse error function, on (-1, 1).
     * <pre>{@code
     * jshell> tensor(0.0, 0.5).erfinv()
     * $1 ==> tensor([0.0000, 0.4769])
     * }</pre>
     */
    @TorchFunction public Tensor erfinv() { return Pointwise.apply(MathUnaryOps.ERFINV, self()); }
    /** log|Γ(x)|. */
    @TorchFunction public Tensor lgamma() { return Pointwise.apply(MathUnaryOps.LGAMMA, self()); }
    /**
     * The logarithmic derivative of Γ: {@code digamma(1)} is −γ.
     * <pre>{@code
     * jshell> tensor(1.0).digamma()
     * $1 ==> tensor(-0.5772)
     * }</pre>
     */
    @TorchFunction public Tensor digamma() { return Pointwise.apply(MathUnaryOps.DIGAMMA, self()); }
    /** The modified Bessel function of the first kind, order 0. */
    @TorchFunction public Tensor i0() { return Pointwise.apply(MathUnaryOps.I0, self()); }
    @TorchFunction public Tensor i0_() { return Pointwise.applyInPlace(MathUnaryOps.I0, self()); }
    /**
     * Degrees to radians (integers give floats).
     * <pre>{@code
     * jshell> tensor(180.0, 90.0).deg2rad()
     * $1 ==> tensor([3.1416, 1.5708])
     * }</pre>
     */
    @TorchFunction public Tensor deg2rad() { return Pointwise.apply(MathUnaryOps.DEG2RAD, self()); }
    @TorchFunction public Tensor deg2rad_() { return Pointwise.applyInPlace(MathUnaryOps.DEG2RAD, self()); }
    /** Radians to degrees. */
    @TorchFunction public Tensor rad2deg() { return Pointwise.apply(MathUnaryOps.RAD2DEG, self()); }
    @TorchFunction public Tensor rad2deg_() { return Pointwise.applyInPlace(MathUnaryOps.RAD2DEG, self()); }
    /** The normalised sinc {@code sin(πx) / (πx)}, 1 at 0. */
    @TorchFunction public Tensor sinc() { return Pointwise.apply(MathUnaryOps.SINC, self()); }
    @TorchFunction public Tensor sinc_() { return Pointwise.applyInPlace(MathUnaryOps.SINC, self()); }
    /** The sign as {@link #sign()} does it for real numbers (its own node, SgnBackward0). */
    @TorchFunction public Tensor sgn() { return Pointwise.apply(MathUnaryOps.SGN, self()); }
    /**
     * Whether the sign bit is set, so true for -0.0 as well.
     * <pre>{@code
     * jshell> tensor(-0.0, 0.0, -1.0).signbit()
     * $1 ==> tensor([ True, False,  True])
     * }</pre>
     */
    @TorchFunction public Tensor signbit() { return Pointwise.apply(MathUnaryOps.SIGNBIT, self()); }
    /** Whether each element is +inf. */
    @TorchFunction public Tensor isposinf() { return Pointwise.apply(MathUnaryOps.ISPOSINF, self()); }
    /** Whether each element is -inf. */
    @TorchFunction public Tensor isneginf() { return Pointwise.apply(MathUnaryOps.ISNEGINF, self()); }
    /**
     * NaN to 0 and ±inf to the dtype's largest finite values.
     * <pre>{@code
     * jshell> tensor(Double.NaN, Double.POSITIVE_INFINITY, 1.0).nanToNum()
     * $1 ==> tensor([0.0000e+00, 3.4028e+38, 1.0000e+00])
     * }</pre>
     */
    @TorchFunction public Tensor nanToNum() { return PointwiseExtras.nanToNum(self(), 0, null, null, false); }
    @TorchFunction public Tensor nanToNum(double nan) { return PointwiseExtras.nanToNum(self(), nan, null, null, false); }
    /** NaN to {@code nan}, +inf to {@code posinf}, -inf to {@code neginf} (null: the dtype's extreme). */
    @TorchFunction public Tensor nanToNum(double nan, Double posinf, Double neginf) { return PointwiseExtras.nanToNum(self(), nan, posinf, neginf, false); }
    @TorchFunction public Tensor nanToNum_() { return PointwiseExtras.nanToNum(self(), 0, null, null, true); }
    @TorchFunction public Tensor nanToNum_(double nan) { return PointwiseExtras.nanToNum(self(), nan, null, null, true); }
    @TorchFunction public Tensor nanToNum_(double nan, Double posinf, Double neginf) { return PointwiseExtras.nanToNum(self(), nan, posinf, neginf, true); }
    /**
     * {@code log(p / (1 - p))}, the inverse of sigmoid.
     * <pre>{@code
     * jshell> tensor(0.5, 0.75).logit()
     * $1 ==> tensor([0.0000, 1.0986])
     * }</pre>
     */
    @TorchFunction public Tensor logit() { return PointwiseExtras.logit(self(), -1, false); }
    /** logit of the input clamped to {@code [eps, 1 - eps]}. */
    @TorchFunction public Tensor logit(double eps) { return PointwiseExtras.logit(self(), eps, false); }
    @TorchFunction public Tensor logit_() { return PointwiseExtras.logit(self(), -1, true); }
    @TorchFunction public Tensor logit_(double eps) { return PointwiseExtras.logit(self(), eps, true); }
    /** 0 where {@code |x| <= 0.5}, else x (as {@code nn.Hardshrink}). */
    @TorchFunction public Tensor hardshrink() { return PointwiseExtras.hardshrink(self(), 0.5); }
    /** 0 where {@code |x| <= lambd}, else x. */
    @TorchFunction public Tensor hardshrink(double lambd) { return PointwiseExtras.hardshrink(self(), lambd); }
    /**
     * Mantissa and int32 exponent with {@code x = mantissa * 2^exponent}.
     * <pre>{@code
     * jshell> tensor(3.0, -0.1).frexp().exponent()
     * $1 ==> tensor([ 2, -3], dtype=torch.int32)
     * }</pre>
     */
    @TorchFunction public Frexp frexp() { return PointwiseExtras.frexp(self()); }

    // ---------------------------------------------------------------- binary math

    /**
     * The magnitude of this with the sign of {@code other} (a float result).
     * <pre>{@code
     * jshell> tensor(1.0, 2.0).copysign(tensor(-0.0, 3.0))
     * $1 ==> tensor([-1.,  2.])
     * }</pre>
     */
    @TorchFunction public Tensor copysign(Tensor other) { return Pointwise.apply(MathBinaryOps.COPYSIGN, self(), other); }
    @TorchFunction public Tensor copysign(double other) { return Pointwise.apply(MathBinaryOps.COPYSIGN, self(), Conversions.scalar(other)); }
    @TorchFunction public Tensor copysign(long other) { return Pointwise.apply(MathBinaryOps.COPYSIGN, self(), Conversions.scalar(other)); }
    /**
     * Elementwise max that ignores NaN (unlike {@link #maximum(Tensor)}).
     * <pre>{@code
     * jshell> tensor(1.0, Double.NaN).fmax(tensor(Double.NaN, 2.0))
     * $1 ==> tensor([1., 2.])
     * }</pre>
     */
    @TorchFunction public Tensor fmax(Tensor other) { return Pointwise.apply(MathBinaryOps.FMAX, self(), other); }
    /** Elementwise min that ignores NaN. */
    @TorchFunction public Tensor fmin(Tensor other) { return Pointwise.apply(MathBinaryOps.FMIN, self(), other); }
    /**
     * {@code sqrt(x² + y²)} without overflow.
     * <pre>{@code
     * jshell> tensor(3.0).hypot(tensor(4.0))
     * $1 ==> tensor(5.)
     * }</pre>
     */
    @TorchFunction public Tensor hypot(Tensor other) { return PointwiseExtras.floating(MathBinaryOps.HYPOT, "hypot_cpu", self(), other); }
    /** {@code log(e^x + e^y)} without overflow. */
    @TorchFunction public Tensor logaddexp(Tensor other) { return PointwiseExtras.floating(MathBinaryOps.LOGADDEXP, "logaddexp_cpu", self(), other); }
    /** {@code log2(2^x + 2^y)} without overflow. */
    @TorchFunction public Tensor logaddexp2(Tensor other) { return PointwiseExtras.floating(MathBinaryOps.LOGADDEXP2, "logaddexp2_cpu", self(), other); }
    /** The next representable value after each element towards {@code other}. */
    @TorchFunction public Tensor nextafter(Tensor other) { return PointwiseExtras.floating(MathBinaryOps.NEXTAFTER, "nextafter_cpu", self(), other); }
    /**
     * The step function: 0 below zero, 1 above, {@code values} at zero (same dtypes required).
     * <pre>{@code
     * jshell> tensor(-1.0, 0.0, 2.0).heaviside(tensor(0.5))
     * $1 ==> tensor([0.0000, 0.5000, 1.0000])
     * }</pre>
     */
    @TorchFunction public Tensor heaviside(Tensor values) { return PointwiseExtras.heaviside(self(), values); }
    /**
     * {@code x * log(y)}, 0 where x is 0.
     * <pre>{@code
     * jshell> tensor(0.0, 2.0).xlogy(tensor(0.0, 3.0))
     * $1 ==> tensor([0.0000, 2.1972])
     * }</pre>
     */
    @TorchFunction public Tensor xlogy(Tensor other) { return Pointwise.apply(MathBinaryOps.XLOGY, self(), other); }
    @TorchFunction public Tensor xlogy(double other) { return Pointwise.apply(MathBinaryOps.XLOGY, self(), Conversions.scalar(other)); }
    @TorchFunction public Tensor xlogy_(Tensor other) { return Pointwise.applyInPlace(MathBinaryOps.XLOGY, self(), other); }
    @TorchFunction public Tensor xlogy_(double other) { return Pointwise.applyInPlace(MathBinaryOps.XLOGY, self(), Conversions.scalar(other)); }
    /**
     * {@code this ** exponent} in float64, whatever the operands' dtypes.
     * <pre>{@code
     * jshell> tensor(2L, 3L).floatPower(2)
     * $1 ==> tensor([4., 9.], dtype=torch.float64)
     * }</pre>
     */
    @TorchFunction public Tensor floatPower(Tensor exponent) { return PointwiseExtras.floatPower(self(), exponent); }
    @TorchFunction public Tensor floatPower(double exponent) { return PointwiseExtras.floatPower(self(), exponent); }
    /**
     * {@code this * 2^other}.
     * <pre>{@code
     * jshell> tensor(1.5, -2.0).ldexp(tensor(2L, 3L))
     * $1 ==> tensor([  6., -16.])
     * }</pre>
     */
    @TorchFunction public Tensor ldexp(Tensor other) { return PointwiseExtras.ldexp(self(), other, false); }
    @TorchFunction public Tensor ldexp_(Tensor other) { return PointwiseExtras.ldexp(self(), other, true); }
    /**
     * Whether {@code |this - other| <= atol + rtol * |other|} (rtol 1e-5, atol 1e-8), elementwise.
     * <pre>{@code
     * jshell> tensor(1.0, 2.0).isclose(tensor(1.0 + 1e-9, 2.1))
     * $1 ==> tensor([ True, False])
     * }</pre>
     */
    @TorchFunction public Tensor isclose(Tensor other) { return PointwiseExtras.isclose(self(), other, 1e-5, 1e-8, false); }
    @TorchFunction public Tensor isclose(Tensor other, double rtol, double atol) { return PointwiseExtras.isclose(self(), other, rtol, atol, false); }
    /** isclose; {@code equalNan} counts two NaNs as close. */
    @TorchFunction public Tensor isclose(Tensor other, double rtol, double atol, boolean equalNan) { return PointwiseExtras.isclose(self(), other, rtol, atol, equalNan); }
    /**
     * PReLU: this where positive, {@code weight * this} elsewhere; one weight, or one per channel (dim 1).
     * <pre>{@code
     * jshell> tensor(-2.0, 3.0).prelu(tensor(0.25))
     * $1 ==> tensor([-0.5000,  3.0000])
     * }</pre>
     */
    @TorchFunction public Tensor prelu(Tensor weight) { return PointwiseExtras.prelu(self(), weight); }

    // ---------------------------------------------------------------- integer ops

    /**
     * Bitwise AND of integers, logical AND of bools ({@code &}); floats are refused.
     * <pre>{@code
     * jshell> tensor(12L, 10L).bitwiseAnd(tensor(10L, 6L))
     * $1 ==> tensor([8, 2])
     * }</pre>
     */
    @TorchFunction public Tensor bitwiseAnd(Tensor other) { return PointwiseExtras.integral(MathBinaryOps.BITWISE_AND, "bitwise_and_cpu", true, self(), other, false); }
    @TorchFunction public Tensor bitwiseAnd(long other) { return bitwiseAnd(Conversions.scalar(other)); }
    @TorchFunction public Tensor bitwiseAnd(boolean other) { return bitwiseAnd(Conversions.scalar(other)); }
    /** Bitwise OR ({@code |}). */
    @TorchFunction public Tensor bitwiseOr(Tensor other) { return PointwiseExtras.integral(MathBinaryOps.BITWISE_OR, "bitwise_or_cpu", true, self(), other, false); }
    @TorchFunction public Tensor bitwiseOr(long other) { return bitwiseOr(Conversions.scalar(other)); }
    @TorchFunction public Tensor bitwiseOr(boolean other) { return bitwiseOr(Conversions.scalar(other)); }
    /** Bitwise XOR ({@code ^}). */
    @TorchFunction public Tensor bitwiseXor(Tensor other) { return PointwiseExtras.integral(MathBinaryOps.BITWISE_XOR, "bitwise_xor_cpu", true, self(), other, false); }
    @TorchFunction public Tensor bitwiseXor(long other) { return bitwiseXor(Conversions.scalar(other)); }
    @TorchFunction public Tensor bitwiseXor(boolean other) { return bitwiseXor(Conversions.scalar(other)); }
    /**
     * Bitwise NOT ({@code ~}): logical NOT for bools.
     * <pre>{@code
     * jshell> tensor(true, false).bitwiseNot()
     * $1 ==> tensor([False,  True])
     * }</pre>
     */
    @TorchFunction public Tensor bitwiseNot() { return PointwiseExtras.bitwiseNot(self()); }
    /** {@code this << other} on integers. */
    @TorchFunction public Tensor bitwiseLeftShift(Tensor other) { return PointwiseExtras.shift(true, self(), other); }
    @TorchFunction public Tensor bitwiseLeftShift(long other) { return PointwiseExtras.shift(true, self(), Conversions.scalar(other)); }
    /** {@code this >> other} (arithmetic) on integers. */
    @TorchFunction public Tensor bitwiseRightShift(Tensor other) { return PointwiseExtras.shift(false, self(), other); }
    @TorchFunction public Tensor bitwiseRightShift(long other) { return PointwiseExtras.shift(false, self(), Conversions.scalar(other)); }
    /**
     * Greatest common divisor of integers (non-negative; gcd(0, 0) is 0).
     * <pre>{@code
     * jshell> tensor(12L, -7L).gcd(tensor(18L, 0L))
     * $1 ==> tensor([6, 7])
     * }</pre>
     */
    @TorchFunction public Tensor gcd(Tensor other) { return PointwiseExtras.integral(MathBinaryOps.GCD, "gcd_cpu", false, self(), other, false); }
    @TorchFunction public Tensor gcd_(Tensor other) { return PointwiseExtras.integral(MathBinaryOps.GCD, "gcd_cpu", false, self(), other, true); }
    /** Least common multiple of integers (0 where either is 0). */
    @TorchFunction public Tensor lcm(Tensor other) { return PointwiseExtras.lcm(self(), other, false); }
    @TorchFunction public Tensor lcm_(Tensor other) { return PointwiseExtras.lcm(self(), other, true); }
}
