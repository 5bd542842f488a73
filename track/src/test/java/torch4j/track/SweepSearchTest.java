package torch4j.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search itself, without a store: wandb's distributions and the Bayesian method's choices. */
class SweepSearchTest {
    private static double[] draws(Param p, long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = ((Number) p.sample(r)).doubleValue();
        return out;
    }

    private static boolean onGrid(double v, double q) { return Math.abs(v / q - Math.rint(v / q)) < 1e-9; }

    @Test
    void quantisedDistributionsRoundToMultiplesOfQWithinTheirRange() {
        var seen = new HashSet<Double>();
        for (double v : draws(Param.qUniform(0, 1, 0.25), 1, 2000)) {
            assertTrue(onGrid(v, 0.25) && v >= 0 && v <= 1, "q_uniform " + v);
            seen.add(v);
        }
        assertEquals(java.util.Set.of(0.0, 0.25, 0.5, 0.75, 1.0), seen, "round(X / q) * q reaches both ends of [0, 1]");
        for (double v : draws(Param.qLogUniform(1, 1000, 8), 2, 2000)) assertTrue(onGrid(v, 8) && v >= 0 && v <= 1000, "q_log_uniform_values " + v);
        double[] qn = draws(Param.qNormal(10, 3, 2), 3, 4000);
        double mean = 0;
        for (double v : qn) {
            assertTrue(onGrid(v, 2), "q_normal " + v);
            mean += v / qn.length;
        }
        assertEquals(10, mean, 0.2);
        // log_uniform_values (logUniform): half the draws fall below the geometric mean of the ends
        long below = java.util.Arrays.stream(draws(Param.logUniform(1e-4, 1), 4, 4000)).filter(v -> v < 1e-2).count();
        assertEquals(2000, below, 120);
    }

    @Test
    void normalAndLogNormalHaveTheirMeanAndSpread() {
        double[] n = draws(Param.normal(2, 0.5), 5, 20000);
        double m = 0, v = 0;
        for (double x : n) m += x / n.length;
        for (double x : n) v += (x - m) * (x - m) / n.length;
        assertEquals(2, m, 0.02);
        assertEquals(0.5, Math.sqrt(v), 0.02);
        double[] ln = draws(Param.logNormal(-1, 0.3), 6, 20000);
        double lm = 0;
        for (double x : ln) {
            assertTrue(x > 0);
            lm += Math.log(x) / ln.length;
        }
        assertEquals(-1, lm, 0.01, "log of a log_normal draw is normal with mean mu");
    }

