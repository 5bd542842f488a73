package torch4j.backend.cpu;

import torch4j.backend.ChunkKernels;
import torch4j.backend.Operand;
import torch4j.storage.Storage;

/**
 * Elementwise maps over strided storages: load each operand's run into a chunk buffer (converting
 * to the compute domain), apply the op's kernel, store the result run (converting to the output
 * dtype). The caller has already broadcast every operand's strides to the output shape.
 */
public final class Elementwise {
    private Elementwise() {}

    /** {@code out = f(x)} in the double domain. */
    public static void mapDouble(long[] shape, Operand out, Operand x, ChunkKernels.D1 f) {
        Storage so = out.storage(), sx = x.storage();
        StridedLoop.run(shape, new long[][]{out.strides(), x.strides()}, new long[]{out.offset(), x.offset()},
                (off, st, n) -> {
                    Kernels.Buffers b = Kernels.buffers();
                    sx.loadDouble(off[1], st[1], n, b.d[0]);
                    f.apply(b.d[0], b.d[1], n);
                    so.storeDouble(off[0], st[0], n, b.d[1]);
                });
    }

    /**
     * {@code out = f(x)} on float32 storages in float arithmetic. A run that is contiguous at the
     * same index in every operand (fresh or in-place tensors) is computed on the arrays directly;
     * other runs go through chunk buffers, as the double path does.
     */
    public static void mapFloat(long[] shape, Operand out, Operand x, ChunkKernels.F1 f) {
        float[] o = floats(out), a = floats(x);
        StridedLoop.run(shape, new long[][]{out.strides(), x.strides()}, new long[]{out.offset(), x.offset()},
                (off, st, n) -> {
                    if (st[0] == 1 && st[1] == 1 && off[0] == off[1]) { f.apply(a, o, off[0], off[0] + n); return; }
                    Kernels.Buffers b = Kernels.buffers();
                    gather(a, off[1], st[1], n, b.f[0]);
                    f.apply(b.f[0], b.f[1], 0, n);
                    scatter(b.f[1], o, off[0], st[0], n);
                });
    }

    /** {@code out = f(a, b)} on float32 storages in float arithmetic (see the one-operand form). */
    public static void mapFloat(long[] shape, Operand out, Operand a, Operand b, ChunkKernels.F2 f) {
        float[] o = floats(out), x = floats(a), y = floats(b);
        StridedLoop.run(shape, new long[][]{out.strides(), a.strides(), b.strides()},
                new long[]{out.offset(), a.offset(), b.offset()},
                (off, st, n) -> {
                    if (st[0] == 1 && st[1] == 1 && st[2] == 1 && off[0] == off[1] && off[0] == off[2]) {
                        f.apply(x, y, o, off[0], off[0] + n);
                        return;
                    }
                    Kernels.Buffers buf = Kernels.buffers();
                    gather(x, off[1], st[1], n, buf.f[0]);
                    gather(y, off[2], st[2], n, buf.f[1]);
                    f.apply(buf.f[0], buf.f[1], buf.f[2], 0, n);
                    scatter(buf.f[2], o, off[0], st[0], n);
                });
    }

    /** True when every operand lives in float32 storage (the precondition of {@link #mapFloat}). */
    public static boolean allFloat(Operand... operands) {
        for (Operand o : operands) if (!(o.storage().array() instanceof float[])) return false;
        return true;
    }

    private static float[] floats(Operand o) { return (float[]) o.storage().array(); }

    private static void gather(float[] src, int off, int stride, int n, float[] dst) {
        if (stride == 1) System.arraycopy(src, off, dst, 0, n);
        else if (stride == 0) java.util.Arrays.fill(dst, 0, n, src[off]);
        else for (int i = 0, j = off; i < n; i++, j += stride) dst[i] = src[j];
    }

    private static void scatter(float[] src, float[] dst, int off, int stride, int n) {
        if (stride == 1) System.arraycopy(src, 0, dst, off, n);
        else for (int i = 0, j = off; i < n; i++, j += stride) dst[j] = src[i];
    }

    /** {@code out = f(x)} in the long domain. */
    public static void mapLong(long[] shape, Operand out, Operand x, ChunkKernels.L1 f) {
        Storage so = out.storage(), sx = x.storage();
        StridedLoop.run(shape, new long[][]{out.strides(), x.strides()}, new long[]{out.offset(), x.offset()},
                (off, st, n) -> {
                    Kernels.Buffers b = Kernels.buffers();
                    sx.loadLong(off[1], st[1], n, b.l[0]);
                    f.apply(b.l[0], b.l[1], n);
                    so.storeLong(off[0], st[0], n, b.l[1]);
                });
    }

