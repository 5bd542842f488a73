package torch4j;

import torch4j.backend.cpu.Kernels;
import torch4j.backend.cpu.StridedLoop;

/**
 * Sum or product over dims that are not the innermost, done as ATen's TensorIterator does it:
 * walk the input in layout order with an output operand whose strides are 0 on reduced dims,
 * and fold each run into the output accumulators ({@code acc[j] += x[j]}, a loop the JIT
 * vectorises). Serial, since two threads could fold into the same output element.
 */
final class OuterAccumulation {
    private OuterAccumulation() {}

    static void run(Tensor x, boolean[] reduced, boolean prod, boolean dbl, double[] dacc, long[] lacc) {
        int nd = x.dim();
        // output strides: contiguous over kept dims (row-major, as the output is laid out), 0 on reduced dims
        long[] outStrides = new long[nd];
        long s = 1;
        for (int d = nd - 1; d >= 0; d--) {
            if (reduced[d]) continue;
            outStrides[d] = s;
            s *= x.shape[d];
        }
        if (prod) { java.util.Arrays.fill(dacc, 1); java.util.Arrays.fill(lacc, 1); }
        StridedLoop.runSerial(x.shape, new long[][]{x.strides, outStrides}, new long[]{x.offset, 0}, (off, st, n) -> {
            Kernels.Buffers b = Kernels.buffers();
            int o = off[1], os = st[1];
            if (dbl) {
                double[] v = b.d[0];
                x.storage.loadDouble(off[0], st[0], n, v);
                if (prod) for (int i = 0; i < n; i++) dacc[o + i * os] *= v[i];
                else if (os == 1) for (int i = 0; i < n; i++) dacc[o + i] += v[i];
                else if (os == 0) { double t = 0; for (int i = 0; i < n; i++) t += v[i]; dacc[o] += t; }
                else for (int i = 0; i < n; i++) dacc[o + i * os] += v[i];
            } else {
                long[] v = b.l[0];
                x.storage.loadLong(off[0], st[0], n, v);
                if (prod) for (int i = 0; i < n; i++) lacc[o + i * os] *= v[i];
                else for (int i = 0; i < n; i++) lacc[o + i * os] += v[i];
            }
        });
    }
}
