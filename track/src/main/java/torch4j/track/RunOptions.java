package torch4j.track;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Track.init's keyword arguments ({@code wandb.init(name=, tags=, notes=, ...)}), set fluently.
 *
 * <pre>{@code
 * jshell> var run = Track.init("mnist", Map.of("lr", 0.01), new RunOptions().name("baseline").tags("cnn").seed(42));
 * }</pre>
 */
public final class RunOptions {
    String name;
    String id;
    List<String> tags = List.of();
    String notes;
    Long seed;
    Path dir;
    String store;
    boolean saveCode;
    boolean live = true;
    Duration liveEvery = Duration.ofSeconds(1);
    Duration flushEvery = Duration.ofMillis(100);

    /** The run's display name; by default a generated one ({@code "brisk-river-3"}). */
    public RunOptions name(String name) { this.name = name; return this; }

    /** The run's id (unique in its project); by default 8 random characters. */
    public RunOptions id(String id) { this.id = id; return this; }

    /** Tags to filter runs by. */
    public RunOptions tags(String... tags) { this.tags = List.of(tags); return this; }

    /** A longer description of the run. */
    public RunOptions notes(String notes) { this.notes = notes; return this; }

    /** Seeds torch4j's default generator ({@code Torch.manualSeed}) and records the seed with the run. */
    public RunOptions seed(long seed) { this.seed = seed; return this; }

    /** The folder holding the project folders; by default {@link Track#dir()}. */
    public RunOptions dir(Path dir) { this.dir = dir; return this; }

    /**
     * The store: null (the default, {@link Track#store()}) for SQLite under the folder, or a
     * PostgreSQL URL ({@code jdbc:postgresql://HOST:PORT/DB?user=U&password=P}) where the project
     * is a schema: a team or a sweep spanning machines shares it.
     */
    public RunOptions store(String jdbcUrl) { this.store = jdbcUrl; return this; }

    /**
     * Saves the code that started the run with it ({@code wandb.init(save_code=True)}): the
     * script the launcher runs, the cells a notebook or the REPL ran, or a program's main class
     * source; read back with {@link Run#code()}.
     */
    public RunOptions saveCode(boolean saveCode) { this.saveCode = saveCode; return this; }

    /** Whether {@code log} redraws the run's chart in a notebook or the REPL (on by default; only in a session). */
    public RunOptions live(boolean live) { this.live = live; return this; }

    /** How often at most the live chart is redrawn (1 s by default). */
    public RunOptions liveEvery(Duration every) { this.liveEvery = every; return this; }

    /** How often logged rows are committed in the background (100 ms by default); {@code flush()} commits at once. */
    public RunOptions flushEvery(Duration every) { this.flushEvery = every; return this; }
}
