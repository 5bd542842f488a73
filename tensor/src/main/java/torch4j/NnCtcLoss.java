package torch4j;

/**
 * {@code _ctc_loss} as ATen computes it on the CPU (Graves et al. 2006, in log space): for each
 * sample the forward variables α over the extended target (blanks between and around the labels),
 * the negative log-likelihood from the last two, and for the backward ({@code CtcLossBackward0})
 * the backward variables β and ATen's gradient exp(lp) − exp(log Σ αβ + nll − lp), scaled by the
 * incoming gradient. That formula is the gradient through a log_softmax (PyTorch's too): the
 * exp(lp) term vanishes in log_softmax's backward. Every operation rounds to the input's dtype as
 * ATen's float kernel does (the arithmetic runs in double, each result rounded once), and, as in
 * PyTorch 1.13, the gradient is not differentiable again.
 */
final class NnCtcLoss {
    private NnCtcLoss() {}

    private static final double NEG_INF = Double.NEGATIVE_INFINITY;
    private static final String C = " (while checking arguments for ctc_loss_cpu)";

    /** The layout of one call: sizes, where each sample's targets start and how far apart they are. */
    private record Layout(int time, int batch, int labels, int blank, long[] il, long[] tl, long[] targets, long[] tgOffset,
                          int tgStride, int maxTl, boolean f32) {
        /** Label s of sample b's extended target: blank at even s. */
        int prime(int b, int s) { return s % 2 == 0 ? blank : (int) targets[(int) (tgOffset[b] + (long) (s / 2) * tgStride)]; }
        /** One rounding to the dtype, as a float kernel rounds each operation. */
        double r(double v) { return f32 ? (double) (float) v : v; }
        int states() { return 2 * maxTl + 1; }
    }

    /** The per-sample negative log-likelihood (N) of (T, N, C) log-probabilities; targets int64, padded (N, S) or concatenated. */
    static Tensor ctcLoss(Tensor logProbs, Tensor targets, long[] inputLengths, long[] targetLengths, long blank, boolean zeroInfinity) {
        Layout lay = layout(logProbs, targets, inputLengths, targetLengths, blank);
        double[] lp = logProbs.contiguous().toDoubleArray();
        double[] alpha = new double[lay.batch * lay.time * lay.states()];
        double[] nll = new double[lay.batch];
        for (int b = 0; b < lay.batch; b++) nll[b] = forward(lay, lp, alpha, b);
        Tensor out = Torch.from(nll).to(logProbs.device(), logProbs.dtype());
        if (!Recording.needed(logProbs)) return out;
        return Recording.attach(out, "CtcLossBackward0", (n, g) -> {
            double[] grad = backward(lay, n.saved(0).contiguous().toDoubleArray(), alpha, nll, g.toDoubleArray(), zeroInfinity);
            Tensor result = Torch.from(grad).to(logProbs.device(), logProbs.dtype()).view(lay.time, lay.batch, lay.labels);
            return new Tensor[]{Recording.notDifferentiable(result, "derivative for aten::_ctc_loss_backward is not implemented", g, n.saved(0))};
        }, new Tensor[]{logProbs}, logProbs);
    }

