package torch4j;

import torch4j.backend.SpatialPrimitives.Windows;
import torch4j.storage.StorageSize;

/**
 * The kernel layer behind {@code F}'s 1-D and 3-D pooling and max unpooling, as
 * {@link SpatialFunctions} is for the 2-D ops: argument checks in PyTorch's words, then the
 * shared kernels. A 1-D pool is the 2-D one on the input unsqueezed at −2 (as ATen does, so the
 * graph is {@code SqueezeBackward1 ← MaxPool2DWithIndicesBackward0 ← UnsqueezeBackward0}); a 3-D
 * pool is {@link Pooling}'s kernel over (depth × height × width) planes.
 *
 * <pre>{@code
 * jshell> F.maxPool1d(tensor(1., 3., 2., 0.).view(1, 1, 4), 2)
 * $1 ==> tensor([[[3., 2.]]])
 * }</pre>
 */
public final class PoolingFunctions {
    private PoolingFunctions() {}

    private static String dimRange(Tensor x, String op) {
        return "Expected 2 to 3 dimensions, but got " + x.dim() + "-dimensional tensor for argument #1 'self' (while checking arguments for " + op + ")";
    }

    private static void checkDimRange(Tensor x, String op) {
        if (x.dim() != 2 && x.dim() != 3) throw new IllegalArgumentException(dimRange(x, op));
    }

    // ------------------------------------------------------------------ 1-D, as 2-D of height 1

    /** {@code F.max_pool1d}: {values, indices}; {@code withIndices} picks the checks of {@code max_pool1d_with_indices}. */
    public static Tensor[] maxPool1d(Tensor x, int kernel, int stride, int padding, int dilation, boolean ceilMode, boolean withIndices) {
        if (withIndices) checkDimRange(x, "max_pool1d");
        else if (x.dim() != 2 && x.dim() != 3)
            throw new IllegalArgumentException("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for input, but got:"
                    + SpatialFunctions.sizeList(x.shape));
        if (!withIndices && padding > kernel / 2)
            throw new IllegalArgumentException("max_pool1d() padding should be at most half of kernel size, but got padding=" + padding + " and kernel_size=" + kernel);
        if (!withIndices) SpatialFunctions.requireFloat(x, "max_pool1d_impl");
        Tensor[] out = SpatialFunctions.maxPool2d(x.unsqueeze(-2), new int[]{1, kernel}, new int[]{1, stride}, new int[]{0, padding},
                new int[]{1, dilation}, ceilMode);
        return new Tensor[]{out[0].squeeze(-2), out[1].squeeze(-2)};
    }

    /** {@code F.avg_pool1d}. */
    public static Tensor avgPool1d(Tensor x, int kernel, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
        checkDimRange(x, "avg_pool1d");
        return SpatialFunctions.avgPool2d(x.unsqueeze(-2), new int[]{1, kernel}, new int[]{1, stride}, new int[]{0, padding}, ceilMode,
                countIncludePad, 0).squeeze(-2);
    }

    /** {@code F.adaptive_avg_pool1d}. */
    public static Tensor adaptiveAvgPool1d(Tensor x, long outputSize) {
        checkDimRange(x, "adaptive_avg_pool1d");
        return SpatialFunctions.adaptiveAvgPool2d(x.unsqueeze(-2), new long[]{1, outputSize}).squeeze(-2);
    }

    /** {@code F.adaptive_max_pool1d(..., return_indices=True)}: {values, indices}. */
    public static Tensor[] adaptiveMaxPool1d(Tensor x, long outputSize) {
        checkDimRange(x, "adaptive_max_pool1d");
        Tensor[] out = SpatialFunctions.adaptiveMaxPool2d(x.unsqueeze(-2), new long[]{1, outputSize});
        return new Tensor[]{out[0].squeeze(-2), out[1].squeeze(-2)};
    }

    // ------------------------------------------------------------------ 3-D

    private static void check3d(Tensor x) {
        if ((x.dim() != 4 && x.dim() != 5) || x.numel() == 0)
            throw new IllegalArgumentException("non-empty 4D or 5D (batch mode) tensor expected for input");
        // the kernels index one (d, h, w) plane with ints
        long plane = x.shape[x.dim() - 3] * x.shape[x.dim() - 2] * x.shape[x.dim() - 1];
        if (plane > StorageSize.MAX_ELEMENTS) StorageSize.checkAllocatable(x.shape, x.dtype().itemSize());
    }

    private static void checkPad(int[] kernel, int[] padding) {
        for (int i = 0; i < 3; i++)
            if (padding[i] > kernel[i] / 2)
                throw new IllegalArgumentException("pad should be at most half of kernel size, but got pad=" + padding[i] + " and kernel_size=" + kernel[i]);
    }

