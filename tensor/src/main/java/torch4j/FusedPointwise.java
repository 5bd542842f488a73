package torch4j;

import java.util.Arrays;
import torch4j.backend.cpu.Kernels;
import torch4j.backend.cpu.Parallel;
import torch4j.backend.cpu.StridedLoop;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * The three-operand ops optimizers are made of — {@code addcmul}, {@code addcdiv}, {@code lerp} —
 * each one fused pass with no temporaries, forward and backward side by side. Contiguous float32
 * operands of one shape (every optimizer state) take a direct loop over the arrays; anything else
 * (broadcasting, views, other dtypes) the strided chunk loop. float32 results round every step
 * to float, in ATen's order; where ATen's compiled loop contracts a multiply and an add into a
 * fused multiply-add (addcmul, lerp: GCC's default -ffp-contract=fast for the AVX2 kernels),
 * so does this one ({@link Math#fma}), so values match PyTorch's bit for bit.
 */
final class FusedPointwise {
    private FusedPointwise() {}

    enum Kind { ADDCMUL, ADDCDIV, LERP }

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
        return compute(Kind.ADDCMUL, self, t1, t2, value, null, false);
    }

    static Tensor addcmul_(Tensor self, Tensor t1, Tensor t2, double value) {
        checkInPlace(self, t1, t2);
        if (Recording.needed(self, t1, t2)) return Recording.inPlace(self, s -> addcmul(s, t1, t2, value));
        return compute(Kind.ADDCMUL, self, t1, t2, value, self, false);
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
        return compute(Kind.ADDCDIV, self, t1, t2, value, null, false);
    }

    static Tensor addcdiv_(Tensor self, Tensor t1, Tensor t2, double value) {
        checkInPlace(self, t1, t2);
        if (Recording.needed(self, t1, t2)) return Recording.inPlace(self, s -> addcdiv(s, t1, t2, value));
        return compute(Kind.ADDCDIV, self, t1, t2, value, self, false);
    }

    // ---------------------------------------------------------------- lerp: self + weight * (end - self)

    static Tensor lerp(Tensor self, Tensor end, double weight) {
        if (Recording.needed(self, end))
            return Recording.record("LerpBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(g.mul(1 - weight), self.shape) : null,
                    n.needs(1) ? Recording.sumTo(g.mul(weight), end.shape) : null},
                    () -> lerp(self, end, weight), new Tensor[]{self, end});
        checkLerp(self, end, null);
        return compute(Kind.LERP, self, end, Conversions.scalar(weight), weight, null, true);
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
        return compute(Kind.LERP, self, end, weight, 0, null, false);
    }

    static Tensor lerp_(Tensor self, Tensor end, double weight) {
        checkInPlace(self, end, end);
        if (Recording.needed(self, end)) return Recording.inPlace(self, s -> lerp(s, end, weight));
        checkLerp(self, end, null);
        return compute(Kind.LERP, self, end, Conversions.scalar(weight), weight, self, true);
    }

    static Tensor lerp_(Tensor self, Tensor end, Tensor weight) {
        checkInPlace(self, end, weight);
        if (Recording.needed(self, end, weight)) return Recording.inPlace(self, s -> lerp(s, end, weight));
        checkLerp(self, end, weight);
        return compute(Kind.LERP, self, end, weight, 0, self, false);
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
     * Computes {@code kind} into {@code out} (the in-place target) or a new tensor when null;
     * {@code scalarWeight}: lerp's weight is the number {@code scalar} (b is its wrapped tensor).
     */
    private static Tensor compute(Kind kind, Tensor self, Tensor a, Tensor b, double scalar, Tensor out, boolean scalarWeight) {
        DType dtype = TypePromotion.resultType(self, a, b);
        if (kind == Kind.ADDCDIV && !a.dtype().isFloatingPoint() && !b.dtype().isFloatingPoint())
            throw new IllegalArgumentException("Integer division with addcdiv is no longer supported, and in a future  release addcdiv will"
                    + " perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value"
                    + " * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for"
                    + " float inputs. The future addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2),"
                    + " for all dtypes.");
        if (out == null) out = Tensor.allocate(dtype, Shapes.broadcast(Shapes.broadcast(self.shape, a.shape), b.shape));
        else Pointwise.checkCast(dtype, out.dtype());
        boolean f32 = dtype == DType.FLOAT32;
        if (f32 && out.dtype() == DType.FLOAT32 && denseLike(out, self) && denseLike(out, a) && (scalarWeight || denseLike(out, b)))
            floatLoop(kind, out, self, a, scalarWeight ? null : b, (float) scalar);
        else
            strided(kind, out, Pointwise.castForCompute(self, dtype), Pointwise.castForCompute(a, dtype), Pointwise.castForCompute(b, dtype), scalar, f32, dtype);
        out.storage.bumpVersion();
        return out;
    }

    /** Contiguous float32 of the output's shape: addressable as one run of its array. */
    private static boolean denseLike(Tensor out, Tensor t) {
        return t.dtype() == DType.FLOAT32 && Arrays.equals(t.shape, out.shape) && t.isContiguous() && out.isContiguous();
    }

    /** The direct loop: one pass over the arrays, split over the cores for large tensors; b is null for lerp's scalar weight. */
    private static void floatLoop(Kind kind, Tensor out, Tensor self, Tensor a, Tensor b, float v) {
        float[] o = (float[]) out.storage.array(), s = (float[]) self.storage.array(), x = (float[]) a.storage.array();
        float[] y = b == null ? null : (float[]) b.storage.array();
        int oo = (int) out.offset, so = (int) self.offset, xo = (int) a.offset, yo = b == null ? 0 : (int) b.offset;
        Parallel.forRange(out.numel(), Parallel.GRAIN, (start, end) -> {
            int lo = (int) start, hi = (int) end;
            switch (kind) {
                case ADDCMUL -> { for (int i = lo; i < hi; i++) o[oo + i] = Math.fma(v * x[xo + i], y[yo + i], s[so + i]); }
                case ADDCDIV -> { for (int i = lo; i < hi; i++) o[oo + i] = s[so + i] + v * x[xo + i] / y[yo + i]; }
                case LERP -> {
                    if (y == null) for (int i = lo; i < hi; i++) o[oo + i] = lerpF(s[so + i], x[xo + i], v);
                    else for (int i = lo; i < hi; i++) o[oo + i] = lerpF(s[so + i], x[xo + i], y[yo + i]);
                }
            }
        });
    }

    /** ATen's lerp: from the nearer end, so weight 1 gives exactly {@code end}. */
    private static float lerpF(float self, float end, float w) {
        return Math.abs(w) < 0.5f ? Math.fma(w, end - self, self) : Math.fma(self - end, 1f - w, end);
    }

    private static double lerpD(double self, double end, double w) {
        return Math.abs(w) < 0.5 ? Math.fma(w, end - self, self) : Math.fma(self - end, 1 - w, end);
    }

    /** Any layout and dtype: chunks loaded into double (or long, for integer addcmul) buffers. */
    private static void strided(Kind kind, Tensor out, Tensor self, Tensor a, Tensor b, double v, boolean f32, DType dtype) {
        long[] shape = out.shape;
        var eo = Conversions.operand(out);
        var es = Conversions.operand(self, shape);
        var ea = Conversions.operand(a, shape);
        var eb = Conversions.operand(b, shape);
        Storage so = eo.storage(), ss = es.storage(), sa = ea.storage(), sb = eb.storage();
        boolean integral = !dtype.isFloatingPoint();
        long lv = (long) v;
        float fv = (float) v;
        StridedLoop.run(shape, new long[][]{eo.strides(), es.strides(), ea.strides(), eb.strides()},
                new long[]{eo.offset(), es.offset(), ea.offset(), eb.offset()}, (off, st, n) -> {
                    Kernels.Buffers buf = Kernels.buffers();
                    if (integral) {   // only addcmul reaches here with integers
                        long[] s = buf.l[0], x = buf.l[1], y = buf.l[2];
                        ss.loadLong(off[1], st[1], n, s);
                        sa.loadLong(off[2], st[2], n, x);
                        sb.loadLong(off[3], st[3], n, y);
                        for (int i = 0; i < n; i++) s[i] += lv * x[i] * y[i];
                        so.storeLong(off[0], st[0], n, s);
                        return;
                    }
                    double[] s = buf.d[0], x = buf.d[1], y = buf.d[2];
                    ss.loadDouble(off[1], st[1], n, s);
                    sa.loadDouble(off[2], st[2], n, x);
                    sb.loadDouble(off[3], st[3], n, y);
                    // float32: each step rounded to float, as ATen's float loop (double rounding of one +, *, / is exact)
                    if (f32) for (int i = 0; i < n; i++) s[i] = switch (kind) {
                        case ADDCMUL -> Math.fma((float) (fv * x[i]), (float) y[i], (float) s[i]);
                        case ADDCDIV -> s[i] + (float) ((float) (fv * x[i]) / y[i]);
                        case LERP -> lerpF((float) s[i], (float) x[i], (float) y[i]);
                    };
                    else for (int i = 0; i < n; i++) s[i] = switch (kind) {
                        case ADDCMUL -> Math.fma(v * x[i], y[i], s[i]);
                        case ADDCDIV -> s[i] + v * x[i] / y[i];
                        case LERP -> lerpD(s[i], x[i], y[i]);
                    };
                    so.storeDouble(off[0], st[0], n, s);
                });
    }
}
