package torch4j.nn.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The row-at-a-time softmax / log_softmax kernels (forward and backward, on the worker pool)
 * against the whole-tensor double formulas they replaced, bit for bit: softmax e^(x − max) / Σ,
 * log_softmax x − (log Σ + max), their gradients y·(g − Σ g·y) and g − e^y·Σ g, each element
 * rounded once to the dtype. Rows along the last dim and along a middle dim, with −inf entries.
 */
class SoftmaxRowsBitsTest {

    /** The formulas over a contiguous (outer, size, inner) tensor in double, as the old kernel ran them. */
    private static double[][] reference(double[] x, double[] g, int outer, int size, int inner, boolean log) {
        double[] y = new double[x.length], gx = new double[x.length];
        for (int o = 0; o < outer; o++)
            for (int i = 0; i < inner; i++) {
                int s = o * size * inner + i;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < size; j++) max = Math.max(max, x[s + j * inner]);
                if (Double.isInfinite(max) && max < 0) max = 0;
                double sum = 0;
                for (int j = 0; j < size; j++) sum += Math.exp(x[s + j * inner] - max);
                for (int j = 0; j < size; j++) {
                    int at = s + j * inner;
                    y[at] = log ? x[at] - (Math.log(sum) + max) : Math.exp(x[at] - max) / sum;
                }
            }
        return new double[][]{y, gx};
    }

    private static double[] roundTo(DType dtype, double[] v) {
        double[] r = v.clone();
        if (dtype == DType.FLOAT32) for (int i = 0; i < r.length; i++) r[i] = (float) r[i];
        return r;
    }

    @Test
    void forwardAndBackwardAreTheDoubleFormulasRoundedOnce() {
        int[][] shapes = {{128, 64, 1}, {3, 200, 5}, {1, 7, 1}, {40, 3000, 1}};
        for (DType dtype : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
            for (boolean log : new boolean[]{false, true}) {
                for (int[] sh : shapes) {
                    int outer = sh[0], size = sh[1], inner = sh[2];
                    Torch.manualSeed(3);
                    double[] raw = Torch.randn(outer, size, inner).mul(4.0).toDoubleArray();
                    raw[inner] = Double.NEGATIVE_INFINITY;   // (0, 1, 0)
                    Tensor x = Torch.from(raw).reshape(outer, size, inner).to(dtype);
                    Tensor g = Torch.randn(outer, size, inner).to(dtype);
                    Tensor xs = x.detach().requiresGrad_();
                    Tensor y = log ? F.logSoftmax(xs, 1) : F.softmax(xs, 1);
                    y.backward(g);
                    double[] xv = x.toDoubleArray(), gv = g.toDoubleArray();
                    double[] want = roundTo(dtype, reference(xv, gv, outer, size, inner, log)[0]);
                    double[] got = y.detach().toDoubleArray();
                    // the gradient from the rounded y, as the old backward read it
                    double[] yv = got, wantG = new double[xv.length];
                    for (int o = 0; o < outer; o++)
                        for (int i = 0; i < inner; i++) {
                            int s = o * size * inner + i;
                            double sum = 0;
                            for (int j = 0; j < size; j++) sum += log ? gv[s + j * inner] : gv[s + j * inner] * yv[s + j * inner];
                            for (int j = 0; j < size; j++) {
                                int at = s + j * inner;
                                wantG[at] = log ? gv[at] - Math.exp(yv[at]) * sum : yv[at] * (gv[at] - sum);
                            }
                        }
                    wantG = roundTo(dtype, wantG);
                    double[] gotG = xs.grad().toDoubleArray();
                    String what = dtype + (log ? " log_softmax " : " softmax ") + java.util.Arrays.toString(sh);
                    for (int k = 0; k < want.length; k++) {
                        assertEquals(Double.doubleToLongBits(want[k]), Double.doubleToLongBits(got[k]), what + " y at " + k);
                        assertEquals(Double.doubleToLongBits(wantG[k]), Double.doubleToLongBits(gotG[k]), what + " grad at " + k);
                    }
                }
            }
        }
    }
}
