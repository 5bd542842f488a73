package torch4j;

import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * An n-dimensional array with PyTorch's semantics: a view (shape, strides, offset) on a typed
 * {@link Storage}. Views share storage, so writing through a view changes its base.
 * {@code toString()} is PyTorch's repr, character for character.
 *
 * <pre>{@code
 * jshell> var x = arange(6).view(2, 3)
 * x ==> tensor([[0, 1, 2],
 *               [3, 4, 5]])
 * jshell> x.t().isContiguous()
 * false
 * }</pre>
 *
 * This class is a facade: every op lives in a package-private class next to its kin.
 */
public final class Tensor {
    final Storage storage;
    long[] shape;       // mutable only through resize_ (and later set_/detach_)
    long[] strides;
    long offset;
    /** A tensor made from a Java number for an op (PyTorch's wrapped number): lowest promotion priority. */
    final boolean wrappedNumber;

    Tensor(Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        this.storage = storage;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.wrappedNumber = wrappedNumber;
    }

    Tensor(Storage storage, long[] shape, long[] strides, long offset) {
        this(storage, shape, strides, offset, false);
    }

    /** A new contiguous zero-filled tensor. */
    static Tensor allocate(DType dtype, long[] shape) {
        return new Tensor(Storage.allocate(dtype, Shapes.numel(shape)), shape, Shapes.contiguousStrides(shape), 0);
    }

    /** A view on this tensor's storage. */
    Tensor view(long[] newShape, long[] newStrides, long newOffset) {
        return new Tensor(storage, newShape, newStrides, newOffset);
    }

    // ---------------------------------------------------------------- metadata

    /** The shape, as {@code x.shape} / {@code x.size()}. */
    public Size shape() { return Size.of(shape); }

    /** Same as {@link #shape()}. */
    public Size size() { return Size.of(shape); }

    /** Extent of one dimension (negative counts from the end). */
    public long size(int dim) { return shape[Shapes.wrapDim(dim, shape.length)]; }

    /** Number of dimensions. */
    public int dim() { return shape.length; }

    /** Same as {@link #dim()}. */
    public int ndim() { return shape.length; }

    /** Number of elements. */
    public long numel() { return Shapes.numel(shape); }

    /** Element type. */
    public DType dtype() { return storage.dtype(); }

    /** The device holding the storage. */
    public Device device() { return Device.CPU; }

    /** Strides in elements, as {@code x.stride()}. */
    public long[] stride() { return strides.clone(); }

    /** Stride of one dimension. */
    public long stride(int dim) { return strides[Shapes.wrapDim(dim, shape.length)]; }

    /** Offset of the first element in the storage, as {@code x.storage_offset()}. */
    public long storageOffset() { return offset; }

    /** Bytes per element. */
    public int elementSize() { return storage.dtype().itemSize(); }

    /** Whether elements lie in row-major order with no gaps. */
    public boolean isContiguous() { return Shapes.isContiguous(shape, strides); }

    /** True for float32 and float64. */
    public boolean isFloatingPoint() { return dtype().isFloatingPoint(); }

    /** Whether two tensors view the same storage (for the memory-sharing lessons). */
    public boolean sharesStorageWith(Tensor other) { return storage == other.storage; }

    /** The backing storage (internal; PyTorch's {@code x.untyped_storage()}). */
    public Storage storage() { return storage; }

    /** The address-free analogue of {@code x.data_ptr()}: storage identity plus element offset. */
    public long dataPtr() { return ((long) System.identityHashCode(storage) << 32) + offset * elementSize(); }

    // ---------------------------------------------------------------- values out

    /** The single value of a one-element tensor as a double ({@code x.item()}). */
    public double item() { return storage.getDouble(singleIndex()); }

    /** The single value as a long (for integer tensors, exact). */
    public long longValue() { return storage.getLong(singleIndex()); }

    /** The single value as an int. */
    public int intValue() { return (int) longValue(); }

    /** The single value as a float. */
    public float floatValue() { return (float) item(); }

    /** The single value as a double. */
    public double doubleValue() { return item(); }

    /** The single value as a boolean (nonzero is true). */
    public boolean booleanValue() { return isFloatingPoint() ? item() != 0 : longValue() != 0; }

    private int singleIndex() {
        if (numel() != 1)
            throw new IllegalStateException("a Tensor with " + numel() + " elements cannot be converted to Scalar");
        return (int) offset;
    }

    /** Elements in row-major order as doubles. */
    public double[] toDoubleArray() { return (double[]) Conversions.toFlatArray(this, DType.FLOAT64); }

    /** Elements in row-major order as floats. */
    public float[] toFloatArray() { return (float[]) Conversions.toFlatArray(this, DType.FLOAT32); }

    /** Elements in row-major order as longs. */
    public long[] toLongArray() { return (long[]) Conversions.toFlatArray(this, DType.INT64); }

    /** Elements in row-major order as ints. */
    public int[] toIntArray() { return (int[]) Conversions.toFlatArray(this, DType.INT32); }

    /** Elements in row-major order as booleans. */
    public boolean[] toBooleanArray() { return (boolean[]) Conversions.toFlatArray(this, DType.BOOL); }

    /** Nested Java arrays of the tensor's element type ({@code x.tolist()}); a 0-dim tensor gives a boxed value. */
    public Object toArray() { return Conversions.toNestedArray(this); }

    // ---------------------------------------------------------------- dtype conversion

    /** A copy converted to {@code dtype} (keeping a dense layout, as PyTorch), or this tensor when it already has it ({@code x.to(dtype)}). */
    public Tensor to(DType dtype) { return dtype == dtype() ? this : Conversions.convertPreservingLayout(this, dtype); }

    /** Same as {@link #to(DType)}. */
    public Tensor type(DType dtype) { return to(dtype); }

    /** Converts to the dtype of {@code other}. */
    public Tensor typeAs(Tensor other) { return to(other.dtype()); }

    /** {@code x.float()}: float32. */
    public Tensor toFloat() { return to(DType.FLOAT32); }

    /** {@code x.double()}: float64. */
    public Tensor toDouble() { return to(DType.FLOAT64); }

    /** {@code x.long()}: int64. */
    public Tensor toLong() { return to(DType.INT64); }

    /** {@code x.int()}: int32. */
    public Tensor toInt() { return to(DType.INT32); }

    /** {@code x.bool()}. */
    public Tensor bool() { return to(DType.BOOL); }

    /** {@code x.byte()}: uint8. */
    public Tensor toByte() { return to(DType.UINT8); }

