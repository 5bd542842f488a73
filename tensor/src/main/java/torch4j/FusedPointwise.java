package torch4j;

import java.util.Arrays;
import torch4j.backend.Operand;
import torch4j.backend.TernaryOp;
import torch4j.storage.Shapes;

/**
 * The three-operand ops optimizers are made of — {@code addcmul}, {@code addcdiv}, {@code lerp}
 * (declared in {@link TernaryOp}) — each one fused pass of the backend with no temporaries,
 * forward and backward side by side. The checks, promotion and output are made here.
 */
final class FusedPointwise {
    private FusedPointwise() {}

    // ---------------------------------------------------------------- addcmul: self + value * t1 * t2

    static Tensor addcmul(Tensor self, Tensor t1, Tensor t2, double value) {
        if (Recording.needed(self, t1, t2)) {
            long[] s0 = self.shape, s1 = t1.shape, s2 = t2.shape;
            return Recording.record("AddcmulBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(g, s0) : null,
                    n.needs(1) ? Recording.sumTo(g.mul(n.saved(1).mul(value)), s1) : null,
                    n.needs(2) ? Recording.sumTo(g.mul(n.saved(0).mul(value)), s2) : null},
                    () -> addcmul(self, t1, t2, value), new Tensor[]{self, t1, t2}, t1, t2);
        }
        return compute(TernaryOp.ADDCMUL, self, t1, t2, value, null, false);
    }

    static Tensor addcmul_(Tensor self, Tensor t1, Tensor t2, double value) {
        checkInPlace(self, t1, t2);
        if (Recording.needed(self, t1, t2)) return Recording.inPlace(self, s -> addcmul(s, t1, t2, value));
        return compute(TernaryOp.ADDCMUL, self, t1, t2, value, self, false);
    }

    // ---------------------------------------------------------------- addcdiv: self + value * t1 / t2

    static Tensor addcdiv(Tensor self, Tensor t1, Tensor t2, double value) {
        if (Recording.needed(self, t1, t2)) {
            long[] s0 = self.shape, s1 = t1.shape, s2 = t2.shape;
            return Recording.record("AddcdivBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(g, s0) : null,
                    n.needs(1) ? Recording.sumTo(g.mul(value).div(n.saved(1)), s1) : null,
                    n.needs(2) ? Recording.sumTo(g.mul(-value).mul(n.saved(0)).div(n.saved(1).mul(n.saved(1))), s2) : null},
                    () -> addcdiv(self, t1, t2, value), new Tensor[]{self, t1, t2}, t1, t2);
        }
        return compute(TernaryOp.ADDCDIV, self, t1, t2, value, null, false);
    }

    static Tensor addcdiv_(Tensor self, Tensor t1, Tensor t2, double value) {
        checkInPlace(self, t1, t2);
        if (Recording.needed(self, t1, t2)) return Recording.inPlace(self, s -> addcdiv(s, t1, t2, value));
        return compute(TernaryOp.ADDCDIV, self, t1, t2, value, self, false);
    }

    // ---------------------------------------------------------------- lerp: self + weight * (end - self)

    static Tensor lerp(Tensor self, Tensor end, double weight) {
        if (Recording.needed(self, end))
            return Recording.record("LerpBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(g.mul(1 - weight), self.shape) : null,
                    n.needs(1) ? Recording.sumTo(g.mul(weight), end.shape) : null},
                    () -> lerp(self, end, weight), new Tensor[]{self, end});
        checkLerp(self, end, null);
        return compute(TernaryOp.LERP, self, end, Conversions.scalar(weight), weight, null, true);
    }

    static Tensor lerp(Tensor self, Tensor end, Tensor weight) {
        if (Recording.needed(self, end, weight)) {
            long[] s0 = self.shape, s1 = end.shape, s2 = weight.shape;
            return Recording.record("LerpBackward1", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(g.mul(n.saved(2).neg().add(1.0)), s0) : null,
                    n.needs(1) ? Recording.sumTo(g.mul(n.saved(2)), s1) : null,
                    n.needs(2) ? Recording.sumTo(g.mul(n.saved(1).sub(n.saved(0))), s2) : null},
                    () -> lerp(self, end, weight), new Tensor[]{self, end, weight}, self, end, weight);
        }
        checkLerp(self, end, weight);
        return compute(TernaryOp.LERP, self, end, weight, 0, null, false);
    }

    static Tensor lerp_(Tensor self, Tensor end, double weight) {
        checkInPlace(self, end, end);
        if (Recording.needed(self, end)) return Recording.inPlace(self, s -> lerp(s, end, weight));
        checkLerp(self, end, null);
        return compute(TernaryOp.LERP, self, end, Conversions.scalar(weight), weight, self, true);
    }

    static Tensor lerp_(Tensor self, Tensor end, Tensor weight) {
        checkInPlace(self, end, weight);
        if (Recording.needed(self, end, weight)) return Recording.inPlace(self, s -> lerp(s, end, weight));
        checkLerp(self, end, weight);
        return compute(TernaryOp.LERP, self, end, weight, 0, self, false);
    }

    // ---------------------------------------------------------------- checks

    private static void checkLerp(Tensor self, Tensor end, Tensor weight) {
        if (!self.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"lerp_kernel_" + (weight == null ? "scalar" : "tensor") + "\" not implemented for '"
                    + self.dtype().scalarTypeName() + "'");
        if (end.dtype() != self.dtype())
            throw new IllegalArgumentException("expected dtype " + self.dtype().cppTypeName() + " for `end` but got dtype " + end.dtype().cppTypeName());
        if (weight != null && weight.dtype() != self.dtype())
            throw new IllegalArgumentException("expected dtype " + self.dtype().cppTypeName() + " for `weight` but got dtype "
                    + weight.dtype().cppTypeName());
    }

    private static void checkInPlace(Tensor self, Tensor a, Tensor b) {
        long[] shape = Shapes.broadcast(Shapes.broadcast(self.shape, a.shape), b.shape);
        if (!Arrays.equals(shape, self.shape))
            throw new IllegalArgumentException("output with shape " + Shapes.str(self.shape) + " doesn't match the broadcast shape " + Shapes.str(shape));
        Overlap.checkWritable(self);
        Overlap.checkNoPartialOverlap(self, a);
        Overlap.checkNoPartialOverlap(self, b);
    }

    // ---------------------------------------------------------------- forward

    /**
     * Computes {@code op} into {@code out} (the in-place target) or a new tensor when null;
     * {@code scalarWeight}: lerp's weight is the number {@code scalar} (b is its wrapped tensor).
     */
    private static Tensor compute(TernaryOp op, Tensor self, Tensor a, Tensor b, double scalar, Tensor out, boolean scalarWeight) {
        DType dtype = TypePromotion.resultType(self, a, b);
        if (op == TernaryOp.ADDCDIV && !a.dtype().isFloatingPoint() && !b.dtype().isFloatingPoint())
            throw new IllegalArgumentException("Integer division with addcdiv is no longer supported, and in a future  release addcdiv will"
                    + " perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value"
                    + " * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for"
                    + " float inputs. The future addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2),"
                    + " for all dtypes.");
        Device device = Devices.common(self, a, b);
        if (out == null) out = Tensor.allocate(dtype, Shapes.broadcast(Shapes.broadcast(self.shape, a.shape), b.shape), device);
        else Pointwise.checkCast(dtype, out.dtype());
        long[] shape = out.shape;
        Operand ob = scalarWeight ? null : Conversions.operand(Pointwise.castForCompute(b, dtype), shape);
        out.backend().pointwise().fused(op, shape, dtype, Conversions.operand(out), Conversions.operand(Pointwise.castForCompute(self, dtype), shape),
                Conversions.operand(Pointwise.castForCompute(a, dtype), shape), ob, scalar);
        out.storage.bumpVersion();
        return out;
    }
}
