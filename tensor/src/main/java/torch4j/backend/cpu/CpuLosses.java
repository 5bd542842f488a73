package torch4j.backend.cpu;

import torch4j.DType;
import torch4j.backend.Operand;
import torch4j.storage.Storage;

/**
 * The CPU's loss kernels: nll_loss (one picked score per row, summed in double in row order) and
 * the fused one-pass mse over dense pairs (the training-loop case), with their gradients.
 */
final class CpuLosses {
    private CpuLosses() {}

    private static final int NONE = 0, MEAN = 1;

    /** Per row: −weight[t] (0 for an ignored row) and where its gradient goes (0 for an ignored row). */
    private record Picks(double[] coef, long[] index, double totalWeight) {}

    private static Picks picks(long ignoreIndex, long rows, long classes, Operand target, Operand weight) {
        int m = (int) rows;
        long[] t = new long[m];
        target.storage().loadLong((int) target.offset(), (int) stride0(target), m, t);
        double[] w = null;
        if (weight != null) {
            w = new double[(int) classes];
            weight.storage().loadDouble((int) weight.offset(), (int) stride0(weight), w.length, w);
        }
        double[] coef = new double[m];
        long[] index = new long[m];
        double totalWeight = 0;
        for (int r = 0; r < m; r++) {
            if (t[r] == ignoreIndex) continue;
            if (t[r] < 0 || t[r] >= classes) throw new IndexOutOfBoundsException("Target " + t[r] + " is out of bounds.");
            double wr = w == null ? 1 : w[(int) t[r]];
            coef[r] = -wr;
            index[r] = t[r];
            totalWeight += wr;
        }
        return new Picks(coef, index, totalWeight);
    }

    private static long stride0(Operand o) { return o.strides().length == 0 ? 1 : o.strides()[0]; }

    static void nll(int reduction, long ignoreIndex, long rows, long classes, Operand out, Operand totalWeight, Operand x,
                    Operand target, Operand weight) {
        Picks p = picks(ignoreIndex, rows, classes, target, weight);
        totalWeight.storage().storeDouble((int) totalWeight.offset(), 1, 1, new double[]{p.totalWeight()});
        int m = (int) rows, c = (int) classes, base = (int) x.offset();
        double[] picked = new double[m];
        for (int r = 0; r < m; r++)
            picked[r] = p.coef()[r] == 0 ? 0 : p.coef()[r] * x.storage().getDouble(base + r * c + (int) p.index()[r]);
        if (reduction == NONE) {
            out.storage().storeDouble((int) out.offset(), 1, m, picked);
            return;
        }
        double sum = 0;
        for (double v : picked) sum += v;
        double divisor = reduction == MEAN ? p.totalWeight() : 1;
        out.storage().storeDouble((int) out.offset(), 1, 1, new double[]{sum / divisor});
    }

    static void nllBackward(int reduction, long ignoreIndex, long rows, long classes, Operand out, Operand g, Operand target,
                            Operand weight, Operand totalWeight) {
        Picks p = picks(ignoreIndex, rows, classes, target, weight);
        int m = (int) rows;
        double divisor = reduction == MEAN ? totalWeight.storage().getDouble((int) totalWeight.offset()) : 1;
        double[] gv = null;
        double scalar = 0;
        if (reduction == NONE) {
            gv = new double[m];
            g.storage().loadDouble((int) g.offset(), (int) stride0(g), m, gv);
        } else scalar = g.storage().getDouble((int) g.offset());
        double[] grad = new double[(int) (m * classes)];
        for (int r = 0; r < m; r++)
            grad[(int) (r * classes + p.index()[r])] = p.coef()[r] * (gv == null ? scalar : gv[r]) / divisor;
        out.storage().storeDouble((int) out.offset(), 1, grad.length, grad);
    }

    static void mse(long n, boolean mean, Operand out, Operand a, Operand b) {
        if (a.storage().array() instanceof float[] af) {
            // ATen: (a - b)² in float32, then the sum or mean of that tensor: PyTorch's float32 order
            float[] bf = (float[]) b.storage().array(), sq = new float[(int) n];
            int ao = (int) a.offset(), bo = (int) b.offset();
            for (int i = 0; i < sq.length; i++) { float d = af[ao + i] - bf[bo + i]; sq[i] = d * d; }
            Storage s = Storage.allocate(DType.FLOAT32, 1);
            FloatSum.sum(new long[]{n}, new boolean[]{true}, new Operand(Storage.wrap(sq), 0, new long[]{1}), new Operand(s, 0, new long[0]));
            float total = ((float[]) s.array())[0];
            out.storage().storeDouble((int) out.offset(), 1, 1, new double[]{mean ? total / (float) n : total});
            return;
        }
        double[] av = dense(a, n), bv = dense(b, n);
        double sum = 0;
        for (int i = 0; i < av.length; i++) sum += (av[i] - bv[i]) * (av[i] - bv[i]);
        out.storage().storeDouble((int) out.offset(), 1, 1, new double[]{mean ? sum / av.length : sum});
    }

    static void mseBackward(long n, boolean mean, Operand out, Operand a, Operand b, Operand g) {
        double[] av = dense(a, n), bv = dense(b, n);
        double k = 2 * g.storage().getDouble((int) g.offset()) / (mean ? av.length : 1);
        for (int i = 0; i < av.length; i++) av[i] = (av[i] - bv[i]) * k;
        out.storage().storeDouble((int) out.offset(), 1, av.length, av);
    }

    private static double[] dense(Operand o, long n) {
        double[] v = new double[(int) n];
        o.storage().loadDouble((int) o.offset(), 1, v.length, v);
        return v;
    }
}