    /** PyTorch's repr, e.g. {@code tensor([[0.3367, 0.1288],\n        [0.2345, 0.2303]])}. */
    @Override public String toString() { return TensorPrinting.repr(this); }

    // ---------------------------------------------------------------- views (share storage)

    /** A view with a new shape (one dim may be -1); fails when the layout does not allow it. */
    public Tensor view(long... shape) { return Views.view(this, shape); }

    /** A view when possible, else a copy. */
    public Tensor reshape(long... shape) { return Views.reshape(this, shape); }

    /** Views this tensor with {@code other}'s shape. */
    public Tensor viewAs(Tensor other) { return Views.view(this, other.shape); }

    /** Same as {@code reshape(other.shape())}. */
    public Tensor reshapeAs(Tensor other) { return Views.reshape(this, other.shape); }

    /** Swaps two dimensions. */
    public Tensor transpose(long dim0, long dim1) { return Views.transpose(this, dim0, dim1); }

    /** Transpose of a 2-D tensor (0-D and 1-D returned as is). */
    public Tensor t() { return Views.t(this); }

    /** Reorders dimensions. */
    public Tensor permute(long... dims) { return Views.permute(this, dims); }

    /** Broadcasts size-1 dims to larger sizes without copying (-1 keeps a size). */
    public Tensor expand(long... sizes) { return Views.expand(this, sizes); }

    /** Expands to {@code other}'s shape. */
    public Tensor expandAs(Tensor other) { return Views.expand(this, other.shape); }

    /** Removes all size-1 dims. */
    public Tensor squeeze() { return Views.squeeze(this); }

    /** Removes {@code dim} if its size is 1. */
    public Tensor squeeze(long dim) { return Views.squeeze(this, dim); }

    /** Inserts a size-1 dim at {@code dim}. */
    public Tensor unsqueeze(long dim) { return Views.unsqueeze(this, dim); }

    /** Flattens all dims into one. */
    public Tensor flatten() { return Views.flatten(this, 0, -1); }

    /** Flattens dims {@code startDim..endDim}. */
    public Tensor flatten(long startDim, long endDim) { return Views.flatten(this, startDim, endDim); }

    /** Splits {@code dim} into {@code sizes}. */
    public Tensor unflatten(long dim, long... sizes) { return Views.unflatten(this, dim, sizes); }

    /** The slice {@code start .. start+length} of {@code dim}. */
    public Tensor narrow(long dim, long start, long length) { return Views.narrow(this, dim, start, length); }

    /** Index {@code index} of {@code dim}, removing that dim. */
    public Tensor select(long dim, long index) { return Views.select(this, dim, index); }

    /** {@code x[start:end:step]} along {@code dim}. */
    public Tensor slice(long dim, long start, long end, long step) { return Views.slice(this, dim, start, end, step); }

    /** This tensor if contiguous, else a contiguous copy. */
    public Tensor contiguous() { return Views.contiguous(this); }

    /** A copy; like PyTorch's, it keeps the strides of a dense tensor (a transposed one stays transposed). */
    public Tensor clone() { return Conversions.clonePreservingLayout(this); }

    /** Resizes in place, as PyTorch's resize_ (keeps the storage when it is large enough). */
    public Tensor resize_(long... sizes) { Views.resize(this, sizes); storage.bumpVersion(); return this; }

    // ---------------------------------------------------------------- elementwise

    /** {@code this + other}, broadcasting. */
    public Tensor add(Tensor other) { return Pointwise.apply(BinaryOps.ADD, this, other); }
    /** {@code this + alpha * other}. */
    public Tensor add(Tensor other, double alpha) { return Pointwise.apply(BinaryOps.addScaled(alpha), this, other); }
    /** {@code this + value}. */
    public Tensor add(double value) { return Pointwise.apply(BinaryOps.ADD, this, Conversions.scalar(value)); }
    /** {@code this + value} (an integer keeps integer tensors integral). */
    public Tensor add(long value) { return Pointwise.apply(BinaryOps.ADD, this, Conversions.scalar(value)); }
    /** {@code this - other}. */
    public Tensor sub(Tensor other) { return Pointwise.apply(BinaryOps.SUB, this, other); }
    /** {@code this - alpha * other}. */
    public Tensor sub(Tensor other, double alpha) { return Pointwise.apply(BinaryOps.subScaled(alpha), this, other); }
    public Tensor sub(double value) { return Pointwise.apply(BinaryOps.SUB, this, Conversions.scalar(value)); }
    public Tensor sub(long value) { return Pointwise.apply(BinaryOps.SUB, this, Conversions.scalar(value)); }
    /** {@code this * other}. */
    public Tensor mul(Tensor other) { return Pointwise.apply(BinaryOps.MUL, this, other); }
    public Tensor mul(double value) { return Pointwise.apply(BinaryOps.MUL, this, Conversions.scalar(value)); }
    public Tensor mul(long value) { return Pointwise.apply(BinaryOps.MUL, this, Conversions.scalar(value)); }
    /** True division: integer tensors give floats. */
    public Tensor div(Tensor other) { return Pointwise.apply(BinaryOps.DIV, this, other); }
    public Tensor div(double value) { return Pointwise.apply(BinaryOps.DIV, this, Conversions.scalar(value)); }
    /** Division with {@code roundingMode} "trunc" or "floor" (null for true division). */
    public Tensor div(Tensor other, String roundingMode) { return Pointwise.apply(Arithmetic.division(this, other, roundingMode), this, other); }
    /** {@code this // other} (Python's floor division). */
    public Tensor floorDivide(Tensor other) { return div(other, "floor"); }
    public Tensor floorDivide(long value) { return div(Conversions.scalar(value), "floor"); }
    /** Python's {@code %}: the sign follows the divisor. */
    public Tensor remainder(Tensor other) { return Pointwise.apply(Arithmetic.checked(BinaryOps.REMAINDER, this, other), this, other); }
    public Tensor remainder(double value) { return remainder(Conversions.scalar(value)); }
    public Tensor remainder(long value) { return remainder(Conversions.scalar(value)); }
    /** C's fmod: the sign follows the dividend. */
    public Tensor fmod(Tensor other) { return Pointwise.apply(Arithmetic.checked(BinaryOps.FMOD, this, other), this, other); }
    public Tensor fmod(double value) { return fmod(Conversions.scalar(value)); }
    public Tensor fmod(long value) { return fmod(Conversions.scalar(value)); }
    /** {@code this ** exponent}. */
    public Tensor pow(Tensor exponent) { return Pointwise.apply(BinaryOps.POW, this, exponent); }
    public Tensor pow(double exponent) { return Arithmetic.powScalar(this, Conversions.scalar(exponent), exponent); }
    public Tensor pow(long exponent) { return Arithmetic.powScalar(this, Conversions.scalar(exponent), exponent); }
    public Tensor atan2(Tensor other) { return Pointwise.apply(BinaryOps.ATAN2, this, other); }
    /** Elementwise max, propagating NaN. */
    public Tensor maximum(Tensor other) { return Pointwise.apply(BinaryOps.MAXIMUM, this, other); }
    /** Elementwise min, propagating NaN. */
    public Tensor minimum(Tensor other) { return Pointwise.apply(BinaryOps.MINIMUM, this, other); }

