package torch4j.backend.cpu;

import torch4j.DType;
import torch4j.backend.ElementwiseOp;
import torch4j.backend.Operand;
import torch4j.backend.OptimizerUpdates;
import torch4j.backend.PointwisePrimitives;
import torch4j.backend.TernaryOp;
import torch4j.storage.Storage;

/**
 * The CPU's pointwise primitives: each op's chunk kernels over {@link StridedLoop}, the kernel
 * picked once per call (float arithmetic on float32 storages where the op has an exact float
 * kernel, else the double or long domain by the compute dtype).
 */
final class CpuPointwise implements PointwisePrimitives {
    @Override
    public void map(long[] shape, DType compute, Operand out, Operand x, ElementwiseOp.UnaryOp op) {
        if (compute == DType.FLOAT32 && op.flt() != null && Elementwise.allFloat(out, x))
            Elementwise.mapFloat(shape, out, x, op.flt());
        else if (compute.isFloatingPoint() || op.lng() == null)
            Elementwise.mapDouble(shape, out, x, compute == DType.FLOAT32 && op.f32() != null ? op.f32() : op.dbl());
        else
            Elementwise.mapLong(shape, out, x, op.lng());
    }

    @Override
    public void map(long[] shape, DType compute, Operand out, Operand a, Operand b, ElementwiseOp.BinaryOp op) {
        if (compute == DType.FLOAT32 && op.flt() != null && Elementwise.allFloat(out, a, b))
            Elementwise.mapFloat(shape, out, a, b, op.flt());
        else if (compute.isFloatingPoint() || op.lng() == null)
            Elementwise.mapDouble(shape, out, a, b, compute == DType.FLOAT32 && op.f32() != null ? op.f32() : op.dbl());
        else {
            // integer division by zero is an error; checking first means no output is half-written
            if (op.divides() && countZeros(shape, b) > 0) throw new ArithmeticException("ZeroDivisionError");
            Elementwise.mapLong(shape, out, a, b, op.lng());
        }
    }

    private static long countZeros(long[] shape, Operand x) {
        long[] zeros = {0};
        Storage s = x.storage();
        StridedLoop.runSerial(shape, new long[][]{x.strides()}, new long[]{x.offset()}, (off, st, n) -> {
            long[] v = Kernels.buffers().l[0];
            s.loadLong(off[0], st[0], n, v);
            for (int i = 0; i < n; i++) if (v[i] == 0) zeros[0]++;
        });
        return zeros[0];
    }

    @Override
    public void where(long[] shape, Operand out, Operand cond, Operand x, Operand y) {
        Elementwise.select(shape, out, cond, x, y, out.storage().dtype().isFloatingPoint());
    }

    @Override
    public void fused(TernaryOp op, long[] shape, DType compute, Operand out, Operand self, Operand a, Operand b, double value) {
        CpuFused.run(op, shape, compute, out, self, a, b, value);
    }

    @Override
    public void fill(long[] shape, Operand out, Number value) {
        Object v = value instanceof Double || value instanceof Float ? new double[]{value.doubleValue()} : new long[]{value.longValue()};
        Elementwise.copy(shape, out, new Operand(Storage.wrap(v), 0, new long[shape.length]));
    }

    @Override public void arange(Operand out, long n, double start, double step) { CpuRanges.arange(out, n, start, step); }
    @Override public void arange(Operand out, long n, long start, long step) { CpuRanges.arange(out, n, start, step); }
    @Override public void linspace(Operand out, long steps, double start, double end) { CpuRanges.linspace(out, steps, start, end); }

    @Override
    public long countNonzero(String op, long[] shape, Operand x) {
        long[] count = {0};
        Storage s = x.storage();
        StridedLoop.runSerial(shape, new long[][]{x.strides()}, new long[]{x.offset()}, (off, st, n) -> {
            double[] v = Kernels.buffers().d[0];   // exact for the test: no nonzero int64 loads as 0.0
            s.loadDouble(off[0], st[0], n, v);
            for (int i = 0; i < n; i++) if (v[i] != 0) count[0]++;
        });
        return count[0];
    }

    @Override
    public void compress(long[] shape, Operand out, Operand x, Operand mask) {
        int count = (int) countNonzero("masked_select", shape, mask);
        int[] rows = new int[count];
        int[] next = {0};
        Storage sm = mask.storage();
        StridedLoop.runSerial(shape, new long[][]{x.strides(), mask.strides()}, new long[]{x.offset(), mask.offset()},
                (off, st, n) -> {
                    long[] m = Kernels.buffers().l[0];
                    sm.loadLong(off[1], st[1], n, m);
                    for (int i = 0; i < n; i++) if (m[i] != 0) rows[next[0]++] = off[0] + i * st[0];
                });
        IndexedCopy.gather(x.storage(), rows, 1, 1, out.storage(), (int) out.offset());
    }

    @Override
    public void nonzero(long[] shape, Operand out, Operand x) {
        long[] coords = (long[]) out.storage().array();
        int nd = shape.length, row = (int) out.offset();
        long[] position = new long[nd];
        long total = 1;
        for (long d : shape) total *= d;
        Storage s = x.storage();
        for (long e = 0; e < total; e++) {
            long off = x.offset();
            for (int d = 0; d < nd; d++) off += position[d] * x.strides()[d];
            if (s.getDouble((int) off) != 0) {
                System.arraycopy(position, 0, coords, row, nd);
                row += nd;
            }
            for (int d = nd - 1; d >= 0; d--) {   // next row-major position
                if (++position[d] < shape[d]) break;
                position[d] = 0;
            }
        }
    }

    @Override
    public void adam(long n, Operand p, Operand grad, Operand m, Operand v, Operand max, OptimizerUpdates.Adam step) {
        CpuOptimizerUpdates.adam(n, p, grad, m, v, max, step);
    }

    @Override
    public void sgd(long n, Operand p, Operand grad, Operand buf, boolean first, OptimizerUpdates.Sgd step) {
        CpuOptimizerUpdates.sgd(n, p, grad, buf, first, step);
    }
}
