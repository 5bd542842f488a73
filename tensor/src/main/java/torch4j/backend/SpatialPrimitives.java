package torch4j.backend;

import torch4j.storage.Storage;

/**
 * Convolution (im2col/col2im) and pooling kernels over planes. Part of the {@link Backend}
 * primitive set; the contract of {@link Backend} applies.
 *
 * <p>Every primitive here works on <em>planes</em>: the op layer makes its input contiguous and
 * views an (N, C, H, W) or (C, H, W) tensor as {@code planes} consecutive H × W planes
 * (row-major, starting at an element offset), and allocates a fresh contiguous, zero-filled
 * output (offset 0) that does not overlap the input. Output sizes, dtype checks and PyTorch's
 * errors stay in the op layer ({@code Convolution}, {@code Pooling}, {@code SpatialFunctions}).
 */
public interface SpatialPrimitives {
    /**
     * The sliding-window geometry of a 2-D convolution or unfold: kernel size, stride, padding
     * and dilation along height (h) and width (w). A 1-D convolution has height 1 throughout.
     */
    record Geometry(int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw) {
        /** Output height for input height {@code h} (PyTorch's formula; the op layer checks it is positive). */
        public long outH(long h) { return (h + 2L * ph - (long) dh * (kh - 1) - 1) / sh + 1; }

        /** Output width for input width {@code w}. */
        public long outW(long w) { return (w + 2L * pw - (long) dw * (kw - 1) - 1) / sw + 1; }
    }

    /**
     * The pooling windows of one call, chosen per output row and column: output row {@code oy}
     * covers input rows {@code rowStart[oy]} (inclusive) to {@code rowEnd[oy]} (exclusive) every
     * {@code rowStep}, likewise for columns. Max, average and their adaptive and dilated forms
     * are all such windows; an empty window (start ≥ end) only arises with padding.
     */
    record Windows(int h, int w, int[] rowStart, int[] rowEnd, int rowStep, int[] colStart, int[] colEnd, int colStep) {
        /** Output height: the number of row windows. */
        public int outH() { return rowStart.length; }

        /** Output width: the number of column windows. */
        public int outW() { return colStart.length; }
    }

    /**
     * im2col: for each of {@code planes} h × w planes of {@code x} (from {@code xOffset}), copy
     * every kernel window into a block of kh·kw rows of L = outH·outW columns of {@code cols}
     * (plane p's block at p·kh·kw·L; rows tap-major, ATen's order). Padding positions stay 0.
     * Float dtypes only (the op layer raises PyTorch's error for others).
     *
     * <p>Example (REPL): {@code F.unfold(x, 3)} on a (1, 1, 4, 4) input calls
     * {@code im2col(1, 4, 4, new Geometry(3, 3, 1, 1, 0, 0, 1, 1), x.storage, 0, cols.storage)}
     * for (1, 9, 4) columns.
     */
    void im2col(int planes, int h, int w, Geometry g, Storage x, long xOffset, Storage cols);

    /**
     * col2im, the adjoint of {@link #im2col}: columns laid out as im2col writes them (from
     * {@code colsOffset}) summed into {@code planes} zero-filled h × w planes of {@code out},
     * each plane in ATen's order (kernel tap, then output position), so float rounding matches.
     * Float dtypes only.
     */
    void col2im(int planes, int h, int w, Geometry g, Storage cols, long colsOffset, Storage out);

    /**
     * Max pooling: for each plane of {@code x} (h × w from {@code xOffset}) and each window, the
     * maximum into {@code values} (outH·outW per plane) and its flat index in the plane
     * ({@code row · w + column}) into the int64 {@code indices}. NaN wins (the last NaN of a
     * window), ties keep the first maximum in row-major order, as ATen's kernel. Any dtype.
     */
    void maxPool(int planes, Windows win, Storage x, long xOffset, Storage values, Storage indices);

    /**
     * Max pooling's gradient: {@code out[p, indices[p, j]] += grad[p, j]} for each plane p of
     * outH·outW gradient elements (from {@code gradOffset}) and int64 indices (from
     * {@code indicesOffset}), in j order, into zero-filled planes of {@code planeSize} elements.
     * Float32 and float64 (the op layer uses scatter-add otherwise).
     */
    void maxPoolBackward(int planes, int planeSize, int outPlaneSize, Storage grad, long gradOffset,
                         Storage indices, long indicesOffset, Storage out);

    /**
     * Average pooling: each window's sum (accumulated in float64) divided by {@code divisor}
     * (one per output position, outH·outW, shared by all planes) into {@code out}; an empty
     * window gives 0. Any dtype, rounded once on the store.
     */
    void avgPool(int planes, Windows win, double[] divisor, Storage x, long xOffset, Storage out);
}
