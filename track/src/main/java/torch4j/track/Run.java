package torch4j.track;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import torch4j.Tensor;

/**
 * One tracked run ({@code wandb.Run}): its config, the metrics it logs step by step, its summary.
 * {@link #log} only appends to a buffer; a background task commits the buffer every
 * {@code flushEvery} (100 ms), so logging costs the training loop microseconds and a killed JVM
 * loses at most the last uncommitted rows. Start one with {@link Track#init}.
 *
 * <pre>{@code
 * jshell> var run = Track.init("mnist", Map.of("lr", 0.01, "epochs", 3));
 * jshell> for (int s = 0; s < 3; s++) run.log(Map.of("loss", 1.0 / (s + 1)));
 * jshell> run.summary()
 * $3 ==> {loss=0.3333333333333333}
 * jshell> run.finish()
 * }</pre>
 */
public final class Run implements AutoCloseable {
    private final Store store;
    private final RunRecord record;
    private final RunOptions options;
    private final Object lock = new Object();
    /** One commit at a time, in order: a later batch never lands before an earlier one. */
    private final Object flushLock = new Object();
    private List<RunRows.Row> pending = new ArrayList<>();
    private final Map<String, Object> pendingSummary = new LinkedHashMap<>();
    private final Map<String, Object> summary = new LinkedHashMap<>();
    private final Map<String, Curve> curves = new LinkedHashMap<>();
    private final Summary summaryView = new Summary();
    private final ScheduledFuture<?> flusher;
    private final LiveChart live;
    private long nextStep;
    private long lastStep;
    private volatile boolean finished;
    private volatile Judge judge;
    private volatile boolean stopped;
    private volatile RuntimeException flushError;

    Run(Store store, RunRecord record, RunOptions options, long lastStep, Map<String, History> past) {
        this.store = store;
        this.record = record;
        this.options = options;
        this.lastStep = lastStep;
        this.nextStep = lastStep + 1;
        summary.putAll(record.summary());
        past.forEach((k, h) -> curves.computeIfAbsent(k, x -> new Curve()).addAll(h));
        long every = Math.max(1, options.flushEvery.toMillis());
        this.flusher = Track.FLUSHER.scheduleWithFixedDelay(this::backgroundFlush, every, every, TimeUnit.MILLISECONDS);
        this.live = new LiveChart(this, options);
    }

    /** The run's id, unique in its project ({@code Track.resume(project, id)} continues it). */
    public String id() { return record.id(); }

    /** The run's display name. */
    public String name() { return record.name(); }

    /** The project the run belongs to. */
    public String project() { return record.project(); }

    /** The run's config, flattened and in order ({@code optimizer.lr} for nested records and maps). */
    public SequencedMap<String, Object> config() { return record.config(); }

