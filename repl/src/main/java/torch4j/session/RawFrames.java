package torch4j.session;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Frames captured while snippet code ran, as the JVM reports them ({@code REPL.$JShell$22.do_it$},
 * a line of JShell's generated wrapper class), mapped back to the learner's cells and lines.
 * JShell translates the frames of the exceptions it reports itself; a stack captured inside
 * torch4j (anomaly mode keeps the forward call's stack for each autograd node) needs this.
 */
final class RawFrames {
    private RawFrames() {}

    /** The wrapper class of snippet N, and any class the snippet declared inside it. */
    private static final Pattern WRAPPER = Pattern.compile("REPL\\.\\$JShell\\$(\\w+)(?:\\$.*)?");

    /**
     * The learner's frames among {@code raw}, at their cells; {@code running} is where the snippet
     * now running came from (its place is recorded only when it ends), null between snippets.
     */
    static List<Traceback.Frame> frames(StackTraceElement[] raw, JShell shell, SourceMap sources, SourceMap.Place running) {
        List<Traceback.Frame> out = new ArrayList<>();
        Snippet latest = null;
        for (StackTraceElement f : raw) {
            Matcher m = WRAPPER.matcher(f.getClassName());
            if (!m.matches()) continue;
            SourceMap.Entry entry = sources.byClass(m.group(1));
            if (entry == null && running != null) {
                // the snippet running now (its place is recorded when it ends): JShell's newest
                if (latest == null) latest = shell.snippets().reduce((a, b) -> b).orElse(null);
                if (latest != null && shell.sourceCodeAnalysis().wrapper(latest).fullClassName().equals("REPL.$JShell$" + m.group(1)))
                    entry = new SourceMap.Entry(latest, running);
            }
            if (entry == null) continue;                                      // the prelude's, warm-up's
            int line = snippetLine(shell.sourceCodeAnalysis().wrapper(entry.snippet()), f.getLineNumber());
            if (line > 0) out.add(Errors.frame(entry.place(), line, f.getClassName(), f.getMethodName()));
        }
        return out;
    }

    /** The 1-based snippet line that line {@code wrappedLine} of the wrapper class holds; 0 for the wrapper's own code. */
    static int snippetLine(SourceCodeAnalysis.SnippetWrapper w, int wrappedLine) {
        String wrapped = w.wrapped();
        int pos = 0;
        for (int l = 1; l < wrappedLine; l++) {
            pos = wrapped.indexOf('\n', pos) + 1;
            if (pos == 0) return 0;
        }
        while (pos < wrapped.length() && (wrapped.charAt(pos) == ' ' || wrapped.charAt(pos) == '\t')) pos++;
        int at = w.wrappedToSourcePosition(pos);
        return at < 0 ? 0 : SourceMap.lineOf(w.source(), at);
    }
}
