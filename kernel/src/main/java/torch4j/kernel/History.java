package torch4j.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The kernel's input history for history_request: cells run with store_history, numbered by
 * execution count, in this kernel session (session number 1), with the text/plain of their result.
 * Lookups as IPython's: the last n (tail), a range of lines, or a glob pattern (search).
 */
final class History {
    /** This kernel process's session number in the history replies. */
    static final int SESSION = 1;

    private record Entry(int line, String input, String output) {}

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(int line, String input, String output) {
        entries.add(new Entry(line, input, output));
    }

    /** The last {@code n} cells. */
    synchronized JsonArray tail(int n, boolean output) {
        return rows(entries.subList(Math.max(0, entries.size() - n), entries.size()), output);
    }

    /** Lines {@code start} (inclusive) to {@code stop} (exclusive; 0 or less: to the end). */
    synchronized JsonArray range(int start, int stop, boolean output) {
        List<Entry> picked = new ArrayList<>();
        for (Entry e : entries)
            if (e.line >= start && (stop <= 0 || e.line < stop)) picked.add(e);
        return rows(picked, output);
    }

    /** Cells whose whole input matches the glob {@code pattern} ('*', '?'), the last {@code n} (0: all), optionally without repeats. */
    synchronized JsonArray search(String pattern, int n, boolean unique, boolean output) {
        Pattern regex = glob(pattern);
        Map<String, Entry> matches = new LinkedHashMap<>();
        List<Entry> all = new ArrayList<>();
        for (Entry e : entries) {
            if (!regex.matcher(e.input).matches()) continue;
            if (unique) {
                matches.remove(e.input);
                matches.put(e.input, e);
            } else {
                all.add(e);
            }
        }
        List<Entry> picked = unique ? new ArrayList<>(matches.values()) : all;
        if (n > 0) picked = picked.subList(Math.max(0, picked.size() - n), picked.size());
        return rows(picked, output);
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static JsonArray rows(List<Entry> picked, boolean output) {
        JsonArray rows = new JsonArray();
        for (Entry e : picked) {
            JsonArray row = new JsonArray();
            row.add(SESSION);
            row.add(e.line);
            JsonElement text = new JsonPrimitive(e.input);
            if (output) {
                JsonArray pair = new JsonArray();
                pair.add(e.input);
                pair.add(e.output == null ? null : new JsonPrimitive(e.output));
                text = pair;
            }
            row.add(text);
            rows.add(row);
        }
        return rows;
    }
}
