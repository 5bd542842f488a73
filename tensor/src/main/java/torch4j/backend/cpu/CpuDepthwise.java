package torch4j.backend.cpu;

import torch4j.backend.SpatialPrimitives.Geometry;
import torch4j.storage.Storage;

/**
 * Depthwise convolution (one input channel per group) straight from the input planes, without
 * im2col's columns: for each kernel tap and output row ({@link CpuSpatial.Runs}, the runs im2col
 * copies), the tap's weight times the input run added into the output row. The im2col + GEMM
 * path it replaces ran a product with m = channel multiplier, k = taps per (sample, channel):
 * 9 multiply-adds per output element behind a packing pass and a native call each.
 *
 * <p>Bits: the runs come tap by tap, so every output element sums its taps in tap order, starting
 * from 0, which is what the GEMM over the columns computes — OpenBLAS with a fused multiply-add
 * per tap, the small-product Java loop ({@link JavaGemm#smallSgemm}) with a rounded product and an
 * add; {@link Gemm#runsNative} says which the GEMM would have used. Padding taps are skipped: the
 * GEMM adds their zero products, which leaves a sum that started at +0 unchanged. The input
 * gradient (multiplier 1) is the GEMM's single rounded product per column element, added into the
 * input plane in col2im's order.
 */
final class CpuDepthwise {
    private CpuDepthwise() {}

    /** See {@link torch4j.backend.SpatialPrimitives#depthwise}; {@code out} is fresh (zeros, offset 0). */
    static void forward(int n, int channels, int mult, int d, int h, int w, Geometry g, Storage x, int xOff,
                        Storage weight, int wOff, Storage out) {
        CpuSpatial.Runs runs = CpuSpatial.Runs.of(d, h, w, g);
        int taps = g.taps(), l = runs.perPlane() / taps, hw = d * h * w, sw = runs.stride();
        boolean fused = Gemm.runsNative((long) mult * l * taps);
        int[] dst = runs.dst(), src = runs.src(), len = runs.len();
        Object xa = x.array(), wa = weight.array(), oa = out.array();
        Parallel.forRange((long) n * channels, Math.max(1, Parallel.GRAIN / Math.max(1, (long) mult * l * taps)), (s, e) -> {
            for (int p = (int) s; p < e; p++) {
                int c = p % channels, xBase = xOff + p * hw;
                for (int j = 0; j < mult; j++) {
                    int o = c * mult + j, oBase = (p * mult + j) * l, wBase = wOff + o * taps;
                    for (int r = 0; r < dst.length; r++) {
                        int t = dst[r] / l, oi = oBase + dst[r] - t * l, xi = xBase + src[r];
                        if (xa instanceof float[] xf) accumulate(xf, xi, sw, ((float[]) wa)[wBase + t], (float[]) oa, oi, len[r], fused);
                        else accumulate((double[]) xa, xi, sw, ((double[]) wa)[wBase + t], (double[]) oa, oi, len[r], fused);
                    }
                }
            }
        });
    }

    /** See {@link torch4j.backend.SpatialPrimitives#depthwiseInputGrad}; {@code out} is fresh (zeros, offset 0). */
    static void inputGrad(int planes, int channels, int d, int h, int w, Geometry g, Storage grad, int gOff,
                          Storage weight, int wOff, Storage out) {
        CpuSpatial.Runs runs = CpuSpatial.Runs.of(d, h, w, g);
        int taps = g.taps(), l = runs.perPlane() / taps, hw = d * h * w, sw = runs.stride();
        int[] dst = runs.dst(), src = runs.src(), len = runs.len();
        Object ga = grad.array(), wa = weight.array(), oa = out.array();
        Parallel.forRange(planes, Math.max(1, Parallel.GRAIN / Math.max(1, (long) l * taps)), (s, e) -> {
            for (int p = (int) s; p < e; p++) {
                int wBase = wOff + (p % channels) * taps, gBase = gOff + p * l, oBase = p * hw;
                for (int r = 0; r < dst.length; r++) {
                    int t = dst[r] / l, gi = gBase + dst[r] - t * l, oi = oBase + src[r];
                    if (ga instanceof float[] gf) scatter(gf, gi, ((float[]) wa)[wBase + t], (float[]) oa, oi, len[r], sw);
                    else scatter((double[]) ga, gi, ((double[]) wa)[wBase + t], (double[]) oa, oi, len[r], sw);
                }
            }
        });
    }

    /** {@code o[oi + k] += wv · x[xi + k·sw]} for k < n, fused or as a rounded product and an add. */
    private static void accumulate(float[] x, int xi, int sw, float wv, float[] o, int oi, int n, boolean fused) {
        if (fused) {
            if (sw == 1) for (int k = 0; k < n; k++) o[oi + k] = Math.fma(wv, x[xi + k], o[oi + k]);
            else for (int k = 0; k < n; k++) o[oi + k] = Math.fma(wv, x[xi + k * sw], o[oi + k]);
        } else {
            if (sw == 1) for (int k = 0; k < n; k++) o[oi + k] += wv * x[xi + k];
            else for (int k = 0; k < n; k++) o[oi + k] += wv * x[xi + k * sw];
        }
    }

    private static void accumulate(double[] x, int xi, int sw, double wv, double[] o, int oi, int n, boolean fused) {
        if (fused) {
            if (sw == 1) for (int k = 0; k < n; k++) o[oi + k] = Math.fma(wv, x[xi + k], o[oi + k]);
            else for (int k = 0; k < n; k++) o[oi + k] = Math.fma(wv, x[xi + k * sw], o[oi + k]);
        } else {
            if (sw == 1) for (int k = 0; k < n; k++) o[oi + k] += wv * x[xi + k];
            else for (int k = 0; k < n; k++) o[oi + k] += wv * x[xi + k * sw];
        }
    }

    /** {@code o[oi + k·sw] += wv · g[gi + k]} for k < n (the product rounded, then added: col2im of the GEMM's column). */
    private static void scatter(float[] g, int gi, float wv, float[] o, int oi, int n, int sw) {
        if (sw == 1) for (int k = 0; k < n; k++) o[oi + k] += wv * g[gi + k];
        else for (int k = 0; k < n; k++) o[oi + k * sw] += wv * g[gi + k];
    }

    private static void scatter(double[] g, int gi, double wv, double[] o, int oi, int n, int sw) {
        if (sw == 1) for (int k = 0; k < n; k++) o[oi + k] += wv * g[gi + k];
        else for (int k = 0; k < n; k++) o[oi + k * sw] += wv * g[gi + k];
    }
}