    public Tensor neg() { return Pointwise.apply(Arithmetic.negation(this), this); }
    public Tensor abs() { return Pointwise.apply(UnaryOps.ABS, this); }
    public Tensor square() { return Pointwise.apply(UnaryOps.SQUARE, this); }
    public Tensor sign() { return Pointwise.apply(UnaryOps.SIGN, this); }
    public Tensor sqrt() { return Pointwise.apply(UnaryOps.SQRT, this); }
    public Tensor rsqrt() { return Pointwise.apply(UnaryOps.RSQRT, this); }
    public Tensor reciprocal() { return Pointwise.apply(UnaryOps.RECIPROCAL, this); }
    public Tensor exp() { return Pointwise.apply(UnaryOps.EXP, this); }
    public Tensor expm1() { return Pointwise.apply(UnaryOps.EXPM1, this); }
    public Tensor log() { return Pointwise.apply(UnaryOps.LOG, this); }
    public Tensor log2() { return Pointwise.apply(UnaryOps.LOG2, this); }
    public Tensor log10() { return Pointwise.apply(UnaryOps.LOG10, this); }
    public Tensor log1p() { return Pointwise.apply(UnaryOps.LOG1P, this); }
    public Tensor sin() { return Pointwise.apply(UnaryOps.SIN, this); }
    public Tensor cos() { return Pointwise.apply(UnaryOps.COS, this); }
    public Tensor tan() { return Pointwise.apply(UnaryOps.TAN, this); }
    public Tensor asin() { return Pointwise.apply(UnaryOps.ASIN, this); }
    public Tensor acos() { return Pointwise.apply(UnaryOps.ACOS, this); }
    public Tensor atan() { return Pointwise.apply(UnaryOps.ATAN, this); }
    public Tensor sinh() { return Pointwise.apply(UnaryOps.SINH, this); }
    public Tensor cosh() { return Pointwise.apply(UnaryOps.COSH, this); }
    public Tensor tanh() { return Pointwise.apply(UnaryOps.TANH, this); }
    public Tensor sigmoid() { return Pointwise.apply(UnaryOps.SIGMOID, this); }
    public Tensor relu() { return Pointwise.apply(UnaryOps.RELU, this); }
    public Tensor floor() { return Pointwise.apply(UnaryOps.FLOOR, this); }
    public Tensor ceil() { return Pointwise.apply(UnaryOps.CEIL, this); }
    /** Rounds half to even, as torch.round. */
    public Tensor round() { return Pointwise.apply(UnaryOps.ROUND, this); }
    public Tensor trunc() { return Pointwise.apply(UnaryOps.TRUNC, this); }
    /** Limits values to [min, max]. */
    public Tensor clamp(double min, double max) { return Arithmetic.clamp(this, Conversions.scalar(min), Conversions.scalar(max), false); }
    /** Integer bounds keep an integer tensor integral, as {@code x.clamp(0, 1)} in Python. */
    public Tensor clamp(long min, long max) { return Arithmetic.clamp(this, Conversions.scalar(min), Conversions.scalar(max), false); }
    public Tensor clampMin(double min) { return Arithmetic.clamp(this, Conversions.scalar(min), null, false); }
    public Tensor clampMin(long min) { return Arithmetic.clamp(this, Conversions.scalar(min), null, false); }
    public Tensor clampMax(double max) { return Arithmetic.clamp(this, null, Conversions.scalar(max), false); }
    public Tensor clampMax(long max) { return Arithmetic.clamp(this, null, Conversions.scalar(max), false); }
    /** Limits values elementwise to [min, max] given as tensors. */
    public Tensor clamp(Tensor min, Tensor max) { return minimum(max).maximum(min).to(TypePromotion.resultType(this, min, max)).minimum(max); }

    public Tensor eq(Tensor other) { return Pointwise.apply(BinaryOps.EQ, this, other); }
    public Tensor eq(double value) { return Pointwise.apply(BinaryOps.EQ, this, Conversions.scalar(value)); }
    public Tensor eq(long value) { return Pointwise.apply(BinaryOps.EQ, this, Conversions.scalar(value)); }
    public Tensor ne(Tensor other) { return Pointwise.apply(BinaryOps.NE, this, other); }
    public Tensor ne(double value) { return Pointwise.apply(BinaryOps.NE, this, Conversions.scalar(value)); }
    public Tensor ne(long value) { return Pointwise.apply(BinaryOps.NE, this, Conversions.scalar(value)); }
    public Tensor lt(Tensor other) { return Pointwise.apply(BinaryOps.LT, this, other); }
    public Tensor lt(double value) { return Pointwise.apply(BinaryOps.LT, this, Conversions.scalar(value)); }
    public Tensor lt(long value) { return Pointwise.apply(BinaryOps.LT, this, Conversions.scalar(value)); }
    public Tensor le(Tensor other) { return Pointwise.apply(BinaryOps.LE, this, other); }
    public Tensor le(double value) { return Pointwise.apply(BinaryOps.LE, this, Conversions.scalar(value)); }
    public Tensor le(long value) { return Pointwise.apply(BinaryOps.LE, this, Conversions.scalar(value)); }
    public Tensor gt(Tensor other) { return Pointwise.apply(BinaryOps.GT, this, other); }
    public Tensor gt(double value) { return Pointwise.apply(BinaryOps.GT, this, Conversions.scalar(value)); }
    public Tensor gt(long value) { return Pointwise.apply(BinaryOps.GT, this, Conversions.scalar(value)); }
    public Tensor ge(Tensor other) { return Pointwise.apply(BinaryOps.GE, this, other); }
    public Tensor ge(double value) { return Pointwise.apply(BinaryOps.GE, this, Conversions.scalar(value)); }
    public Tensor ge(long value) { return Pointwise.apply(BinaryOps.GE, this, Conversions.scalar(value)); }
    public Tensor logicalAnd(Tensor other) { return Pointwise.apply(BinaryOps.LOGICAL_AND, this, other); }
    public Tensor logicalOr(Tensor other) { return Pointwise.apply(BinaryOps.LOGICAL_OR, this, other); }
    public Tensor logicalXor(Tensor other) { return Pointwise.apply(BinaryOps.LOGICAL_XOR, this, other); }
    public Tensor logicalNot() { return Pointwise.apply(UnaryOps.LOGICAL_NOT, this); }
    public Tensor isnan() { return Pointwise.apply(UnaryOps.ISNAN, this); }
    public Tensor isinf() { return Pointwise.apply(UnaryOps.ISINF, this); }
    public Tensor isfinite() { return Pointwise.apply(UnaryOps.ISFINITE, this); }

