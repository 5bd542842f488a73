package torch4j.session;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An exception from a script run as one unit ({@link ScriptCompiler}), reported as the JShell
 * path reports it ({@link Errors#exception}): its class and message, the script's frames only,
 * each at its script line and named as the learner wrote it, then its causes.
 */
final class ScriptErrors {
    private ScriptErrors() {}

    /** The unit's class and the types nested in it: {@code REPL.$JShell$script}, {@code REPL.$JShell$script$Net}. */
    private static final String CLASS = ScriptUnit.PACKAGE + "." + ScriptUnit.CLASS;
    /** The class loader a ClassCastException names (JShell's are dropped the same way, {@link Errors#clean}). */
    private static final Pattern LOADER = Pattern.compile("\\s*\\((?=[^()]*'torch4j-script')[^()]*\\)");
    private static final SourceMap NO_SNIPPETS = new SourceMap();

    /** {@code e}, thrown by the script's code, as an error at the script's lines. */
    static EvalError of(Throwable e, ScriptUnit unit, SourceMap.Origin origin) {
        int line = errorLine(e.getStackTrace(), unit);
        if (e instanceof SnippetExit) return new EvalError("exit", "SystemExit", e.getMessage(), List.of(), line);
        List<String> lines = new ArrayList<>(Traceback.render(frames(e.getStackTrace(), unit, origin)));
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            String cn = c.getClass().getName();
            lines.add("Caused by: " + (c.getMessage() == null ? cn : cn + ": " + clean(c.getMessage())));
        }
        return new EvalError("exception", e.getClass().getName(), e.getMessage() == null ? "" : clean(e.getMessage()), lines, line);
    }

    /** The script's own frames, at its lines; the JDK's, torch4j's and the prelude helpers' left out. */
    static List<Traceback.Frame> frames(StackTraceElement[] trace, ScriptUnit unit, SourceMap.Origin origin) {
        List<Traceback.Frame> out = new ArrayList<>();
        for (StackTraceElement f : trace) {
            if (!isScripts(f)) continue;
            int line = unit.scriptLine(f.getLineNumber());
            if (line == 0) continue;
            out.add(new Traceback.Frame(origin.name(), line, Errors.frameName(f.getClassName(), f.getMethodName()), origin.line(line)));
        }
        return out;
    }

    /** The line of the statement that failed: the outermost frame of the statements' method. */
    private static int errorLine(StackTraceElement[] trace, ScriptUnit unit) {
        for (int i = trace.length - 1; i >= 0; i--) {
            StackTraceElement f = trace[i];
            if (f.getClassName().equals(CLASS) && f.getMethodName().equals(ScriptUnit.RUN)) return unit.scriptLine(f.getLineNumber());
        }
        return 0;
    }

    private static boolean isScripts(StackTraceElement f) {
        String c = f.getClassName();
        return c.equals(CLASS) || c.startsWith(CLASS + "$");
    }

    /** A message without the unit's class names and class loader, as JShell's are cleaned. */
    static String clean(String message) {
        return Errors.clean(LOADER.matcher(message).replaceAll(""), NO_SNIPPETS);
    }
}
