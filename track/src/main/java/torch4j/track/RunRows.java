package torch4j.track;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/** The SQL behind runs: inserting, reading and listing them, and writing metric batches. */
final class RunRows {
    private RunRows() {}

    /** One logged value. */
    record Row(String key, long step, double value, long time) {}

    static void insert(Connection c, Dialect d, String id, String name, String notes, Long seed, String git, long now,
                       SequencedMap<String, Object> config, List<String> tags) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO runs(id, name, state, notes, seed, git_commit, created, updated) VALUES (?, ?, 'running', ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, name);
            ps.setString(3, notes);
            if (seed == null) ps.setNull(4, java.sql.Types.INTEGER);
            else ps.setLong(4, seed);
            ps.setString(5, git);
            ps.setLong(6, now);
            ps.setLong(7, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO config(run_id, ord, key, type, value) VALUES (?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (var e : config.entrySet()) {
                ps.setString(1, id);
                ps.setInt(2, ord++);
                ps.setString(3, e.getKey());
                ps.setString(4, Values.type(e.getValue()));
                ps.setString(5, Values.text(e.getValue()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(d.insertIgnore("tags", "run_id", "tag"))) {
            for (String t : tags) {
                ps.setString(1, id);
                ps.setString(2, t);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Stores the run's code (its source may be null: none was found). */
    static void saveCode(Connection c, String id, RunCode code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO code(run_id, name, source) VALUES (?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, code.name());
            ps.setString(3, code.source());
            ps.executeUpdate();
        }
    }

    /** The code saved with run {@code id}, with the run's git commit; null when none was saved. */
    static RunCode code(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code.name, code.source, runs.git_commit FROM code JOIN runs ON runs.id = code.run_id WHERE code.run_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new RunCode(rs.getString(1), rs.getString(2), rs.getString(3)) : null;
            }
        }
    }

    static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM runs WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static int count(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM runs")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Writes a batch of metric rows, the summary entries, and the run's last-commit time. */
    static void commit(Connection c, Dialect d, String id, List<Row> rows, Map<String, Object> summary, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(d.upsert("metrics", 3, "run_id", "key", "step", "value", "time"))) {
            for (Row r : rows) {
                ps.setString(1, id);
                ps.setString(2, r.key());
                ps.setLong(3, r.step());
                ps.setDouble(4, r.value());
                ps.setLong(5, r.time());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(d.upsert("summary", 2, "run_id", "key", "type", "value"))) {
            for (var e : summary.entrySet()) {
                ps.setString(1, id);
                ps.setString(2, e.getKey());
                ps.setString(3, Values.type(e.getValue()));
                ps.setString(4, Values.text(e.getValue()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        setState(c, id, null, now);
    }

    /** Sets the state (when not null) and the last-commit time. */
    static void setState(Connection c, String id, String state, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET state = coalesce(?, state), updated = ? WHERE id = ?")) {
            ps.setString(1, state);
            ps.setLong(2, now);
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    /** Every run of the project, oldest first. */
    static List<RunRecord> list(Connection c, Dialect d, String project) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM runs ORDER BY created, " + d.insertionOrder())) {
            while (rs.next()) ids.add(rs.getString(1));
        }
        List<RunRecord> out = new ArrayList<>();
        for (String id : ids) out.add(load(c, project, id));
        return out;
    }

    /** The stored run {@code id}; an IllegalArgumentException names the project when there is none. */
    static RunRecord load(Connection c, String project, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, state, notes, seed, git_commit, created, updated FROM runs WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no run with id '" + id + "' in project '" + project + "'");
                long seed = rs.getLong(4);
                Long seedOrNull = rs.wasNull() ? null : seed;
                return new RunRecord(project, id, rs.getString(1), rs.getString(2), tags(c, id), rs.getString(3), seedOrNull,
                        rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), Instant.ofEpochMilli(rs.getLong(7)),
                        typedMap(c, "SELECT key, type, value FROM config WHERE run_id = ? ORDER BY ord", id),
                        typedMap(c, "SELECT key, type, value FROM summary WHERE run_id = ? ORDER BY key", id));
            }
        }
    }

    private static List<String> tags(Connection c, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tag FROM tags WHERE run_id = ? ORDER BY tag")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return List.copyOf(out);
    }

    private static SequencedMap<String, Object> typedMap(Connection c, String sql, String id) throws SQLException {
        SequencedMap<String, Object> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), Values.decode(rs.getString(2), rs.getString(3)));
            }
        }
        return java.util.Collections.unmodifiableSequencedMap(out);
    }

    /** The metric names the run logged, in the order first logged. */
    static List<String> keys(Connection c, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT key FROM metrics WHERE run_id = ? GROUP BY key ORDER BY min(time), min(step), key")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** One metric's values in step order. */
    static History history(Connection c, String id, String key) throws SQLException {
        long[] steps = new long[64];
        double[] values = new double[64];
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT step, value FROM metrics WHERE run_id = ? AND key = ? ORDER BY step")) {
            ps.setString(1, id);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == steps.length) {
                        steps = java.util.Arrays.copyOf(steps, n * 2);
                        values = java.util.Arrays.copyOf(values, n * 2);
                    }
                    steps[n] = rs.getLong(1);
                    double v = rs.getDouble(2);
                    values[n++] = rs.wasNull() ? Double.NaN : v;     // SQLite stores NaN as NULL (PostgreSQL keeps it)
                }
            }
        }
        return new History(key, java.util.Arrays.copyOf(steps, n), java.util.Arrays.copyOf(values, n));
    }

    /** The largest step the run logged, -1 when none. */
    static long maxStep(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(step) FROM metrics WHERE run_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                long v = rs.next() ? rs.getLong(1) : -1;
                return rs.wasNull() ? -1 : v;
            }
        }
    }
}
