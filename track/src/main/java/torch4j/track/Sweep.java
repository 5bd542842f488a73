package torch4j.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.function.Consumer;

/**
 * A hyper-parameter search ({@code wandb.sweep} and {@code wandb.agent}): a {@link SweepConfig}
 * stored with the project, and agents that claim its trials one at a time, each trial a run
 * whose config is the trial's parameters. Agents in several processes (or threads) share a sweep
 * through the database: each trial number goes to exactly one of them.
 *
 * <pre>{@code
 * jshell> var sweep = Sweep.create("mnist", new SweepConfig().method("grid").metric("val_acc", "maximize")
 *    ...>     .parameter("lr", Param.values(0.1, 0.01)).parameter("hidden", Param.values(32, 64)));
 * jshell> Sweep.agent(sweep, run -> {
 *    ...>     double lr = (Double) run.config().get("lr");
 *    ...>     for (int epoch = 0; epoch < 3; epoch++) run.log(Map.of("val_acc", trainEpoch(lr)));
 *    ...> }, 4);
 * jshell> sweep.best().get().config()
 * jshell> sweep.parameterChart("lr")              // val_acc against lr, one point per trial
 * }</pre>
 */
public final class Sweep {
    private final String project;
    private final String id;
    private final SweepConfig config;

    private Sweep(String project, String id, SweepConfig config) {
        this.project = project;
        this.id = id;
        this.config = config;
    }

    /** Stores a new sweep of {@code project}. */
    public static Sweep create(String project, SweepConfig config) {
        long size = config.size();                               // a grid over a distribution says so now
        if (config.method().equals("bayes") && config.metric() == null) {
            throw new IllegalArgumentException("a bayes sweep needs a metric to model: SweepConfig.metric(name, goal)");
        }
        if (config.earlyTerminate() != null && config.metric() == null) {
            throw new IllegalArgumentException("early termination needs a metric to rank the trials: SweepConfig.metric(name, goal)");
        }
        if (size == 0) throw new IllegalArgumentException("the sweep has no trials");
        String id = "sweep-" + Track.newId();
        Track.store(project, new RunOptions()).write(c -> {
            SweepStore.insert(c, id, config);
            if (size > 0) SweepStore.queue(c, id, size);
            return null;
        });
        return new Sweep(project, id, config);
    }

    /** The stored sweep {@code id} of {@code project} (another process's agents join it this way). */
    public static Sweep load(String project, String id) {
        return new Sweep(project, id, Track.store(project, new RunOptions()).read(c -> SweepStore.load(c, project, id)));
    }

