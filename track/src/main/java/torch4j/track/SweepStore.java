package torch4j.track;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The SQL behind sweeps: a config written and read back whole, and trials claimed in a write transaction. */
final class SweepStore {
    private SweepStore() {}

    static void insert(Connection c, String id, SweepConfig cfg) throws SQLException {
        exec(c, "INSERT INTO sweeps(id, method, seed, metric, goal, created) VALUES (?, ?, ?, ?, ?, ?)",
                id, cfg.method(), cfg.seed(), cfg.metric(), cfg.goal(), System.currentTimeMillis());
        if (cfg.earlyTerminate() != null) Hyperband.insert(c, id, cfg.earlyTerminate());
        int ord = 0;
        for (var e : cfg.parameters().entrySet()) {
            String name = e.getKey();
            switch (e.getValue()) {
                case Param.Values v -> {
                    exec(c, "INSERT INTO sweep_params(sweep_id, ord, name, kind) VALUES (?, ?, ?, 'values')", id, ord, name);
                    for (int i = 0; i < v.values().size(); i++) {
                        Object x = v.values().get(i);
                        exec(c, "INSERT INTO sweep_values(sweep_id, name, idx, type, value) VALUES (?, ?, ?, ?, ?)",
                                id, name, i, Values.type(x), Values.text(x));
                    }
                }
                case Param.Uniform u -> range(c, id, ord, name, "uniform", u.min(), u.max());
                case Param.LogUniform u -> range(c, id, ord, name, "log_uniform", u.min(), u.max());
                case Param.IntUniform u -> range(c, id, ord, name, "int_uniform", u.min(), u.max());
                case Param.Normal u -> range(c, id, ord, name, "normal", u.mu(), u.sigma());
                case Param.LogNormal u -> range(c, id, ord, name, "log_normal", u.mu(), u.sigma());
                case Param.QUniform u -> quantised(c, id, ord, name, "q_uniform", u.min(), u.max(), u.q());
                case Param.QLogUniform u -> quantised(c, id, ord, name, "q_log_uniform_values", u.min(), u.max(), u.q());
                case Param.QNormal u -> quantised(c, id, ord, name, "q_normal", u.mu(), u.sigma(), u.q());
            }
            ord++;
        }
    }

    private static void range(Connection c, String id, int ord, String name, String kind, double lo, double hi) throws SQLException {
        exec(c, "INSERT INTO sweep_params(sweep_id, ord, name, kind, lo, hi) VALUES (?, ?, ?, ?, ?, ?)", id, ord, name, kind, lo, hi);
    }

    /** A quantised distribution: its two numbers as a range's, q as its one stored value (the schema stays as it was). */
    private static void quantised(Connection c, String id, int ord, String name, String kind, double a, double b, double q) throws SQLException {
        range(c, id, ord, name, kind, a, b);
        exec(c, "INSERT INTO sweep_values(sweep_id, name, idx, type, value) VALUES (?, ?, 0, ?, ?)", id, name, Values.type(q), Values.text(q));
    }

