package torch4j;

import torch4j.backend.SpatialPrimitives;
import torch4j.backend.SpatialPrimitives.Windows;

/**
 * 2-D pooling over (N, C, H, W) or unbatched (C, H, W) input. Every pooling window is a
 * rectangle of rows × columns chosen per output row and column ({@link Windows}), so max, average
 * and their adaptive forms share two backend kernels over the planes
 * ({@link SpatialPrimitives#maxPool}, {@link SpatialPrimitives#avgPool}). Max pooling saves the flat
 * argmax in each plane (PyTorch's {@code indices}) and its gradient scatters onto them; average
 * pooling is linear and separable, so its gradient is {@code Aᵀ·(g / divisor)·B} with the 0/1
 * window-membership matrices A (rows) and B (columns) — differentiable again.
 */
final class Pooling {
    private Pooling() {}

    /** 0/1 (outH × h) matrix on {@code device}: which input rows each output row covers. */
    private static Tensor rowMatrix(Windows win, DType dtype, Device device) {
        return membership(win.rowStart(), win.rowEnd(), win.rowStep(), win.h(), dtype, device);
    }

    private static Tensor colMatrix(Windows win, DType dtype, Device device) {
        return membership(win.colStart(), win.colEnd(), win.colStep(), win.w(), dtype, device);
    }

    private static Tensor membership(int[] start, int[] end, int step, int size, DType dtype, Device device) {
        double[] m = new double[start.length * size];
        for (int o = 0; o < start.length; o++)
            for (int i = start[o]; i < end[o]; i += step) m[o * size + i] = 1;
        return Torch.from(m).view(start.length, size).to(device, dtype);
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

    /**
     * Zeros shaped {@code shape} with g added at each plane's saved flat indices: the backend's
     * kernel, or scatter-add where the backward is itself recorded (createGraph: ScatterAddBackward0).
     */
    private static Tensor scatterToIndices(Tensor g0, Tensor indices0, long[] shape) {
        long planes = shape.length == 4 ? shape[0] * shape[1] : shape[0];
        long hw = shape[shape.length - 2] * shape[shape.length - 1];
        if (!torch4j.autograd.GradMode.isEnabled()) {
            Tensor g = g0.contiguous(), indices = indices0.contiguous();
            Tensor grad = g.allocateLike(g.dtype(), shape);
            g.backend().spatial().maxPoolBackward((int) planes, (int) hw, (int) (g.numel() / Math.max(1, planes)),
                    g.storage, g.offset, indices.storage, indices.offset, grad.storage);
            return grad;
        }
        Tensor flatGrad = g0.reshape(planes, -1), flatIdx = indices0.reshape(planes, -1);
        Tensor zeros = g0.allocateLike(g0.dtype(), new long[]{planes, hw});
        return zeros.scatterAdd(1, flatIdx, flatGrad).view(shape);
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
        Tensor values = x.allocateLike(x.dtype(), outShape), indices = x.allocateLike(DType.INT64, outShape);
        x.backend().spatial().maxPool((int) planes, win, x.storage, x.offset, values.storage, indices.storage);
        return new Tensor[]{values, indices};
    }

    // ------------------------------------------------------------------ average

    /**
     * Window sums divided by {@code divisor} (outH × outW), recorded as {@code name} with the
     * separable gradient {@code Aᵀ·(g / divisor)·B}.
     */
    static Tensor average(Tensor x, Windows win, double[] divisor, String name) {
        if (!Recording.needed(x)) return averageKernel(x, win, divisor);
        Tensor div = Torch.from(divisor).view(win.outH(), win.outW()).to(x.device(), x.dtype());
        Tensor rows = rowMatrix(win, x.dtype(), x.device()), cols = colMatrix(win, x.dtype(), x.device());
        return Recording.record(name, (n, g) -> new Tensor[]{rows.t().matmul(g.div(div)).matmul(cols)},
                () -> averageKernel(x, win, divisor), new Tensor[]{x});
    }

    private static Tensor averageKernel(Tensor input, Windows win, double[] divisor) {
        Tensor x = input.contiguous();
        long planes = x.dim() == 4 ? x.shape[0] * x.shape[1] : x.shape[0];
        Tensor out = x.allocateLike(x.dtype(), pooledShape(x, win));
        x.backend().spatial().avgPool((int) planes, win, divisor, x.storage, x.offset, out.storage);
        return out;
    }
}
