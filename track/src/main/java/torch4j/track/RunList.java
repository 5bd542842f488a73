package torch4j.track;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * A project's runs ({@link Track#runs}): a plain list of {@link RunRecord}s that prints as a
 * table, and becomes a Tablesaw table with {@link #toTable()} when Tablesaw is on the classpath
 * (it is optional, as in {@code torch4j.utils.data.TableData}).
 *
 * <pre>{@code
 * jshell> Track.runs("mnist")
 * id        name             state     lr    epochs  loss    val_acc
 * 3kq0x1ab  brisk-river-1    finished  0.1   3       0.0712  0.981
 * jshell> Track.runs("mnist").toTable().sortDescendingOn("val_acc")
 * }</pre>
 */
public final class RunList extends AbstractList<RunRecord> {
    private final String project;
    private final List<RunRecord> runs;

    RunList(String project, List<RunRecord> runs) {
        this.project = project;
        this.runs = List.copyOf(runs);
    }

    @Override public RunRecord get(int index) { return runs.get(index); }

    @Override public int size() { return runs.size(); }

    /** The project these runs belong to. */
    public String project() { return project; }

    /** The config keys of all runs, in the order first seen. */
    public SequencedSet<String> configKeys() {
        SequencedSet<String> keys = new LinkedHashSet<>();
        for (RunRecord r : runs) keys.addAll(r.config().keySet());
        return keys;
    }

    /** The summary keys of all runs, in the order first seen. */
    public SequencedSet<String> summaryKeys() {
        SequencedSet<String> keys = new LinkedHashSet<>();
        for (RunRecord r : runs) keys.addAll(r.summary().keySet());
        return keys;
    }

    /** The header and one row per run: id, name, state, tags, then config and summary columns (a config key wins a clash). */
    public List<List<String>> rows() {
        List<String> header = new ArrayList<>(List.of("id", "name", "state", "tags"));
        header.addAll(configKeys());
        for (String k : summaryKeys()) if (!header.contains(k)) header.add(k);
        List<List<String>> out = new ArrayList<>();
        out.add(header);
        for (RunRecord r : runs) {
            List<String> row = new ArrayList<>(List.of(r.id(), r.name(), r.state(), String.join(",", r.tags())));
            for (int c = 4; c < header.size(); c++) {
                String k = header.get(c);
                Object v = r.config().containsKey(k) ? r.config().get(k) : r.summary().get(k);
                row.add(v == null ? "" : v instanceof Double d ? shortNumber(d) : String.valueOf(v));
            }
            out.add(row);
        }
        return out;
    }

    private static String shortNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf((long) d);
        return String.format("%.6g", d).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    /**
     * The runs as a Tablesaw table: string columns for id, name, state and tags, a double column
     * for each numeric config or summary key, a string column for the others. Tablesaw is
     * optional: the rest of this class works without it; code calling this needs it on the
     * classpath (javac, and so JShell, says it "cannot access tech.tablesaw.api.Table" otherwise,
     * and a program compiled with it but run without it gets an IllegalStateException saying so).
     */
    public tech.tablesaw.api.Table toTable() {
        try {
            Class.forName("tech.tablesaw.api.Table", false, RunList.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("RunList.toTable() needs Tablesaw: add tech.tablesaw:tablesaw-core to the classpath", e);
        }
        return RunsTables.toTable(this);
    }

    @Override public String toString() {
        List<List<String>> rows = rows();
        int[] width = new int[rows.getFirst().size()];
        for (List<String> row : rows) for (int c = 0; c < width.length; c++) width[c] = Math.max(width[c], row.get(c).length());
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < width.length; c++) {
                sb.append(row.get(c));
                if (c < width.length - 1) sb.append(" ".repeat(width[c] - row.get(c).length() + 2));
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
