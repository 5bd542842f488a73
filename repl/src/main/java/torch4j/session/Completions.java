package torch4j.session;

import java.util.List;

/**
 * Tab-completion candidates at a cursor.
 *
 * @param candidates the replacements, best first (methods end in {@code (} as JShell offers them)
 * @param anchor     where the replaced text starts; it ends at the cursor
 */
public record Completions(List<String> candidates, int anchor) {
    public Completions {
        candidates = List.copyOf(candidates);
    }
}