    private static Layout layout(Tensor logProbs, Tensor targets, long[] il, long[] tl, long blank) {
        if (logProbs.dim() != 3)
            throw new IllegalArgumentException("Expected 3-dimensional tensor, but got " + logProbs.dim() + "-dimensional tensor for argument #1 'log_probs'" + C);
        if (targets.dim() < 1 || targets.dim() > 2)
            throw new IllegalArgumentException("Expected 1 to 2 dimensions, but got " + targets.dim() + "-dimensional tensor for argument #2 'targets'" + C);
        int time = (int) logProbs.shape[0], batch = (int) logProbs.shape[1], labels = (int) logProbs.shape[2];
        if (blank < 0 || blank >= labels) throw new IllegalArgumentException("blank must be in label range");
        if (il.length != batch) throw new IllegalArgumentException("input_lengths must be of size batch_size");
        if (tl.length != batch) throw new IllegalArgumentException("target_lengths must be of size batch_size");
        long[] offsets = new long[batch];
        int maxTl = 0, stride;
        if (targets.dim() == 1) {
            long pos = 0;
            for (int b = 0; b < batch; b++) {
                offsets[b] = pos;
                pos += tl[b];
                maxTl = (int) Math.max(maxTl, tl[b]);
            }
            stride = 1;
            if (targets.shape[0] != pos)
                throw new IllegalArgumentException("Expected tensor to have size " + pos + " at dimension 0, but got size " + targets.shape[0]
                        + " for argument #2 'targets'" + C);
        } else {
            for (int b = 0; b < batch; b++) {
                offsets[b] = b * targets.shape[1];
                maxTl = (int) Math.max(maxTl, tl[b]);
            }
            stride = 1;
            if (targets.shape[0] != batch)
                throw new IllegalArgumentException("Expected tensor to have size " + batch + " at dimension 0, but got size " + targets.shape[0]
                        + " for argument #2 'targets'" + C);
            if (targets.shape[1] < maxTl)
                throw new IllegalArgumentException("Expected tensor to have size at least " + maxTl + " at dimension 1, but got size "
                        + targets.shape[1] + " for argument #2 'targets'" + C);
        }
        for (int b = 0; b < batch; b++)
            if (il[b] > time)
                throw new IllegalArgumentException("Expected input_lengths to have value at most " + time + ", but got value " + il[b] + C);
        return new Layout(time, batch, labels, (int) blank, il, tl, targets.contiguous().toLongArray(), offsets, stride, maxTl,
                logProbs.dtype() == DType.FLOAT32);
    }

    /** α for sample b (row t, state s at ((b·T + t)·S + s)); returns its negative log-likelihood. */
    private static double forward(Layout lay, double[] lp, double[] alpha, int b) {
        int time = lay.time, states = lay.states(), il = (int) lay.il[b], tl = (int) lay.tl[b];
        int base = b * time * states;
        java.util.Arrays.fill(alpha, base, base + states, NEG_INF);
        if (il == 0) return tl == 0 ? -0.0 : Double.POSITIVE_INFINITY;   // −log_likelihood, as ATen negates 0 or −inf
        alpha[base] = lp(lay, lp, 0, b, lay.blank);
        if (tl > 0) alpha[base + 1] = lp(lay, lp, 0, b, lay.prime(b, 1));
        for (int t = 1; t < il; t++) {
            int row = base + t * states, prev = row - states;
            for (int s = 0; s < 2 * tl + 1; s++) {
                int label = lay.prime(b, s);
                double la1 = alpha[prev + s], max = la1, la2 = NEG_INF, la3 = NEG_INF;
                if (s > 0) {
                    la2 = alpha[prev + s - 1];
                    if (la2 > max) max = la2;
                }
                if (s > 1 && lay.prime(b, s - 2) != label) {
                    la3 = alpha[prev + s - 2];
                    if (la3 > max) max = la3;
                }
                if (max == NEG_INF) max = 0;
                alpha[row + s] = logSumExp3(lay, la1, la2, la3, max) + lp(lay, lp, t, b, label);
                alpha[row + s] = lay.r(alpha[row + s]);
            }
        }
        int last = base + (il - 1) * states;
        if (tl == 0) return -alpha[last];
        double l1 = alpha[last + 2 * tl], l2 = alpha[last + 2 * tl - 1], m = Math.max(l1, l2);
        if (m == NEG_INF) m = 0;
        return -lay.r(lay.r(Math.log(lay.r(lay.r(Math.exp(lay.r(l1 - m))) + lay.r(Math.exp(lay.r(l2 - m)))))) + m);
    }

