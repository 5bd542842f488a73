package torch4j.backend.cpu;

import torch4j.DType;
import torch4j.backend.Operand;
import torch4j.backend.TernaryOp;
import torch4j.storage.Storage;

/**
 * addcmul, addcdiv and lerp as one fused pass with no temporaries. Dense float32 operands of the
 * output's layout at offset 0 (every optimizer state) take a direct loop over the arrays; anything
 * else (broadcasting, views, other dtypes) the strided chunk loop. float32 results round every
 * step to float, in ATen's order; where ATen's compiled loop contracts a multiply and an add into
 * a fused multiply-add (addcmul, lerp: GCC's default -ffp-contract=fast for the AVX2 kernels), so
 * does this one ({@link Math#fma}), so values match PyTorch's bit for bit.
 */
final class CpuFused {
    private CpuFused() {}

    private static final int ADDCMUL = 0, ADDCDIV = 1, LERP = 2;

    /** See {@link torch4j.backend.PointwisePrimitives#fused}; {@code b} is null for lerp's scalar weight. */
    static void run(TernaryOp op, long[] shape, DType compute, Operand out, Operand self, Operand a, Operand b, double value) {
        int kind = op == TernaryOp.ADDCMUL ? ADDCMUL : op == TernaryOp.ADDCDIV ? ADDCDIV : LERP;
        if (op != TernaryOp.ADDCMUL && op != TernaryOp.ADDCDIV && op != TernaryOp.LERP)
            throw new IllegalArgumentException("not a fused op: " + op.name());
        boolean f32 = compute == DType.FLOAT32;
        if (f32 && dense(shape, out) && dense(shape, self) && dense(shape, a) && (b == null || dense(shape, b)))
            floatLoop(kind, shape, out, self, a, b, (float) value);
        else
            strided(kind, shape, out, self, a, b == null ? scalar(value, shape) : b, value, f32, compute.isFloatingPoint());
    }

    private static Operand scalar(double v, long[] shape) {
        return new Operand(Storage.wrap(new double[]{v}), 0, new long[shape.length]);
    }

    /**
     * float32 storage laid out as a contiguous tensor of {@code shape} from offset 0: its whole
     * array, index for index (per-array offsets would keep the JIT from vectorising the loop).
     */
    private static boolean dense(long[] shape, Operand o) {
        if (o.offset() != 0 || o.storage().dtype() != DType.FLOAT32) return false;
        long expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && o.strides()[d] != expected) return false;
            expected *= shape[d];
        }
        return true;
    }

    private static long numel(long[] shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    /** The direct loop: one pass over the arrays, split over the cores for large tensors; b is null for lerp's scalar weight. */
    private static void floatLoop(int kind, long[] shape, Operand out, Operand self, Operand a, Operand b, float v) {
        float[] o = floats(out), s = floats(self), x = floats(a);
        float[] y = b == null ? null : floats(b);
        Parallel.forRange(numel(shape), Parallel.GRAIN, (start, end) -> {
            int lo = (int) start, hi = (int) end;
            switch (kind) {
                case ADDCMUL -> { for (int i = lo; i < hi; i++) o[i] = Math.fma(v * x[i], y[i], s[i]); }
                case ADDCDIV -> { for (int i = lo; i < hi; i++) o[i] = s[i] + v * x[i] / y[i]; }
                default -> {
                    if (y == null) for (int i = lo; i < hi; i++) o[i] = lerpF(s[i], x[i], v);
                    else for (int i = lo; i < hi; i++) o[i] = lerpF(s[i], x[i], y[i]);
                }
            }
        });
    }

    private static float[] floats(Operand o) { return (float[]) o.storage().array(); }

    /** ATen's lerp: from the nearer end, so weight 1 gives exactly {@code end}. */
    private static float lerpF(float self, float end, float w) {
        return Math.abs(w) < 0.5f ? Math.fma(w, end - self, self) : Math.fma(self - end, 1f - w, end);
    }

    private static double lerpD(double self, double end, double w) {
        return Math.abs(w) < 0.5 ? Math.fma(w, end - self, self) : Math.fma(self - end, 1 - w, end);
    }

    /** Any layout and dtype: chunks loaded into double (or long, for integer addcmul) buffers. */
    private static void strided(int kind, long[] shape, Operand eo, Operand es, Operand ea, Operand eb, double v,
                                boolean f32, boolean floating) {
        Storage so = eo.storage(), ss = es.storage(), sa = ea.storage(), sb = eb.storage();
        long lv = (long) v;
        float fv = (float) v;
        StridedLoop.run(shape, new long[][]{eo.strides(), es.strides(), ea.strides(), eb.strides()},
                new long[]{eo.offset(), es.offset(), ea.offset(), eb.offset()}, (off, st, n) -> {
                    Kernels.Buffers buf = Kernels.buffers();
                    if (!floating) {   // only addcmul reaches here with integers
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
                        default -> lerpF((float) s[i], (float) x[i], (float) y[i]);
                    };
                    else for (int i = 0; i < n; i++) s[i] = switch (kind) {
                        case ADDCMUL -> Math.fma(v * x[i], y[i], s[i]);
                        case ADDCDIV -> s[i] + v * x[i] / y[i];
                        default -> lerpD(s[i], x[i], y[i]);
                    };
                    so.storeDouble(off[0], st[0], n, s);
                });
    }
}
