package torch4j.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import torch4j.track.RunCode;

/**
 * The code a session has run, for {@code RunOptions.saveCode} ({@code wandb.init(save_code=True)}):
 * a script's whole file while the session runs one ({@code ./torch4j lesson.jsh}, {@code :load}),
 * else every cell or REPL entry it has run, the running one last, each under a comment naming it
 * ({@code // Cell In[3]}), saved as {@code _session_history.jsh}. Read from the snippet that calls
 * {@code Track.init}, while the session's eval holds its lock: hence the lock-free list.
 */
final class SessionCode {
    static final String HISTORY_NAME = "_session_history.jsh";
    private static final String SCRIPT = "File \"";

    private final List<SourceMap.Origin> cells = new CopyOnWriteArrayList<>();

    /** A snippet of {@code origin} starts: a new cell when it is not the one the last snippet came from. */
    void entered(SourceMap.Origin origin) {
        if (cells.isEmpty() || !cells.getLast().equals(origin)) cells.add(origin);
    }

    void clear() { cells.clear(); }

    /** The running script, or the cells run so far; null before any. */
    RunCode current() {
        if (cells.isEmpty()) return null;
        SourceMap.Origin last = cells.getLast();
        if (last.name().startsWith(SCRIPT) && last.name().endsWith("\"")) {
            return new RunCode(last.name().substring(SCRIPT.length(), last.name().length() - 1), String.join("\n", last.lines()), null);
        }
        StringBuilder sb = new StringBuilder();
        for (SourceMap.Origin cell : cells) {
            if (cell.name().startsWith(SCRIPT)) continue;               // a script loaded earlier is its own file
            if (!sb.isEmpty()) sb.append("\n\n");
            sb.append("// ").append(cell.name()).append('\n').append(String.join("\n", cell.lines()).strip());
        }
        return new RunCode(HISTORY_NAME, sb.append('\n').toString(), null);
    }
}