    /**
     * Runs up to {@code count} trials of {@code sweep} here, one after the other: claims the next
     * trial, starts a run with its parameters as config, calls {@code train}, finishes the run. A
     * grid stops when every combination is claimed. A trial whose {@code train} throws is marked
     * {@code failed} and the agent goes on; one stopped by the config's early termination
     * ({@link Run#log} threw {@link EarlyTerminated}, or {@code train} returned once
     * {@link Run#shouldStop()} was true) is marked {@code early_terminated}. Returns the runs this agent made.
     */
    public static List<RunRecord> agent(Sweep sweep, Consumer<Run> train, int count) {
        Store store = Track.store(sweep.project, new RunOptions());
        long size = sweep.config.size();
        List<RunRecord> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long trial = store.write(c -> SweepStore.claim(c, store.dialect(), sweep.id, size));
            if (trial < 0) break;
            // the trial's bookkeeping rides in the run's own transactions: a shared store's round trips and commits are the overhead
            SequencedMap<String, Object> params = sweep.config.method().equals("bayes")
                    ? Bayes.suggest(sweep.config, trial, sweep.history()) : sweep.config.params(trial);
            Run run = Track.init(sweep.project, params,
                    new RunOptions().name(sweep.id + "-" + trial).tags(sweep.id).live(false),
                    (c, runId) -> SweepStore.trial(c, sweep.id, trial, runId, "running"));
            Hyperband stop = sweep.config.earlyTerminate();
            if (stop != null) run.judge(stop.judge(store, sweep.id, sweep.config.metric(), sweep.config.goal().equals("minimize")));
            String state = "finished";
            try {
                train.accept(run);
                if (run.shouldStop()) state = "early_terminated";       // the function saw shouldStop() and returned
            } catch (EarlyTerminated e) {
                state = "early_terminated";
            } catch (RuntimeException e) {
                state = "failed";
                System.err.println("sweep " + sweep.id + ": trial " + trial + " (run " + run.id() + ") failed: " + e);
            }
            String s = state;
            run.finish(state, (c, runId) -> SweepStore.trial(c, sweep.id, trial, runId, s));
            done.add(Track.run(sweep.project, run.id()));
        }
        return done;
    }

    /** The finished trials' parameters and metric, in trial order: what a Bayesian search learns from. */
    List<Bayes.Observation> history() {
        String metric = requireMetric();
        List<Bayes.Observation> out = new ArrayList<>();
        for (RunRecord r : runs()) {
            if (r.state().equals("finished") && r.summary().get(metric) instanceof Number m) out.add(new Bayes.Observation(r.config(), m.doubleValue()));
        }
        return out;
    }

    /** The sweep's id. */
    public String id() { return id; }

    /** Its project. */
    public String project() { return project; }

    /** What it searches. */
    public SweepConfig config() { return config; }

    /** The runs of every trial so far (all agents), in trial order. */
    public List<RunRecord> runs() {
        Store store = Track.store(project, new RunOptions());
        List<String> ids = store.read(c -> SweepStore.runIds(c, id));
        List<RunRecord> out = new ArrayList<>();
        for (String r : ids) out.add(Track.run(project, r));
        return out;
    }

    /** The finished run with the best value of the config's metric (smallest or largest, as its goal says). */
    public Optional<RunRecord> best() {
        String metric = requireMetric();
        Comparator<RunRecord> byMetric = Comparator.comparingDouble(r -> ((Number) r.summary().get(metric)).doubleValue());
        return runs().stream().filter(r -> r.state().equals("finished") && r.summary().get(metric) instanceof Number)
                .min(config.goal().equals("minimize") ? byMetric : byMetric.reversed());
    }

    /**
     * The metric against one parameter, a point per finished trial. A parameter of non-numeric
     * values is placed at each value's index in its list (the x label lists them).
     */
    public Chart parameterChart(String parameter) {
        String metric = requireMetric();
        if (!config.parameters().containsKey(parameter)) throw new IllegalArgumentException("the sweep has no parameter '" + parameter + "'");
        List<RunRecord> runs = scored(metric);
        double[] x = new double[runs.size()], y = new double[runs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = axisValue(parameter, runs.get(i).config().get(parameter));
            y[i] = ((Number) runs.get(i).summary().get(metric)).doubleValue();
        }
        return new Chart(id, List.of(new Chart.Panel(metric + " vs " + parameter, axisLabel(parameter),
                List.of(new Chart.Series("trials", x, y, true)))));
    }

    /**
     * Parallel coordinates: one line per finished trial through its parameters and its metric,
     * each axis scaled to [0, 1] (min to max over the trials); the x label names the axes in order.
     */
    public Chart parallelCoordinates() {
        String metric = requireMetric();
        List<RunRecord> runs = scored(metric);
        List<String> axes = new ArrayList<>(config.parameters().keySet());
        axes.add(metric);
        double[][] raw = new double[runs.size()][axes.size()];
        for (int r = 0; r < runs.size(); r++) {
            for (int a = 0; a < axes.size(); a++) {
                String k = axes.get(a);
                raw[r][a] = a < axes.size() - 1 ? axisValue(k, runs.get(r).config().get(k)) : ((Number) runs.get(r).summary().get(k)).doubleValue();
            }
        }
        double[] xs = new double[axes.size()];
        for (int a = 0; a < xs.length; a++) xs[a] = a;
        List<Chart.Series> series = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            double[] y = new double[axes.size()];
            for (int a = 0; a < axes.size(); a++) {
                double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
                for (double[] row : raw) {
                    lo = Math.min(lo, row[a]);
                    hi = Math.max(hi, row[a]);
                }
                y[a] = hi > lo ? (raw[r][a] - lo) / (hi - lo) : 0.5;
            }
            series.add(new Chart.Series(runs.get(r).name(), xs, y));
        }
        return new Chart(id, List.of(new Chart.Panel("parallel coordinates", String.join(" | ", axes), series)));
    }

    private List<RunRecord> scored(String metric) {
        List<RunRecord> runs = runs().stream().filter(r -> r.state().equals("finished") && r.summary().get(metric) instanceof Number).toList();
        if (runs.isEmpty()) throw new IllegalArgumentException("no finished trial of sweep " + id + " has logged '" + metric + "'");
        return runs;
    }

    private double axisValue(String parameter, Object v) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (config.parameters().get(parameter) instanceof Param.Values vals) return vals.values().indexOf(v);
        throw new IllegalArgumentException("parameter '" + parameter + "' has a non-numeric value " + v);
    }

    private String axisLabel(String parameter) {
        if (config.parameters().get(parameter) instanceof Param.Values vals && vals.values().stream().anyMatch(v -> !(v instanceof Number))) {
            List<String> named = new ArrayList<>();
            for (int i = 0; i < vals.values().size(); i++) named.add(i + "=" + vals.values().get(i));
            return parameter + " (" + String.join(", ", named) + ")";
        }
        return parameter;
    }

    private String requireMetric() {
        if (config.metric() == null) throw new IllegalStateException("the sweep config names no metric: SweepConfig.metric(name, goal)");
        return config.metric();
    }

    /** The parameters trial {@code trial} gets. */
    public SequencedMap<String, Object> params(long trial) { return config.params(trial); }

    @Override public String toString() { return "Sweep(" + id + ", project=" + project + ", " + config + ")"; }
}
