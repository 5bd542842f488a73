package torch4j.repl;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import torch4j.session.Completeness;
import torch4j.session.Session;

/**
 * Line parsing and completion for the REPL, both from JShell's source analysis: Enter on input
 * that JShell considers incomplete ({@code for (...) {}) asks for another line instead of
 * running it; Tab offers JShell's candidates (members after {@code x.}, statics, variables, types)
 * and the REPL's commands after {@code :}.
 */
final class JavaLineParser implements Parser, Completer {
    private final CompletableFuture<Session> session;

    JavaLineParser(CompletableFuture<Session> session) {
        this.session = session;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.startsWith(":") && !line.isBlank()) {
            // the first Enter waits for the session that starts in the background
            Completeness c = session.join().isComplete(line);
            if (c.status() == Completeness.Status.INCOMPLETE) throw new EOFError(-1, -1, "incomplete snippet");
        }
        int start = cursor;
        while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) start--;
        return new Word(line, cursor, start);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String text = line.line();
        if (text.startsWith(":") && !text.contains(" ")) {
            for (String cmd : Commands.NAMES) candidates.add(new Candidate(cmd, cmd, null, null, null, null, true));
            return;
        }
        // Tab pressed while the session still starts waits for it (keys typed meanwhile queue up,
        // unechoed): a completion inserts exactly its candidate whenever Tab is pressed
        int offset = 0;
        if (text.startsWith(":")) {       // :graph EXPR, :time EXPR: complete the expression
            offset = text.indexOf(' ') + 1;
            if (line.cursor() < offset) return;
        }
        var completions = session.join().complete(text.substring(offset), line.cursor() - offset);
        for (String c : completions.candidates()) {
            candidates.add(new Candidate(c, c, null, null, null, null, false));
        }
    }

    /** The word being completed: the Java identifier that ends at the cursor. */
    private record Word(String line, int cursor, int start) implements CompletingParsedLine {
        @Override public String word() { return line.substring(start, cursor); }
        @Override public int wordCursor() { return cursor - start; }
        @Override public int wordIndex() { return 0; }
        @Override public List<String> words() { return List.of(word()); }
        @Override public CharSequence escape(CharSequence candidate, boolean complete) { return candidate; }
        @Override public int rawWordCursor() { return wordCursor(); }
        @Override public int rawWordLength() { return cursor - start; }
    }
}