    private static void checkStride(int[] stride) {
        if (stride[0] <= 0 || stride[1] <= 0 || stride[2] <= 0)
            throw new IllegalArgumentException("stride should be greater than zero, but got dT: " + stride[0] + " dH: " + stride[1] + " dW: " + stride[2]);
    }

    /** The input's (d, h, w). */
    private static int[] volume(Tensor x) {
        int n = x.dim();
        return new int[]{(int) x.shape[n - 3], (int) x.shape[n - 2], (int) x.shape[n - 1]};
    }

    private static void checkOutput(Tensor x, long[] out) {
        if (out[0] < 1 || out[1] < 1 || out[2] < 1) {
            int n = x.dim();
            long c = x.shape[n - 4];
            throw new IllegalArgumentException("Given input size: (" + c + "x" + x.shape[n - 3] + "x" + x.shape[n - 2] + "x" + x.shape[n - 1]
                    + "). Calculated output size: (" + c + "x" + out[0] + "x" + out[1] + "x" + out[2] + "). Output size is too small");
        }
    }

    /** {@code F.max_pool3d(..., return_indices=True)}: {values, indices} (flat per-volume argmax). */
    public static Tensor[] maxPool3d(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        check3d(x);
        checkPad(kernel, padding);
        SpatialFunctions.requireFloat(x, "max_pool3d_with_indices_cpu");
        checkStride(stride);
        if (dilation[0] <= 0 || dilation[1] <= 0 || dilation[2] <= 0)
            throw new IllegalArgumentException("dilation should be greater than zero, but got dilationT: " + dilation[0] + " dilationH: " + dilation[1]
                    + " dilationW: " + dilation[2]);
        int[] in = volume(x);
        long[] out = new long[3];
        for (int i = 0; i < 3; i++) out[i] = Pooling.outputSize(in[i], kernel[i], padding[i], stride[i], dilation[i], ceilMode);
        checkOutput(x, out);
        int[][][] win = new int[3][][];
        for (int i = 0; i < 3; i++) win[i] = Pooling.slidingWindows(in[i], (int) out[i], kernel[i], stride[i], padding[i], dilation[i]);
        return Pooling.max(x, new Windows(in[0], in[1], in[2], win[0][0], win[0][1], dilation[0], win[1][0], win[1][1], dilation[1],
                win[2][0], win[2][1], dilation[2]), 3, "MaxPool3DWithIndicesBackward0");
    }

    /** {@code F.avg_pool3d}; {@code divisorOverride} 0 when not given. */
    public static Tensor avgPool3d(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad, int divisorOverride) {
        check3d(x);
        checkPad(kernel, padding);
        checkStride(stride);
        int[] in = volume(x);
        if (in[0] < kernel[0] || in[1] < kernel[1] || in[2] < kernel[2])
            throw new IllegalArgumentException("input image (T: " + in[0] + " H: " + in[1] + " W: " + in[2] + ") smaller than kernel size (kT: "
                    + kernel[0] + " kH: " + kernel[1] + " kW: " + kernel[2] + ")");
        long[] out = new long[3];
        for (int i = 0; i < 3; i++) out[i] = Pooling.outputSize(in[i], kernel[i], padding[i], stride[i], 1, ceilMode);
        checkOutput(x, out);
        // ATen: the window clipped to the padded input gives pool_size, clipped to the input the summed range
        int[][] start = new int[3][], end = new int[3][], padded = new int[3][];
        for (int i = 0; i < 3; i++) {
            int o = (int) out[i];
            start[i] = new int[o];
            end[i] = new int[o];
            padded[i] = new int[o];
            SpatialFunctions.clipWindows(in[i], kernel[i], stride[i], padding[i], start[i], end[i], padded[i]);
        }
        int od = (int) out[0], oh = (int) out[1], ow = (int) out[2];
        double[] divisor = new double[od * oh * ow];
        for (int z = 0; z < od; z++)
            for (int i = 0; i < oh; i++)
                for (int j = 0; j < ow; j++)
                    divisor[(z * oh + i) * ow + j] = divisorOverride != 0 ? divisorOverride
                            : countIncludePad ? (double) padded[0][z] * padded[1][i] * padded[2][j]
                            : (double) (end[0][z] - start[0][z]) * (end[1][i] - start[1][i]) * (end[2][j] - start[2][j]);
        Windows win = new Windows(in[0], in[1], in[2], start[0], end[0], 1, start[1], end[1], 1, start[2], end[2], 1);
        return Pooling.average(x, win, divisor, 3, "AvgPool3DBackward0");
    }