    @Test
    void everyDistributionDrawsTheSameFromTheSameSeed() {
        for (Param p : List.of(Param.qUniform(0, 1, 0.1), Param.qLogUniform(1, 100, 1), Param.normal(0, 1), Param.logNormal(0, 1),
                Param.qNormal(0, 1, 0.5), Param.intUniform(-3, 3))) {
            assertEquals(java.util.Arrays.toString(draws(p, 42, 50)), java.util.Arrays.toString(draws(p, 42, 50)), p.toString());
            assertNotEquals(java.util.Arrays.toString(draws(p, 42, 50)), java.util.Arrays.toString(draws(p, 43, 50)), p.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> Param.qUniform(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Param.normal(0, -1));
        assertThrows(IllegalArgumentException.class, () -> Param.qLogUniform(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SweepConfig().method("hyperopt"));
    }

    /** The 2-D quadratic bowl both searches minimise; its minimum, 0, is at (0.3, -0.2). */
    private static double bowl(Map<String, Object> p) {
        double x = (Double) p.get("x"), y = (Double) p.get("y");
        return (x - 0.3) * (x - 0.3) + (y + 0.2) * (y + 0.2);
    }

    private static SweepConfig bowlSearch(String method, long seed) {
        return new SweepConfig().method(method).seed(seed).metric("loss", "minimize")
                .parameter("x", Param.uniform(-1, 1)).parameter("y", Param.uniform(-1, 1));
    }

    /** Runs {@code budget} trials of {@code cfg} in order, as one agent would, and returns the best metric. */
    static double search(SweepConfig cfg, int budget, ToDoubleFunction<Map<String, Object>> f) {
        List<Bayes.Observation> history = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        for (int t = 0; t < budget; t++) {
            var p = cfg.method().equals("bayes") ? Bayes.suggest(cfg, t, history) : cfg.params(t);
            double v = f.applyAsDouble(p);
            history.add(new Bayes.Observation(p, v));
            best = Math.min(best, v);
        }
        return best;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 2, 3, 4})
    void bayesFindsAMuchBetterMinimumThanRandomInTwentyTrials(long seed) {
        double random = search(bowlSearch("random", seed), 20, SweepSearchTest::bowl);
        double bayes = search(bowlSearch("bayes", seed), 20, SweepSearchTest::bowl);
        assertTrue(bayes < random / 5 && bayes < 2e-3, "seed " + seed + ": bayes " + bayes + ", random " + random);
    }

    @Test
    void bayesMaximisesAndHandlesIntAndCategoricalParameters() {
        SweepConfig cfg = new SweepConfig().method("bayes").seed(3).metric("acc", "maximize")
                .parameter("layers", Param.intUniform(1, 8)).parameter("act", Param.values("relu", "tanh", "sigmoid"))
                .parameter("lr", Param.logUniform(1e-4, 1));
        // best at layers 5, tanh, lr 1e-2
        ToDoubleFunction<Map<String, Object>> acc = p -> 1 - 0.02 * Math.pow((Integer) p.get("layers") - 5, 2)
                - (p.get("act").equals("tanh") ? 0 : 0.3) - 0.05 * Math.pow(Math.log10((Double) p.get("lr")) + 2, 2);
        double random = -search(new SweepConfig().method("random").seed(3).metric("acc", "maximize")
                .parameter("layers", Param.intUniform(1, 8)).parameter("act", Param.values("relu", "tanh", "sigmoid"))
                .parameter("lr", Param.logUniform(1e-4, 1)), 25, p -> -acc.applyAsDouble(p));
        double bayes = -search(new SweepConfig().method("bayes").seed(3).metric("acc", "minimize")
                .parameter("layers", Param.intUniform(1, 8)).parameter("act", Param.values("relu", "tanh", "sigmoid"))
                .parameter("lr", Param.logUniform(1e-4, 1)), 25, p -> -acc.applyAsDouble(p));
        assertTrue(bayes > random && bayes > 0.98, "bayes " + bayes + ", random " + random);
        // maximising acc chooses what minimising -acc chooses: the goal only flips the sign
        List<Bayes.Observation> up = new ArrayList<>(), down = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            var p = Bayes.suggest(cfg, t, up);
            assertEquals(p, Bayes.suggest(new SweepConfig().method("bayes").seed(3).metric("acc", "minimize")
                    .parameter("layers", Param.intUniform(1, 8)).parameter("act", Param.values("relu", "tanh", "sigmoid"))
                    .parameter("lr", Param.logUniform(1e-4, 1)), t, down));
            assertEquals(p, Bayes.suggest(cfg, t, up), "the same seed and history choose the same trial");
            up.add(new Bayes.Observation(p, acc.applyAsDouble(p)));
            down.add(new Bayes.Observation(p, -acc.applyAsDouble(p)));
        }
    }

    @Test
    void hyperbandsBracketsAreMinIterTimesPowersOfEta() {
        Hyperband h = SweepConfig.hyperband(3, 3);
        List<Long> brackets = new ArrayList<>();
        for (long s = 0; s <= 100; s++) if (h.isBracket(s)) brackets.add(s);
        assertEquals(List.of(3L, 9L, 27L, 81L), brackets);
        assertTrue(new Hyperband(1, 2).isBracket(1L << 40));
    }

    @Test
    void theNormalCdfIsAccurate() {
        assertEquals(0.5, Bayes.cdf(0), 1e-7);
        assertEquals(0.8413447460685429, Bayes.cdf(1), 1e-7);
        assertEquals(0.022750131948179195, Bayes.cdf(-2), 1e-7);
    }
}
