package torch4j.session;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

/** Turns JShell's diagnostics and exceptions into {@link EvalError}s a learner can read. */
final class Errors {
    private Errors() {}

    /** A compile error: the first error's message, then the snippet line with a caret under the problem. */
    static EvalError compile(JShell shell, Snippet snippet) {
        List<Problem> diags = shell.diagnostics(snippet).filter(Diag::isError)
                .map(d -> new Problem(d.getMessage(null), d.getStartPosition(), d.getEndPosition())).toList();
        if (diags.isEmpty()) {
            List<String> unresolved = snippet instanceof DeclarationSnippet d ? shell.unresolvedDependencies(d).toList() : List.of();
            String message = unresolved.isEmpty() ? "the snippet was rejected" : "cannot find symbol: " + String.join(", ", unresolved);
            return new EvalError("compile", "CompilationError", message, List.of());
        }
        Problem first = diags.getFirst();
        return new EvalError("compile", "CompilationError", first.message().lines().findFirst().orElse(""),
                caret(snippet.source(), first, first.message()));
    }

    private record Problem(String message, long start, long end) {}

    /** The rest of the message (javac's "symbol: ..." lines), the source line and a caret under the span. */
    private static List<String> caret(String source, Problem d, String message) {
        List<String> out = new ArrayList<>();
        // javac's "location: class" names JShell's wrapper class: not the learner's
        message.lines().skip(1).filter(l -> !l.strip().startsWith("location:")).forEach(l -> out.add(l.stripTrailing()));
        int pos = (int) Math.max(0, Math.min(d.start(), source.length()));
        int lineStart = source.lastIndexOf('\n', pos - 1) + 1;
        int lineEnd = source.indexOf('\n', pos);
        if (lineEnd < 0) lineEnd = source.length();
        String line = source.substring(lineStart, lineEnd);
        int width = (int) Math.max(1, Math.min(d.end(), lineEnd) - pos);
        int lineNo = (int) source.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        if (source.contains("\n")) out.add("line " + lineNo + ":");
        out.add(line);
        StringBuilder mark = new StringBuilder();
        for (int i = lineStart; i < pos; i++) mark.append(source.charAt(i) == '\t' ? '\t' : ' ');
        mark.append('^');
        if (width > 1) mark.append("-".repeat(width - 2)).append('^');
        out.add(mark.toString());
        return out;
    }

    /** An exception from user code: its class and message, then only the user's frames. */
    static EvalError exception(JShellException e) {
        if (e instanceof EvalException ee) {
            String name = ee.getExceptionClassName();
            if (name.equals(SnippetExit.class.getName())) {
                return new EvalError("exit", "SystemExit", ee.getMessage(), List.of());
            }
            List<String> trace = userFrames(ee);
            List<String> causes = new ArrayList<>(trace);
            for (Throwable c = ee.getCause(); c != null; c = c.getCause()) {
                String cn = c instanceof EvalException ce ? ce.getExceptionClassName() : c.getClass().getName();
                causes.add("Caused by: " + (c.getMessage() == null ? cn : cn + ": " + c.getMessage()));
            }
            return new EvalError("exception", name, ee.getMessage() == null ? "" : ee.getMessage(), causes);
        }
        if (e instanceof UnresolvedReferenceException ure) {
            DeclarationSnippet d = ure.getSnippet();
            return new EvalError("exception", "UnresolvedReference",
                    d.name() + " cannot be used until what it needs is declared", userFrames(ure));
        }
        return new EvalError("exception", e.getClass().getName(), String.valueOf(e.getMessage()), userFrames(e));
    }

    /** Frames in snippet code (JShell names their file {@code #id}), as {@code at f (#3:2)}. */
    static List<String> userFrames(Throwable t) {
        List<String> out = new ArrayList<>();
        for (StackTraceElement f : t.getStackTrace()) {
            String file = f.getFileName();
            if (file == null || !file.startsWith("#")) continue;
            String where = f.getClassName().isEmpty() ? f.getMethodName()
                    : f.getMethodName().isEmpty() ? f.getClassName() : f.getClassName() + "." + f.getMethodName();
            out.add("  at " + (where.isEmpty() ? "" : where + " ") + "(" + file + ":" + f.getLineNumber() + ")");
        }
        return out;
    }

    /** What the REPL says when a declaration was kept but uses something not declared yet. */
    static String unresolvedNote(JShell shell, Snippet snippet) {
        if (!(snippet instanceof DeclarationSnippet d)) return null;
        String missing = shell.unresolvedDependencies(d).collect(Collectors.joining(", "));
        return missing.isEmpty() ? null : "|  " + d.name() + " is declared, but cannot be used until " + missing + " is declared";
    }
}
