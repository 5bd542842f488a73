package torch4j.track;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import torch4j.Torch;

/**
 * Experiment tracking offline, as {@code wandb} without an account or a network: runs with their
 * config and metrics, stored in an SQLite database under {@code ./runs/PROJECT/} (nothing to
 * start), listed as a table and compared on one chart. In a notebook or the REPL, a run's
 * {@code log} keeps a chart of its curves up to date.
 *
 * <pre>{@code
 * jshell> import torch4j.track.*;
 * jshell> var run = Track.init("mnist", Map.of("lr", 0.01, "batch", 64));
 * jshell> for (int epoch = 0; epoch < 5; epoch++) run.log(Map.of("loss", train(), "val_acc", evaluate()));
 * jshell> run.finish();
 * jshell> Track.runs("mnist")                 // config columns and summary metrics, one row per run
 * jshell> Track.compare("mnist", "val_acc")    // every run's val_acc on one chart
 * }</pre>
 *
 * <p>The folder is {@code ./runs} unless {@link #setDir}, the system property
 * {@code torch4j.track.dir} or the environment variable {@code TORCH4J_TRACK_DIR} says otherwise.
 * Several runs, in this JVM or in others, may write to one project at once (SQLite's WAL);
 * logged rows are committed in the background every 100 ms, so a JVM that is killed keeps all
 * but the last moment's rows.
 *
 * <p>A team, or a sweep whose agents run on several machines, shares a PostgreSQL database
 * instead: {@link #setStore}, the system property {@code torch4j.track.store} or the environment
 * variable {@code TORCH4J_TRACK_STORE} give its JDBC URL, and each project is a schema there.
 *
 * <pre>{@code
 * jshell> Track.setStore("jdbc:postgresql://db.lab:5432/track?user=me&password=secret");
 * }</pre>
 */
public final class Track {
    private Track() {}

    /** Where live charts go: the session (notebook or REPL) sets one; none outside a session. */
    @FunctionalInterface
    public interface LiveSink {
        /**
         * Shows {@code chart} under {@code displayId}: a new display, or a replacement when
         * {@code update}; {@code finished} on the run's last drawing (a terminal, which cannot
         * replace a picture, may draw only now and then and at the end).
         */
        void show(Chart chart, String displayId, boolean update, boolean finished);
    }

