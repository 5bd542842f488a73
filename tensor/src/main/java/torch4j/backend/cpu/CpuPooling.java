package torch4j.backend.cpu;

import torch4j.backend.SpatialPrimitives.Windows;
import torch4j.storage.Storage;

/**
 * The CPU's pooling kernels over contiguous (depth ×) height × width planes, split over the planes: max (with the flat
 * argmax in each plane), its gradient, window averages and theirs. Float32 reads the arrays in place;
 * other dtypes go through float64 plane buffers (a float widens exactly, so the comparisons and
 * indices are the same).
 */
final class CpuPooling {
    void max(int planes, Windows win, Storage src, int xOff, Storage dst, Storage idx) {
        int hw = win.planeSize(), ohw = win.outPlaneSize();
        long grain = Math.max(1, Parallel.GRAIN / Math.max(1, hw));
        if (src.array() instanceof float[] in) {
            float[] out = (float[]) dst.array();
            long[] arg = (long[]) idx.array();
            boolean twoByTwo = win.d() == 1 && win.outD() == 1 && win.rowStep() == 1 && win.colStep() == 1
                    && allSpan(win.rowStart(), win.rowEnd(), 2) && allSpan(win.colStart(), win.colEnd(), 2);
            Parallel.forRange(planes, grain, (s, e) -> {
                for (int p = (int) s; p < e; p++) {
                    if (twoByTwo) maxPlane2x2(in, xOff + p * hw, out, arg, p * ohw, win);
                    else maxPlaneFloat(in, xOff + p * hw, out, arg, p * ohw, win);
                }
            });
            return;
        }
        int h = win.h(), w = win.w(), oh = win.outH(), ow = win.outW();
        int[] zs = win.depthStart(), ze = win.depthEnd(), rs = win.rowStart(), re = win.rowEnd(), cs = win.colStart(), ce = win.colEnd();
        Parallel.forRange(planes, grain, (s, e) -> {
            double[] plane = new double[hw], best = new double[ohw];
            long[] arg = new long[ohw];
            for (int p = (int) s; p < e; p++) {
                src.loadDouble(xOff + p * hw, 1, hw, plane);
                for (int oz = 0; oz < zs.length; oz++)
                    for (int oy = 0; oy < oh; oy++)
                        for (int ox = 0; ox < ow; ox++) {
                            double m = Double.NEGATIVE_INFINITY;
                            long at = ((long) zs[oz] * h + rs[oy]) * w + cs[ox];
                            for (int z = zs[oz]; z < ze[oz]; z += win.depthStep())
                                for (int y = rs[oy]; y < re[oy]; y += win.rowStep())
                                    for (int c = cs[ox]; c < ce[ox]; c += win.colStep()) {
                                        double v = plane[(z * h + y) * w + c];
                                        if (v > m || Double.isNaN(v)) { m = v; at = (long) (z * h + y) * w + c; }
                                    }
                            int o = (oz * oh + oy) * ow + ox;
                            best[o] = m;
                            arg[o] = at;
                        }
                dst.storeDouble(p * ohw, 1, ohw, best);
                idx.storeLong(p * ohw, 1, ohw, arg);
            }
        });
    }

