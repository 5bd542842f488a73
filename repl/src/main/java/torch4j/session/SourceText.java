package torch4j.session;

import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/** What the session reads off Java source text: where its snippets start, blanks, open brackets, a final ';'. */
final class SourceText {
    private SourceText() {}

    /**
     * {@code code}'s snippets with their offsets, as {@link Session#split} gives them: line by line,
     * as typed into the REPL, a line that completes a snippet ends it, so {@code x.sum()} on its own
     * line is a snippet even without its semicolon; an unfinished tail comes last, whole.
     */
    static List<Session.Chunk> split(SourceCodeAnalysis analysis, String code) {
        List<Session.Chunk> chunks = new java.util.ArrayList<>();
        int pending = 0;
        int pos = 0;
        while (pos < code.length()) {
            int nl = code.indexOf('\n', pos);
            pos = nl < 0 ? code.length() : nl + 1;
            String text = code.substring(pending, pos);
            if (text.isBlank()) continue;
            CompletionInfo whole = analysis.analyzeCompletion(text);
            if (pos < code.length() && (whole.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE
                    || whole.completeness() == SourceCodeAnalysis.Completeness.CONSIDERED_INCOMPLETE)) continue;
            splitComplete(analysis, text, pending, chunks);
            pending = pos;
        }
        return chunks;
    }

    /** Splits text that ends complete (or is the unfinished tail) into its snippets. */
    static void splitComplete(SourceCodeAnalysis analysis, String text, int base, List<Session.Chunk> chunks) {
        int offset = base;
        String remaining = text;
        while (remaining != null && !remaining.isBlank()) {
            int blank = leadingBlank(remaining);    // so a snippet's line 1 is the line it starts on
            remaining = remaining.substring(blank);
            offset += blank;
            int start = offset;
            if (remaining.isBlank()) return;
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            switch (info.completeness()) {
                case EMPTY -> { return; }
                case COMPLETE, COMPLETE_WITH_SEMI -> {
                    chunks.add(new Session.Chunk(info.source(), start));
                    offset += remaining.length() - info.remaining().length();
                    remaining = info.remaining();
                }
                default -> {
                    chunks.add(new Session.Chunk(remaining, start));
                    remaining = null;
                }
            }
        }
    }

    /** The length of the whitespace and comments that open {@code s}. */
    static int leadingBlank(String s) {
        int i = 0;
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) i++;
            else if (s.startsWith("//", i)) { int nl = s.indexOf('\n', i); i = nl < 0 ? s.length() : nl + 1; }
            else if (s.startsWith("/*", i)) { int end = s.indexOf("*/", i + 2); i = end < 0 ? s.length() : end + 2; }
            else break;
        }
        return i;
    }

    /** Four spaces per bracket left open in {@code code} (strings, chars and comments skipped). */
    static String indentFor(String code) {
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                for (i++; i < code.length() && code.charAt(i) != c; i++) if (code.charAt(i) == '\\') i++;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                while (i < code.length() && code.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 1;
            } else if (c == '{' || c == '(' || c == '[') depth++;
            else if (c == '}' || c == ')' || c == ']') depth = Math.max(0, depth - 1);
        }
        return "    ".repeat(depth);
    }

    /**
     * Whether the code's last token is ';' (trailing blanks and comments aside; strings, characters
     * and text blocks skipped): {@code manualSeed(42); // seed} does, {@code print("a;")} does not.
     */
    static boolean endsWithSemicolon(String s) {
        char last = 0;
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                last = c;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                i = Math.min(n, j + 1);
                last = c;
            } else {
                if (!Character.isWhitespace(c)) last = c;
                i++;
            }
        }
        return last == ';';
    }
}