    static SweepConfig load(Connection c, String project, String id) throws SQLException {
        SweepConfig cfg = new SweepConfig();
        try (PreparedStatement ps = c.prepareStatement("SELECT method, seed, metric, goal FROM sweeps WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no sweep with id '" + id + "' in project '" + project + "'");
                cfg.method(rs.getString(1)).seed(rs.getLong(2));
                if (rs.getString(3) != null) cfg.metric(rs.getString(3), rs.getString(4));
            }
        }
        Hyperband stop = Hyperband.load(c, id);
        if (stop != null) cfg.earlyTerminate(stop);
        List<Object[]> params = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, kind, lo, hi FROM sweep_params WHERE sweep_id = ? ORDER BY ord")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) params.add(new Object[] {rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)});
            }
        }
        for (Object[] p : params) {
            String name = (String) p[0];
            double lo = (Double) p[2], hi = (Double) p[3];
            cfg.parameter(name, switch ((String) p[1]) {
                case "uniform" -> Param.uniform(lo, hi);
                case "log_uniform" -> Param.logUniform(lo, hi);
                case "int_uniform" -> Param.intUniform((int) lo, (int) hi);
                case "normal" -> Param.normal(lo, hi);
                case "log_normal" -> Param.logNormal(lo, hi);
                case "q_uniform" -> Param.qUniform(lo, hi, q(c, id, name));
                case "q_log_uniform_values" -> Param.qLogUniform(lo, hi, q(c, id, name));
                case "q_normal" -> Param.qNormal(lo, hi, q(c, id, name));
                default -> new Param.Values(values(c, id, name));
            });
        }
        return cfg;
    }

    private static double q(Connection c, String id, String name) throws SQLException {
        return ((Number) values(c, id, name).getFirst()).doubleValue();
    }

    private static List<Object> values(Connection c, String id, String name) throws SQLException {
        List<Object> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT type, value FROM sweep_values WHERE sweep_id = ? AND name = ? ORDER BY idx")) {
            ps.setString(1, id);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(Values.decode(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    /**
     * Queues every trial of a grid ({@code size} of them) as {@code pending}, so agents on several
     * hosts claim them as a work queue; a random search has no end and numbers its trials as claimed.
     */
    static void queue(Connection c, String id, long size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sweep_trials(sweep_id, trial, state) VALUES (?, ?, 'pending')")) {
            for (long t = 0; t < size; t++) {
                ps.setString(1, id);
                ps.setLong(2, t);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Claims the next trial (-1 when a grid has none left); each number goes to exactly one agent.
     * A queued trial is taken with a row lock that other agents pass over (PostgreSQL's
     * {@code FOR UPDATE SKIP LOCKED}: agents on several hosts claim side by side); with none
     * queued, agents take turns on the sweep's row ({@code FOR UPDATE}) to number the next one.
     * On SQLite the transaction's write lock already keeps agents apart.
     */
    static long claim(Connection c, Dialect d, String id, long size) throws SQLException {
        d.durableCommit(c);                    // a claim lost in a server crash would hand its trial out twice
        Long trial = queued(c, d, id);
        if (trial == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sweeps WHERE id = ?" + d.forUpdate())) {
                ps.setString(1, id);
                ps.executeQuery().close();
            }
            trial = queued(c, d, id);              // another agent may have queued trials while this one waited
        }
        if (trial != null) {
            exec(c, "UPDATE sweep_trials SET state = 'claimed' WHERE sweep_id = ? AND trial = ?", id, trial);
            return trial;
        }
        long next;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(trial) + 1, 0) FROM sweep_trials WHERE sweep_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                next = rs.getLong(1);
            }
        }
        if (size >= 0 && next >= size) return -1;
        exec(c, "INSERT INTO sweep_trials(sweep_id, trial, state) VALUES (?, ?, 'claimed')", id, next);
        return next;
    }

    /** The first queued trial, locked for this transaction (null when none is free). */
    private static Long queued(Connection c, Dialect d, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT trial FROM sweep_trials WHERE sweep_id = ? AND state = 'pending' ORDER BY trial LIMIT 1" + d.skipLocked())) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Sets a trial's run and state; a trial's run joins the sweep. */
    static void trial(Connection c, String id, long trial, String runId, String state) throws SQLException {
        exec(c, "UPDATE sweep_trials SET run_id = ?, state = ? WHERE sweep_id = ? AND trial = ?", runId, state, id, trial);
        if (runId != null) exec(c, "UPDATE runs SET sweep_id = ? WHERE id = ?", id, runId);
    }

    /** The sweep's run ids, in trial order. */
    static List<String> runIds(Connection c, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT run_id FROM sweep_trials WHERE sweep_id = ? AND run_id IS NOT NULL ORDER BY trial")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            ps.executeUpdate();
        }
    }
}