    private static final Pattern PROJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] ADJECTIVES = {"brisk", "calm", "bold", "bright", "quiet", "swift", "gentle", "lucky",
        "misty", "sunny", "silver", "amber", "crisp", "eager", "golden", "hidden"};
    private static final String[] NOUNS = {"river", "forest", "meadow", "harbor", "comet", "valley", "breeze", "canyon",
        "island", "summit", "glade", "willow", "falcon", "ember", "tide", "grove"};

    static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "torch4j-track-flush");
        t.setDaemon(true);
        return t;
    });
    static final Set<Run> ACTIVE = ConcurrentHashMap.newKeySet();
    static volatile LiveSink liveSink;
    private static volatile Supplier<RunCode> codeSource;
    private static volatile Path dir;
    private static volatile String storeUrl;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Run r : List.copyOf(ACTIVE)) r.exitFlush();
        }, "torch4j-track-exit"));
    }

    /** The folder holding the project folders ({@code ./runs} by default). */
    public static Path dir() {
        Path d = dir;
        if (d != null) return d;
        String p = System.getProperty("torch4j.track.dir");
        if (p == null || p.isBlank()) p = System.getenv("TORCH4J_TRACK_DIR");
        return Path.of(p == null || p.isBlank() ? "runs" : p);
    }

    /** Sets the folder holding the project folders for this JVM; null goes back to the default. */
    public static void setDir(Path folder) { dir = folder; }

    /**
     * The store's JDBC URL: null for SQLite files under {@link #dir()} (the default), else what
     * {@link #setStore}, the system property {@code torch4j.track.store} or the environment
     * variable {@code TORCH4J_TRACK_STORE} says ({@code jdbc:postgresql://HOST:PORT/DB?user=U}).
     */
    public static String store() {
        String u = storeUrl;
        if (u != null) return u.isBlank() ? null : u;
        u = System.getProperty("torch4j.track.store");
        if (u == null || u.isBlank()) u = System.getenv("TORCH4J_TRACK_STORE");
        return u == null || u.isBlank() ? null : u;
    }

    /**
     * Sets the store for this JVM: a PostgreSQL JDBC URL, where each project is a schema of that
     * database; null goes back to the default (the property, the variable, else SQLite files).
     * Artifact and media files go to the project folders under {@link #dir()} as before and into
     * the database too, from which another host's folder gets them when it reads them.
     */
    public static void setStore(String jdbcUrl) { storeUrl = jdbcUrl; }

    /**
     * Sets where {@link RunOptions#saveCode} gets the running code (the session sets it: the
     * script it runs or the cells it ran); the supplier returns null when it has none, and then
     * the main class's source file is looked for. Returns the previous supplier.
     */
    public static Supplier<RunCode> setCodeSource(Supplier<RunCode> source) {
        Supplier<RunCode> old = codeSource;
        codeSource = source;
        return old;
    }

    /** Sets where live charts go (the session calls this); null turns them off. Returns the previous sink. */
    public static LiveSink setLiveSink(LiveSink sink) {
        LiveSink old = liveSink;
        liveSink = sink;
        return old;
    }

    /** A new run of {@code project} without config. */
    public static Run init(String project) { return init(project, Map.of(), new RunOptions()); }

    /** A new run of {@code project}; {@code config} is a Map or a record (its components become the keys). */
    public static Run init(String project, Object config) { return init(project, config, new RunOptions()); }

    /**
     * A new run of {@code project} with options (name, id, tags, notes, seed, folder).
     *
     * <pre>{@code
     * jshell> record Hp(double lr, int epochs) {}
     * jshell> var run = Track.init("mnist", new Hp(0.01, 3), new RunOptions().tags("cnn").notes("baseline").seed(42));
     * }</pre>
     */
    public static Run init(String project, Object config, RunOptions options) { return init(project, config, options, null); }

    /** {@link #init(String, Object, RunOptions)}, doing {@code also} in the transaction that stores the run (when not null). */
    static Run init(String project, Object config, RunOptions options, Store.Also also) {
        Store store = store(project, options);
        var flat = Values.flatten(config);
        if (options.seed != null) Torch.manualSeed(options.seed);
        String git = Git.head(Path.of("")).orElse(null);
        RunCode code = options.saveCode ? currentCode() : null;
        RunRecord rec = store.write(c -> {
            String id = options.id != null ? options.id : newId();
            if (RunRows.exists(c, id)) {
                throw new IllegalArgumentException("project '" + project + "' already has a run with id '" + id
                        + "': Track.resume(\"" + project + "\", \"" + id + "\") continues it");
            }
            String name = options.name != null ? options.name
                    : ADJECTIVES[RANDOM.nextInt(ADJECTIVES.length)] + "-" + NOUNS[RANDOM.nextInt(NOUNS.length)] + "-" + (RunRows.count(c) + 1);
            RunRows.insert(c, store.dialect(), id, name, options.notes, options.seed, git, System.currentTimeMillis(), flat, options.tags);
            if (options.saveCode) RunRows.saveCode(c, id, code);
            if (also != null) also.run(c, id);
            return RunRows.load(c, project, id);
        });
        return start(store, rec, options, -1, Map.of());
    }

    /** Continues run {@code id} of {@code project}: its steps go on after the last one logged. */
    public static Run resume(String project, String id) { return resume(project, id, new RunOptions()); }

    /** Continues run {@code id} with options (folder, live chart, flush interval; its name and config stay). */
    public static Run resume(String project, String id, RunOptions options) {
        Store store = store(project, options);
        for (Run r : ACTIVE) {
            if (r.id().equals(id) && r.project().equals(project)) {
                throw new IllegalStateException("run " + id + " is still running in this JVM: finish it first");
            }
        }
        Map<String, History> past = new LinkedHashMap<>();
        long[] last = new long[1];
        RunRecord rec = store.write(c -> {
            RunRows.load(c, project, id);                         // says so when there is no such run
            RunRows.setState(c, id, "running", System.currentTimeMillis());
            for (String k : RunRows.keys(c, id)) past.put(k, RunRows.history(c, id, k));
            last[0] = RunRows.maxStep(c, id);
            return RunRows.load(c, project, id);
        });
        if (rec.seed() != null) Torch.manualSeed(rec.seed());
        return start(store, rec, options, last[0], past);
    }

    private static Run start(Store store, RunRecord rec, RunOptions options, long lastStep, Map<String, History> past) {
        Run run = new Run(store, rec, options, lastStep, past);
        ACTIVE.add(run);
        return run;
    }

    /**
     * The project's runs, oldest first: each with its config and summary. {@code toTable()} makes
     * it a Tablesaw table when Tablesaw is on the classpath.
     */
    public static RunList runs(String project) {
        Store store = store(project, new RunOptions());
        for (Run r : ACTIVE) if (r.project().equals(project)) r.flush();
        return new RunList(project, store.read(c -> RunRows.list(c, store.dialect(), project)));
    }

    /** One stored run. */
    public static RunRecord run(String project, String id) {
        return store(project, new RunOptions()).read(c -> RunRows.load(c, project, id));
    }

    /** The code saved with stored run {@code id} ({@link RunOptions#saveCode}), or null when none was. */
    public static RunCode code(String project, String id) {
        return store(project, new RunOptions()).read(c -> RunRows.code(c, id));
    }

    /** The session's code, else the main class's source; a code without source when neither is found. */
    private static RunCode currentCode() {
        Supplier<RunCode> s = codeSource;
        RunCode code = s == null ? null : s.get();
        if (code == null) code = MainSource.find().orElse(null);
        return code != null ? code : new RunCode(null, null, null);
    }

    /** One metric of a stored run, by step. */
    public static History history(String project, String id, String metric) {
        for (Run r : ACTIVE) if (r.project().equals(project) && r.id().equals(id)) r.flush();
        return store(project, new RunOptions()).read(c -> RunRows.history(c, id, metric));
    }

    /**
     * {@code metric} of every run of the project that logged it (or of the runs named by id), one
     * line each, labelled with the run's name.
     */
    public static Chart compare(String project, String metric, String... runIds) {
        List<RunRecord> runs = runs(project);
        Set<String> wanted = Set.of(runIds);
        List<Chart.Series> series = new ArrayList<>();
        for (RunRecord r : runs) {
            if (!wanted.isEmpty() && !wanted.contains(r.id())) continue;
            History h = history(project, r.id(), metric);
            if (h.size() == 0) continue;
            double[] x = new double[h.size()];
            for (int i = 0; i < x.length; i++) x[i] = h.steps()[i];
            series.add(new Chart.Series(r.name(), x, h.values()));
        }
        if (series.isEmpty()) throw new IllegalArgumentException("no run of project '" + project + "' logged '" + metric + "'");
        return new Chart(project, List.of(new Chart.Panel(metric, series)));
    }

    /**
     * The {@link Table}, {@link Image} or {@link Html} that run {@code id} logged under {@code key}
     * at its last step with one; null when it logged none.
     *
     * <pre>{@code
     * jshell> Table cases = (Table) Track.media("mnist", run.id(), "cases");
     * }</pre>
     */
    public static Object media(String project, String id, String key) {
        return MediaStore.load(store(project, new RunOptions()), id, key);
    }

    /** The artifact version {@code ref} names, read without recording a use (no run needed). */
    public static ArtifactVersion artifact(String project, String ref) {
        return ArtifactStore.use(store(project, new RunOptions()), null, ref);
    }

    /** Every version of artifact {@code name}, oldest first. */
    public static List<ArtifactVersion> artifactVersions(String project, String name) {
        return ArtifactStore.versions(store(project, new RunOptions()), name);
    }

    static Store store(String project, RunOptions options) {
        if (project == null || !PROJECT.matcher(project).matches()) {
            throw new IllegalArgumentException("project name must be letters, digits, '.', '_' or '-' (a folder name), got '" + project + "'");
        }
        return Store.open(options.store != null ? options.store : store(), (options.dir != null ? options.dir : dir()).resolve(project));
    }

    /** 8 random characters from [a-z0-9]. */
    static String newId() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        return sb.toString();
    }
}
