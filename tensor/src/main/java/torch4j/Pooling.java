package torch4j;

import torch4j.backend.cpu.Parallel;
import torch4j.storage.Storage;

/**
 * 2-D pooling over (N, C, H, W) or unbatched (C, H, W) input. Every pooling window is a
 * rectangle of rows × columns chosen per output row and column ({@link Windows}), so max, average
 * and their adaptive forms share two kernels over the planes. Max pooling saves the flat
 * argmax in each plane (PyTorch's {@code indices}) and its gradient scatters onto them; average
 * pooling is linear and separable, so its gradient is {@code Aᵀ·(g / divisor)·B} with the 0/1
 * window-membership matrices A (rows) and B (columns) — differentiable again.
 */
final class Pooling {
    private Pooling() {}

    /** Per output row: input rows [rowStart, rowEnd) every rowStep; the same for columns. */
    record Windows(int h, int w, int[] rowStart, int[] rowEnd, int rowStep, int[] colStart, int[] colEnd, int colStep) {
        int outH() { return rowStart.length; }

        int outW() { return colStart.length; }

        /** 0/1 (outH × h) matrix: which input rows each output row covers. */
        Tensor rowMatrix(DType dtype) { return membership(rowStart, rowEnd, rowStep, h, dtype); }

        Tensor colMatrix(DType dtype) { return membership(colStart, colEnd, colStep, w, dtype); }

        private static Tensor membership(int[] start, int[] end, int step, int size, DType dtype) {
            double[] m = new double[start.length * size];
            for (int o = 0; o < start.length; o++)
                for (int i = start[o]; i < end[o]; i += step) m[o * size + i] = 1;
            return Torch.from(m).view(start.length, size).to(dtype);
        }
    }

    /** PyTorch's pooling_output_shape for one dimension. */
    static long outputSize(long in, int k, int pad, int stride, int dilation, boolean ceil) {
        long num = in + 2L * pad - (long) dilation * (k - 1) - 1 + (ceil ? stride - 1 : 0);
        long out = Math.floorDiv(num, stride) + 1;
        if (ceil && (out - 1) * stride >= in + pad) out--;
        return out;
    }

    /** The windows of max_pool2d (dilated) along one dimension. */
    static int[][] slidingWindows(int in, int out, int k, int stride, int pad, int dilation) {
        int[] start = new int[out], end = new int[out];
        for (int o = 0; o < out; o++) {
            int s = o * stride - pad;
            int e = Math.min(s + (k - 1) * dilation + 1, in);
            while (s < 0) s += dilation;
            start[o] = s;
            end[o] = e;
        }
        return new int[][]{start, end};
    }

    /** The windows of adaptive pooling along one dimension: [⌊o·in/out⌋, ⌈(o+1)·in/out⌉). */
    static int[][] adaptiveWindows(int in, int out) {
        int[] start = new int[out], end = new int[out];
        for (int o = 0; o < out; o++) {
            start[o] = (int) Math.floorDiv((long) o * in, out);
            end[o] = (int) -Math.floorDiv(-(long) (o + 1) * in, out);
        }
        return new int[][]{start, end};
    }

    // ------------------------------------------------------------------ max

    /**
     * Max over each window: the values and the flat index (row · W + column) of the maximum in
     * its plane, NaN winning as in PyTorch. The node is {@code name}; its gradient adds g at the
     * saved indices.
     */
    static Tensor[] max(Tensor x, Windows win, String name) {
        Tensor[] out = maxKernel(x, win);
        Tensor values = out[0], indices = out[1];
        if (Recording.needed(x)) {
            values = Recording.attach(values, name, (n, g) -> new Tensor[]{scatterToIndices(g, n.saved(0), x.shape)},
                    new Tensor[]{x}, indices);
        }
        return new Tensor[]{values, indices};
    }

    /** Zeros shaped {@code shape} with g added at each plane's saved flat indices. */
    private static Tensor scatterToIndices(Tensor g, Tensor indices, long[] shape) {
        long planes = shape.length == 4 ? shape[0] * shape[1] : shape[0];
        long hw = shape[shape.length - 2] * shape[shape.length - 1];
        if (g.dtype() == DType.FLOAT32 && !torch4j.autograd.GradMode.isEnabled()) return addAtIndicesFloat(g, indices, shape, planes, hw);
        Tensor flatGrad = g.reshape(planes, -1), flatIdx = indices.reshape(planes, -1);
        Tensor zeros = Torch.zeros(new long[]{planes, hw}, g.dtype());
        // in place on the fresh zeros unless this backward is itself recorded (createGraph: ScatterAddBackward0)
        Tensor grad = torch4j.autograd.GradMode.isEnabled() ? zeros.scatterAdd(1, flatIdx, flatGrad) : zeros.scatterAdd_(1, flatIdx, flatGrad);
        return grad.view(shape);
    }