    /** log(e^(a−m) + e^(b−m) + e^(c−m)) + m, rounded after each step as ATen's scalar_t arithmetic. */
    private static double logSumExp3(Layout lay, double a, double b, double c, double m) {
        double sum = lay.r(lay.r(lay.r(Math.exp(lay.r(a - m))) + lay.r(Math.exp(lay.r(b - m)))) + lay.r(Math.exp(lay.r(c - m))));
        return lay.r(lay.r(Math.log(sum)) + m);
    }

    private static double lp(Layout lay, double[] lp, int t, int b, int c) { return lp[(t * lay.batch + b) * lay.labels + c]; }

    /** ATen's ctc_loss_backward_cpu_template: β, the log-sum of αβ per (t, label), then the gradient; (T, N, C) row-major. */
    private static double[] backward(Layout lay, double[] lp, double[] alpha, double[] nll, double[] gradOut, boolean zeroInfinity) {
        int time = lay.time, states = lay.states(), labels = lay.labels;
        double[] grad = new double[time * lay.batch * labels];
        double[] beta = new double[time * states];
        double[] collected = new double[time * labels];
        for (int b = 0; b < lay.batch; b++) {
            if (zeroInfinity && nll[b] == Double.POSITIVE_INFINITY) continue;   // the sample's gradient stays zero
            int il = (int) lay.il[b], tl = (int) lay.tl[b], base = b * time * states;
            java.util.Arrays.fill(collected, NEG_INF);
            if (il > 0) {
                int row = (il - 1) * states;
                java.util.Arrays.fill(beta, row, row + states, NEG_INF);
                beta[row + 2 * tl] = lp(lay, lp, il - 1, b, lay.blank);
                collected[(il - 1) * labels + lay.blank] = lay.r(alpha[base + row + 2 * tl] + beta[row + 2 * tl]);
                if (tl > 0) {
                    int label = lay.prime(b, 2 * tl - 1);
                    beta[row + 2 * tl - 1] = lp(lay, lp, il - 1, b, label);
                    collected[(il - 1) * labels + label] = lay.r(alpha[base + row + 2 * tl - 1] + beta[row + 2 * tl - 1]);
                }
            }
            for (int t = il - 2; t >= 0; t--) {
                int row = t * states, next = row + states;
                for (int s = 2 * tl; s >= 0; s--) {
                    int label = lay.prime(b, s);
                    double lb1 = beta[next + s], max = lb1, lb2 = NEG_INF, lb3 = NEG_INF;
                    if (s < 2 * tl) {
                        lb2 = beta[next + s + 1];
                        if (lb2 > max) max = lb2;
                    }
                    if (s < 2 * tl - 1 && lay.prime(b, s + 2) != label) {
                        lb3 = beta[next + s + 2];
                        if (lb3 > max) max = lb3;
                    }
                    if (max == NEG_INF) max = 0;
                    beta[row + s] = lay.r(logSumExp3(lay, lb1, lb2, lb3, max) + lp(lay, lp, t, b, label));
                    double ab = lay.r(alpha[base + row + s] + beta[row + s]);
                    int at = t * labels + label;
                    double lcab = collected[at];
                    if (lcab == NEG_INF) collected[at] = ab;
                    else {
                        double m = Math.max(lcab, ab);
                        collected[at] = lay.r(lay.r(Math.log(lay.r(lay.r(Math.exp(lay.r(lcab - m))) + lay.r(Math.exp(lay.r(ab - m)))))) + m);
                    }
                }
            }
            double gr = gradOut[b], z = nll[b];
            for (int t = 0; t < il; t++)
                for (int c = 0; c < labels; c++) {
                    double l = lp(lay, lp, t, b, c);
                    double e = lay.r(Math.exp(lay.r(lay.r(collected[t * labels + c] + z) - l)));
                    grad[(t * lay.batch + b) * labels + c] = lay.r(lay.r(lay.r(Math.exp(l)) - e) * gr);
                }
        }
        return grad;
    }
}
