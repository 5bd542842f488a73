package torch4j;

import torch4j.backend.cpu.Elementwise;
import torch4j.backend.cpu.Kernels;
import torch4j.storage.Shapes;

/**
 * Dispatch for elementwise ops: result dtype (PyTorch's promotion), broadcasting, the compute
 * domain (double for floating results, long for integral and bool), in-place rules. The ops
 * themselves — one kernel per domain — are in {@link UnaryOps} and {@link BinaryOps}.
 */
final class Pointwise {
    private Pointwise() {}

    /** How an op's output dtype follows from its inputs' promoted dtype. */
    enum Result {
        /** the promoted dtype (add, mul, abs, ...) */
        PROMOTED,
        /** the promoted dtype, or the default float when it is integral (div, sqrt, exp, ...) */
        FLOAT,
        /** bool (comparisons, logical ops, isnan) */
        BOOL
    }

    /**
     * A unary op: a double-domain kernel, a long-domain kernel (null when only floats make sense),
     * optionally a kernel for float32 results that rounds its steps to float as ATen's float loop
     * does (null when computing in double and rounding once gives the same result), and optionally
     * a float-arithmetic kernel that gives the double kernel's float32 results exactly (a fast path).
     */
    record Unary(String name, Result result, Kernels.D1 dbl, Kernels.L1 lng, Kernels.D1 f32, Kernels.F1 flt,
                 PointwiseGrad.UnaryGrad grad) {
        Unary(String name, Result result, Kernels.D1 dbl, Kernels.L1 lng, Kernels.D1 f32) { this(name, result, dbl, lng, f32, null, null); }
        Unary(String name, Result result, Kernels.D1 dbl, Kernels.L1 lng) { this(name, result, dbl, lng, null, null, null); }

        /** This op with its backward: node name, what to save, and the formula (grad, input, result) -> input grad. */
        Unary withGrad(String node, PointwiseGrad.Saves saves, PointwiseGrad.UnaryFormula formula) {
            return new Unary(name, result, dbl, lng, f32, flt, new PointwiseGrad.UnaryGrad(node, saves, formula));
        }

        /** This op with a float32 fast path (exact: the same floats as the double kernel rounded). */
        Unary withFloat(Kernels.F1 kernel) { return new Unary(name, result, dbl, lng, f32, kernel, grad); }
    }

    /** A binary op, with the same kernels as a unary one. */
    record Binary(String name, Result result, Kernels.D2 dbl, Kernels.L2 lng, Kernels.D2 f32, Kernels.F2 flt,
                  PointwiseGrad.BinaryGrad grad) {
        Binary(String name, Result result, Kernels.D2 dbl, Kernels.L2 lng, Kernels.D2 f32) { this(name, result, dbl, lng, f32, null, null); }
        Binary(String name, Result result, Kernels.D2 dbl, Kernels.L2 lng) { this(name, result, dbl, lng, null, null, null); }

        /** This op with its backward: node name (and the name with a Python-number operand), what to save, both formulas. */
        Binary withGrad(String node, String scalarNode, PointwiseGrad.Saves saves,
                        PointwiseGrad.BinaryFormula da, PointwiseGrad.BinaryFormula db) {
            return new Binary(name, result, dbl, lng, f32, flt, new PointwiseGrad.BinaryGrad(node, scalarNode, saves, da, db));
        }

        /** This op with a float32 fast path (exact: the same floats as the double kernel rounded). */
        Binary withFloat(Kernels.F2 kernel) { return new Binary(name, result, dbl, lng, f32, kernel, grad); }
    }

    private static DType outType(Result r, DType promoted) {
        return switch (r) {
            case PROMOTED -> promoted;
            case FLOAT -> promoted.isFloatingPoint() ? promoted : DType.defaultFloat();
            case BOOL -> DType.BOOL;
        };
    }

    /**
     * The dtype the op computes in, PyTorch's common dtype: the promoted dtype, or the float
     * result type for ops that turn integers into floats. Operands are cast to it first.
     */
    private static DType computeType(Result r, DType promoted) {
        return r == Result.FLOAT ? outType(r, promoted) : promoted;
    }

    /** The domain the kernel runs in: double unless the op computes in an integral type. */
    private static boolean doubleDomain(DType compute, boolean hasLong) {
        return compute.isFloatingPoint() || !hasLong;
    }

    /**
     * {@code t} cast to the compute dtype, as ATen casts operands to the common dtype before the
     * op: an int64 operand of a float32 op is rounded to float32, a wrapped 300 of a uint8 op
     * wraps to 44, a wrapped 0.1 of a float32 op becomes 0.1f. Skipped (no copy) when loading
     * into the compute domain already gives exactly the cast value.
     */
    static Tensor castForCompute(Tensor t, DType compute) {
        return loadsExactly(t.dtype(), compute) ? t : Conversions.convert(t, compute);
    }

    private static boolean loadsExactly(DType s, DType c) {
        if (s == c || c == DType.FLOAT64) return true;   // (double) of any dtype is its float64 cast
        if (c == DType.FLOAT32) return s == DType.BOOL || s == DType.UINT8 || s == DType.INT8 || s == DType.INT16;
        if (c == DType.BOOL || s.isFloatingPoint()) return false;
        return min(s) >= min(c) && max(s) <= max(c);
    }