    /**
     * One float32 plane read in place, with the double kernel's comparisons, so the same values
     * and indices; all-2×2 windows of 2-D planes take {@link #maxPlane2x2}.
     */
    private static void maxPlaneFloat(float[] in, int base, float[] out, long[] arg, int outBase, Windows win) {
        int h = win.h(), w = win.w(), oh = win.outH(), ow = win.outW();
        int[] zs = win.depthStart(), ze = win.depthEnd(), rs = win.rowStart(), re = win.rowEnd(), cs = win.colStart(), ce = win.colEnd();
        for (int oz = 0; oz < zs.length; oz++)
            for (int oy = 0; oy < oh; oy++)
                for (int ox = 0; ox < ow; ox++) {
                    float m = Float.NEGATIVE_INFINITY;
                    int at = (zs[oz] * h + rs[oy]) * w + cs[ox];
                    for (int z = zs[oz]; z < ze[oz]; z += win.depthStep())
                        for (int y = rs[oy]; y < re[oy]; y += win.rowStep()) {
                            int row = (z * h + y) * w;
                            for (int c = cs[ox]; c < ce[ox]; c += win.colStep()) {
                                float v = in[base + row + c];
                                if (v > m || v != v) { m = v; at = row + c; }
                            }
                        }
                    int o = outBase + (oz * oh + oy) * ow + ox;
                    out[o] = m;
                    arg[o] = at;
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

    /** {@code out[p·plane + idx[j]] += g[j]} plane by plane, in j order (the additions scatter-add would do). */
    void maxBackward(int planes, int plane, int ohw, Storage grad, int gOff, Storage indices, int iOff, Storage result) {
        long[] idx = (long[]) indices.array();
        Object g = grad.array(), res = result.array();
        Parallel.forRange(planes, Math.max(1, Parallel.GRAIN / Math.max(1, plane)), (s, e) -> {
            for (int p = (int) s; p < e; p++) {
                int from = p * ohw, to = p * plane;
                if (g instanceof float[] gv) {
                    float[] out = (float[]) res;
                    for (int j = 0; j < ohw; j++) out[to + (int) idx[iOff + from + j]] += gv[gOff + from + j];
                } else {
                    double[] gv = (double[]) g, out = (double[]) res;
                    for (int j = 0; j < ohw; j++) out[to + (int) idx[iOff + from + j]] += gv[gOff + from + j];
                }
            }
        });
    }

    /**
     * Window averages as ATen's CPU kernels compute them: the window summed in its own order in the
     * tensor's type (a float32 sum rounds at each step), then divided once by the divisor, or, for
     * adaptive pooling ({@code divisor} null), by the window's depth, height and width in turn.
     * One body for both types: a double holding a float result rounds back to float exactly.
     */
    void average(int planes, Windows win, double[] divisor, Storage src, int xOff, Storage dst) {
        int hw = win.planeSize(), ohw = win.outPlaneSize(), h = win.h(), w = win.w(), oh = win.outH(), ow = win.outW();
        int[] zs = win.depthStart(), ze = win.depthEnd(), rs = win.rowStart(), re = win.rowEnd(), cs = win.colStart(), ce = win.colEnd();
        boolean single = src.array() instanceof float[];
        Parallel.forRange(planes, Math.max(1, Parallel.GRAIN / Math.max(1, hw)), (s, e) -> {
            double[] plane = new double[hw], res = new double[ohw];
            for (int p = (int) s; p < e; p++) {
                src.loadDouble(xOff + p * hw, 1, hw, plane);
                for (int oz = 0; oz < zs.length; oz++)
                    for (int oy = 0; oy < oh; oy++)
                        for (int ox = 0; ox < ow; ox++) {
                            double sum = 0;
                            for (int z = zs[oz]; z < ze[oz]; z += win.depthStep())
                                for (int y = rs[oy]; y < re[oy]; y += win.rowStep())
                                    for (int c = cs[ox]; c < ce[ox]; c += win.colStep()) sum = round(sum + plane[(z * h + y) * w + c], single);
                            int o = (oz * oh + oy) * ow + ox;
                            res[o] = zs[oz] >= ze[oz] || rs[oy] >= re[oy] || cs[ox] >= ce[ox] ? 0 : divide(sum, divisor, o, win, oz, oy, ox, single);
                        }
                dst.storeDouble(p * ohw, 1, ohw, res);
            }
        });
    }

    /**
     * Average pooling's gradient as ATen's: output by output, {@code g / divisor} (adaptive: divided
     * by depth, height and width in turn) in the tensor's type, added to each input of its window.
     * A NaN or infinite gradient stays within its window.
     */
    void averageBackward(int planes, Windows win, double[] divisor, Storage grad, int gOff, Storage dst) {
        int hw = win.planeSize(), ohw = win.outPlaneSize(), h = win.h(), w = win.w(), oh = win.outH(), ow = win.outW();
        int[] zs = win.depthStart(), ze = win.depthEnd(), rs = win.rowStart(), re = win.rowEnd(), cs = win.colStart(), ce = win.colEnd();
        boolean single = grad.array() instanceof float[];
        Parallel.forRange(planes, Math.max(1, Parallel.GRAIN / Math.max(1, hw)), (s, e) -> {
            double[] g = new double[ohw], res = new double[hw];
            for (int p = (int) s; p < e; p++) {
                grad.loadDouble(gOff + p * ohw, 1, ohw, g);
                java.util.Arrays.fill(res, 0);
                for (int oz = 0; oz < zs.length; oz++)
                    for (int oy = 0; oy < oh; oy++)
                        for (int ox = 0; ox < ow; ox++) {
                            int o = (oz * oh + oy) * ow + ox;
                            double delta = divide(g[o], divisor, o, win, oz, oy, ox, single);
                            for (int z = zs[oz]; z < ze[oz]; z += win.depthStep())
                                for (int y = rs[oy]; y < re[oy]; y += win.rowStep())
                                    for (int c = cs[ox]; c < ce[ox]; c += win.colStep()) {
                                        int i = (z * h + y) * w + c;
                                        res[i] = round(res[i] + delta, single);
                                    }
                        }
                dst.storeDouble(p * hw, 1, hw, res);
            }
        });
    }

    private static double divide(double v, double[] divisor, int o, Windows win, int oz, int oy, int ox, boolean single) {
        if (divisor != null) return round(v / divisor[o], single);
        double byDepth = round(v / (win.depthEnd()[oz] - win.depthStart()[oz]), single);
        double byRows = round(byDepth / (win.rowEnd()[oy] - win.rowStart()[oy]), single);
        return round(byRows / (win.colEnd()[ox] - win.colStart()[ox]), single);
    }

    private static double round(double v, boolean single) { return single ? (float) v : v; }
}
