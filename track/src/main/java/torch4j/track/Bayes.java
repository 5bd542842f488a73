package torch4j.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.SplittableRandom;

/**
 * The {@code bayes} method's next trial: a Gaussian process fitted to the finished trials, and
 * the candidate with the largest expected improvement over the best value so far.
 *
 * <p>Each parameter becomes numbers in about [0, 1] (ranges linearly, log ranges by their logarithm,
 * normals by (x - mu) / 6 sigma + 1/2, a list of values one-hot), so one length scale fits all. The
 * metric is negated when the goal is to maximise and standardised. The GP has a squared-exponential
 * kernel whose length scale is the one, of a few, with the largest marginal likelihood, and a small
 * noise term (trials are noisy, and it keeps the Cholesky factor well conditioned). Candidates are
 * drawn from the parameters' own distributions (so quantised and categorical values stay valid)
 * with the trial's own random stream: the choice depends only on the seed, the trial number and
 * the history, never on which agent asks. The first {@link #INITIAL} trials, and any trial with
 * fewer than two scored trials before it, are the random search's.
 */
final class Bayes {
    private Bayes() {}

    /** Random trials before the model takes over. */
    static final int INITIAL = 5;
    private static final int CANDIDATES = 2000;
    private static final double NOISE = 1e-4;
    private static final double[] LENGTH_SCALES = {0.05, 0.1, 0.2, 0.4, 0.8, 1.6};

    /** A finished trial: its parameters and its metric. */
    record Observation(Map<String, Object> params, double metric) {}