    /**
     * The config as the record it was given as: each component read back from the stored config.
     *
     * <pre>{@code
     * jshell> record Hp(double lr, int epochs) {}
     * jshell> Track.init("p", new Hp(0.1, 3)).config(Hp.class)
     * $2 ==> Hp[lr=0.1, epochs=3]
     * }</pre>
     */
    public <R extends Record> R config(Class<R> type) {
        RecordComponent[] rc = type.getRecordComponents();
        Object[] args = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            Object v = record.config().get(rc[i].getName());
            if (v == null && !record.config().containsKey(rc[i].getName())) {
                throw new IllegalArgumentException("the run's config has no '" + rc[i].getName() + "'");
            }
            args[i] = coerce(v, types[i]);
        }
        try {
            var ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make a " + type.getSimpleName() + " from the config: " + e, e);
        }
    }

    private static Object coerce(Object v, Class<?> t) {
        if (v instanceof Number n) {
            if (t == int.class || t == Integer.class) return n.intValue();
            if (t == long.class || t == Long.class) return n.longValue();
            if (t == double.class || t == Double.class) return n.doubleValue();
            if (t == float.class || t == Float.class) return n.floatValue();
        }
        if (t.isEnum() && v instanceof String s) {
            for (Object c : t.getEnumConstants()) if (((Enum<?>) c).name().equals(s)) return c;
        }
        return v;
    }

    /** The run's tags. */
    public List<String> tags() { return record.tags(); }

    /** The run's notes, or null. */
    public String notes() { return record.notes(); }

    /** The seed given with {@link RunOptions#seed}, or null. */
    public Long seed() { return record.seed(); }

    /** The git commit checked out where the run started, or null outside a repository. */
    public String gitCommit() { return record.gitCommit(); }

    /**
     * The code saved with the run ({@link RunOptions#saveCode}: the script, the session's cells or
     * the main class's source, and the git commit), or null when it was started without.
     *
     * <pre>{@code
     * jshell> Track.init("p", Map.of(), new RunOptions().saveCode(true)).code().source()
     * }</pre>
     */
    public RunCode code() { return store.read(c -> RunRows.code(c, id())); }

    /** The step the next {@link #log(Map)} without a step writes to. */
    public long step() {
        synchronized (lock) {
            return nextStep;
        }
    }

    /**
     * Logs metrics at the current step and moves to the next one. Values are numbers, booleans
     * (1 or 0) or one-element tensors (a loss), as {@code wandb.log({"loss": loss})}, or media:
     * a {@link Table}, an {@link Image}, {@link Html} (read back with {@link Track#media}).
     */
    public void log(Map<String, ?> metrics) {
        long step;
        synchronized (lock) {
            step = nextStep;
            logAt(metrics, step);
        }
        live.maybeDraw();
        judge(metrics, step);
    }

    /**
     * Logs metrics at {@code step}; calls with the same step add to it, and the next
     * {@link #log(Map)} without a step goes to {@code step + 1}. Steps only go forward, as wandb's.
     */
    public void log(Map<String, ?> metrics, long step) {
        synchronized (lock) {
            if (step < lastStep) {
                throw new IllegalArgumentException("Tried to log to step " + step + " that is less than the current step "
                        + lastStep + ". Steps must be monotonically increasing.");
            }
            logAt(metrics, step);
        }
        live.maybeDraw();
        judge(metrics, step);
    }

    /** A sweep's early-termination rule (Hyperband), asked after each log whether the trial should stop. */
    interface Judge {
        boolean stop(Run run, Map<String, ?> logged, long step);
    }

    /** Makes {@code judge} rule on this run's logs (a sweep agent's trial with early termination). */
    void judge(Judge judge) { this.judge = judge; }

    /**
     * True once a sweep's early termination (Hyperband) has stopped this trial; the {@link #log}
     * call that decided it, and every one after it, throws {@link EarlyTerminated}, which the
     * agent catches to mark the run {@code early_terminated}. Always false outside such a sweep.
     */
    public boolean shouldStop() { return stopped; }

    private void judge(Map<String, ?> metrics, long step) {
        Judge j = judge;
        if (j == null) return;
        if (!stopped && j.stop(this, metrics, step)) stopped = true;
        if (stopped) throw new EarlyTerminated("run " + id() + " was stopped early by the sweep's hyperband at step " + step);
    }

    private void logAt(Map<String, ?> metrics, long step) {
        checkOpen();
        long now = System.currentTimeMillis();
        for (var e : metrics.entrySet()) {
            if (MediaStore.isMedia(e.getValue())) {        // stored at once: media are few and large
                MediaStore.save(store, id(), e.getKey(), step, e.getValue());
                continue;
            }
            double v = number(e.getKey(), e.getValue());
            pending.add(new RunRows.Row(e.getKey(), step, v, now));
            curves.computeIfAbsent(e.getKey(), k -> new Curve()).add(step, v);
            summary.put(e.getKey(), v);
            pendingSummary.put(e.getKey(), v);
        }
        lastStep = step;
        nextStep = step + 1;
    }

    static double number(String key, Object v) {
        return switch (v) {
            case Number n -> n.doubleValue();
            case Boolean b -> b ? 1 : 0;
            case Tensor t when t.numel() == 1 -> t.item();
            case Tensor t -> throw new IllegalArgumentException(
                    "a Tensor with " + t.numel() + " elements cannot be converted to Scalar (logging '" + key + "')");
            case null -> throw new IllegalArgumentException("'" + key + "' is null: log numbers, booleans or one-element tensors");
            default -> throw new IllegalArgumentException("'" + key + "' is a " + v.getClass().getName()
                    + ": log numbers, booleans, one-element tensors, or a Table, Image or Html");
        };
    }

    /**
     * The summary: the last value of each metric, plus what you put ({@code wandb.run.summary}).
     * {@code run.summary().put("best_acc", 0.98)} is stored with the next commit.
     */
    public Map<String, Object> summary() { return summaryView; }

    /** One metric's values by step, as committed (pending rows are committed first). */
    public History history(String key) {
        flush();
        return store.read(c -> RunRows.history(c, id(), key));
    }

    /** The run's metrics as a chart (one panel each), drawn by the session when displayed. */
    public Chart chart() {
        List<Chart.Panel> panels = new ArrayList<>();
        synchronized (lock) {
            curves.forEach((k, c) -> panels.add(new Chart.Panel(k, List.of(c.series(name())))));
        }
        return new Chart(name(), panels);
    }

    /** Commits the rows logged so far now (the background task does this every {@code flushEvery}). */
    public void flush() {
        RuntimeException e = flushError;
        if (e != null) {
            flushError = null;
            throw e;
        }
        synchronized (flushLock) {
            commitPending(null, null);
        }
    }

    /**
     * Commits the pending rows and, when {@code state} is not null, sets the run's state in the
     * same transaction, with {@code also} (when not null).
     */
    private void commitPending(String state, Store.Also also) {
        List<RunRows.Row> rows;
        Map<String, Object> sum;
        synchronized (lock) {
            if (pending.isEmpty() && pendingSummary.isEmpty() && state == null && also == null) return;
            rows = pending;
            sum = new LinkedHashMap<>(pendingSummary);
            pending = new ArrayList<>(Math.max(16, rows.size()));
            pendingSummary.clear();
        }
        try {
            store.write(c -> {
                RunRows.commit(c, store.dialect(), id(), rows, sum, System.currentTimeMillis());
                if (state != null) RunRows.setState(c, id(), state, System.currentTimeMillis());
                if (also != null) also.run(c, id());
                return null;
            });
        } catch (RuntimeException ex) {
            synchronized (lock) {            // keep the rows for the next try
                rows.addAll(pending);
                pending = rows;
                sum.forEach(pendingSummary::putIfAbsent);
            }
            throw ex;
        }
    }

    private void backgroundFlush() {
        try {
            flush();
        } catch (RuntimeException e) {
            flushError = e;
        }
    }

    /**
     * Copies a file into the run's folder ({@code PROJECT/files/RUN_ID/NAME}) atomically and
     * records its SHA-256 ({@code wandb.save}); returns where it was copied.
     */
    public Path saveFile(Path file) {
        checkOpen();
        Path target = store.dir().resolve("files").resolve(id()).resolve(file.getFileName().toString());
        AtomicFiles.copy(file, target);
        String sha = AtomicFiles.sha256(target);
        long size = target.toFile().length();
        store.write(c -> {
            try (var ps = c.prepareStatement(store.dialect().upsert("files", 2, "run_id", "name", "sha256", "size"))) {
                ps.setString(1, id());
                ps.setString(2, target.getFileName().toString());
                ps.setString(3, sha);
                ps.setLong(4, size);
                ps.executeUpdate();
            }
            return null;
        });
        return target;
    }

    /**
     * Stores {@code artifact} as logged by this run: a new version when its content is new, else
     * the version that has this content; {@code latest} and {@code aliases} then name it.
     */
    public ArtifactVersion logArtifact(Artifact artifact, String... aliases) {
        checkOpen();
        return ArtifactStore.log(store, id(), artifact, List.of(aliases));
    }

    /** The artifact version {@code ref} names ({@code "cnn"}, {@code "cnn:latest"}, {@code "cnn:v3"}, {@code "cnn:best"}), recorded as used by this run. */
    public ArtifactVersion useArtifact(String ref) {
        checkOpen();
        return ArtifactStore.use(store, id(), ref);
    }

    /** Commits what is pending and marks the run finished; logging afterwards is an error. */
    public void finish() { finish("finished"); }

    /** Finishes with {@code state} ({@code failed} for a sweep trial that threw). */
    void finish(String state) { finish(state, null); }

    /** Finishes with {@code state}, doing {@code also} in the transaction of the last commit (a sweep's trial state). */
    void finish(String state, Store.Also also) {
        if (finished) {                         // the trial's function finished the run itself
            if (also != null) store.write(c -> {
                also.run(c, id());
                return null;
            });
            return;
        }
        flusher.cancel(false);
        RuntimeException e = flushError;
        if (e != null) {
            flushError = null;
            throw e;
        }
        synchronized (flushLock) {
            commitPending(state, also);         // the last rows and the state: one transaction
        }
        finished = true;
        Track.ACTIVE.remove(this);
        live.draw(true);
    }

    /** {@link #finish()}, so a run can be used in try-with-resources. */
    @Override public void close() { finish(); }

    /** Whether {@link #finish()} was called. */
    public boolean isFinished() { return finished; }

    /** Commits at JVM exit: the run keeps every row even when the program ends without finish(). */
    void exitFlush() {
        try {
            finish();
        } catch (RuntimeException e) {
            // the JVM is exiting: nothing can report it
        }
    }

    private void checkOpen() {
        if (finished) throw new IllegalStateException("run " + id() + " is finished: start or resume a run to log again");
    }

    @Override public String toString() {
        return "Run(project=" + project() + ", id=" + id() + ", name=" + name() + ", step=" + step() + ")";
    }

    /** A curve kept in memory for the live chart. */
    private static final class Curve {
        double[] x = new double[64];
        double[] y = new double[64];
        int n;

        void add(long step, double v) {
            if (n > 0 && x[n - 1] == step) {       // the same step again replaces the value, as the store does
                y[n - 1] = v;
                return;
            }
            if (n == x.length) {
                x = Arrays.copyOf(x, n * 2);
                y = Arrays.copyOf(y, n * 2);
            }
            x[n] = step;
            y[n++] = v;
        }

        void addAll(History h) {
            for (int i = 0; i < h.size(); i++) add(h.steps()[i], h.values()[i]);
        }

        Chart.Series series(String label) {
            return new Chart.Series(label, Arrays.copyOf(x, n), Arrays.copyOf(y, n));
        }
    }

    /** The summary map: reads see the latest values, puts are committed with the next flush. */
    private final class Summary extends java.util.AbstractMap<String, Object> {
        @Override public java.util.Set<Entry<String, Object>> entrySet() {
            synchronized (lock) {
                return Collections.unmodifiableSet(new LinkedHashMap<>(summary).entrySet());
            }
        }

        @Override public Object put(String key, Object value) {
            synchronized (lock) {
                checkOpen();
                pendingSummary.put(key, value);
                return summary.put(key, value);
            }
        }
    }
}