    /** scatterToIndices for float32, one plane after another on the arrays (the same additions in the same order). */
    private static Tensor addAtIndicesFloat(Tensor g0, Tensor indices0, long[] shape, long planes, long hw) {
        Tensor g = g0.contiguous(), indices = indices0.contiguous();
        Tensor grad = Tensor.allocate(DType.FLOAT32, shape);
        float[] gv = (float[]) g.storage.array(), out = (float[]) grad.storage.array();
        long[] idx = (long[]) indices.storage.array();
        int ohw = (int) (g.numel() / Math.max(1, planes)), gOff = (int) g.offset, iOff = (int) indices.offset, plane = (int) hw;
        Parallel.forRange(planes, Math.max(1, Parallel.GRAIN / Math.max(1, hw)), (s, e) -> {
            for (int p = (int) s; p < e; p++)
                for (int j = 0, from = p * ohw; j < ohw; j++) out[p * plane + (int) idx[iOff + from + j]] += gv[gOff + from + j];
        });
        return grad;
    }

    /** x's shape with the last two dimensions replaced by the windows' output size. */
    private static long[] pooledShape(Tensor x, Windows win) {
        long[] shape = x.shape.clone();
        shape[shape.length - 2] = win.outH();
        shape[shape.length - 1] = win.outW();
        return shape;
    }

    private static Tensor[] maxKernel(Tensor input, Windows win) {
        Tensor x = input.contiguous();
        long planes = x.dim() == 4 ? x.shape[0] * x.shape[1] : x.shape[0];
        long[] outShape = pooledShape(x, win);
        Tensor values = Tensor.allocate(x.dtype(), outShape), indices = Tensor.allocate(DType.INT64, outShape);
        int hw = win.h() * win.w(), ohw = win.outH() * win.outW();
        Storage src = x.storage, dst = values.storage, idx = indices.storage;
        int xOff = (int) x.offset;
        if (x.dtype() == DType.FLOAT32) {
            float[] in = (float[]) src.array(), out = (float[]) dst.array();
            long[] arg = (long[]) idx.array();
            boolean twoByTwo = win.rowStep() == 1 && win.colStep() == 1
                    && allSpan(win.rowStart(), win.rowEnd(), 2) && allSpan(win.colStart(), win.colEnd(), 2);
            Parallel.forRange(planes, Math.max(1, Parallel.GRAIN / Math.max(1, hw)), (s, e) -> {
                for (int p = (int) s; p < e; p++) {
                    if (twoByTwo) maxPlane2x2(in, xOff + p * hw, out, arg, p * ohw, win);
                    else maxPlaneFloat(in, xOff + p * hw, out, arg, p * ohw, win);
                }
            });
            return new Tensor[]{values, indices};
        }
        Parallel.forRange(planes, Math.max(1, Parallel.GRAIN / Math.max(1, hw)), (s, e) -> {
            double[] plane = new double[hw], best = new double[ohw];
            long[] arg = new long[ohw];
            for (int p = (int) s; p < e; p++) {
                src.loadDouble(xOff + p * hw, 1, hw, plane);
                for (int oy = 0; oy < win.outH(); oy++)
                    for (int ox = 0; ox < win.outW(); ox++) {
                        double m = Double.NEGATIVE_INFINITY;
                        long at = (long) win.rowStart()[oy] * win.w() + win.colStart()[ox];
                        for (int y = win.rowStart()[oy]; y < win.rowEnd()[oy]; y += win.rowStep())
                            for (int c = win.colStart()[ox]; c < win.colEnd()[ox]; c += win.colStep()) {
                                double v = plane[y * win.w() + c];
                                if (v > m || Double.isNaN(v)) { m = v; at = (long) y * win.w() + c; }
                            }
                        best[oy * win.outW() + ox] = m;
                        arg[oy * win.outW() + ox] = at;
                    }
                dst.storeDouble(p * ohw, 1, ohw, best);
                idx.storeLong(p * ohw, 1, ohw, arg);
            }
        });
        return new Tensor[]{values, indices};
    }

