package torch4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import torch4j.backend.ChunkKernels;
import torch4j.backend.ElementwiseOp;
import torch4j.storage.Shapes;

/**
 * The op layer of elementwise ops: result dtype (PyTorch's promotion), the compute dtype,
 * broadcasting, the output on the inputs' device, in-place rules, autograd. The ops themselves are
 * declared in {@link UnaryOps}, {@link BinaryOps} and {@link NnActivations}; the output's backend
 * runs them ({@link torch4j.backend.PointwisePrimitives#map}), choosing its kernel once per call.
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
     * A unary op, declared once: its dtype rule, a double-domain kernel, a long-domain kernel (null
     * when only floats make sense), optionally a kernel for float32 results that rounds its steps
     * to float as ATen's float loop does (null when computing in double and rounding once gives the
     * same result), optionally a float-arithmetic kernel that gives the double kernel's float32
     * results exactly (a fast path), its C expression for generated kernels with the scalars it
     * names (see {@link ElementwiseOp}), and its backward.
     */
    record Unary(String name, Result result, String expression, Map<String, Number> scalars,
                 ChunkKernels.D1 dbl, ChunkKernels.L1 lng, ChunkKernels.D1 f32, ChunkKernels.F1 flt,
                 PointwiseGrad.UnaryGrad grad) implements ElementwiseOp.UnaryOp {
        Unary(String name, Result result, String expression, ChunkKernels.D1 dbl, ChunkKernels.L1 lng, ChunkKernels.D1 f32) {
            this(name, result, expression, Map.of(), dbl, lng, f32, null, null);
        }
        Unary(String name, Result result, String expression, ChunkKernels.D1 dbl, ChunkKernels.L1 lng) {
            this(name, result, expression, dbl, lng, null);
        }

        /** This op with its backward: node name, what to save, and the formula (grad, input, result) -> input grad. */
        Unary withGrad(String node, PointwiseGrad.Saves saves, PointwiseGrad.UnaryFormula formula) {
            return new Unary(name, result, expression, scalars, dbl, lng, f32, flt, new PointwiseGrad.UnaryGrad(node, saves, formula));
        }

        /** This op with a float32 fast path (exact: the same floats as the double kernel rounded). */
        Unary withFloat(ChunkKernels.F1 kernel) { return new Unary(name, result, expression, scalars, dbl, lng, f32, kernel, grad); }

        /** This op with the values of the scalars its expression names: name, value, name, value... */
        Unary withScalars(Object... nameValue) { return new Unary(name, result, expression, scalarMap(nameValue), dbl, lng, f32, flt, grad); }
    }

    /** A binary op, declared as a unary one; {@code divides}: its long kernel divides by b (see {@link ElementwiseOp.BinaryOp#divides}). */
    record Binary(String name, Result result, String expression, Map<String, Number> scalars,
                  ChunkKernels.D2 dbl, ChunkKernels.L2 lng, ChunkKernels.D2 f32, ChunkKernels.F2 flt, boolean divides,
                  PointwiseGrad.BinaryGrad grad) implements ElementwiseOp.BinaryOp {
        Binary(String name, Result result, String expression, ChunkKernels.D2 dbl, ChunkKernels.L2 lng, ChunkKernels.D2 f32) {
            this(name, result, expression, Map.of(), dbl, lng, f32, null, false, null);
        }
        Binary(String name, Result result, String expression, ChunkKernels.D2 dbl, ChunkKernels.L2 lng) {
            this(name, result, expression, dbl, lng, null);
        }

        /** This op with its backward: node name (and the name with a Python-number operand), what to save, both formulas. */
        Binary withGrad(String node, String scalarNode, PointwiseGrad.Saves saves,
                        PointwiseGrad.BinaryFormula da, PointwiseGrad.BinaryFormula db) {
            return new Binary(name, result, expression, scalars, dbl, lng, f32, flt, divides,
                    new PointwiseGrad.BinaryGrad(node, scalarNode, saves, da, db));
        }

        /** This op with a float32 fast path (exact: the same floats as the double kernel rounded). */
        Binary withFloat(ChunkKernels.F2 kernel) { return new Binary(name, result, expression, scalars, dbl, lng, f32, kernel, divides, grad); }

        /** This op with the values of the scalars its expression names: name, value, name, value... */
        Binary withScalars(Object... nameValue) {
            return new Binary(name, result, expression, scalarMap(nameValue), dbl, lng, f32, flt, divides, grad);
        }

        /** This op, whose long kernel divides by b: integer division by zero is checked before any element is written. */
        Binary dividing() { return new Binary(name, result, expression, scalars, dbl, lng, f32, flt, true, grad); }
    }

    private static Map<String, Number> scalarMap(Object... nameValue) {
        Map<String, Number> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) m.put((String) nameValue[i], (Number) nameValue[i + 1]);
        return Collections.unmodifiableMap(m);
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
        Tensor out = x.allocateLike(outType(op.result(), x.dtype()), x.shape.clone());
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

    /** The backend of the output picks the kernel (CPU: float32, double or long domain) once per call. */
    private static void run(Unary op, Tensor x, Tensor out, DType compute) {
        out.backend().pointwise().map(out.shape, compute, Conversions.operand(out), Conversions.operand(x), op);
    }

    static Tensor apply(Binary op, Tensor a, Tensor b) {
        if ((a.requiresGrad || b.requiresGrad) && torch4j.autograd.GradMode.isEnabled()) return PointwiseGrad.record(op, a, b);
        DType promoted = TypePromotion.resultType(a, b);
        Arithmetic.checkBool(op, a, b, promoted);
        long[] shape = Shapes.broadcast(a.shape, b.shape);
        Tensor out = Tensor.allocate(outType(op.result(), promoted), shape, Devices.common(a, b));
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
        Devices.common(self, other);
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
        out.backend().pointwise().map(shape, compute, Conversions.operand(out), Conversions.operand(a, shape), Conversions.operand(b, shape), op);
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
        Tensor out = Tensor.allocate(dtype, shape, Devices.common(cond, x, y));
        x = castForCompute(x, dtype);
        y = castForCompute(y, dtype);
        out.backend().pointwise().where(shape, Conversions.operand(out), Conversions.operand(cond, shape),
                Conversions.operand(x, shape), Conversions.operand(y, shape));
        return out;
    }
}
