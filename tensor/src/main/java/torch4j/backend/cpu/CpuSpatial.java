package torch4j.backend.cpu;

import torch4j.backend.SpatialPrimitives;
import torch4j.storage.Storage;

/**
 * The CPU's convolution kernels, im2col and col2im as runs of plane elements ({@link Runs}),
 * split over the planes; pooling is in {@link CpuPooling}.
 */
final class CpuSpatial implements SpatialPrimitives {
    private final CpuPooling pooling = new CpuPooling();

    /**
     * For one channel plane of size d × h × w, the columns as runs: run i copies {@code len[i]}
     * plane elements, from {@code src[i]} every {@code stride} (the width stride), to
     * {@code dst[i]} onwards in the plane's block of columns (tap-major, then output position).
     * One run per kernel tap and output (slice, row), clipped to the plane: padding is never read
     * and its columns stay zero. Shared by every channel and sample, so im2col is a copy per run
     * and col2im an add per run, in the columns' order (ATen's: kernel tap, then output position).
     */
    record Runs(int[] dst, int[] src, int[] len, int stride, int perPlane) {
        static Runs of(int d, int h, int w, Geometry g) {
            int od = (int) g.outD(d), oh = (int) g.outH(h), ow = (int) g.outW(w), l = od * oh * ow, sw = g.sw();
            int max = g.taps() * od * oh, n = 0;
            int[] dst = new int[max], src = new int[max], len = new int[max];
            for (int kz = 0; kz < g.kd(); kz++)
                for (int ki = 0; ki < g.kh(); ki++)
                    for (int kj = 0; kj < g.kw(); kj++) {
                        int ix0 = kj * g.dw() - g.pw();   // input column of output column 0
                        int xlo = ix0 < 0 ? Math.ceilDiv(-ix0, sw) : 0, xhi = w - ix0 <= 0 ? 0 : Math.min(ow, Math.ceilDiv(w - ix0, sw));
                        if (xlo >= xhi) continue;
                        int tap = (kz * g.kh() + ki) * g.kw() + kj;
                        for (int oz = 0; oz < od; oz++) {
                            int iz = oz * g.sd() - g.pd() + kz * g.dd();
                            if (iz < 0 || iz >= d) continue;
                            for (int oy = 0; oy < oh; oy++) {
                                int iy = oy * g.sh() - g.ph() + ki * g.dh();
                                if (iy < 0 || iy >= h) continue;
                                dst[n] = tap * l + (oz * oh + oy) * ow + xlo;
                                src[n] = (iz * h + iy) * w + ix0 + xlo * sw;
                                len[n++] = xhi - xlo;
                            }
                        }
                    }
            return new Runs(java.util.Arrays.copyOf(dst, n), java.util.Arrays.copyOf(src, n), java.util.Arrays.copyOf(len, n), sw,
                    g.taps() * l);
        }
    }

    @Override
    public void im2col(int planes, int d, int h, int w, Geometry g, Storage x, long xOffset, Storage cols, long colsOffset) {
        Runs runs = Runs.of(d, h, w, g);
        int rows = runs.perPlane(), xOff = Math.toIntExact(xOffset), cOff = Math.toIntExact(colsOffset), hw = d * h * w;   // rows: kd·kh·kw·L per plane
        Parallel.forRange(planes, Math.max(1, Parallel.GRAIN / Math.max(1, rows)), (s, e) -> {
            for (int p = (int) s; p < e; p++) copyRuns(x, xOff + p * hw, cols, cOff + p * rows, runs);
        });
    }

    /** One plane's runs from {@code in} (the plane at {@code from}) into its block of columns in {@code out} (at {@code to}). */
    private static void copyRuns(Storage in, int from, Storage out, int to, Runs runs) {
        int[] dst = runs.dst(), src = runs.src(), len = runs.len();
        for (int r = 0; r < dst.length; r++) in.copyRaw(from + src[r], runs.stride(), out, to + dst[r], 1, len[r]);
    }

    @Override
    public void col2im(int planes, int d, int h, int w, Geometry g, Storage cols, long colsOffset, Storage out, long outOffset) {
        Runs runs = Runs.of(d, h, w, g);
        int rows = runs.perPlane(), cOff = Math.toIntExact(colsOffset), oOff = Math.toIntExact(outOffset), hw = d * h * w, sw = runs.stride();
        int[] dst = runs.dst(), src = runs.src(), len = runs.len();
        Object in = cols.array(), res = out.array();
        // summed in ATen's order (kernel tap, then output position) into each plane
        Parallel.forRange(planes, Math.max(1, Parallel.GRAIN / Math.max(1, rows)), (s, e) -> {
            for (int p = (int) s; p < e; p++) {
                int from = cOff + p * rows, to = oOff + p * hw;
                for (int r = 0; r < dst.length; r++) {
                    int i = from + dst[r], o = to + src[r], m = len[r];
                    if (in instanceof float[] a) addRun(a, i, (float[]) res, o, m, sw);
                    else { double[] a = (double[]) in, b = (double[]) res; for (int k = 0; k < m; k++) b[o + k * sw] += a[i + k]; }
                }
            }
        });
    }

    /** {@code b[o + k·stride] += a[i + k]} for k < n; the unit-stride loop on its own, so C2 vectorises it. */
    private static void addRun(float[] a, int i, float[] b, int o, int n, int stride) {
        if (stride == 1) for (int k = 0; k < n; k++) b[o + k] += a[i + k];
        else for (int k = 0; k < n; k++) b[o + k * stride] += a[i + k];
    }

    @Override
    public void depthwise(int n, int channels, int mult, int d, int h, int w, Geometry g, Storage x, long xOffset,
                          Storage weight, long weightOffset, Storage out) {
        CpuDepthwise.forward(n, channels, mult, d, h, w, g, x, Math.toIntExact(xOffset), weight, Math.toIntExact(weightOffset), out);
    }

    @Override
    public void depthwiseInputGrad(int planes, int channels, int d, int h, int w, Geometry g, Storage grad, long gradOffset,
                                   Storage weight, long weightOffset, Storage out) {
        CpuDepthwise.inputGrad(planes, channels, d, h, w, g, grad, Math.toIntExact(gradOffset), weight, Math.toIntExact(weightOffset), out);
    }

    @Override
    public void maxPool(int planes, Windows win, Storage x, long xOffset, Storage values, Storage indices) {
        pooling.max(planes, win, x, Math.toIntExact(xOffset), values, indices);
    }

    @Override
    public void maxPoolBackward(int planes, int planeSize, int outPlaneSize, Storage grad, long gradOffset,
                                Storage indices, long indicesOffset, Storage out) {
        pooling.maxBackward(planes, planeSize, outPlaneSize, grad, Math.toIntExact(gradOffset), indices,
                Math.toIntExact(indicesOffset), out);
    }

    @Override
    public void avgPool(int planes, Windows win, double[] divisor, Storage x, long xOffset, Storage out) {
        pooling.average(planes, win, divisor, x, Math.toIntExact(xOffset), out);
    }

    @Override
    public void avgPoolBackward(int planes, Windows win, double[] divisor, Storage grad, long gradOffset, Storage out) {
        pooling.averageBackward(planes, win, divisor, grad, Math.toIntExact(gradOffset), out);
    }
}
