package torch4j.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.Snippet;

/**
 * Where each snippet's code came from, so errors name the learner's own cell and line instead of
 * JShell's snippet ids ({@code #22:1}): a notebook cell ({@code Cell In[5]}), a REPL entry
 * ({@code Input In [12]}) or a script ({@code File "lesson.jsh"}), with the text of that origin
 * to quote its lines. Snippets the session ran for itself (the prelude, warm-up) have no place
 * here, and their frames are left out of tracebacks as the JDK's own are.
 */
final class SourceMap {
    /** A cell, an entry or a file: its name as tracebacks show it, and its lines. */
    record Origin(String name, List<String> lines) {
        static Origin of(String name, String text) {
            return new Origin(name, List.of(text.split("\n", -1)));
        }

        /** The text of 1-based line {@code n}, without its line end; empty past the end. */
        String line(int n) {
            return n >= 1 && n <= lines.size() ? lines.get(n - 1).stripTrailing() : "";
        }

        /** Whether the origin has more than one line with code: then a location says which line. */
        boolean multiLine() {
            return lines.stream().filter(l -> !l.isBlank()).count() > 1;
        }
    }

    /** A snippet's place: its origin and the origin's line its first line is on. */
    record Place(Origin origin, int firstLine) {
        /** The origin's line of the snippet's 1-based line {@code snippetLine}. */
        int line(int snippetLine) {
            return firstLine + Math.max(1, snippetLine) - 1;
        }
    }

    /** A snippet the learner ran and where it came from. */
    record Entry(Snippet snippet, Place place) {}

    // JShell's frames name a snippet by its id (#12); a redeclared class keeps its id but gets a
    // new wrapper class ($JShell$12B), which messages and raw frames name: both are kept
    private final Map<String, Place> byId = new HashMap<>();
    private final Map<String, Entry> byClass = new HashMap<>();

    /** Records that {@code snippet}, compiled into wrapper class {@code REPL.$JShell$classId}, came from {@code place}. */
    synchronized void put(Snippet snippet, String classId, Place place) {
        byId.put(snippet.id(), place);
        byClass.put(classId, new Entry(snippet, place));
    }

    /** Where snippet {@code id} came from; null for the session's own snippets. */
    synchronized Place place(String id) {
        return byId.get(id);
    }

    /** The snippet compiled into wrapper class {@code REPL.$JShell$classId}; null for the session's own. */
    synchronized Entry byClass(String classId) {
        return byClass.get(classId);
    }

    /** Forgets every snippet (after a reset, JShell numbers snippets from 1 again). */
    synchronized void clear() {
        byId.clear();
        byClass.clear();
    }

    /** The 1-based line of {@code offset} in {@code text}. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