    /** {@code out = f(a, b)} in the double domain. */
    public static void mapDouble(long[] shape, Operand out, Operand a, Operand b, ChunkKernels.D2 f) {
        Storage so = out.storage(), sa = a.storage(), sb = b.storage();
        StridedLoop.run(shape, new long[][]{out.strides(), a.strides(), b.strides()},
                new long[]{out.offset(), a.offset(), b.offset()},
                (off, st, n) -> {
                    Kernels.Buffers buf = Kernels.buffers();
                    sa.loadDouble(off[1], st[1], n, buf.d[0]);
                    sb.loadDouble(off[2], st[2], n, buf.d[1]);
                    f.apply(buf.d[0], buf.d[1], buf.d[2], n);
                    so.storeDouble(off[0], st[0], n, buf.d[2]);
                });
    }

    /** {@code out = f(a, b)} in the long domain. */
    public static void mapLong(long[] shape, Operand out, Operand a, Operand b, ChunkKernels.L2 f) {
        Storage so = out.storage(), sa = a.storage(), sb = b.storage();
        StridedLoop.run(shape, new long[][]{out.strides(), a.strides(), b.strides()},
                new long[]{out.offset(), a.offset(), b.offset()},
                (off, st, n) -> {
                    Kernels.Buffers buf = Kernels.buffers();
                    sa.loadLong(off[1], st[1], n, buf.l[0]);
                    sb.loadLong(off[2], st[2], n, buf.l[1]);
                    f.apply(buf.l[0], buf.l[1], buf.l[2], n);
                    so.storeLong(off[0], st[0], n, buf.l[2]);
                });
    }

    /** {@code out = cond ? x : y}; the domain is the output's (double for floats, else long). */
    public static void select(long[] shape, Operand out, Operand cond, Operand x, Operand y, boolean doubleDomain) {
        Storage so = out.storage(), sc = cond.storage(), sx = x.storage(), sy = y.storage();
        StridedLoop.run(shape, new long[][]{out.strides(), cond.strides(), x.strides(), y.strides()},
                new long[]{out.offset(), cond.offset(), x.offset(), y.offset()},
                (off, st, n) -> {
                    Kernels.Buffers buf = Kernels.buffers();
                    long[] c = buf.l[3];
                    sc.loadLong(off[1], st[1], n, c);
                    if (doubleDomain) {
                        double[] vx = buf.d[0], vy = buf.d[1];
                        sx.loadDouble(off[2], st[2], n, vx);
                        sy.loadDouble(off[3], st[3], n, vy);
                        for (int i = 0; i < n; i++) vx[i] = c[i] != 0 ? vx[i] : vy[i];
                        so.storeDouble(off[0], st[0], n, vx);
                    } else {
                        long[] vx = buf.l[0], vy = buf.l[1];
                        sx.loadLong(off[2], st[2], n, vx);
                        sy.loadLong(off[3], st[3], n, vy);
                        for (int i = 0; i < n; i++) vx[i] = c[i] != 0 ? vx[i] : vy[i];
                        so.storeLong(off[0], st[0], n, vx);
                    }
                });
    }

    /**
     * {@code out = x} with dtype conversion (same-class storages copy raw, without a domain trip).
     * Integer sources go through the long domain even into float storage: {@code (float) long}
     * rounds once, as C++'s cast does, where {@code (float) (double) long} could round twice.
     */
    public static void copy(long[] shape, Operand out, Operand x) {
        Storage so = out.storage(), sx = x.storage();
        boolean raw = so.getClass() == sx.getClass() && so.dtype() == sx.dtype();
        boolean viaDouble = sx.dtype().isFloatingPoint();
        StridedLoop.run(shape, new long[][]{out.strides(), x.strides()}, new long[]{out.offset(), x.offset()},
                (off, st, n) -> {
                    if (raw) { sx.copyRaw(off[1], st[1], so, off[0], st[0], n); return; }
                    Kernels.Buffers b = Kernels.buffers();
                    if (viaDouble) {
                        sx.loadDouble(off[1], st[1], n, b.d[0]);
                        so.storeDouble(off[0], st[0], n, b.d[0]);
                    } else {
                        sx.loadLong(off[1], st[1], n, b.l[0]);
                        so.storeLong(off[0], st[0], n, b.l[0]);
                    }
                });
    }
}