    /** The parameters of trial {@code trial} given the scored trials so far (in trial order). */
    static SequencedMap<String, Object> suggest(SweepConfig cfg, long trial, List<Observation> history) {
        if (trial < INITIAL || history.size() < 2) return cfg.params(trial);
        int n = history.size();
        double[][] x = new double[n][];
        double[] y = new double[n];
        double sign = cfg.goal().equals("maximize") ? -1 : 1;
        for (int i = 0; i < n; i++) {
            x[i] = encode(cfg, history.get(i).params());
            y[i] = sign * history.get(i).metric();
        }
        double mean = 0, var = 0;
        for (double v : y) mean += v / n;
        for (double v : y) var += (v - mean) * (v - mean) / n;
        double sd = var > 0 ? Math.sqrt(var) : 1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            y[i] = (y[i] - mean) / sd;
            best = Math.min(best, y[i]);
        }
        Gp gp = null;
        for (double ls : LENGTH_SCALES) {
            Gp g = new Gp(x, y, ls);
            if (gp == null || g.logLikelihood > gp.logLikelihood) gp = g;
        }
        // a stream of its own (split off the random search's), so candidate draws don't repeat the trial's random params
        SplittableRandom random = new SplittableRandom(cfg.seed() * 0x9E3779B97F4A7C15L + trial).split();
        SequencedMap<String, Object> chosen = null;
        double chosenEi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < CANDIDATES; k++) {
            SequencedMap<String, Object> p = new java.util.LinkedHashMap<>();
            cfg.parameters().forEach((name, space) -> p.put(name, space.sample(random)));
            double ei = gp.expectedImprovement(encode(cfg, p), best);
            if (ei > chosenEi) {
                chosenEi = ei;
                chosen = p;
            }
        }
        return chosen;
    }

    /** The parameters as the GP's inputs. */
    static double[] encode(SweepConfig cfg, Map<String, Object> params) {
        List<Double> out = new ArrayList<>();
        cfg.parameters().forEach((name, space) -> {
            Object v = params.get(name);
            switch (space) {
                case Param.Values vals -> {
                    if (vals.values().size() > 1) for (Object o : vals.values()) out.add(o.equals(v) ? 1.0 : 0.0);
                }
                case Param.Uniform u -> out.add(linear(v, u.min(), u.max()));
                case Param.QUniform u -> out.add(linear(v, u.min(), u.max()));
                case Param.IntUniform u -> out.add(linear(v, u.min(), Math.max(u.max(), u.min() + 1)));
                case Param.LogUniform u -> out.add(logLinear(v, u.min(), u.max()));
                case Param.QLogUniform u -> out.add(logLinear(v, u.min(), u.max()));
                case Param.Normal u -> out.add(clamp((num(v) - u.mu()) / (6 * u.sigma()) + 0.5));
                case Param.QNormal u -> out.add(clamp((num(v) - u.mu()) / (6 * u.sigma()) + 0.5));
                case Param.LogNormal u -> out.add(clamp((Math.log(Math.max(num(v), Double.MIN_NORMAL)) - u.mu()) / (6 * u.sigma()) + 0.5));
            }
        });
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) a[i] = out.get(i);
        return a;
    }

    private static double num(Object v) { return ((Number) v).doubleValue(); }

    private static double linear(Object v, double lo, double hi) { return clamp((num(v) - lo) / (hi - lo)); }

    private static double logLinear(Object v, double lo, double hi) {
        // a quantised draw may round to 0, whose logarithm is -inf: the clamp keeps it at the range's low end
        return clamp((Math.log(Math.max(num(v), Double.MIN_NORMAL)) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)));
    }

    private static double clamp(double u) { return Math.max(-1, Math.min(2, u)); }

    /** A GP posterior: the Cholesky factor of K + noise I and alpha = (K + noise I)^-1 y. */
    private static final class Gp {
        final double[][] x;
        final double lengthScale;
        final double[][] l;
        final double[] alpha;
        final double logLikelihood;

        Gp(double[][] x, double[] y, double lengthScale) {
            this.x = x;
            this.lengthScale = lengthScale;
            int n = x.length;
            double[][] k = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) k[i][j] = k[j][i] = kernel(x[i], x[j]) + (i == j ? NOISE : 0);
            }
            l = cholesky(k);
            alpha = solveUpper(l, solveLower(l, y));
            double ll = 0;
            for (int i = 0; i < n; i++) ll -= 0.5 * y[i] * alpha[i] + Math.log(l[i][i]);
            logLikelihood = ll;
        }

        double kernel(double[] a, double[] b) {
            double d2 = 0;
            for (int i = 0; i < a.length; i++) d2 += (a[i] - b[i]) * (a[i] - b[i]);
            return Math.exp(-0.5 * d2 / (lengthScale * lengthScale));
        }

        /** E[max(best - f(x), 0)] under the posterior at {@code p} (we minimise). */
        double expectedImprovement(double[] p, double best) {
            int n = x.length;
            double[] ks = new double[n];
            double mu = 0;
            for (int i = 0; i < n; i++) {
                ks[i] = kernel(p, x[i]);
                mu += ks[i] * alpha[i];
            }
            double[] v = solveLower(l, ks);
            double var = 1 + NOISE;
            for (double e : v) var -= e * e;
            double sd = Math.sqrt(Math.max(var, 1e-12));
            double imp = best - mu;
            double z = imp / sd;
            return imp * cdf(z) + sd * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
        }
    }

    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) s -= l[i][k] * l[j][k];
                // two trials at the same point make K singular but for the noise; the floor keeps the factor real
                l[i][j] = i == j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j][j];
            }
        }
        return l;
    }

    private static double[] solveLower(double[][] l, double[] b) {
        double[] x = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) s -= l[i][k] * x[k];
            x[i] = s / l[i][i];
        }
        return x;
    }

    private static double[] solveUpper(double[][] l, double[] b) {          // solves L^T x = b
        double[] x = new double[b.length];
        for (int i = b.length - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < b.length; k++) s -= l[k][i] * x[k];
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** The standard normal CDF, through erfc's Numerical Recipes approximation (relative error under 1.2e-7). */
    static double cdf(double z) {
        double t = 1 / (1 + 0.5 * Math.abs(z) / Math.sqrt(2));
        double x = Math.abs(z) / Math.sqrt(2);
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
                + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return z >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
    }
}
