package torch4j;

import torch4j.backend.ReductionKind;

/**
 * The arithmetic half of {@link Tensor}: elementwise ops (and their in-place twins), reductions
 * and matrix products. Split from {@code Tensor} only to keep files small; users see one class.
 */
abstract sealed class TensorMath extends TensorBase permits PointwiseMethods {
    TensorMath(torch4j.storage.Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }

    // ---------------------------------------------------------------- elementwise

    /** {@code this + other}, broadcasting. */
    @TorchFunction public Tensor add(Tensor other) { return Pointwise.apply(BinaryOps.ADD, self(), other); }
    /** {@code this + alpha * other}. */
    @TorchFunction public Tensor add(Tensor other, double alpha) { return Pointwise.apply(BinaryOps.addScaled(alpha), self(), other); }
    /** {@code this + value}. */
    @TorchFunction public Tensor add(double value) { return Pointwise.apply(BinaryOps.ADD, self(), Conversions.scalar(value)); }
    /** {@code this + value} (an integer keeps integer tensors integral). */
    @TorchFunction public Tensor add(long value) { return Pointwise.apply(BinaryOps.ADD, self(), Conversions.scalar(value)); }
    /** {@code this - other}. */
    @TorchFunction public Tensor sub(Tensor other) { return Pointwise.apply(BinaryOps.SUB, self(), other); }
    /** {@code this - alpha * other}. */
    @TorchFunction public Tensor sub(Tensor other, double alpha) { return Pointwise.apply(BinaryOps.subScaled(alpha), self(), other); }
    @TorchFunction public Tensor sub(double value) { return Pointwise.apply(BinaryOps.SUB, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor sub(long value) { return Pointwise.apply(BinaryOps.SUB, self(), Conversions.scalar(value)); }
    /** {@code this * other}. */
    @TorchFunction public Tensor mul(Tensor other) { return Pointwise.apply(BinaryOps.MUL, self(), other); }
    @TorchFunction public Tensor mul(double value) { return Pointwise.apply(BinaryOps.MUL, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor mul(long value) { return Pointwise.apply(BinaryOps.MUL, self(), Conversions.scalar(value)); }
    /** True division: integer tensors give floats. */
    @TorchFunction public Tensor div(Tensor other) { return Pointwise.apply(BinaryOps.DIV, self(), other); }
    @TorchFunction public Tensor div(double value) { return Pointwise.apply(BinaryOps.DIV, self(), Conversions.scalar(value)); }
    /** Division with {@code roundingMode} "trunc" or "floor" (null for true division). */
    @TorchFunction public Tensor div(Tensor other, String roundingMode) { return Pointwise.apply(Arithmetic.division(self(), other, roundingMode), self(), other); }
    /** {@code this // other} (Python's floor division). */
    @TorchFunction public Tensor floorDivide(Tensor other) { return div(other, "floor"); }
    @TorchFunction public Tensor floorDivide(long value) { return div(Conversions.scalar(value), "floor"); }
    /** Python's {@code %}: the sign follows the divisor. */
    @TorchFunction public Tensor remainder(Tensor other) { return Pointwise.apply(BinaryOps.REMAINDER, self(), other); }
    @TorchFunction public Tensor remainder(double value) { return remainder(Conversions.scalar(value)); }
    @TorchFunction public Tensor remainder(long value) { return remainder(Conversions.scalar(value)); }
    /** C's fmod: the sign follows the dividend. */
    @TorchFunction public Tensor fmod(Tensor other) { return Pointwise.apply(BinaryOps.FMOD, self(), other); }
    @TorchFunction public Tensor fmod(double value) { return fmod(Conversions.scalar(value)); }
    @TorchFunction public Tensor fmod(long value) { return fmod(Conversions.scalar(value)); }
    /** {@code this ** exponent}. */
    @TorchFunction public Tensor pow(Tensor exponent) { return Pointwise.apply(BinaryOps.POW, self(), exponent); }
    @TorchFunction public Tensor pow(double exponent) { return Arithmetic.powScalar(self(), Conversions.scalar(exponent), exponent); }
    @TorchFunction public Tensor pow(long exponent) { return Arithmetic.powScalar(self(), Conversions.scalar(exponent), exponent); }
    @TorchFunction public Tensor atan2(Tensor other) { return Pointwise.apply(BinaryOps.ATAN2, self(), other); }
    /** Elementwise max, propagating NaN. */
    @TorchFunction public Tensor maximum(Tensor other) { return Pointwise.apply(BinaryOps.MAXIMUM, self(), other); }
    /** Elementwise min, propagating NaN. */
    @TorchFunction public Tensor minimum(Tensor other) { return Pointwise.apply(BinaryOps.MINIMUM, self(), other); }

    @TorchFunction public Tensor neg() { return Pointwise.apply(Arithmetic.negation(self()), self()); }
    @TorchFunction public Tensor abs() { return Pointwise.apply(UnaryOps.ABS, self()); }
    @TorchFunction public Tensor square() { return Pointwise.apply(UnaryOps.SQUARE, self()); }
    @TorchFunction public Tensor sign() { return Pointwise.apply(UnaryOps.SIGN, self()); }
    @TorchFunction public Tensor sqrt() { return Pointwise.apply(UnaryOps.SQRT, self()); }
    @TorchFunction public Tensor rsqrt() { return Pointwise.apply(UnaryOps.RSQRT, self()); }
    @TorchFunction public Tensor reciprocal() { return Pointwise.apply(UnaryOps.RECIPROCAL, self()); }
    @TorchFunction public Tensor exp() { return Pointwise.apply(UnaryOps.EXP, self()); }
    @TorchFunction public Tensor expm1() { return Pointwise.apply(UnaryOps.EXPM1, self()); }
    @TorchFunction public Tensor log() { return Pointwise.apply(UnaryOps.LOG, self()); }
    @TorchFunction public Tensor log2() { return Pointwise.apply(UnaryOps.LOG2, self()); }
    @TorchFunction public Tensor log10() { return Pointwise.apply(UnaryOps.LOG10, self()); }
    @TorchFunction public Tensor log1p() { return Pointwise.apply(UnaryOps.LOG1P, self()); }
    @TorchFunction public Tensor sin() { return Pointwise.apply(UnaryOps.SIN, self()); }
    @TorchFunction public Tensor cos() { return Pointwise.apply(UnaryOps.COS, self()); }
    @TorchFunction public Tensor tan() { return Pointwise.apply(UnaryOps.TAN, self()); }
    @TorchFunction public Tensor asin() { return Pointwise.apply(UnaryOps.ASIN, self()); }
    @TorchFunction public Tensor acos() { return Pointwise.apply(UnaryOps.ACOS, self()); }
    @TorchFunction public Tensor atan() { return Pointwise.apply(UnaryOps.ATAN, self()); }
    @TorchFunction public Tensor sinh() { return Pointwise.apply(UnaryOps.SINH, self()); }
    @TorchFunction public Tensor cosh() { return Pointwise.apply(UnaryOps.COSH, self()); }
    @TorchFunction public Tensor tanh() { return Pointwise.apply(UnaryOps.TANH, self()); }
    @TorchFunction public Tensor sigmoid() { return Pointwise.apply(UnaryOps.SIGMOID, self()); }
    @TorchFunction public Tensor relu() { return Pointwise.apply(UnaryOps.RELU, self()); }
    @TorchFunction public Tensor floor() { return Pointwise.apply(UnaryOps.FLOOR, self()); }
    @TorchFunction public Tensor ceil() { return Pointwise.apply(UnaryOps.CEIL, self()); }
    /** Rounds half to even, as torch.round. */
    @TorchFunction public Tensor round() { return Pointwise.apply(UnaryOps.ROUND, self()); }
    @TorchFunction public Tensor trunc() { return Pointwise.apply(UnaryOps.TRUNC, self()); }
    /** Limits values to [min, max]. */
    @TorchFunction public Tensor clamp(double min, double max) { return Arithmetic.clamp(self(), Conversions.scalar(min), Conversions.scalar(max), false); }
    /** Integer bounds keep an integer tensor integral, as {@code x.clamp(0, 1)} in Python. */
    @TorchFunction public Tensor clamp(long min, long max) { return Arithmetic.clamp(self(), Conversions.scalar(min), Conversions.scalar(max), false); }
    @TorchFunction public Tensor clampMin(double min) { return Arithmetic.clamp(self(), Conversions.scalar(min), null, false); }
    @TorchFunction public Tensor clampMin(long min) { return Arithmetic.clamp(self(), Conversions.scalar(min), null, false); }
    @TorchFunction public Tensor clampMax(double max) { return Arithmetic.clamp(self(), null, Conversions.scalar(max), false); }
    @TorchFunction public Tensor clampMax(long max) { return Arithmetic.clamp(self(), null, Conversions.scalar(max), false); }
    /** Limits values elementwise to [min, max] given as tensors. */
    @TorchFunction public Tensor clamp(Tensor min, Tensor max) { return minimum(max).maximum(min).to(TypePromotion.resultType(self(), min, max)).minimum(max); }

    @TorchFunction public Tensor eq(Tensor other) { return Pointwise.apply(BinaryOps.EQ, self(), other); }
    @TorchFunction public Tensor eq(double value) { return Pointwise.apply(BinaryOps.EQ, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor eq(long value) { return Pointwise.apply(BinaryOps.EQ, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor ne(Tensor other) { return Pointwise.apply(BinaryOps.NE, self(), other); }
    @TorchFunction public Tensor ne(double value) { return Pointwise.apply(BinaryOps.NE, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor ne(long value) { return Pointwise.apply(BinaryOps.NE, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor lt(Tensor other) { return Pointwise.apply(BinaryOps.LT, self(), other); }
    @TorchFunction public Tensor lt(double value) { return Pointwise.apply(BinaryOps.LT, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor lt(long value) { return Pointwise.apply(BinaryOps.LT, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor le(Tensor other) { return Pointwise.apply(BinaryOps.LE, self(), other); }
    @TorchFunction public Tensor le(double value) { return Pointwise.apply(BinaryOps.LE, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor le(long value) { return Pointwise.apply(BinaryOps.LE, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor gt(Tensor other) { return Pointwise.apply(BinaryOps.GT, self(), other); }
    @TorchFunction public Tensor gt(double value) { return Pointwise.apply(BinaryOps.GT, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor gt(long value) { return Pointwise.apply(BinaryOps.GT, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor ge(Tensor other) { return Pointwise.apply(BinaryOps.GE, self(), other); }
    @TorchFunction public Tensor ge(double value) { return Pointwise.apply(BinaryOps.GE, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor ge(long value) { return Pointwise.apply(BinaryOps.GE, self(), Conversions.scalar(value)); }
    @TorchFunction public Tensor logicalAnd(Tensor other) { return Pointwise.apply(BinaryOps.LOGICAL_AND, self(), other); }
    @TorchFunction public Tensor logicalOr(Tensor other) { return Pointwise.apply(BinaryOps.LOGICAL_OR, self(), other); }
    @TorchFunction public Tensor logicalXor(Tensor other) { return Pointwise.apply(BinaryOps.LOGICAL_XOR, self(), other); }
    @TorchFunction public Tensor logicalNot() { return Pointwise.apply(UnaryOps.LOGICAL_NOT, self()); }
    @TorchFunction public Tensor isnan() { return Pointwise.apply(UnaryOps.ISNAN, self()); }
    @TorchFunction public Tensor isinf() { return Pointwise.apply(UnaryOps.ISINF, self()); }
    @TorchFunction public Tensor isfinite() { return Pointwise.apply(UnaryOps.ISFINITE, self()); }

    /** {@code condition ? this : other}, as {@code x.where(cond, y)}. */
    public Tensor where(Tensor condition, Tensor other) { return Pointwise.where(condition, self(), other); }
    public Tensor where(Tensor condition, double other) { return Pointwise.where(condition, self(), Conversions.scalar(other)); }

    // ---------------------------------------------------------------- in place (trailing underscore)

    public Tensor add_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.ADD, self(), other); }
    public Tensor add_(Tensor other, double alpha) { return Pointwise.applyInPlace(BinaryOps.addScaled(alpha), self(), other); }
    public Tensor add_(double value) { return Pointwise.applyInPlace(BinaryOps.ADD, self(), Conversions.scalar(value)); }
    public Tensor add_(long value) { return Pointwise.applyInPlace(BinaryOps.ADD, self(), Conversions.scalar(value)); }
    public Tensor sub_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.SUB, self(), other); }
    public Tensor sub_(Tensor other, double alpha) { return Pointwise.applyInPlace(BinaryOps.subScaled(alpha), self(), other); }
    public Tensor sub_(double value) { return Pointwise.applyInPlace(BinaryOps.SUB, self(), Conversions.scalar(value)); }
    public Tensor sub_(long value) { return Pointwise.applyInPlace(BinaryOps.SUB, self(), Conversions.scalar(value)); }
    public Tensor mul_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.MUL, self(), other); }
    public Tensor mul_(double value) { return Pointwise.applyInPlace(BinaryOps.MUL, self(), Conversions.scalar(value)); }
    public Tensor mul_(long value) { return Pointwise.applyInPlace(BinaryOps.MUL, self(), Conversions.scalar(value)); }
    public Tensor div_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.DIV, self(), other); }
    public Tensor div_(double value) { return Pointwise.applyInPlace(BinaryOps.DIV, self(), Conversions.scalar(value)); }
    public Tensor pow_(double exponent) { return Arithmetic.powScalarInPlace(self(), Conversions.scalar(exponent), exponent); }
    public Tensor pow_(long exponent) { return Arithmetic.powScalarInPlace(self(), Conversions.scalar(exponent), exponent); }
    public Tensor pow_(Tensor exponent) { return Pointwise.applyInPlace(BinaryOps.POW, self(), exponent); }
    @TorchFunction public Tensor neg_() { return Pointwise.applyInPlace(Arithmetic.negation(self()), self()); }
    @TorchFunction public Tensor abs_() { return Pointwise.applyInPlace(UnaryOps.ABS, self()); }
    @TorchFunction public Tensor sqrt_() { return Pointwise.applyInPlace(UnaryOps.SQRT, self()); }
    @TorchFunction public Tensor exp_() { return Pointwise.applyInPlace(UnaryOps.EXP, self()); }
    @TorchFunction public Tensor log_() { return Pointwise.applyInPlace(UnaryOps.LOG, self()); }
    @TorchFunction public Tensor sin_() { return Pointwise.applyInPlace(UnaryOps.SIN, self()); }
    @TorchFunction public Tensor cos_() { return Pointwise.applyInPlace(UnaryOps.COS, self()); }
    @TorchFunction public Tensor tanh_() { return Pointwise.applyInPlace(UnaryOps.TANH, self()); }
    @TorchFunction public Tensor sigmoid_() { return Pointwise.applyInPlace(UnaryOps.SIGMOID, self()); }
    @TorchFunction public Tensor relu_() { return Pointwise.applyInPlace(UnaryOps.RELU, self()); }
    @TorchFunction public Tensor floor_() { return Pointwise.applyInPlace(UnaryOps.FLOOR, self()); }
    @TorchFunction public Tensor ceil_() { return Pointwise.applyInPlace(UnaryOps.CEIL, self()); }
    @TorchFunction public Tensor trunc_() { return Pointwise.applyInPlace(UnaryOps.TRUNC, self()); }
    public Tensor sign_() { return Pointwise.applyInPlace(UnaryOps.SIGN, self()); }
    /** {@code x.square_()} is {@code x.pow_(2)} in PyTorch, with pow_'s dtype rule. */
    @TorchFunction public Tensor square_() { return Arithmetic.powScalarInPlace(self(), Conversions.scalar(2L), 2); }
    @TorchFunction public Tensor rsqrt_() { return Pointwise.applyInPlace(UnaryOps.RSQRT, self()); }
    @TorchFunction public Tensor reciprocal_() { return Pointwise.applyInPlace(UnaryOps.RECIPROCAL, self()); }
    @TorchFunction public Tensor expm1_() { return Pointwise.applyInPlace(UnaryOps.EXPM1, self()); }
    @TorchFunction public Tensor log2_() { return Pointwise.applyInPlace(UnaryOps.LOG2, self()); }
    @TorchFunction public Tensor log10_() { return Pointwise.applyInPlace(UnaryOps.LOG10, self()); }
    @TorchFunction public Tensor log1p_() { return Pointwise.applyInPlace(UnaryOps.LOG1P, self()); }
    @TorchFunction public Tensor tan_() { return Pointwise.applyInPlace(UnaryOps.TAN, self()); }
    @TorchFunction public Tensor asin_() { return Pointwise.applyInPlace(UnaryOps.ASIN, self()); }
    @TorchFunction public Tensor acos_() { return Pointwise.applyInPlace(UnaryOps.ACOS, self()); }
    @TorchFunction public Tensor atan_() { return Pointwise.applyInPlace(UnaryOps.ATAN, self()); }
    @TorchFunction public Tensor sinh_() { return Pointwise.applyInPlace(UnaryOps.SINH, self()); }
    @TorchFunction public Tensor cosh_() { return Pointwise.applyInPlace(UnaryOps.COSH, self()); }
    /** In-place comparisons write 1 or 0 in this tensor's own dtype, as {@code x.eq_(y)}. */
    public Tensor eq_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.EQ, self(), other); }
    public Tensor eq_(double value) { return Pointwise.applyInPlace(BinaryOps.EQ, self(), Conversions.scalar(value)); }
    public Tensor eq_(long value) { return Pointwise.applyInPlace(BinaryOps.EQ, self(), Conversions.scalar(value)); }
    public Tensor ne_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.NE, self(), other); }
    public Tensor ne_(double value) { return Pointwise.applyInPlace(BinaryOps.NE, self(), Conversions.scalar(value)); }
    public Tensor ne_(long value) { return Pointwise.applyInPlace(BinaryOps.NE, self(), Conversions.scalar(value)); }
    public Tensor lt_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.LT, self(), other); }
    public Tensor lt_(double value) { return Pointwise.applyInPlace(BinaryOps.LT, self(), Conversions.scalar(value)); }
    public Tensor lt_(long value) { return Pointwise.applyInPlace(BinaryOps.LT, self(), Conversions.scalar(value)); }
    public Tensor le_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.LE, self(), other); }
    public Tensor le_(double value) { return Pointwise.applyInPlace(BinaryOps.LE, self(), Conversions.scalar(value)); }
    public Tensor le_(long value) { return Pointwise.applyInPlace(BinaryOps.LE, self(), Conversions.scalar(value)); }
    public Tensor gt_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.GT, self(), other); }
    public Tensor gt_(double value) { return Pointwise.applyInPlace(BinaryOps.GT, self(), Conversions.scalar(value)); }
    public Tensor gt_(long value) { return Pointwise.applyInPlace(BinaryOps.GT, self(), Conversions.scalar(value)); }
    public Tensor ge_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.GE, self(), other); }
    public Tensor ge_(double value) { return Pointwise.applyInPlace(BinaryOps.GE, self(), Conversions.scalar(value)); }
    public Tensor ge_(long value) { return Pointwise.applyInPlace(BinaryOps.GE, self(), Conversions.scalar(value)); }
    public Tensor logicalAnd_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.LOGICAL_AND, self(), other); }
    public Tensor logicalOr_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.LOGICAL_OR, self(), other); }
    public Tensor logicalXor_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.LOGICAL_XOR, self(), other); }
    public Tensor logicalNot_() { return Pointwise.applyInPlace(UnaryOps.LOGICAL_NOT, self()); }
    @TorchFunction public Tensor round_() { return Pointwise.applyInPlace(UnaryOps.ROUND, self()); }
    @TorchFunction public Tensor clamp_(double min, double max) { return Arithmetic.clamp(self(), Conversions.scalar(min), Conversions.scalar(max), true); }
    @TorchFunction public Tensor clamp_(long min, long max) { return Arithmetic.clamp(self(), Conversions.scalar(min), Conversions.scalar(max), true); }
    @TorchFunction public Tensor clampMin_(double min) { return Arithmetic.clamp(self(), Conversions.scalar(min), null, true); }
    @TorchFunction public Tensor clampMin_(long min) { return Arithmetic.clamp(self(), Conversions.scalar(min), null, true); }
    @TorchFunction public Tensor clampMax_(double max) { return Arithmetic.clamp(self(), null, Conversions.scalar(max), true); }
    @TorchFunction public Tensor clampMax_(long max) { return Arithmetic.clamp(self(), null, Conversions.scalar(max), true); }
    public Tensor maximum_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.MAXIMUM, self(), other); }
    public Tensor minimum_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.MINIMUM, self(), other); }

    /** Fills with {@code value}. */
    @TorchFunction public Tensor fill_(double value) { Conversions.fill(self(), Conversions.scalar(value)); return self(); }
    @TorchFunction public Tensor fill_(long value) { Conversions.fill(self(), Conversions.scalar(value)); return self(); }
    @TorchFunction public Tensor fill_(boolean value) { Conversions.fill(self(), Conversions.scalar(value)); return self(); }
    /** Fills with zeros. */
    @TorchFunction public Tensor zero_() { Conversions.fill(self(), Conversions.scalar(0L), "ZeroBackward0"); return self(); }
    /** Copies {@code src} (broadcast, converted) into this tensor. */
    public Tensor copy_(Tensor src) { Conversions.copyChecked(self(), src); return self(); }

    // ---------------------------------------------------------------- comparison of whole tensors

    /** True when shapes and all elements are equal ({@code torch.equal}). */
    @TorchFunction public boolean equal(Tensor other) { return Arithmetic.equal(self(), other); }

    /** {@code |this - other| <= atol + rtol * |other|} everywhere (rtol 1e-5, atol 1e-8). */
    @TorchFunction public boolean allclose(Tensor other) { return Arithmetic.allclose(self(), other, 1e-5, 1e-8, false); }
    @TorchFunction public boolean allclose(Tensor other, double rtol, double atol) { return Arithmetic.allclose(self(), other, rtol, atol, false); }
    @TorchFunction public boolean allclose(Tensor other, double rtol, double atol, boolean equalNan) { return Arithmetic.allclose(self(), other, rtol, atol, equalNan); }

    // ---------------------------------------------------------------- reductions

    /** Sum of all elements (integers and bools sum to int64). */
    @TorchFunction public Tensor sum() { return ReductionOps.sum(self(), null, false); }
    /** Sum over {@code dims}. */
    @TorchFunction public Tensor sum(long... dims) { return ReductionOps.sum(self(), dims, false); }
    @TorchFunction public Tensor sum(long dim, boolean keepdim) { return ReductionOps.sum(self(), new long[]{dim}, keepdim); }
    @TorchFunction public Tensor sum(long[] dims, boolean keepdim) { return ReductionOps.sum(self(), dims, keepdim); }
    /** Mean of all elements (floating dtypes only, as PyTorch). */
    @TorchFunction public Tensor mean() { return ReductionOps.mean(self(), null, false); }
    @TorchFunction public Tensor mean(long... dims) { return ReductionOps.mean(self(), dims, false); }
    @TorchFunction public Tensor mean(long dim, boolean keepdim) { return ReductionOps.mean(self(), new long[]{dim}, keepdim); }
    @TorchFunction public Tensor mean(long[] dims, boolean keepdim) { return ReductionOps.mean(self(), dims, keepdim); }
    /** Product of all elements. */
    @TorchFunction public Tensor prod() { return ReductionOps.prod(self(), null, false); }
    @TorchFunction public Tensor prod(long dim) { return ReductionOps.prod(self(), new long[]{dim}, false); }
    @TorchFunction public Tensor prod(long dim, boolean keepdim) { return ReductionOps.prod(self(), new long[]{dim}, keepdim); }

    // dtype= (keyword-only in PyTorch, so it follows the other arguments): the input is cast to dtype
    // inside the op's own node, as ATen does (x.sum(dtype=torch.float64) is SumBackward0 over x)
    /** {@code x.sum(dtype=torch.float64)}: cast to {@code dtype}, then summed; {@code jshell> tensor(1, 2).sum(float32)} is {@code tensor(3.)}. */
    @TorchFunction public Tensor sum(DType dtype) { return ReductionOps.castInside(self(), dtype, t -> t.sum()); }
    @TorchFunction public Tensor sum(long dim, DType dtype) { return sum(dim, false, dtype); }
    @TorchFunction public Tensor sum(long[] dims, DType dtype) { return sum(dims, false, dtype); }
    @TorchFunction public Tensor sum(long dim, boolean keepdim, DType dtype) { return sum(new long[]{dim}, keepdim, dtype); }
    @TorchFunction public Tensor sum(long[] dims, boolean keepdim, DType dtype) { return ReductionOps.castInside(self(), dtype, t -> t.sum(dims, keepdim)); }
    /** {@code x.mean(dtype=torch.float64)}: cast, then averaged (an integer tensor's mean needs a floating dtype). */
    @TorchFunction public Tensor mean(DType dtype) { return ReductionOps.castInside(self(), dtype, t -> t.mean()); }
    @TorchFunction public Tensor mean(long dim, DType dtype) { return mean(dim, false, dtype); }
    @TorchFunction public Tensor mean(long[] dims, DType dtype) { return mean(dims, false, dtype); }
    @TorchFunction public Tensor mean(long dim, boolean keepdim, DType dtype) { return mean(new long[]{dim}, keepdim, dtype); }
    @TorchFunction public Tensor mean(long[] dims, boolean keepdim, DType dtype) { return ReductionOps.castInside(self(), dtype, t -> t.mean(dims, keepdim)); }
    /** {@code x.prod(dtype=torch.float64)}. */
    @TorchFunction public Tensor prod(DType dtype) { return ReductionOps.castInside(self(), dtype, t -> t.prod()); }
    @TorchFunction public Tensor prod(long dim, DType dtype) { return prod(dim, false, dtype); }
    @TorchFunction public Tensor prod(long dim, boolean keepdim, DType dtype) { return ReductionOps.castInside(self(), dtype, t -> t.prod(dim, keepdim)); }
    /** Sample standard deviation (Bessel's correction), as {@code x.std()}. */
    @TorchFunction public Tensor std() { return ReductionOps.std(self(), null, 1, false); }
    /** Standard deviation; {@code unbiased=false} divides by N. */
    @TorchFunction public Tensor std(boolean unbiased) { return ReductionOps.std(self(), null, unbiased ? 1 : 0, false); }
    @TorchFunction public Tensor std(long dim) { return ReductionOps.std(self(), new long[]{dim}, 1, false); }
    @TorchFunction public Tensor std(long dim, boolean unbiased, boolean keepdim) { return ReductionOps.std(self(), new long[]{dim}, unbiased ? 1 : 0, keepdim); }
    @TorchFunction public Tensor std(long[] dims, long correction, boolean keepdim) { return ReductionOps.std(self(), dims, correction, keepdim); }
    /** Sample variance (Bessel's correction). */
    @TorchFunction public Tensor var() { return ReductionOps.var(self(), null, 1, false); }
    @TorchFunction public Tensor var(boolean unbiased) { return ReductionOps.var(self(), null, unbiased ? 1 : 0, false); }
    @TorchFunction public Tensor var(long dim) { return ReductionOps.var(self(), new long[]{dim}, 1, false); }
    @TorchFunction public Tensor var(long dim, boolean unbiased, boolean keepdim) { return ReductionOps.var(self(), new long[]{dim}, unbiased ? 1 : 0, keepdim); }
    @TorchFunction public Tensor var(long[] dims, long correction, boolean keepdim) { return ReductionOps.var(self(), dims, correction, keepdim); }
    /** The largest element (NaN if any). */
    @TorchFunction public Tensor max() { return ReductionOps.extreme(self(), ReductionKind.MAX); }
    /** Largest values along {@code dim} and their first indices. */
    @TorchFunction public ValuesIndices max(long dim) { return ReductionOps.extreme(self(), ReductionKind.MAX, dim, false); }
    @TorchFunction public ValuesIndices max(long dim, boolean keepdim) { return ReductionOps.extreme(self(), ReductionKind.MAX, dim, keepdim); }
    /** Same as {@link #maximum(Tensor)}. */
    @TorchFunction public Tensor max(Tensor other) { return maximum(other); }
    @TorchFunction public Tensor min() { return ReductionOps.extreme(self(), ReductionKind.MIN); }
    @TorchFunction public ValuesIndices min(long dim) { return ReductionOps.extreme(self(), ReductionKind.MIN, dim, false); }
    @TorchFunction public ValuesIndices min(long dim, boolean keepdim) { return ReductionOps.extreme(self(), ReductionKind.MIN, dim, keepdim); }
    @TorchFunction public Tensor min(Tensor other) { return minimum(other); }
    /** Flat index of the first largest element. */
    @TorchFunction public Tensor argmax() { return ReductionOps.argExtreme(self(), ReductionKind.MAX); }
    @TorchFunction public Tensor argmax(long dim) { return ReductionOps.argExtreme(self(), ReductionKind.MAX, dim, false); }
    @TorchFunction public Tensor argmax(long dim, boolean keepdim) { return ReductionOps.argExtreme(self(), ReductionKind.MAX, dim, keepdim); }
    @TorchFunction public Tensor argmin() { return ReductionOps.argExtreme(self(), ReductionKind.MIN); }
    @TorchFunction public Tensor argmin(long dim) { return ReductionOps.argExtreme(self(), ReductionKind.MIN, dim, false); }
    @TorchFunction public Tensor argmin(long dim, boolean keepdim) { return ReductionOps.argExtreme(self(), ReductionKind.MIN, dim, keepdim); }
    /** Whether every element is nonzero. */
    @TorchFunction public Tensor all() { return ReductionOps.logical(self(), ReductionKind.ALL, null, false); }
    @TorchFunction public Tensor all(long dim) { return ReductionOps.logical(self(), ReductionKind.ALL, new long[]{dim}, false); }
    @TorchFunction public Tensor all(long dim, boolean keepdim) { return ReductionOps.logical(self(), ReductionKind.ALL, new long[]{dim}, keepdim); }
    /** Whether any element is nonzero. */
    @TorchFunction public Tensor any() { return ReductionOps.logical(self(), ReductionKind.ANY, null, false); }
    @TorchFunction public Tensor any(long dim) { return ReductionOps.logical(self(), ReductionKind.ANY, new long[]{dim}, false); }
    @TorchFunction public Tensor any(long dim, boolean keepdim) { return ReductionOps.logical(self(), ReductionKind.ANY, new long[]{dim}, keepdim); }
    /** Running sum along {@code dim}. */
    @TorchFunction public Tensor cumsum(long dim) { return ReductionOps.scan(self(), dim, false); }
    /** Running product along {@code dim}. */
    @TorchFunction public Tensor cumprod(long dim) { return ReductionOps.scan(self(), dim, true); }
    /** {@code x.cumsum(dim, dtype=torch.float64)}: cast inside the node, as {@link #sum(DType)}. */
    @TorchFunction public Tensor cumsum(long dim, DType dtype) { return ReductionOps.castInside(self(), dtype, t -> t.cumsum(dim)); }
    @TorchFunction public Tensor cumprod(long dim, DType dtype) { return ReductionOps.castInside(self(), dtype, t -> t.cumprod(dim)); }

    // ---------------------------------------------------------------- matrix products

    /**
     * Matrix product with PyTorch's rules: 1-D·1-D is a dot product, 2-D·2-D a matrix product,
     * and higher dims broadcast as batches.
     * <pre>{@code
     * jshell> ones(2, 3).matmul(ones(3, 4)).shape()
     * $1 ==> torch.Size([2, 4])
     * }</pre>
     */
    @TorchFunction public Tensor matmul(Tensor other) { return LinearAlgebra.matmul(self(), other); }
    /** 2-D matrix product. */
    @TorchFunction public Tensor mm(Tensor other) { return LinearAlgebra.mm(self(), other); }
    /** Batched matrix product of (b, n, m) and (b, m, p). */
    @TorchFunction public Tensor bmm(Tensor other) { return LinearAlgebra.bmm(self(), other); }
    /** Matrix-vector product. */
    @TorchFunction public Tensor mv(Tensor vec) { return LinearAlgebra.mv(self(), vec); }
    /** Dot product of two 1-D tensors. */
    @TorchFunction public Tensor dot(Tensor other) { return LinearAlgebra.dot(self(), other); }
    /** Outer product of two 1-D tensors. */
    @TorchFunction public Tensor outer(Tensor other) { return LinearAlgebra.outer(self(), other); }

    // ---------------------------------------------------------------- nn: softmax family, erf (helper nn)

    /**
     * Softmax along {@code dim}: e^x / Σ e^x, each slice summing to 1 ({@code x.softmax(dim)}).
     * <pre>{@code
     * jshell> tensor(1.0, 2.0, 3.0).softmax(0)
     * $1 ==> tensor([0.0900, 0.2447, 0.6652])
     * }</pre>
     */
    @TorchFunction public Tensor softmax(long dim) { return NnSoftmax.softmax(self(), dim); }
    /** log(softmax(x)) along {@code dim}, computed stably ({@code x.log_softmax(dim)}). */
    @TorchFunction public Tensor logSoftmax(long dim) { return NnSoftmax.logSoftmax(self(), dim); }
    /** {@code x.softmax(dim, dtype=torch.float64)}: the input converted first (a {@code ToCopyBackward0} node, as in PyTorch). */
    @TorchFunction public Tensor softmax(long dim, DType dtype) { return self().to(dtype).softmax(dim); }
    /** {@code x.log_softmax(dim, dtype=torch.float64)}, converted first as {@link #softmax(long, DType)}. */
    @TorchFunction public Tensor logSoftmax(long dim, DType dtype) { return self().to(dtype).logSoftmax(dim); }
    /**
     * log Σ exp along {@code dim}, without overflow ({@code x.logsumexp(dim)}).
     * <pre>{@code
     * jshell> tensor(1000.0, 1000.0).logsumexp(0)
     * $1 ==> tensor(1000.6932)
     * }</pre>
     */
    @TorchFunction public Tensor logsumexp(long dim) { return NnSoftmax.logsumexp(self(), new long[]{dim}, false); }
    /** log Σ exp along {@code dim}, keeping it as size 1 when {@code keepdim}. */
    @TorchFunction public Tensor logsumexp(long dim, boolean keepdim) { return NnSoftmax.logsumexp(self(), new long[]{dim}, keepdim); }
    /** log Σ exp over several dims. */
    @TorchFunction public Tensor logsumexp(long[] dims, boolean keepdim) { return NnSoftmax.logsumexp(self(), dims, keepdim); }
    /**
     * The error function elementwise ({@code x.erf()}).
     * <pre>{@code
     * jshell> tensor(0.0, 1.0).erf()
     * $1 ==> tensor([0.0000, 0.8427])
     * }</pre>
     */
    @TorchFunction public Tensor erf() { return Pointwise.apply(NnActivations.ERF, self()); }
    /** erf in place. */
    @TorchFunction public Tensor erf_() { return Pointwise.applyInPlace(NnActivations.ERF, self()); }

    // ---------------------------------------------------------------- optim ops (addcmul, addcdiv, lerp): helper optim's section

    /**
     * {@code this + value * tensor1 * tensor2}, broadcasting, in one pass.
     * <pre>{@code
     * jshell> zeros(2).addcmul(tensor(1.0, 2.0), tensor(3.0, 4.0), 0.5)
     * $1 ==> tensor([1.5000, 4.0000])
     * }</pre>
     */
    @TorchFunction public Tensor addcmul(Tensor tensor1, Tensor tensor2, double value) { return FusedPointwise.addcmul(self(), tensor1, tensor2, value); }
    /** {@code this + tensor1 * tensor2}. */
    @TorchFunction public Tensor addcmul(Tensor tensor1, Tensor tensor2) { return FusedPointwise.addcmul(self(), tensor1, tensor2, 1); }
    /** In-place {@link #addcmul(Tensor, Tensor, double)}: the optimizers' {@code v.mul_(beta2).addcmul_(g, g, 1 - beta2)}. */
    public Tensor addcmul_(Tensor tensor1, Tensor tensor2, double value) { return FusedPointwise.addcmul_(self(), tensor1, tensor2, value); }
    public Tensor addcmul_(Tensor tensor1, Tensor tensor2) { return FusedPointwise.addcmul_(self(), tensor1, tensor2, 1); }

    /**
     * {@code this + value * tensor1 / tensor2}, broadcasting, in one pass (integer tensor1 and tensor2 are refused, as in PyTorch).
     * <pre>{@code
     * jshell> ones(2).addcdiv(tensor(1.0, 2.0), tensor(4.0, 4.0), 2.0)
     * $1 ==> tensor([1.5000, 2.0000])
     * }</pre>
     */
    @TorchFunction public Tensor addcdiv(Tensor tensor1, Tensor tensor2, double value) { return FusedPointwise.addcdiv(self(), tensor1, tensor2, value); }
    /** {@code this + tensor1 / tensor2}. */
    @TorchFunction public Tensor addcdiv(Tensor tensor1, Tensor tensor2) { return FusedPointwise.addcdiv(self(), tensor1, tensor2, 1); }
    /** In-place {@link #addcdiv(Tensor, Tensor, double)}: Adam's {@code p.addcdiv_(m, denom, -stepSize)}. */
    public Tensor addcdiv_(Tensor tensor1, Tensor tensor2, double value) { return FusedPointwise.addcdiv_(self(), tensor1, tensor2, value); }
    public Tensor addcdiv_(Tensor tensor1, Tensor tensor2) { return FusedPointwise.addcdiv_(self(), tensor1, tensor2, 1); }

    /**
     * Linear interpolation {@code this + weight * (end - this)} (computed from the nearer end, as ATen).
     * <pre>{@code
     * jshell> zeros(2).lerp(tensor(2.0, 4.0), 0.25)
     * $1 ==> tensor([0.5000, 1.0000])
     * }</pre>
     */
    @TorchFunction public Tensor lerp(Tensor end, double weight) { return FusedPointwise.lerp(self(), end, weight); }
    /** Interpolation with a weight per element (broadcast). */
    @TorchFunction public Tensor lerp(Tensor end, Tensor weight) { return FusedPointwise.lerp(self(), end, weight); }
    /** In-place {@link #lerp(Tensor, double)}: an exponential moving average {@code avg.lerp_(x, 1 - decay)}. */
    public Tensor lerp_(Tensor end, double weight) { return FusedPointwise.lerp_(self(), end, weight); }
    public Tensor lerp_(Tensor end, Tensor weight) { return FusedPointwise.lerp_(self(), end, weight); }
}