    /**
     * One float32 plane read in place, with the double kernel's comparisons (a float widens
     * exactly), so the same values and indices; all-2×2 windows take {@link #maxPlane2x2}.
     */
    private static void maxPlaneFloat(float[] in, int base, float[] out, long[] arg, int outBase, Windows win) {
        int w = win.w(), ow = win.outW();
        int[] rs = win.rowStart(), re = win.rowEnd(), cs = win.colStart(), ce = win.colEnd();
        for (int oy = 0; oy < rs.length; oy++)
            for (int ox = 0; ox < ow; ox++) {
                float m = Float.NEGATIVE_INFINITY;
                int at = rs[oy] * w + cs[ox];
                for (int y = rs[oy]; y < re[oy]; y += win.rowStep())
                    for (int c = cs[ox]; c < ce[ox]; c += win.colStep()) {
                        float v = in[base + y * w + c];
                        if (v > m || v != v) { m = v; at = y * w + c; }
                    }
                out[outBase + oy * ow + ox] = m;
                arg[outBase + oy * ow + ox] = at;
            }
    }

    private static boolean allSpan(int[] start, int[] end, int span) {
        for (int i = 0; i < start.length; i++) if (end[i] - start[i] != span) return false;
        return true;
    }

    /**
     * 2×2 windows (MaxPool2d(2), the common case) without branches on the data, which a running
     * {@code v > max} mispredicts half the time (7× slower): the maximum by Math.max, then the
     * index by selects, the first element equal to it (ATen keeps the first of equal maxima;
     * −0.0 == 0.0, so the value is read back at the index to keep its sign) or, when it is NaN,
     * the last NaN (each NaN replaces the previous one in ATen's loop).
     */
    private static void maxPlane2x2(float[] in, int base, float[] out, long[] arg, int outBase, Windows win) {
        int w = win.w(), ow = win.outW();
        int[] rs = win.rowStart(), cs = win.colStart();
        for (int oy = 0; oy < rs.length; oy++)
            for (int ox = 0; ox < ow; ox++) {
                int j0 = rs[oy] * w + cs[ox], j1 = j0 + 1, j2 = j0 + w, j3 = j2 + 1;
                float v0 = in[base + j0], v1 = in[base + j1], v2 = in[base + j2], v3 = in[base + j3];
                float m = Math.max(Math.max(v0, v1), Math.max(v2, v3));
                int at;
                if (m == m) {
                    at = v2 == m ? j2 : j3;
                    at = v1 == m ? j1 : at;
                    at = v0 == m ? j0 : at;
                } else {
                    at = v1 != v1 ? j1 : j0;
                    at = v2 != v2 ? j2 : at;
                    at = v3 != v3 ? j3 : at;
                }
                out[outBase + oy * ow + ox] = in[base + at];
                arg[outBase + oy * ow + ox] = at;
            }
    }

    // ------------------------------------------------------------------ average

    /**
     * Window sums divided by {@code divisor} (outH × outW), recorded as {@code name} with the
     * separable gradient {@code Aᵀ·(g / divisor)·B}.
     */
    static Tensor average(Tensor x, Windows win, double[] divisor, String name) {
        if (!Recording.needed(x)) return averageKernel(x, win, divisor);
        Tensor div = Torch.from(divisor).view(win.outH(), win.outW()).to(x.dtype());
        Tensor rows = win.rowMatrix(x.dtype()), cols = win.colMatrix(x.dtype());
        return Recording.record(name, (n, g) -> new Tensor[]{rows.t().matmul(g.div(div)).matmul(cols)},
                () -> averageKernel(x, win, divisor), new Tensor[]{x});
    }

    private static Tensor averageKernel(Tensor input, Windows win, double[] divisor) {
        Tensor x = input.contiguous();
        long planes = x.dim() == 4 ? x.shape[0] * x.shape[1] : x.shape[0];
        long[] outShape = pooledShape(x, win);
        Tensor out = Tensor.allocate(x.dtype(), outShape);
        int hw = win.h() * win.w(), ohw = win.outH() * win.outW();
        Storage src = x.storage, dst = out.storage;
        int xOff = (int) x.offset;
        Parallel.forRange(planes, Math.max(1, Parallel.GRAIN / Math.max(1, hw)), (s, e) -> {
            double[] plane = new double[hw], res = new double[ohw];
            for (int p = (int) s; p < e; p++) {
                src.loadDouble(xOff + p * hw, 1, hw, plane);
                for (int oy = 0; oy < win.outH(); oy++)
                    for (int ox = 0; ox < win.outW(); ox++) {
                        double sum = 0;
                        for (int y = win.rowStart()[oy]; y < win.rowEnd()[oy]; y += win.rowStep())
                            for (int c = win.colStart()[ox]; c < win.colEnd()[ox]; c += win.colStep()) sum += plane[y * win.w() + c];
                        int o = oy * win.outW() + ox;
                        res[o] = win.rowStart()[oy] >= win.rowEnd()[oy] || win.colStart()[ox] >= win.colEnd()[ox] ? 0 : sum / divisor[o];
                    }
                dst.storeDouble(p * ohw, 1, ohw, res);
            }
        });
        return out;
    }
}
