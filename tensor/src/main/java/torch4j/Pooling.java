package torch4j;

import torch4j.backend.SpatialPrimitives;
import torch4j.backend.SpatialPrimitives.Windows;

/**
 * 2-D and 3-D pooling over (N, C, [D,] H, W) or unbatched (C, [D,] H, W) input ({@code dims} 2 or
 * 3 spatial dims). Every pooling window is a box of (slices ×) rows × columns chosen per output
 * position ({@link Windows}), so max, average and their adaptive forms share two backend kernels
 * over the planes ({@link SpatialPrimitives#maxPool}, {@link SpatialPrimitives#avgPool}). Max
 * pooling saves the flat argmax in each plane (PyTorch's {@code indices}) and its gradient scatters
 * onto them; average pooling's gradient is ATen's kernel (each output's share added over its
 * window), recorded in turn, so differentiable again.
 */
final class Pooling {
    private Pooling() {}

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
    static Tensor[] max(Tensor x, Windows win, int dims, String name) {
        Tensor[] out = maxKernel(x, win, dims);
        Tensor values = out[0], indices = out[1];
        if (Recording.needed(x)) {
            values = Recording.attach(values, name, (n, g) -> new Tensor[]{scatterToIndices(g, n.saved(0), x.shape, dims)},
                    new Tensor[]{x}, indices);
        }
        return new Tensor[]{values, indices};
    }

    /**
     * Zeros shaped {@code shape} with g added at each plane's saved flat indices: the backend's
     * kernel, or scatter-add where the backward is itself recorded (createGraph: ScatterAddBackward0).
     */
    static Tensor scatterToIndices(Tensor g0, Tensor indices0, long[] shape, int dims) {
        long hw = 1, planes = 1;
        for (int i = 0; i < shape.length; i++) {
            if (i < shape.length - dims) planes *= shape[i];
            else hw *= shape[i];
        }
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

    /** x's shape with the last {@code dims} dimensions replaced by the windows' output size. */
    private static long[] pooledShape(Tensor x, Windows win, int dims) {
        long[] shape = x.shape.clone();
        if (dims == 3) shape[shape.length - 3] = win.outD();
        shape[shape.length - 2] = win.outH();
        shape[shape.length - 1] = win.outW();
        return shape;
    }

    /** The number of (depth ×) height × width planes of x. */
    private static long planes(Tensor x, int dims) {
        long planes = 1;
        for (int i = 0; i < x.dim() - dims; i++) planes *= x.shape[i];
        return planes;
    }

    private static Tensor[] maxKernel(Tensor input, Windows win, int dims) {
        Tensor x = input.contiguous();
        long planes = planes(x, dims);
        long[] outShape = pooledShape(x, win, dims);
        Tensor values = x.allocateLike(x.dtype(), outShape), indices = x.allocateLike(DType.INT64, outShape);
        x.backend().spatial().maxPool((int) planes, win, x.storage, x.offset, values.storage, indices.storage);
        return new Tensor[]{values, indices};
    }

    // ------------------------------------------------------------------ average

    /**
     * Window sums divided by {@code divisor} ([outD ×] outH × outW; null for adaptive pooling,
     * divided by each window's extents in turn), recorded as {@code name}; its gradient is
     * {@link #averageBackward}, ATen's kernel, so a NaN or infinite gradient stays in its window.
     */
    static Tensor average(Tensor x, Windows win, double[] divisor, int dims, String name) {
        return Recording.recordIfNeeded(name, (n, g) -> new Tensor[]{averageBackward(g, x, win, divisor, dims, name)},
                () -> averageKernel(x, win, divisor, dims), new Tensor[]{x});
    }

    /**
     * {@code avg_pool2d_backward} and kin: recorded as {@code <name>BackwardBackward0} with PyTorch's
     * inputs (the gradient and the forward's input), whose own gradient is the forward pool of
     * the incoming gradient (and zeros for the input).
     */
    private static Tensor averageBackward(Tensor g, Tensor x, Windows win, double[] divisor, int dims, String name) {
        String node = name.substring(0, name.length() - "0".length()) + "Backward0";
        return Recording.recordIfNeeded(node,
                (n, gg) -> new Tensor[]{average(gg, win, divisor, dims, name), x.newZeros(x.shape)},
                () -> {
                    Tensor grad = g.contiguous();
                    Tensor out = grad.allocateLike(grad.dtype(), x.shape);
                    grad.backend().spatial().avgPoolBackward((int) planes(x, dims), win, divisor, grad.storage, grad.offset, out.storage);
                    return out;
                }, new Tensor[]{g, x});
    }

    private static Tensor averageKernel(Tensor input, Windows win, double[] divisor, int dims) {
        Tensor x = input.contiguous();
        long planes = planes(x, dims);
        Tensor out = x.allocateLike(x.dtype(), pooledShape(x, win, dims));
        x.backend().spatial().avgPool((int) planes, win, divisor, x.storage, x.offset, out.storage);
        return out;
    }
}