    private static Windows adaptive3d(Tensor x, long[] outputSize, String name, String sep) {
        if (x.dim() != 4 && x.dim() != 5)
            throw new IllegalArgumentException(name + "(): Expected 4D or 5D tensor, but got" + sep + SpatialFunctions.sizeList(x.shape));
        SpatialFunctions.requireFloat(x, name + "_cpu");
        long[] outShape = x.shape.clone();   // the output size is a long until it is known to fit
        for (int i = 0; i < 3; i++) if (outputSize[i] >= 0) outShape[x.dim() - 3 + i] = outputSize[i];
        StorageSize.checkAllocatable(outShape, x.dtype().itemSize());
        check3d(x);
        int[] in = volume(x);
        int[][][] win = new int[3][][];
        for (int i = 0; i < 3; i++) win[i] = Pooling.adaptiveWindows(in[i], (int) outShape[x.dim() - 3 + i]);
        return new Windows(in[0], in[1], in[2], win[0][0], win[0][1], 1, win[1][0], win[1][1], 1, win[2][0], win[2][1], 1);
    }

    /** {@code F.adaptive_avg_pool3d}; a negative size keeps the input's (Python's None). Output 1×1×1 is a mean, as PyTorch. */
    public static Tensor adaptiveAvgPool3d(Tensor x, long[] outputSize) {
        Windows win = adaptive3d(x, outputSize, "adaptive_avg_pool3d", " ");
        if (win.outPlaneSize() == 1) return x.mean(new long[]{-1, -2, -3}, true);
        // no divisors: the adaptive kernel divides by the window's depth, height and width in turn
        return Pooling.average(x, win, null, 3, "AdaptiveAvgPool3DBackward0");
    }

    /** {@code F.adaptive_max_pool3d(..., return_indices=True)}: {values, indices}. */
    public static Tensor[] adaptiveMaxPool3d(Tensor x, long[] outputSize) {
        return Pooling.max(x, adaptive3d(x, outputSize, "adaptive_max_pool3d", ": "), 3, "AdaptiveMaxPool3DBackward0");
    }

    // ------------------------------------------------------------------ max unpooling

    /**
     * {@code max_unpool2d} ({@code dims} 2) or {@code max_unpool3d} (3): each value of x written at
     * its flat index into zero planes of {@code outputSize} ((h, w) or (d, h, w)); the gradient
     * gathers at the same indices. The 1-D form is the 2-D one of width 1, as in PyTorch.
     */
    public static Tensor maxUnpool(Tensor x, Tensor indices, long[] outputSize, int dims) {
        if (indices.dtype() != DType.INT64)
            throw new IllegalArgumentException("elements in indices should be type int64" + (dims == 2 ? " but got: " + SpatialFunctions.scalarName(indices.dtype()) : ""));
        if (x.dim() != dims + 1 && x.dim() != dims + 2)
            throw new IllegalArgumentException("Input to max_unpooling" + dims + "d should be a " + (dims + 1) + "d or " + (dims + 2)
                    + "d Tensor, but got a tensor with " + x.dim() + " dimensions.");
        if (!java.util.Arrays.equals(x.shape, indices.shape))
            throw new IllegalArgumentException("Expected shape of indices to be same as that of the input tensor (" + SpatialFunctions.sizeList(x.shape)
                    + ") but got indices tensor with shape: " + SpatialFunctions.sizeList(indices.shape));
        for (int i = 1; i < x.dim(); i++)
            if (x.shape[i] == 0)
                throw new IllegalArgumentException("max_unpooling" + dims + "d_forward_out_cpu(): Expected input to have non-zero size for non-batch dimensions, but got "
                        + SpatialFunctions.sizeList(x.shape) + " with dimension " + i + " being empty.");
        SpatialFunctions.requireFloat(x, "max_unpool" + dims + "d");
        long planes = 1, plane = 1;
        for (int i = 0; i < x.dim() - dims; i++) planes *= x.shape[i];
        for (long s : outputSize) plane *= s;
        long[] outShape = x.shape.clone();
        System.arraycopy(outputSize, 0, outShape, x.dim() - dims, dims);
        Tensor flatIdx = indices.reshape(planes, -1);
        Tensor bad = indices.device().isMeta() ? null : flatIdx.lt(0L).logicalOr(flatIdx.ge(plane));   // meta: no values to check
        if (bad != null && bad.any().item() != 0) {
            StringBuilder size = new StringBuilder();
            for (int i = 0; i < dims; i++) size.append(i > 0 ? "x" : "").append(outputSize[i]);
            throw new IllegalArgumentException("Found an invalid max index: " + (long) flatIdx.maskedSelect(bad).get(0).item()
                    + " (output volumes are of size " + size);
        }
        long fPlanes = planes, fPlane = plane;
        return Recording.recordIfNeeded(dims == 2 ? "MaxUnpool2DBackward0" : "MaxUnpool3DBackward0",
                (n, g) -> new Tensor[]{g.reshape(fPlanes, fPlane).gather(1, flatIdx).view(x.shape)},
                () -> x.allocateLike(x.dtype(), new long[]{fPlanes, fPlane}).scatter(1, flatIdx, x.reshape(fPlanes, -1)).view(outShape),
                new Tensor[]{x});
    }
}
