package torch4j.track;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * wandb's {@code early_terminate: {type: hyperband, min_iter, eta}}: brackets at steps
 * {@code min_iter * eta^k} (k = 0, 1, ...). When a trial logs the sweep's metric at a bracket step,
 * it is ranked against every other trial of the sweep that logged the metric at that step (as
 * committed in the store); it goes on only while it is among the best {@code ceil(n / eta)} of those
 * {@code n} trials (itself included; ties go its way), so the first trial to reach a bracket always
 * goes on. This is asynchronous successive halving: no trial waits for others.
 *
 * <pre>{@code
 * jshell> new SweepConfig().method("random").metric("val_loss", "minimize")
 *    ...>     .earlyTerminate(SweepConfig.hyperband(3, 3))     // brackets at steps 3, 9, 27, ...
 * }</pre>
 *
 * @param minIter the first bracket's step (at least 1)
 * @param eta     the bracket's growth and the kept fraction 1/eta (at least 2)
 */
public record Hyperband(int minIter, int eta) {
    public Hyperband {
        if (minIter < 1) throw new IllegalArgumentException("hyperband needs min_iter >= 1, got " + minIter);
        if (eta < 2) throw new IllegalArgumentException("hyperband needs eta >= 2, got " + eta);
    }

    /** Whether {@code step} is a bracket: min_iter * eta^k. */
    public boolean isBracket(long step) {
        long b = minIter;
        while (b < step) {
            if (b > Long.MAX_VALUE / eta) return false;
            b *= eta;
        }
        return b == step;
    }

    /** The rule an agent gives each trial's run: stop at a bracket when outside the top 1/eta. */
    Run.Judge judge(Store store, String sweepId, String metric, boolean minimize) {
        return (run, logged, step) -> {
            Object v = logged.get(metric);
            if (v == null || !isBracket(step)) return false;
            double mine = Run.number(metric, v);
            long[] counts = store.read(c -> rank(c, sweepId, run.id(), metric, step, mine, minimize));
            long n = counts[0] + 1, better = counts[1];
            return better >= (n + eta - 1) / eta;
        };
    }

    /** How many other trials of the sweep logged {@code metric} at {@code step}, and how many of them did strictly better. */
    private static long[] rank(Connection c, String sweepId, String runId, String metric, long step, double mine, boolean minimize)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*), coalesce(sum(CASE WHEN m.value " + (minimize ? "<" : ">")
                + " ? THEN 1 ELSE 0 END), 0) FROM metrics m JOIN sweep_trials t ON t.run_id = m.run_id"
                + " WHERE t.sweep_id = ? AND m.key = ? AND m.step = ? AND m.run_id <> ?")) {
            ps.setDouble(1, mine);
            ps.setString(2, sweepId);
            ps.setString(3, metric);
            ps.setLong(4, step);
            ps.setString(5, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    static void insert(Connection c, String sweepId, Hyperband h) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sweep_early_terminate(sweep_id, type, min_iter, eta) VALUES (?, 'hyperband', ?, ?)")) {
            ps.setString(1, sweepId);
            ps.setLong(2, h.minIter());
            ps.setLong(3, h.eta());
            ps.executeUpdate();
        }
    }

    /** The sweep's stored rule, or null. */
    static Hyperband load(Connection c, String sweepId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT min_iter, eta FROM sweep_early_terminate WHERE sweep_id = ?")) {
            ps.setString(1, sweepId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Hyperband((int) rs.getLong(1), (int) rs.getLong(2)) : null;
            }
        }
    }

    @Override public String toString() { return "hyperband(min_iter=" + minIter + ", eta=" + eta + ")"; }
}
