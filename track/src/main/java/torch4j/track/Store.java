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
 * One project's database ({@code DIR/PROJECT/track.db}): an SQLite file in WAL mode, opened once
 * per JVM and shared by the runs of that project. WAL lets readers go on while one writer
 * commits, and other JVMs' writers wait for the lock (a busy timeout) instead of failing; a
 * committed transaction is in the WAL file before {@code commit} returns, so a JVM killed mid-run
 * loses only what it had not committed. {@code synchronous=NORMAL} is WAL's usual setting: a
 * process crash loses nothing committed, only a power cut can lose the last commits.
 */
final class Store {
    private static final Map<Path, Store> OPEN = new HashMap<>();

    private final Path dir;
    private final Connection conn;

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Store(Path dir, Connection conn) {
        this.dir = dir;
        this.conn = conn;
    }

    /** The store of the project folder {@code dir}, created with its schema on first use. */
    static synchronized Store open(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        Store s = OPEN.get(key);
        if (s != null) return s;
        try {
            Files.createDirectories(key);
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            // another JVM holding the write lock makes this one wait, not fail
            cfg.setBusyTimeout(60_000);
            // take the write lock at BEGIN: a deferred transaction that upgrades from read to
            // write can fail with SQLITE_BUSY at once, without waiting, when another writer committed
            cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + key.resolve("track.db"), cfg.toProperties());
            s = new Store(key, c);
            s.write(Schema::create);
            OPEN.put(key, s);
            return s;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the track store in " + key + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project folder. */
    Path dir() { return dir; }

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
            throw new IllegalStateException("track store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} outside a transaction (each statement sees the latest commits). */
    synchronized <T> T read(Work<T> work) {
        try {
            return work.run(conn);
        } catch (SQLException e) {
            throw new IllegalStateException("track store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The tables. Metric rows are keyed by (run, key, step), so logging a step again replaces it. */
    static final class Schema {
        private Schema() {}

        static Void create(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS runs(id TEXT PRIMARY KEY, name TEXT NOT NULL, state TEXT NOT NULL,"
                        + " notes TEXT, seed INTEGER, git_commit TEXT, created INTEGER NOT NULL, updated INTEGER NOT NULL,"
                        + " sweep_id TEXT)");
                st.execute("CREATE TABLE IF NOT EXISTS config(run_id TEXT NOT NULL, ord INTEGER NOT NULL, key TEXT NOT NULL,"
                        + " type TEXT NOT NULL, value TEXT, PRIMARY KEY(run_id, key)) WITHOUT ROWID");
                st.execute("CREATE TABLE IF NOT EXISTS tags(run_id TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(run_id, tag)) WITHOUT ROWID");
                st.execute("CREATE TABLE IF NOT EXISTS metrics(run_id TEXT NOT NULL, key TEXT NOT NULL, step INTEGER NOT NULL,"
                        + " value REAL, time INTEGER NOT NULL, PRIMARY KEY(run_id, key, step)) WITHOUT ROWID");
                st.execute("CREATE TABLE IF NOT EXISTS summary(run_id TEXT NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL,"
                        + " value TEXT, PRIMARY KEY(run_id, key)) WITHOUT ROWID");
                st.execute("CREATE TABLE IF NOT EXISTS files(run_id TEXT NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL,"
                        + " size INTEGER NOT NULL, PRIMARY KEY(run_id, name)) WITHOUT ROWID");
                // media logged at a step: an image or HTML is a blob (its SHA-256); a table is its cells
                st.execute("CREATE TABLE IF NOT EXISTS media(run_id TEXT NOT NULL, key TEXT NOT NULL, step INTEGER NOT NULL,"
                        + " kind TEXT NOT NULL, sha256 TEXT, caption TEXT, PRIMARY KEY(run_id, key, step)) WITHOUT ROWID");
                st.execute("CREATE TABLE IF NOT EXISTS table_cells(run_id TEXT NOT NULL, key TEXT NOT NULL, step INTEGER NOT NULL,"
                        + " row INTEGER NOT NULL, col INTEGER NOT NULL, type TEXT NOT NULL, value TEXT, caption TEXT,"
                        + " PRIMARY KEY(run_id, key, step, row, col)) WITHOUT ROWID");
                // sweeps: the search (method, seed, metric, each parameter's space) and its trials, claimed one at a time
                st.execute("CREATE TABLE IF NOT EXISTS sweeps(id TEXT PRIMARY KEY, method TEXT NOT NULL, seed INTEGER NOT NULL,"
                        + " metric TEXT, goal TEXT NOT NULL, created INTEGER NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS sweep_params(sweep_id TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL,"
                        + " kind TEXT NOT NULL, lo REAL, hi REAL, PRIMARY KEY(sweep_id, name)) WITHOUT ROWID");
                st.execute("CREATE TABLE IF NOT EXISTS sweep_values(sweep_id TEXT NOT NULL, name TEXT NOT NULL, idx INTEGER NOT NULL,"
                        + " type TEXT NOT NULL, value TEXT, PRIMARY KEY(sweep_id, name, idx)) WITHOUT ROWID");
                st.execute("CREATE TABLE IF NOT EXISTS sweep_trials(sweep_id TEXT NOT NULL, trial INTEGER NOT NULL, run_id TEXT,"
                        + " state TEXT NOT NULL, PRIMARY KEY(sweep_id, trial)) WITHOUT ROWID");
                // artifacts: versions of a named set of files; each file's content is a blob named by its SHA-256
                st.execute("CREATE TABLE IF NOT EXISTS artifacts(name TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL,"
                        + " digest TEXT NOT NULL, created INTEGER NOT NULL, PRIMARY KEY(name, version)) WITHOUT ROWID");
                st.execute("CREATE TABLE IF NOT EXISTS artifact_files(name TEXT NOT NULL, version INTEGER NOT NULL, path TEXT NOT NULL,"
                        + " sha256 TEXT NOT NULL, size INTEGER NOT NULL, PRIMARY KEY(name, version, path)) WITHOUT ROWID");
                st.execute("CREATE TABLE IF NOT EXISTS artifact_aliases(name TEXT NOT NULL, alias TEXT NOT NULL, version INTEGER NOT NULL,"
                        + " PRIMARY KEY(name, alias)) WITHOUT ROWID");
                // lineage: role 'logged' (the run made or re-logged this version) or 'used' (the run read it)
                st.execute("CREATE TABLE IF NOT EXISTS artifact_lineage(name TEXT NOT NULL, version INTEGER NOT NULL, run_id TEXT NOT NULL,"
                        + " role TEXT NOT NULL, time INTEGER NOT NULL, PRIMARY KEY(name, version, run_id, role)) WITHOUT ROWID");
            }
            return null;
        }
    }
}
