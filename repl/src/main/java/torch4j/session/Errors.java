package torch4j.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns JShell's diagnostics and exceptions into {@link EvalError}s a learner can read: frames
 * at the learner's cells and lines ({@link Traceback}), none of JShell's machinery (its wrapper
 * classes {@code REPL.$JShell$12}, {@code do_it$} methods, the execution engine's frames).
 */
final class Errors {
    private Errors() {}

    /**
     * A compile error: the first error's message, where it is when the cell has several lines,
     * then the snippet line with a caret under the problem.
     */
    static EvalError compile(JShell shell, Snippet snippet, SourceMap.Place place, SourceMap sources) {
        List<Problem> diags = shell.diagnostics(snippet).filter(Diag::isError)
                .map(d -> new Problem(d.getMessage(null), d.getStartPosition(), d.getEndPosition())).toList();
        if (diags.isEmpty()) {
            List<String> unresolved = snippet instanceof DeclarationSnippet d ? shell.unresolvedDependencies(d).toList() : List.of();
            String message = unresolved.isEmpty() ? "the snippet was rejected" : "cannot find symbol: " + String.join(", ", unresolved);
            return new EvalError("compile", "CompilationError", message, List.of(), place.firstLine());
        }
        Problem first = diags.getFirst();
        String source = snippet.source();
        int pos = (int) Math.max(0, Math.min(first.start(), source.length()));
        int line = place.line(SourceMap.lineOf(source, pos));
        List<String> out = new ArrayList<>();
        // javac's "location: class" names JShell's wrapper class: not the learner's
        first.message().lines().skip(1).filter(l -> !l.strip().startsWith("location:")).forEach(l -> out.add(clean(l.stripTrailing(), sources)));
        if (place.origin().multiLine()) out.add(place.origin().name() + ", line " + line);
        out.addAll(caret(source, pos, first.end()));
        return new EvalError("compile", "CompilationError", clean(first.message().lines().findFirst().orElse(""), sources), out, line);
    }

    private record Problem(String message, long start, long end) {}

    /** The source line holding {@code pos}, and a caret under {@code pos} up to {@code end}. */
    private static List<String> caret(String source, int pos, long end) {
        int lineStart = source.lastIndexOf('\n', pos - 1) + 1;
        int lineEnd = source.indexOf('\n', pos);
        if (lineEnd < 0) lineEnd = source.length();
        int width = (int) Math.max(1, Math.min(end, lineEnd) - pos);
        StringBuilder mark = new StringBuilder();
        for (int i = lineStart; i < pos; i++) mark.append(source.charAt(i) == '\t' ? '\t' : ' ');
        mark.append('^');
        if (width > 1) mark.append("-".repeat(width - 2)).append('^');
        return List.of(source.substring(lineStart, lineEnd), mark.toString());
    }

    /**
     * An exception from user code: its class and message, then only the user's frames, each at
     * its cell and line ({@code place} is where the failing snippet came from), then its causes.
     */
    static EvalError exception(JShellException e, String snippetId, SourceMap.Place place, SourceMap sources) {
        int line = errorLine(e.getStackTrace(), snippetId, place);
        if (e instanceof EvalException ee) {
            String name = ee.getExceptionClassName();
            if (name.equals(SnippetExit.class.getName())) {
                return new EvalError("exit", "SystemExit", ee.getMessage(), List.of(), line);
            }
            List<String> lines = new ArrayList<>(Traceback.render(frames(ee.getStackTrace(), sources)));
            for (Throwable c = ee.getCause(); c != null; c = c.getCause()) {
                String cn = c instanceof EvalException ce ? ce.getExceptionClassName() : c.getClass().getName();
                lines.add("Caused by: " + (c.getMessage() == null ? cn : cn + ": " + clean(c.getMessage(), sources)));
            }
            return new EvalError("exception", name, ee.getMessage() == null ? "" : clean(ee.getMessage(), sources), lines, line);
        }
        List<String> lines = Traceback.render(frames(e.getStackTrace(), sources));
        if (e instanceof UnresolvedReferenceException ure) {
            DeclarationSnippet d = ure.getSnippet();
            return new EvalError("exception", "UnresolvedReference",
                    d.name() + " cannot be used until what it needs is declared", lines, line);
        }
        return new EvalError("exception", e.getClass().getName(), clean(String.valueOf(e.getMessage()), sources), lines, line);
    }

    /**
     * The frames JShell translated to snippet form ({@code #12}, the snippet's line), at the
     * learner's cells; frames of the JDK, torch4j and the session's own snippets are left out.
     */
    static List<Traceback.Frame> frames(StackTraceElement[] trace, SourceMap sources) {
        List<Traceback.Frame> out = new ArrayList<>();
        for (StackTraceElement f : trace) {
            String file = f.getFileName();
            if (file == null || !file.startsWith("#")) continue;
            SourceMap.Place place = sources.place(file.substring(1));
            if (place == null) continue;
            out.add(frame(place, f.getLineNumber(), f.getClassName(), f.getMethodName()));
        }
        return out;
    }

    /** A frame at {@code place}'s origin, line {@code snippetLine} of its snippet, in a method named as the learner wrote it. */
    static Traceback.Frame frame(SourceMap.Place place, int snippetLine, String className, String methodName) {
        int line = place.line(snippetLine);
        return new Traceback.Frame(place.origin().name(), line, frameName(className, methodName), place.origin().line(line));
    }

    /**
     * The method as the learner knows it: nothing for the cell's own code (JShell's {@code do_it$},
     * {@code do_it$Aux}), {@code <lambda>} for a lambda's body, {@code Net.forward} in a class.
     */
    static String frameName(String className, String methodName) {
        String klass = expunge(className);
        String method = methodName.startsWith("do_it$") ? ""
                : methodName.startsWith("lambda$") ? "<lambda>" : methodName;
        if (klass.isEmpty()) return method;
        return method.isEmpty() ? klass : klass + "." + method;
    }

    /** The snippet's outermost frame of its own: the line of the cell the failing statement is on. */
    private static int errorLine(StackTraceElement[] trace, String snippetId, SourceMap.Place place) {
        for (int i = trace.length - 1; i >= 0; i--) {
            if (("#" + snippetId).equals(trace[i].getFileName())) return place.line(trace[i].getLineNumber());
        }
        return place.firstLine();
    }

    /** JShell's wrapper classes: {@code REPL.$JShell$12$Net} is the learner's {@code Net}, declared in snippet 12. */
    private static final Pattern WRAPPER = Pattern.compile("(?:REPL\\.)?\\$JShell\\$(\\w+)(?:\\$(?=[\\w$])|\\.)?([\\w$]*)");
    /** The class loaders a ClassCastException names, JShell's among them: noise for a learner. */
    private static final Pattern LOADERS = Pattern.compile("\\s*\\((?=[^()]*jdk\\.jshell)[^()]*\\)");

    /** A class name without JShell's wrapper prefix. */
    static String expunge(String name) {
        return WRAPPER.matcher(name).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    }

    /**
     * A message without JShell's synthetic names: {@code class REPL.$JShell$12$Net cannot be cast
     * to class java.lang.String (... loader jdk.jshell...)} reads {@code class Net cannot be cast
     * to class java.lang.String}. When one message names two classes of the same name (a class
     * declared again), each says where it was declared.
     */
    static String clean(String message, SourceMap sources) {
        if (message == null || !message.contains("$JShell$")) return message;
        String text = LOADERS.matcher(message).replaceAll("");
        Map<String, Set<String>> idsByName = new HashMap<>();
        Matcher m = WRAPPER.matcher(text);
        while (m.find()) idsByName.computeIfAbsent(m.group(2), k -> new HashSet<>()).add(m.group(1));
        return WRAPPER.matcher(text).replaceAll(r -> {
            String name = r.group(2);
            SourceMap.Entry declared = sources.byClass(r.group(1));
            boolean ambiguous = idsByName.get(name).size() > 1 && declared != null && !name.isEmpty();
            return Matcher.quoteReplacement(ambiguous ? name + " (" + declared.place().origin().name() + ")" : name);
        });
    }

    /** What the REPL says when a declaration was kept but uses something not declared yet. */
    static String unresolvedNote(JShell shell, Snippet snippet) {
        if (!(snippet instanceof DeclarationSnippet d)) return null;
        String missing = shell.unresolvedDependencies(d).collect(Collectors.joining(", "));
        return missing.isEmpty() ? null : "|  " + d.name() + " is declared, but cannot be used until " + missing + " is declared";
    }
}
