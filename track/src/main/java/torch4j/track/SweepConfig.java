package torch4j.track;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.SplittableRandom;

/**
 * What a {@link Sweep} searches ({@code wandb.sweep(sweep_config)}): the method ({@code grid},
 * {@code random} or {@code bayes}), the metric to minimise or maximise, the parameters, and for a
 * random or Bayesian search its seed, so trial {@code i} draws the same values in any process.
 *
 * <pre>{@code
 * jshell> var cfg = new SweepConfig().method("random").seed(0).metric("val_loss", "minimize")
 *    ...>     .parameter("lr", Param.logUniform(1e-4, 1e-1)).parameter("batch", Param.values(32, 64));
 * jshell> cfg.params(0)
 * $2 ==> {lr=0.0052..., batch=64}
 * }</pre>
 */
public final class SweepConfig {
    private String method = "random";
    private long seed;
    private String metric;
    private String goal = "minimize";
    private final SequencedMap<String, Param> parameters = new LinkedHashMap<>();
    private Hyperband earlyTerminate;

    /**
     * {@code "grid"} (every combination of the parameters' values, in order), {@code "random"}, or
     * {@code "bayes"}: after a few random trials, each trial goes where a Gaussian process fitted to
     * the finished trials' metric expects the largest improvement (it needs {@link #metric}).
     */
    public SweepConfig method(String method) {
        if (!method.equals("grid") && !method.equals("random") && !method.equals("bayes")) {
            throw new IllegalArgumentException("sweep method must be \"grid\", \"random\" or \"bayes\", got \"" + method + "\"");
        }
        this.method = method;
        return this;
    }

    /** The random search's seed (0 by default). */
    public SweepConfig seed(long seed) { this.seed = seed; return this; }

    /** The summary metric that ranks the trials, and whether to {@code "minimize"} or {@code "maximize"} it. */
    public SweepConfig metric(String name, String goal) {
        if (!goal.equals("minimize") && !goal.equals("maximize")) {
            throw new IllegalArgumentException("metric goal must be \"minimize\" or \"maximize\", got \"" + goal + "\"");
        }
        this.metric = name;
        this.goal = goal;
        return this;
    }

    /** Adds a parameter (the order is the grid's: the last parameter changes fastest). */
    public SweepConfig parameter(String name, Param space) {
        if (parameters.containsKey(name)) throw new IllegalArgumentException("parameter '" + name + "' is already in the sweep");
        parameters.put(name, space);
        return this;
    }

    /**
     * Stops poor trials early ({@code early_terminate}): at Hyperband's bracket steps a trial outside
     * the top 1/eta of the trials that logged the metric at that step is stopped (see {@link Hyperband};
     * it needs {@link #metric}). {@code null} turns it off.
     */
    public SweepConfig earlyTerminate(Hyperband rule) { this.earlyTerminate = rule; return this; }

    /** wandb's {@code {type: hyperband, min_iter, eta}}: brackets at steps min_iter * eta^k. */
    public static Hyperband hyperband(int minIter, int eta) { return new Hyperband(minIter, eta); }

    /** The early termination rule, or null. */
    public Hyperband earlyTerminate() { return earlyTerminate; }

    public String method() { return method; }

    public long seed() { return seed; }

    /** The ranking metric, or null. */
    public String metric() { return metric; }

    public String goal() { return goal; }

    public SequencedMap<String, Param> parameters() { return Collections.unmodifiableSequencedMap(parameters); }

    /** The number of trials a grid search has (the product of the value counts); -1 for a random or Bayesian search, which has no end. */
    public long size() {
        if (!method.equals("grid")) return -1;
        long n = 1;
        for (var e : parameters.entrySet()) {
            if (!(e.getValue() instanceof Param.Values v)) {
                throw new IllegalArgumentException("grid search needs a list of values for '" + e.getKey() + "', not " + e.getValue());
            }
            n = Math.multiplyExact(n, v.values().size());
        }
        return n;
    }

    /**
     * The parameter values of trial {@code trial} (0-based): the same for the same config in any
     * process. For a Bayesian search these are the random draws its first trials use; later trials
     * also depend on the results so far, and the agent chooses them.
     */
    public SequencedMap<String, Object> params(long trial) {
        SequencedMap<String, Object> out = new LinkedHashMap<>();
        if (method.equals("grid")) {
            long size = size();
            if (trial < 0 || trial >= size) throw new IllegalArgumentException("the grid has " + size + " trials, not " + (trial + 1));
            long rest = trial;
            List<String> names = List.copyOf(parameters.keySet());
            Object[] picked = new Object[names.size()];
            for (int i = names.size() - 1; i >= 0; i--) {
                List<Object> values = ((Param.Values) parameters.get(names.get(i))).values();
                picked[i] = values.get((int) (rest % values.size()));
                rest /= values.size();
            }
            for (int i = 0; i < picked.length; i++) out.put(names.get(i), picked[i]);
        } else {
            // one stream per trial, from the seed and the trial's number: which worker runs it does not matter
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + trial);
            parameters.forEach((name, space) -> out.put(name, space.sample(random)));
        }
        return out;
    }

    @Override public String toString() {
        return "SweepConfig(method=" + method + (!method.equals("grid") ? ", seed=" + seed : "") + ", metric=" + metric + " (" + goal
                + "), parameters=" + parameters
                + (earlyTerminate != null ? ", early_terminate=" + earlyTerminate : "") + ")";
    }
}
