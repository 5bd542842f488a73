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
     * The sliding-window geometry of a convolution or unfold: kernel size, stride, padding and
     * dilation along depth (d), height (h) and width (w). A 2-D convolution has depth 1 (the
     * 8-value constructor), a 1-D one also height 1.
     */
    record Geometry(int kd, int kh, int kw, int sd, int sh, int sw, int pd, int ph, int pw, int dd, int dh, int dw) {
        /** A 2-D geometry: depth 1 (kernel 1, stride 1, no padding, dilation 1). */
        public Geometry(int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw) { this(1, kh, kw, 1, sh, sw, 0, ph, pw, 1, dh, dw); }

        /** Output depth for input depth {@code d}. */
        public long outD(long d) { return (d + 2L * pd - (long) dd * (kd - 1) - 1) / sd + 1; }

        /** Output height for input height {@code h} (PyTorch's formula; the op layer checks it is positive). */
        public long outH(long h) { return (h + 2L * ph - (long) dh * (kh - 1) - 1) / sh + 1; }

        /** Output width for input width {@code w}. */
        public long outW(long w) { return (w + 2L * pw - (long) dw * (kw - 1) - 1) / sw + 1; }

        /** Kernel taps: kd·kh·kw. */
        public int taps() { return kd * kh * kw; }
    }

    /**
     * The pooling windows of one call, chosen per output slice, row and column: output row
     * {@code oy} covers input rows {@code rowStart[oy]} (inclusive) to {@code rowEnd[oy]}
     * (exclusive) every {@code rowStep}, likewise for columns and depth slices. A plane is
     * d × h × w (d = 1 for 2-D pooling: the 8-value constructor). Max, average and their adaptive
     * and dilated forms are all such windows; an empty window (start ≥ end) only arises with padding.
     */
    record Windows(int d, int h, int w, int[] depthStart, int[] depthEnd, int depthStep,
                   int[] rowStart, int[] rowEnd, int rowStep, int[] colStart, int[] colEnd, int colStep) {
        /** 2-D windows: planes of depth 1, one depth window. */
        public Windows(int h, int w, int[] rowStart, int[] rowEnd, int rowStep, int[] colStart, int[] colEnd, int colStep) {
            this(1, h, w, new int[]{0}, new int[]{1}, 1, rowStart, rowEnd, rowStep, colStart, colEnd, colStep);
        }

        /** Output depth: the number of depth windows. */
        public int outD() { return depthStart.length; }

        /** Output height: the number of row windows. */
        public int outH() { return rowStart.length; }

        /** Output width: the number of column windows. */
        public int outW() { return colStart.length; }

        /** Input elements per plane: d·h·w. */
        public int planeSize() { return d * h * w; }

        /** Output elements per plane: outD·outH·outW. */
        public int outPlaneSize() { return outD() * outH() * outW(); }
    }

    /**
     * im2col (vol2col): for each of {@code planes} d × h × w planes of {@code x} (from
     * {@code xOffset}; d = 1 for 2-D), copy every kernel window into a block of kd·kh·kw rows of
     * L = outD·outH·outW columns of {@code cols} (plane p's block at p·kd·kh·kw·L; rows tap-major,
     * ATen's order), from {@code colsOffset}. Padding positions are not written: they must be 0
     * already (a fresh buffer, or one that im2col with the same geometry filled before, which
     * lets a convolution reuse one buffer for every slice of its batch).
     * Float dtypes only (the op layer raises PyTorch's error for others).
     *
     * <p>Example (REPL): {@code F.unfold(x, 3)} on a (1, 1, 4, 4) input calls
     * {@code im2col(1, 1, 4, 4, new Geometry(3, 3, 1, 1, 0, 0, 1, 1), x.storage, 0, cols.storage, 0)}
     * for (1, 9, 4) columns.
     */
    void im2col(int planes, int d, int h, int w, Geometry g, Storage x, long xOffset, Storage cols, long colsOffset);

    /**
     * col2im, the adjoint of {@link #im2col}: columns laid out as im2col writes them (from
     * {@code colsOffset}) summed into {@code planes} zero-filled d × h × w planes of {@code out}
     * (from {@code outOffset}), each plane in ATen's order (kernel tap, then output position), so
     * float rounding matches. Float dtypes only.
     */
    void col2im(int planes, int d, int h, int w, Geometry g, Storage cols, long colsOffset, Storage out, long outOffset);

    /**
     * A depthwise convolution without columns: {@code n} samples of {@code channels} d × h × w
     * planes of {@code x} (from {@code xOffset}), each convolved with its own {@code mult}
     * kernels of kd·kh·kw taps ({@code weight} from {@code weightOffset}, (channels·mult, taps)
     * row-major) into the zero-filled (n, channels·mult, outD·outH·outW) {@code out}. Each output
     * element sums its taps in tap order, as the GEMM over im2col's columns does, so the result
     * equals {@code im2col} followed by one GEMM per group. Float dtypes only.
     *
     * <p>Example (REPL): {@code F.conv2d(x, w, null, 1, 1, 1, 64)} on (8, 64, 56, 56) with a
     * (64, 1, 3, 3) weight runs {@code depthwise(8, 64, 1, 1, 56, 56, g, ...)}.
     */
    void depthwise(int n, int channels, int mult, int d, int h, int w, Geometry g, Storage x, long xOffset,
                   Storage weight, long weightOffset, Storage out);

    /**
     * The input gradient of a depthwise convolution with one kernel per channel: for each of
     * {@code planes} planes, the gradient's outD·outH·outW elements (from {@code gradOffset})
     * times the plane's kernel ({@code weight} from {@code weightOffset}, taps per plane, plane p
     * using kernel p mod {@code channels}) summed into the zero-filled d × h × w planes of
     * {@code out}: the products rounded, then added in {@link #col2im}'s order, so the result
     * equals the GEMM (a single product per element) followed by col2im. Float dtypes only.
     */
    void depthwiseInputGrad(int planes, int channels, int d, int h, int w, Geometry g, Storage grad, long gradOffset,
                            Storage weight, long weightOffset, Storage out);

    /**
     * Max pooling: for each plane of {@code x} (d × h × w from {@code xOffset}) and each window,
     * the maximum into {@code values} (outD·outH·outW per plane) and its flat index in the plane
     * ({@code (slice · h + row) · w + column}) into the int64 {@code indices}. NaN wins (the last
     * NaN of a window), ties keep the first maximum in row-major order, as ATen's kernel. Any dtype.
     */
    void maxPool(int planes, Windows win, Storage x, long xOffset, Storage values, Storage indices);

    /**
     * Max pooling's gradient: {@code out[p, indices[p, j]] += grad[p, j]} for each plane p of
     * outD·outH·outW gradient elements (from {@code gradOffset}) and int64 indices (from
     * {@code indicesOffset}), in j order, into zero-filled planes of {@code planeSize} elements.
     * Float32 and float64 (the op layer uses scatter-add otherwise).
     */
    void maxPoolBackward(int planes, int planeSize, int outPlaneSize, Storage grad, long gradOffset,
                         Storage indices, long indicesOffset, Storage out);

    /**
     * Average pooling: each window's sum, accumulated in the tensor's type in window order (ATen's
     * rounding), divided by {@code divisor} (one per output position, outD·outH·outW, shared by
     * all planes) into {@code out}; {@code divisor} null for adaptive pooling, whose kernels divide
     * by the window's depth, height and width in turn. An empty window gives 0. Float dtypes.
     */
    void avgPool(int planes, Windows win, double[] divisor, Storage x, long xOffset, Storage out);

    /**
     * Average pooling's gradient: for each output position in order, its gradient (from
     * {@code gradOffset}, outD·outH·outW per plane) divided as {@link #avgPool} divides, in the
     * tensor's type, added to every input of its window in zero-filled planes of {@code out}
     * (a NaN or infinity reaches only its window, as in ATen). Float dtypes.
     */
    void avgPoolBackward(int planes, Windows win, double[] divisor, Storage grad, long gradOffset, Storage out);
}