    /** {@code condition ? this : other}, as {@code x.where(cond, y)}. */
    public Tensor where(Tensor condition, Tensor other) { return Pointwise.where(condition, this, other); }
    public Tensor where(Tensor condition, double other) { return Pointwise.where(condition, this, Conversions.scalar(other)); }

    // ---------------------------------------------------------------- in place (trailing underscore)

    public Tensor add_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.ADD, this, other); }
    public Tensor add_(Tensor other, double alpha) { return Pointwise.applyInPlace(BinaryOps.addScaled(alpha), this, other); }
    public Tensor add_(double value) { return Pointwise.applyInPlace(BinaryOps.ADD, this, Conversions.scalar(value)); }
    public Tensor add_(long value) { return Pointwise.applyInPlace(BinaryOps.ADD, this, Conversions.scalar(value)); }
    public Tensor sub_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.SUB, this, other); }
    public Tensor sub_(Tensor other, double alpha) { return Pointwise.applyInPlace(BinaryOps.subScaled(alpha), this, other); }
    public Tensor sub_(double value) { return Pointwise.applyInPlace(BinaryOps.SUB, this, Conversions.scalar(value)); }
    public Tensor sub_(long value) { return Pointwise.applyInPlace(BinaryOps.SUB, this, Conversions.scalar(value)); }
    public Tensor mul_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.MUL, this, other); }
    public Tensor mul_(double value) { return Pointwise.applyInPlace(BinaryOps.MUL, this, Conversions.scalar(value)); }
    public Tensor mul_(long value) { return Pointwise.applyInPlace(BinaryOps.MUL, this, Conversions.scalar(value)); }
    public Tensor div_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.DIV, this, other); }
    public Tensor div_(double value) { return Pointwise.applyInPlace(BinaryOps.DIV, this, Conversions.scalar(value)); }
    public Tensor pow_(double exponent) { return Arithmetic.powScalarInPlace(this, Conversions.scalar(exponent), exponent); }
    public Tensor pow_(long exponent) { return Arithmetic.powScalarInPlace(this, Conversions.scalar(exponent), exponent); }
    public Tensor pow_(Tensor exponent) { return Pointwise.applyInPlace(BinaryOps.POW, this, exponent); }
    public Tensor neg_() { return Pointwise.applyInPlace(Arithmetic.negation(this), this); }
    public Tensor abs_() { return Pointwise.applyInPlace(UnaryOps.ABS, this); }
    public Tensor sqrt_() { return Pointwise.applyInPlace(UnaryOps.SQRT, this); }
    public Tensor exp_() { return Pointwise.applyInPlace(UnaryOps.EXP, this); }
    public Tensor log_() { return Pointwise.applyInPlace(UnaryOps.LOG, this); }
    public Tensor sin_() { return Pointwise.applyInPlace(UnaryOps.SIN, this); }
    public Tensor cos_() { return Pointwise.applyInPlace(UnaryOps.COS, this); }
    public Tensor tanh_() { return Pointwise.applyInPlace(UnaryOps.TANH, this); }
    public Tensor sigmoid_() { return Pointwise.applyInPlace(UnaryOps.SIGMOID, this); }
    public Tensor relu_() { return Pointwise.applyInPlace(UnaryOps.RELU, this); }
    public Tensor floor_() { return Pointwise.applyInPlace(UnaryOps.FLOOR, this); }
    public Tensor round_() { return Pointwise.applyInPlace(UnaryOps.ROUND, this); }
    public Tensor clamp_(double min, double max) { return Arithmetic.clamp(this, Conversions.scalar(min), Conversions.scalar(max), true); }
    public Tensor clamp_(long min, long max) { return Arithmetic.clamp(this, Conversions.scalar(min), Conversions.scalar(max), true); }
    public Tensor clampMin_(double min) { return Arithmetic.clamp(this, Conversions.scalar(min), null, true); }
    public Tensor clampMin_(long min) { return Arithmetic.clamp(this, Conversions.scalar(min), null, true); }
    public Tensor clampMax_(double max) { return Arithmetic.clamp(this, null, Conversions.scalar(max), true); }
    public Tensor clampMax_(long max) { return Arithmetic.clamp(this, null, Conversions.scalar(max), true); }
    public Tensor maximum_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.MAXIMUM, this, other); }
    public Tensor minimum_(Tensor other) { return Pointwise.applyInPlace(BinaryOps.MINIMUM, this, other); }

    /** Fills with {@code value}. */
    public Tensor fill_(double value) { Conversions.fill(this, Conversions.scalar(value)); return this; }
    public Tensor fill_(long value) { Conversions.fill(this, Conversions.scalar(value)); return this; }
    public Tensor fill_(boolean value) { Conversions.fill(this, Conversions.scalar(value)); return this; }
    /** Fills with zeros. */
    public Tensor zero_() { return fill_(0L); }
    /** Copies {@code src} (broadcast, converted) into this tensor. */
    public Tensor copy_(Tensor src) { Conversions.copyChecked(this, src); return this; }

    // ---------------------------------------------------------------- comparison of whole tensors

    /** True when shapes and all elements are equal ({@code torch.equal}). */
    public boolean equal(Tensor other) { return Arithmetic.equal(this, other); }

    /** {@code |this - other| <= atol + rtol * |other|} everywhere (rtol 1e-5, atol 1e-8). */
    public boolean allclose(Tensor other) { return Arithmetic.allclose(this, other, 1e-5, 1e-8, false); }
    public boolean allclose(Tensor other, double rtol, double atol) { return Arithmetic.allclose(this, other, rtol, atol, false); }
    public boolean allclose(Tensor other, double rtol, double atol, boolean equalNan) { return Arithmetic.allclose(this, other, rtol, atol, equalNan); }

    // ---------------------------------------------------------------- reductions

    /** Sum of all elements (integers and bools sum to int64). */
    public Tensor sum() { return ReductionOps.sum(this, null, false); }
    /** Sum over {@code dims}. */
    public Tensor sum(long... dims) { return ReductionOps.sum(this, dims, false); }
    public Tensor sum(long dim, boolean keepdim) { return ReductionOps.sum(this, new long[]{dim}, keepdim); }
    public Tensor sum(long[] dims, boolean keepdim) { return ReductionOps.sum(this, dims, keepdim); }
    /** Mean of all elements (floating dtypes only, as PyTorch). */
    public Tensor mean() { return ReductionOps.mean(this, null, false); }
    public Tensor mean(long... dims) { return ReductionOps.mean(this, dims, false); }
    public Tensor mean(long dim, boolean keepdim) { return ReductionOps.mean(this, new long[]{dim}, keepdim); }
    public Tensor mean(long[] dims, boolean keepdim) { return ReductionOps.mean(this, dims, keepdim); }
    /** Product of all elements. */
    public Tensor prod() { return ReductionOps.prod(this, null, false); }
    public Tensor prod(long dim) { return ReductionOps.prod(this, new long[]{dim}, false); }
    public Tensor prod(long dim, boolean keepdim) { return ReductionOps.prod(this, new long[]{dim}, keepdim); }
    /** Sample standard deviation (Bessel's correction), as {@code x.std()}. */
    public Tensor std() { return ReductionOps.std(this, null, 1, false); }
    /** Standard deviation; {@code unbiased=false} divides by N. */
    public Tensor std(boolean unbiased) { return ReductionOps.std(this, null, unbiased ? 1 : 0, false); }
    public Tensor std(long dim) { return ReductionOps.std(this, new long[]{dim}, 1, false); }
    public Tensor std(long dim, boolean unbiased, boolean keepdim) { return ReductionOps.std(this, new long[]{dim}, unbiased ? 1 : 0, keepdim); }
    public Tensor std(long[] dims, long correction, boolean keepdim) { return ReductionOps.std(this, dims, correction, keepdim); }
    /** Sample variance (Bessel's correction). */
    public Tensor var() { return ReductionOps.var(this, null, 1, false); }
    public Tensor var(boolean unbiased) { return ReductionOps.var(this, null, unbiased ? 1 : 0, false); }
    public Tensor var(long dim) { return ReductionOps.var(this, new long[]{dim}, 1, false); }
    public Tensor var(long dim, boolean unbiased, boolean keepdim) { return ReductionOps.var(this, new long[]{dim}, unbiased ? 1 : 0, keepdim); }
    public Tensor var(long[] dims, long correction, boolean keepdim) { return ReductionOps.var(this, dims, correction, keepdim); }
    /** The largest element (NaN if any). */
    public Tensor max() { return ReductionOps.extreme(this, Reducer.Kind.MAX); }
    /** Largest values along {@code dim} and their first indices. */
    public ValuesIndices max(long dim) { return ReductionOps.extreme(this, Reducer.Kind.MAX, dim, false); }
    public ValuesIndices max(long dim, boolean keepdim) { return ReductionOps.extreme(this, Reducer.Kind.MAX, dim, keepdim); }
    /** Same as {@link #maximum(Tensor)}. */
    public Tensor max(Tensor other) { return maximum(other); }
    public Tensor min() { return ReductionOps.extreme(this, Reducer.Kind.MIN); }
    public ValuesIndices min(long dim) { return ReductionOps.extreme(this, Reducer.Kind.MIN, dim, false); }
    public ValuesIndices min(long dim, boolean keepdim) { return ReductionOps.extreme(this, Reducer.Kind.MIN, dim, keepdim); }
    public Tensor min(Tensor other) { return minimum(other); }
    /** Flat index of the first largest element. */
    public Tensor argmax() { return ReductionOps.argExtreme(this, Reducer.Kind.MAX); }
    public Tensor argmax(long dim) { return ReductionOps.argExtreme(this, Reducer.Kind.MAX, dim, false); }
    public Tensor argmax(long dim, boolean keepdim) { return ReductionOps.argExtreme(this, Reducer.Kind.MAX, dim, keepdim); }
    public Tensor argmin() { return ReductionOps.argExtreme(this, Reducer.Kind.MIN); }
    public Tensor argmin(long dim) { return ReductionOps.argExtreme(this, Reducer.Kind.MIN, dim, false); }
    public Tensor argmin(long dim, boolean keepdim) { return ReductionOps.argExtreme(this, Reducer.Kind.MIN, dim, keepdim); }
    /** Whether every element is nonzero. */
    public Tensor all() { return ReductionOps.logical(this, Reducer.Kind.ALL, null, false); }
    public Tensor all(long dim) { return ReductionOps.logical(this, Reducer.Kind.ALL, new long[]{dim}, false); }
    public Tensor all(long dim, boolean keepdim) { return ReductionOps.logical(this, Reducer.Kind.ALL, new long[]{dim}, keepdim); }
    /** Whether any element is nonzero. */
    public Tensor any() { return ReductionOps.logical(this, Reducer.Kind.ANY, null, false); }
    public Tensor any(long dim) { return ReductionOps.logical(this, Reducer.Kind.ANY, new long[]{dim}, false); }
    public Tensor any(long dim, boolean keepdim) { return ReductionOps.logical(this, Reducer.Kind.ANY, new long[]{dim}, keepdim); }
    /** Running sum along {@code dim}. */
    public Tensor cumsum(long dim) { return ReductionOps.scan(this, dim, false); }
    /** Running product along {@code dim}. */
    public Tensor cumprod(long dim) { return ReductionOps.scan(this, dim, true); }

    // ---------------------------------------------------------------- joining and sorting

    /**
     * Views of {@code chunks} near-equal pieces along dim 0: each ceil(size / chunks) long, so the
     * last may be shorter and there may be fewer pieces than asked.
     *
     * <pre>{@code
     * jshell> arange(5).chunk(3)
     * $1 ==> [tensor([0, 1]), tensor([2, 3]), tensor([4])]
     * }</pre>
     */
    public java.util.List<Tensor> chunk(int chunks) { return Joining.chunk(this, chunks, 0); }
    /** Views of {@code chunks} near-equal pieces along {@code dim}. */
    public java.util.List<Tensor> chunk(int chunks, long dim) { return Joining.chunk(this, chunks, dim); }
    /** Views of {@code splitSize} along dim 0 (the last may be shorter), as {@code x.split(2)}. */
    public java.util.List<Tensor> split(long splitSize) { return Joining.split(this, splitSize, 0); }
    /** Views of {@code splitSize} along {@code dim}. */
    public java.util.List<Tensor> split(long splitSize, long dim) { return Joining.split(this, splitSize, dim); }
    /** Views of the given sizes along dim 0, which must sum to its size, as {@code x.split([1, 2])}. */
    public java.util.List<Tensor> split(long[] sizes) { return Joining.splitWithSizes(this, sizes, 0); }
    /** Views of the given sizes along {@code dim}. */
    public java.util.List<Tensor> split(long[] sizes, long dim) { return Joining.splitWithSizes(this, sizes, dim); }
    /** Same as {@link #split(long[], long)} ({@code split_with_sizes}). */
    public java.util.List<Tensor> splitWithSizes(long[] sizes, long dim) { return Joining.splitWithSizes(this, sizes, dim); }
    /** Every index of dim 0 as a view with that dim removed. */
    public java.util.List<Tensor> unbind() { return Joining.unbind(this, 0); }
    /** Every index of {@code dim} as a view with that dim removed. */
    public java.util.List<Tensor> unbind(long dim) { return Joining.unbind(this, dim); }

    /**
     * Sorts along the last dim, ascending; NaN sorts as the largest value. Ties come out in
     * PyTorch's (unstable) order; use {@link #sort(boolean, long, boolean)} for a stable sort.
     *
     * <pre>{@code
     * jshell> tensor(3, 1, 2).sort()
     * $1 ==> torch.return_types.sort(
     * values=tensor([1, 2, 3]),
     * indices=tensor([1, 2, 0]))
     * }</pre>
     */
    public ValuesIndices sort() { return Sorting.sort(this, -1, false, false); }
    /** Sorts along {@code dim}, ascending. */
    public ValuesIndices sort(long dim) { return Sorting.sort(this, dim, false, false); }
    /** Sorts along the last dim, largest first when {@code descending}. */
    public ValuesIndices sort(boolean descending) { return Sorting.sort(this, -1, descending, false); }
    /** Sorts along {@code dim}, largest first when {@code descending}. */
    public ValuesIndices sort(long dim, boolean descending) { return Sorting.sort(this, dim, descending, false); }
    /** {@code x.sort(stable=..., dim=..., descending=...)}: a stable sort keeps ties in input order. */
    public ValuesIndices sort(boolean stable, long dim, boolean descending) { return Sorting.sort(this, dim, descending, stable); }
    /** The indices that sort the last dim ascending ({@code sort().indices()}). */
    public Tensor argsort() { return Sorting.sort(this, -1, false, false).indices(); }
    /** The indices that sort {@code dim} ascending. */
    public Tensor argsort(long dim) { return Sorting.sort(this, dim, false, false).indices(); }
    /** The indices that sort {@code dim}, largest first when {@code descending}. */
    public Tensor argsort(long dim, boolean descending) { return Sorting.sort(this, dim, descending, false).indices(); }
    /** {@code x.argsort(stable=..., dim=..., descending=...)}. */
    public Tensor argsort(boolean stable, long dim, boolean descending) { return Sorting.sort(this, dim, descending, stable).indices(); }

    /**
     * The {@code k} largest elements along the last dim, largest first, with their indices.
     *
     * <pre>{@code
     * jshell> tensor(1., 5., 3.).topk(2)
     * $1 ==> torch.return_types.topk(
     * values=tensor([5., 3.]),
     * indices=tensor([1, 2]))
     * }</pre>
     */
    public ValuesIndices topk(long k) { return Sorting.topk(this, k, -1, true, true); }
    /** The {@code k} largest along {@code dim}. */
    public ValuesIndices topk(long k, long dim) { return Sorting.topk(this, k, dim, true, true); }
    /** The {@code k} largest (or smallest, when not {@code largest}) along {@code dim}, sorted. */
    public ValuesIndices topk(long k, long dim, boolean largest) { return Sorting.topk(this, k, dim, largest, true); }
    /** {@code x.topk(k, dim, largest, sorted)}; unsorted results come in PyTorch's selection order. */
    public ValuesIndices topk(long k, long dim, boolean largest, boolean sorted) { return Sorting.topk(this, k, dim, largest, sorted); }
    /** The {@code k}-th smallest element (1-based) along the last dim and its index. */
    public ValuesIndices kthvalue(long k) { return Sorting.kthvalue(this, k, -1, false); }
    /** The {@code k}-th smallest along {@code dim}. */
    public ValuesIndices kthvalue(long k, long dim) { return Sorting.kthvalue(this, k, dim, false); }
    /** The {@code k}-th smallest along {@code dim}, keeping it as a size-1 dim when {@code keepdim}. */
    public ValuesIndices kthvalue(long k, long dim, boolean keepdim) { return Sorting.kthvalue(this, k, dim, keepdim); }

    // ---------------------------------------------------------------- indexing

    /**
     * {@code x[i, j, ...]}: selects along the leading dims (negative counts from the end); a view.
     *
     * <pre>{@code
     * jshell> arange(12).view(3, 4).get(1, -1)
     * $1 ==> tensor(7)
     * }</pre>
     */
    public Tensor get(long... indices) { return Indexing.get(this, IndexSpec.ofIndices(indices)); }

    /**
     * {@code x[spec]} for a numpy-style subscript: integers, slices {@code a:b:c} (parts may be
     * omitted), {@code ...} and {@code None}, separated by commas. Without index tensors the
     * result is a view; negative steps are rejected as in PyTorch.
     *
     * <pre>{@code
     * jshell> var x = arange(12).view(3, 4)
     * jshell> x.get(":, 1:3")
     * $2 ==> tensor([[ 1,  2],
     *                [ 5,  6],
     *                [ 9, 10]])
     * jshell> x.get("None, :, -1")
     * $3 ==> tensor([[ 3,  7, 11]])
     * }</pre>
     */
    public Tensor get(String spec) { return Indexing.get(this, IndexSpec.parse(spec)); }

    /**
     * {@code x[index]}: a bool mask over the leading dims (the selected elements or rows, 1-D
     * over the mask) or an int64 index tensor into dim 0; a copy. A 0-dim integer tensor selects,
     * as an int would.
     *
     * <pre>{@code
     * jshell> x.get(x.gt(8))
     * $4 ==> tensor([ 9, 10, 11])
     * jshell> x.get(tensor(0, 2))
     * $5 ==> tensor([[ 0,  1,  2,  3],
     *                [ 8,  9, 10, 11]])
     * }</pre>
     */
    public Tensor get(Tensor index) { return Indexing.get(this, IndexSpec.ofTensors(new Tensor[]{index})); }

    /**
     * {@code x[i0, i1, ...]} with one index tensor per leading dim (null for {@code :}); index
     * tensors broadcast together, as in numpy's advanced indexing.
     *
     * <pre>{@code
     * jshell> x.index(tensor(0, 1, 2), tensor(0, 1, 2))
     * $6 ==> tensor([ 0,  5, 10])
     * jshell> x.index(null, tensor(0, 3))
     * $7 ==> tensor([[ 0,  3],
     *                [ 4,  7],
     *                [ 8, 11]])
     * }</pre>
     */
    public Tensor index(Tensor... indices) { return Indexing.get(this, IndexSpec.ofTensors(indices)); }

    /**
     * {@code x[spec] = value}: value broadcasts to the selection and converts to this dtype.
     * Returns this tensor.
     *
     * <pre>{@code
     * jshell> zeros(2, 3).set(":, 1", 5)
     * $8 ==> tensor([[0., 5., 0.],
     *                [0., 5., 0.]])
     * }</pre>
     */
    public Tensor set(String spec, Tensor value) { Indexing.set(this, IndexSpec.parse(spec), value); return this; }
    /** {@code x[spec] = value}, the value cast to this dtype as Python's setitem does. */
    public Tensor set(String spec, double value) { Indexing.set(this, IndexSpec.parse(spec), Indexing.scalarLike(this, value)); return this; }
    /** {@code x[spec] = value} with an exact integer. */
    public Tensor set(String spec, long value) { Indexing.set(this, IndexSpec.parse(spec), Indexing.scalarLike(this, value)); return this; }
    /** {@code x[i, j, ...] = value}. */
    public Tensor set(long[] indices, Tensor value) { Indexing.set(this, IndexSpec.ofIndices(indices), value); return this; }
    /** {@code x[i, j, ...] = value}. */
    public Tensor set(long[] indices, double value) { Indexing.set(this, IndexSpec.ofIndices(indices), Indexing.scalarLike(this, value)); return this; }
    /** {@code x[i, j, ...] = value} with an exact integer. */
    public Tensor set(long[] indices, long value) { Indexing.set(this, IndexSpec.ofIndices(indices), Indexing.scalarLike(this, value)); return this; }

    /**
     * {@code x[maskOrIndex] = value}. A tensor value must have this dtype unless it holds one
     * element and the index is a mask (PyTorch's rule); nothing is written if any check fails.
     *
     * <pre>{@code
     * jshell> var y = arange(12).view(3, 4); y.set(y.gt(8), -1)
     * $9 ==> tensor([[ 0,  1,  2,  3],
     *                [ 4,  5,  6,  7],
     *                [ 8, -1, -1, -1]])
     * }</pre>
     */
    public Tensor set(Tensor maskOrIndex, Tensor value) { return set(new Tensor[]{maskOrIndex}, value); }
    /** {@code x[maskOrIndex] = value}, the value cast to this dtype. */
    public Tensor set(Tensor maskOrIndex, double value) { return set(new Tensor[]{maskOrIndex}, value); }
    /** {@code x[maskOrIndex] = value} with an exact integer. */
    public Tensor set(Tensor maskOrIndex, long value) { return set(new Tensor[]{maskOrIndex}, value); }
    /** {@code x[i0, i1, ...] = value} with index tensors (null for {@code :}), the twin of {@link #index}. */
    public Tensor set(Tensor[] indices, Tensor value) { Indexing.set(this, IndexSpec.ofTensors(indices), value); return this; }
    /** {@code x[i0, i1, ...] = value}, the value cast to this dtype. */
    public Tensor set(Tensor[] indices, double value) { Indexing.set(this, IndexSpec.ofTensors(indices), Indexing.scalarLike(this, value)); return this; }
    /** {@code x[i0, i1, ...] = value} with an exact integer. */
    public Tensor set(Tensor[] indices, long value) { Indexing.set(this, IndexSpec.ofTensors(indices), Indexing.scalarLike(this, value)); return this; }

    /** {@code x.index_put_(indices, values)}: ATen's form of {@code x[indices] = values} (null entries keep a dim whole). */
    public Tensor indexPut_(Tensor[] indices, Tensor values) { return AdvancedIndex.put(this, indices, values, false); }
    /**
     * {@code x.index_put_(indices, values, accumulate)}: with {@code accumulate} repeated indices add up.
     *
     * <pre>{@code
     * jshell> zeros(5).indexPut_(new Tensor[]{tensor(0, 0, 2)}, tensor(1., 2., 3.), true)
     * $10 ==> tensor([3., 0., 3., 0., 0.])
     * }</pre>
     */
    public Tensor indexPut_(Tensor[] indices, Tensor values, boolean accumulate) { return AdvancedIndex.put(this, indices, values, accumulate); }
    /** Out-of-place {@link #indexPut_(Tensor[], Tensor, boolean)} on a copy. */
    public Tensor indexPut(Tensor[] indices, Tensor values, boolean accumulate) { return AdvancedIndex.put(clone(), indices, values, accumulate); }

    /**
     * A copy with {@code value} where the (broadcast) bool mask is true.
     *
     * <pre>{@code
     * jshell> x.maskedFill(x.gt(8), -1)
     * $11 ==> tensor([[ 0,  1,  2,  3],
     *                 [ 4,  5,  6,  7],
     *                 [ 8, -1, -1, -1]])
     * }</pre>
     */
    public Tensor maskedFill(Tensor mask, double value) { return Masking.maskedFill(this, mask, Conversions.scalar(value)); }
    /** {@link #maskedFill(Tensor, double)} with a 0-dim value tensor. */
    public Tensor maskedFill(Tensor mask, Tensor value) { return Masking.maskedFill(this, mask, value); }
    /** Fills with {@code value} in place where the bool mask (broadcast to this shape) is true. */
    public Tensor maskedFill_(Tensor mask, double value) { return Masking.maskedFill_(this, mask, Conversions.scalar(value)); }
    /** {@link #maskedFill_(Tensor, double)} with a 0-dim value tensor. */
    public Tensor maskedFill_(Tensor mask, Tensor value) { return Masking.maskedFill_(this, mask, value); }
    /** The elements where the (broadcast) bool mask is true, as a 1-D copy. */
    public Tensor maskedSelect(Tensor mask) { return Masking.maskedSelect(this, mask); }

    /**
     * Picks along {@code dim} by an int64 index of this rank: {@code out[i][j] = x[i][index[i][j]]} for dim 1.
     *
     * <pre>{@code
     * jshell> tensor(new double[][]{{1, 2}, {3, 4}}).gather(1, tensor(new long[][]{{0, 0}, {1, 0}}))
     * $12 ==> tensor([[1., 1.],
     *                 [4., 3.]])
     * }</pre>
     */
    public Tensor gather(long dim, Tensor index) { return ScatterGather.gather(this, dim, index); }
    /** A copy with {@code src} written at {@code index} along {@code dim}: {@code out[i][index[i][j]] = src[i][j]} for dim 1. */
    public Tensor scatter(long dim, Tensor index, Tensor src) { return ScatterGather.scatter_(clone(), dim, index, src, null, false); }
    /** A copy with {@code value} written at {@code index} along {@code dim}. */
    public Tensor scatter(long dim, Tensor index, double value) { return ScatterGather.scatter_(clone(), dim, index, null, Indexing.scalarLike(this, value), false); }
    /** In-place {@link #scatter(long, Tensor, Tensor)}. */
    public Tensor scatter_(long dim, Tensor index, Tensor src) { return ScatterGather.scatter_(this, dim, index, src, null, false); }
    /**
     * In-place {@link #scatter(long, Tensor, double)}; the one-hot idiom.
     *
     * <pre>{@code
     * jshell> zeros(3, 5).scatter_(1, tensor(1, 0, 4).unsqueeze(1), 1.0)
     * $13 ==> tensor([[0., 1., 0., 0., 0.],
     *                 [1., 0., 0., 0., 0.],
     *                 [0., 0., 0., 0., 1.]])
     * }</pre>
     */
    public Tensor scatter_(long dim, Tensor index, double value) { return ScatterGather.scatter_(this, dim, index, null, Indexing.scalarLike(this, value), false); }
    /** A copy with {@code src} added at {@code index} along {@code dim}; repeated indices add up. */
    public Tensor scatterAdd(long dim, Tensor index, Tensor src) { return ScatterGather.scatter_(clone(), dim, index, src, null, true); }
    /** In-place {@link #scatterAdd(long, Tensor, Tensor)}. */
    public Tensor scatterAdd_(long dim, Tensor index, Tensor src) { return ScatterGather.scatter_(this, dim, index, src, null, true); }
    /** Whole slices of {@code dim} in the order of a 1-D int64/int32 index (a copy). */
    public Tensor indexSelect(long dim, Tensor index) { return ScatterGather.indexSelect(this, dim, index); }
    /** {@code (n, ndim)} int64 coordinates of the nonzero elements, row-major. */
    public Tensor nonzero() { return Masking.nonzero(this); }
    /** Elements at flat row-major positions (negative from the end); the result has index's shape. */
    public Tensor take(Tensor index) { return Indexing.take(this, index); }

    // ---------------------------------------------------------------- random fills (in place, PyTorch's streams)

    /** Fills with uniform samples in [0, 1) ({@code uniform_()}). */
    public Tensor uniform_() { return RandomOps.uniform_(this, 0, 1, null); }
    /** Fills with uniform samples in [from, to) ({@code uniform_(from, to)}). */
    public Tensor uniform_(double from, double to) { return RandomOps.uniform_(this, from, to, null); }
    public Tensor uniform_(double from, double to, Generator generator) { return RandomOps.uniform_(this, from, to, generator); }
    /**
     * Fills with normal samples ({@code normal_(mean, std)}); a non-contiguous tensor is filled in
     * memory order through the Box-Muller path, as PyTorch does.
     *
     * <pre>{@code
     * jshell> manualSeed(0); empty(3).normal_(2.0, 0.5)
     * $2 ==> tensor([2.7705, 1.8533, 0.9106])
     * }</pre>
     */
    public Tensor normal_() { return RandomOps.normal_(this, 0, 1, null); }
    public Tensor normal_(double mean, double std) { return RandomOps.normal_(this, mean, std, null); }
    public Tensor normal_(double mean, double std, Generator generator) { return RandomOps.normal_(this, mean, std, generator); }
    /** Fills with integers in [0, 2^mantissa] for floats, [0, max] for integers ({@code random_()}). */
    public Tensor random_() { return RandomOps.random_(this, null); }
    public Tensor random_(Generator generator) { return RandomOps.random_(this, generator); }
    /** Fills with integers in [0, to) ({@code random_(to)}). */
    public Tensor random_(long to) { return RandomOps.random_(this, 0, to, null); }
    public Tensor random_(long to, Generator generator) { return RandomOps.random_(this, 0, to, generator); }
    /** Fills with integers in [from, to) ({@code random_(from, to)}). */
    public Tensor random_(long from, long to) { return RandomOps.random_(this, from, to, null); }
    public Tensor random_(long from, long to, Generator generator) { return RandomOps.random_(this, from, to, generator); }
    /** Fills with 1 with probability p, else 0 ({@code bernoulli_(p)}). */
    public Tensor bernoulli_(double p) { return RandomOps.bernoulli_(this, p, null); }
    public Tensor bernoulli_(double p, Generator generator) { return RandomOps.bernoulli_(this, p, generator); }
    /** Fills with 1 with the probability at the same position of {@code p} (broadcast). */
    public Tensor bernoulli_(Tensor p) { return RandomOps.bernoulli_(this, p, null); }
    public Tensor bernoulli_(Tensor p, Generator generator) { return RandomOps.bernoulli_(this, p, generator); }
    /** 0/1 samples with this tensor's values as probabilities ({@code x.bernoulli()}). */
    public Tensor bernoulli() { return RandomOps.bernoulli(this, null); }
    public Tensor bernoulli(Generator generator) { return RandomOps.bernoulli(this, generator); }

    // ---------------------------------------------------------------- matrix products

    /**
     * Matrix product with PyTorch's rules: 1-D·1-D is a dot product, 2-D·2-D a matrix product,
     * and higher dims broadcast as batches.
     * <pre>{@code
     * jshell> ones(2, 3).matmul(ones(3, 4)).shape()
     * $1 ==> torch.Size([2, 4])
     * }</pre>
     */
    public Tensor matmul(Tensor other) { return LinearAlgebra.matmul(this, other); }
    /** 2-D matrix product. */
    public Tensor mm(Tensor other) { return LinearAlgebra.mm(this, other); }
    /** Batched matrix product of (b, n, m) and (b, m, p). */
    public Tensor bmm(Tensor other) { return LinearAlgebra.bmm(this, other); }
    /** Matrix-vector product. */
    public Tensor mv(Tensor vec) { return LinearAlgebra.mv(this, vec); }
    /** Dot product of two 1-D tensors. */
    public Tensor dot(Tensor other) { return LinearAlgebra.dot(this, other); }
    /** Outer product of two 1-D tensors. */
    public Tensor outer(Tensor other) { return LinearAlgebra.outer(this, other); }
}