    private static long min(DType t) {
        return switch (t) {
            case BOOL, UINT8 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    private static long max(DType t) {
        return switch (t) {
            case BOOL -> 1;
            case UINT8 -> 255;
            case INT8 -> Byte.MAX_VALUE;
            case INT16 -> Short.MAX_VALUE;
            case INT32 -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    static Tensor apply(Unary op, Tensor x) {
        if (x.requiresGrad && torch4j.autograd.GradMode.isEnabled()) return PointwiseGrad.record(op, x);
        Arithmetic.checkBool(op, x);
        if (x.dtype() == DType.BOOL && op.name().equals("square")) x = x.to(DType.INT64);   // True**2 is int64 1
        DType compute = computeType(op.result(), x.dtype());
        Tensor out = Tensor.allocate(outType(op.result(), x.dtype()), x.shape.clone());
        run(op, castForCompute(x, compute), out, compute);
        return out;
    }

    static Tensor applyInPlace(Unary op, Tensor self) {
        Arithmetic.checkBool(op, self);
        DType computed = outType(op.result(), self.dtype());
        checkCast(computed, self.dtype());
        Overlap.checkWritable(self);
        if (Recording.needed(self)) return Recording.inPlace(self, s -> apply(op, s));
        run(op, self, self, computeType(op.result(), self.dtype()));
        self.storage.bumpVersion();
        return self;
    }

    private static void run(Unary op, Tensor x, Tensor out, DType compute) {
        torch4j.backend.Operand o = Conversions.operand(out), ox = Conversions.operand(x);
        if (compute == DType.FLOAT32 && op.flt() != null && Elementwise.allFloat(o, ox))
            Elementwise.mapFloat(out.shape, o, ox, op.flt());
        else if (doubleDomain(compute, op.lng() != null))
            Elementwise.mapDouble(out.shape, o, ox, compute == DType.FLOAT32 && op.f32() != null ? op.f32() : op.dbl());
        else
            Elementwise.mapLong(out.shape, o, ox, op.lng());
    }

    static Tensor apply(Binary op, Tensor a, Tensor b) {
        if ((a.requiresGrad || b.requiresGrad) && torch4j.autograd.GradMode.isEnabled()) return PointwiseGrad.record(op, a, b);
        DType promoted = TypePromotion.resultType(a, b);
        Arithmetic.checkBool(op, a, b, promoted);
        long[] shape = Shapes.broadcast(a.shape, b.shape);
        Tensor out = Tensor.allocate(outType(op.result(), promoted), shape);
        DType compute = computeType(op.result(), promoted);
        run(op, castForCompute(a, compute), castForCompute(b, compute), out, compute);
        return out;
    }

    static Tensor applyInPlace(Binary op, Tensor self, Tensor other) {
        DType promoted = TypePromotion.resultType(self, other);
        Arithmetic.checkBool(op, self, other, promoted);
        checkCast(outType(op.result(), promoted), self.dtype());
        long[] shape = Shapes.broadcast(self.shape, other.shape);
        if (!java.util.Arrays.equals(shape, self.shape))
            throw new IllegalArgumentException("output with shape " + Shapes.str(self.shape)
                    + " doesn't match the broadcast shape " + Shapes.str(shape));
        Overlap.checkWritable(self);
        Overlap.checkNoPartialOverlap(self, other);
        if (Recording.needed(self, other)) return Recording.inPlace(self, s -> apply(op, s, other));
        DType compute = computeType(op.result(), promoted);
        Tensor src = castForCompute(other, compute);
        // An overlapping operand that ATen cannot classify would be read after being written: read a copy.
        if (src == other && other != self && !Overlap.sameElements(self, other) && Conversions.overlaps(other, self))
            src = Conversions.cloneOf(other);
        run(op, castForCompute(self, compute), src, self, compute);
        self.storage.bumpVersion();
        return self;
    }

    private static void run(Binary op, Tensor a, Tensor b, Tensor out, DType compute) {
        long[] shape = out.shape;
        torch4j.backend.Operand o = Conversions.operand(out), oa = Conversions.operand(a, shape), ob = Conversions.operand(b, shape);
        if (compute == DType.FLOAT32 && op.flt() != null && Elementwise.allFloat(o, oa, ob))
            Elementwise.mapFloat(shape, o, oa, ob, op.flt());
        else if (doubleDomain(compute, op.lng() != null))
            Elementwise.mapDouble(shape, o, oa, ob, compute == DType.FLOAT32 && op.f32() != null ? op.f32() : op.dbl());
        else
            Elementwise.mapLong(shape, o, oa, ob, op.lng());
    }

    static void checkCast(DType result, DType target) {
        if (!TypePromotion.canCast(result, target))
            throw new IllegalArgumentException("result type " + TypePromotion.scalarTypeName(result)
                    + " can't be cast to the desired output type " + TypePromotion.scalarTypeName(target));
    }

    /** {@code where(cond, x, y)}: broadcast all three; the result dtype is x and y promoted. */
    static Tensor where(Tensor cond, Tensor x, Tensor y) {
        if (cond.dtype() != DType.BOOL && cond.dtype() != DType.UINT8)
            throw new IllegalArgumentException("where expected condition to be a boolean tensor, but got a tensor with dtype "
                    + TypePromotion.scalarTypeName(cond.dtype()));
        if (Recording.needed(x, y)) {
            Tensor fx = x, fy = y;
            return Recording.record("WhereBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? where(n.saved(0), g, Torch.zerosLike(g)) : null,
                    n.needs(1) ? where(n.saved(0), Torch.zerosLike(g), g) : null},
                    () -> where(cond, fx, fy), new Tensor[]{fx, fy}, cond);
        }
        DType dtype = TypePromotion.resultType(x, y);
        long[] shape = Shapes.broadcast(Shapes.broadcast(cond.shape, x.shape), y.shape);
        Tensor out = Tensor.allocate(dtype, shape);
        x = castForCompute(x, dtype);
        y = castForCompute(y, dtype);
        Elementwise.select(shape, Conversions.operand(out), Conversions.operand(cond, shape),
                Conversions.operand(x, shape), Conversions.operand(y, shape), dtype.isFloatingPoint());
        return out;
    }
}
