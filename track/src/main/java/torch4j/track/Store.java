package torch4j.track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * One project's database, opened once per JVM and shared by the runs of that project: by default
 * an SQLite file ({@code DIR/PROJECT/track.db}) in WAL mode; given a {@code jdbc:postgresql:} URL,
 * the schema named after the project in that PostgreSQL database (created on first use), so a
 * team or a sweep spanning machines shares one store. The tables and the SQL are the same for
 * both ({@link Dialect} holds the few differences). Files go to the project folder
 * {@code DIR/PROJECT/} either way; a PostgreSQL store also keeps the artifact and media blobs
 * (table {@code blobs}) for hosts whose folder lacks them, not the files of {@code Run.saveFile}.
 *
 * <p>SQLite: WAL lets readers go on while one writer commits, and other JVMs' writers wait for
 * the lock (a busy timeout) instead of failing; a committed transaction is in the WAL file before
 * {@code commit} returns, so a JVM killed mid-run loses only what it had not committed.
 * {@code synchronous=NORMAL} is WAL's usual setting: a process crash loses nothing committed, only
 * a power cut can lose the last commits. PostgreSQL: each write is one transaction (READ
 * COMMITTED); what must not interleave (numbering an artifact's versions, claiming a sweep's
 * trials) takes row locks or a named lock. Commits do not wait for the server's disk
 * ({@code synchronous_commit=off}, the same bargain as SQLite's), except a trial's claim.
 */
final class Store {
    private static final Map<String, Store> OPEN = new HashMap<>();

    private final Path dir;
    private final Connection conn;
    private final Dialect dialect;
    private final String where;

    /** More work for a run's transaction (a sweep's trial bookkeeping), given the run's id. */
    @FunctionalInterface
    interface Also {
        void run(Connection c, String runId) throws SQLException;
    }

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Store(Path dir, Connection conn, Dialect dialect, String where) {
        this.dir = dir;
        this.conn = conn;
        this.dialect = dialect;
        this.where = where;
    }

    /** The SQLite store of the project folder {@code dir}, created with its schema on first use. */
    static Store open(Path dir) { return open(null, dir); }

    /**
     * The store of the project folder {@code dir} ({@code FOLDER/PROJECT}): SQLite in it when
     * {@code url} is null or blank, else the PostgreSQL database {@code url} names, in the schema
     * named as the folder (the project).
     */
    static synchronized Store open(String url, Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        boolean sqlite = url == null || url.isBlank();
        if (!sqlite && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the track store is SQLite (no URL) or a PostgreSQL database (jdbc:postgresql://HOST:PORT/DB), got '" + url + "'");
        }
        String name = sqlite ? key.toString() : url + " schema " + key.getFileName() + " files in " + key;
        Store s = OPEN.get(name);
        if (s != null) return s;
        try {
            Files.createDirectories(key);
            s = sqlite ? sqlite(key) : postgresql(url, key);
            Store t = s;
            s.write(c -> Schema.create(c, t));
            OPEN.put(name, s);
            return s;
        } catch (SQLException e) {
            // named without the URL's parameters: a password may be one
            String shown = sqlite ? key.toString() : url.replaceFirst("[?].*", "") + " schema " + key.getFileName();
            throw new IllegalStateException("cannot open the track store " + shown + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Store sqlite(Path key) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // another JVM holding the write lock makes this one wait, not fail
        cfg.setBusyTimeout(60_000);
        // take the write lock at BEGIN: a deferred transaction that upgrades from read to
        // write can fail with SQLITE_BUSY at once, without waiting, when another writer committed
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + key.resolve("track.db"), cfg.toProperties());
        return new Store(key, c, Dialect.SQLITE, key.toString());
    }

    private static Store postgresql(String url, Path key) throws SQLException {
        String schema = "\"" + key.getFileName() + "\"";            // project names are letters, digits, '.', '_', '-'
        Connection c = DriverManager.getConnection(url);
        // messages name the server and the database, never the URL's parameters (a password may be one)
        Store s = new Store(key, c, Dialect.POSTGRESQL, url.replaceFirst("[?].*", "") + " schema " + schema);
        s.write(x -> {
            // two JVMs creating one schema at once would collide in the catalog: they take turns
            s.lock(x, "schema");
            try (Statement st = x.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                st.execute("SET search_path TO " + schema);
                // as SQLite's synchronous=NORMAL: a commit returns before its WAL record is flushed,
                // so a server crash can lose the last fraction of a second, never consistency; a
                // flush per commit was 40 of the 46 ms a sweep trial cost (BENCHMARKS.md). Claims
                // of sweep trials still wait for the disk (Dialect.durableCommit).
                st.execute("SET synchronous_commit TO off");
            }
            return null;
        });
        return s;
    }

    /** The project folder. */
    Path dir() { return dir; }

    /** The SQL dialect of this store's database. */
    Dialect dialect() { return dialect; }

    /** Holds the lock named {@code name} in this project until the transaction ends (SQLite: its write lock already does). */
    void lock(Connection c, String name) throws SQLException {
        dialect.lock(c, dir.getFileName() + ":" + name);
    }

    /** Runs {@code work} in one write transaction and commits it; rolls back on failure. */
    synchronized <T> T write(Work<T> work) {
        try {
            conn.setAutoCommit(false);
            try {
                T result = work.run(conn);
                conn.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("track store " + where + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} outside a transaction (each statement sees the latest commits). */
    synchronized <T> T read(Work<T> work) {
        try {
            return work.run(conn);
        } catch (SQLException e) {
            throw new IllegalStateException("track store " + where + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tables, one DDL for both databases (BIGINT and DOUBLE PRECISION are SQLite's INTEGER and
     * REAL affinities). Metric rows are keyed by (run, key, step), so logging a step again replaces it.
     */
    static final class Schema {
        private Schema() {}

        static Void create(Connection c, Store store) throws SQLException {
            store.lock(c, "schema");                 // PostgreSQL: two JVMs creating the tables at once take turns
            String keyed = "))" + store.dialect.keyedTable();      // closes the key and the table
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS runs(id TEXT PRIMARY KEY, name TEXT NOT NULL, state TEXT NOT NULL,"
                        + " notes TEXT, seed BIGINT, git_commit TEXT, created BIGINT NOT NULL, updated BIGINT NOT NULL,"
                        + " sweep_id TEXT" + store.dialect.insertionColumn() + ")");
                st.execute("CREATE TABLE IF NOT EXISTS config(run_id TEXT NOT NULL, ord BIGINT NOT NULL, key TEXT NOT NULL,"
                        + " type TEXT NOT NULL, value TEXT, PRIMARY KEY(run_id, key" + keyed);
                st.execute("CREATE TABLE IF NOT EXISTS tags(run_id TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(run_id, tag" + keyed);
                st.execute("CREATE TABLE IF NOT EXISTS metrics(run_id TEXT NOT NULL, key TEXT NOT NULL, step BIGINT NOT NULL,"
                        + " value DOUBLE PRECISION, time BIGINT NOT NULL, PRIMARY KEY(run_id, key, step" + keyed);
                st.execute("CREATE TABLE IF NOT EXISTS summary(run_id TEXT NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL,"
                        + " value TEXT, PRIMARY KEY(run_id, key" + keyed);
                st.execute("CREATE TABLE IF NOT EXISTS files(run_id TEXT NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL,"
                        + " size BIGINT NOT NULL, PRIMARY KEY(run_id, name" + keyed);
                // the source saved with a run (RunOptions.saveCode): the script, the session's cells or the main class
                st.execute("CREATE TABLE IF NOT EXISTS code(run_id TEXT NOT NULL, name TEXT, source TEXT, PRIMARY KEY(run_id" + keyed);
                // media logged at a step: an image or HTML is a blob (its SHA-256); a table is its cells
                st.execute("CREATE TABLE IF NOT EXISTS media(run_id TEXT NOT NULL, key TEXT NOT NULL, step BIGINT NOT NULL,"
                        + " kind TEXT NOT NULL, sha256 TEXT, caption TEXT, PRIMARY KEY(run_id, key, step" + keyed);
                st.execute("CREATE TABLE IF NOT EXISTS table_cells(run_id TEXT NOT NULL, key TEXT NOT NULL, step BIGINT NOT NULL,"
                        + " row BIGINT NOT NULL, col BIGINT NOT NULL, type TEXT NOT NULL, value TEXT, caption TEXT,"
                        + " PRIMARY KEY(run_id, key, step, row, col" + keyed);
                // sweeps: the search (method, seed, metric, each parameter's space) and its trials, claimed one at a time
                st.execute("CREATE TABLE IF NOT EXISTS sweeps(id TEXT PRIMARY KEY, method TEXT NOT NULL, seed BIGINT NOT NULL,"
                        + " metric TEXT, goal TEXT NOT NULL, created BIGINT NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS sweep_params(sweep_id TEXT NOT NULL, ord BIGINT NOT NULL, name TEXT NOT NULL,"
                        + " kind TEXT NOT NULL, lo DOUBLE PRECISION, hi DOUBLE PRECISION, PRIMARY KEY(sweep_id, name" + keyed);
                st.execute("CREATE TABLE IF NOT EXISTS sweep_values(sweep_id TEXT NOT NULL, name TEXT NOT NULL, idx BIGINT NOT NULL,"
                        + " type TEXT NOT NULL, value TEXT, PRIMARY KEY(sweep_id, name, idx" + keyed);
                // a sweep's early termination (wandb's early_terminate: hyperband's min_iter and eta), when it has one
                st.execute("CREATE TABLE IF NOT EXISTS sweep_early_terminate(sweep_id TEXT NOT NULL, type TEXT NOT NULL,"
                        + " min_iter BIGINT NOT NULL, eta BIGINT NOT NULL, PRIMARY KEY(sweep_id" + keyed);
                // a trial is 'pending' (queued, a grid's at creation), 'claimed' by an agent, then running, finished, failed or early_terminated
                st.execute("CREATE TABLE IF NOT EXISTS sweep_trials(sweep_id TEXT NOT NULL, trial BIGINT NOT NULL, run_id TEXT,"
                        + " state TEXT NOT NULL, PRIMARY KEY(sweep_id, trial" + keyed);
                // artifacts: versions of a named set of files; each file's content is a blob named by its SHA-256,
                // a file in the project folder and, where the store is shared (Dialect.sharesBlobs), a row here
                st.execute("CREATE TABLE IF NOT EXISTS blobs(sha256 TEXT NOT NULL, data " + store.dialect.bytesType()
                        + " NOT NULL, PRIMARY KEY(sha256" + keyed);
                st.execute("CREATE TABLE IF NOT EXISTS artifacts(name TEXT NOT NULL, version BIGINT NOT NULL, type TEXT NOT NULL,"
                        + " digest TEXT NOT NULL, created BIGINT NOT NULL, PRIMARY KEY(name, version" + keyed);
                st.execute("CREATE TABLE IF NOT EXISTS artifact_files(name TEXT NOT NULL, version BIGINT NOT NULL, path TEXT NOT NULL,"
                        + " sha256 TEXT NOT NULL, size BIGINT NOT NULL, PRIMARY KEY(name, version, path" + keyed);
                st.execute("CREATE TABLE IF NOT EXISTS artifact_aliases(name TEXT NOT NULL, alias TEXT NOT NULL, version BIGINT NOT NULL,"
                        + " PRIMARY KEY(name, alias" + keyed);
                // lineage: role 'logged' (the run made or re-logged this version) or 'used' (the run read it)
                st.execute("CREATE TABLE IF NOT EXISTS artifact_lineage(name TEXT NOT NULL, version BIGINT NOT NULL, run_id TEXT NOT NULL,"
                        + " role TEXT NOT NULL, time BIGINT NOT NULL, PRIMARY KEY(name, version, run_id, role" + keyed);
            }
            return null;
        }
    }
}
