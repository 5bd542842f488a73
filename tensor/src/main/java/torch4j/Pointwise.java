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

    /** A unary op: a double-domain kernel, a long-domain kernel (null when only floats make sense). */
    record Unary(String name, Result result, Kernels.D1 dbl, Kernels.L1 lng) {}

    /** A binary op. */
    record Binary(String name, Result result, Kernels.D2 dbl, Kernels.L2 lng) {}

    private static DType outType(Result r, DType promoted) {
        return switch (r) {
            case PROMOTED -> promoted;
            case FLOAT -> promoted.isFloatingPoint() ? promoted : DType.defaultFloat();
            case BOOL -> DType.BOOL;
        };
    }

    /** The domain the kernel runs in: double unless both the inputs and the op are integral. */
    private static boolean doubleDomain(Result r, DType promoted, boolean hasLong) {
        return promoted.isFloatingPoint() || r == Result.FLOAT || !hasLong;
    }

    static Tensor apply(Unary op, Tensor x) {
        DType promoted = x.dtype();
        Tensor out = Tensor.allocate(outType(op.result(), promoted), x.shape.clone());
        run(op, x, out, promoted);
        return out;
    }

    static Tensor applyInPlace(Unary op, Tensor self) {
        DType computed = outType(op.result(), self.dtype());
        checkCast(computed, self.dtype());
        run(op, self, self, self.dtype());
        self.storage.bumpVersion();
        return self;
    }

    private static void run(Unary op, Tensor x, Tensor out, DType promoted) {
        if (doubleDomain(op.result(), promoted, op.lng() != null))
            Elementwise.mapDouble(out.shape, Conversions.operand(out), Conversions.operand(x), op.dbl());
        else
            Elementwise.mapLong(out.shape, Conversions.operand(out), Conversions.operand(x), op.lng());
    }

    static Tensor apply(Binary op, Tensor a, Tensor b) {
        DType promoted = TypePromotion.resultType(a, b);
        long[] shape = Shapes.broadcast(a.shape, b.shape);
        Tensor out = Tensor.allocate(outType(op.result(), promoted), shape);
        run(op, a, b, out, promoted);
        return out;
    }

    static Tensor applyInPlace(Binary op, Tensor self, Tensor other) {
        DType promoted = TypePromotion.resultType(self, other);
        checkCast(outType(op.result(), promoted), self.dtype());
        long[] shape = Shapes.broadcast(self.shape, other.shape);
        if (!java.util.Arrays.equals(shape, self.shape))
            throw new IllegalArgumentException("output with shape " + Shapes.str(self.shape)
                    + " doesn't match the broadcast shape " + Shapes.str(shape));
        // A partially overlapping operand would be read after being written: read a copy instead.
        Tensor src = other != self && Conversions.overlaps(other, self) ? Conversions.cloneOf(other) : other;
        run(op, self, src, self, promoted);
        self.storage.bumpVersion();
        return self;
    }

    private static void run(Binary op, Tensor a, Tensor b, Tensor out, DType promoted) {
        long[] shape = out.shape;
        if (doubleDomain(op.result(), promoted, op.lng() != null))
            Elementwise.mapDouble(shape, Conversions.operand(out), Conversions.operand(a, shape),
                    Conversions.operand(b, shape), op.dbl());
        else
            Elementwise.mapLong(shape, Conversions.operand(out), Conversions.operand(a, shape),
                    Conversions.operand(b, shape), op.lng());
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
        DType dtype = TypePromotion.resultType(x, y);
        long[] shape = Shapes.broadcast(Shapes.broadcast(cond.shape, x.shape), y.shape);
        Tensor out = Tensor.allocate(dtype, shape);
        Elementwise.select(shape, Conversions.operand(out), Conversions.operand(cond, shape),
                Conversions.operand(x, shape), Conversions.operand(y, shape), dtype.isFloatingPoint());
        return out;
    }
}
