package torch4j.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import torch4j.session.EvalError;
import torch4j.session.Evaluation;
import torch4j.session.ScriptCompiler;
import torch4j.session.Session;

/**
 * Runs a {@code .jsh} script in a session, as {@code ./torch4j FILE.jsh} and {@code :load FILE}
 * do, printing only what the script prints (no echo, as a Python script) and stopping at the
 * first error, which is reported with the script's line.
 *
 * <p>{@code ./torch4j FILE.jsh} ({@link #runScript}) compiles the whole script in one javac round
 * trip where it can ({@link ScriptCompiler}) and falls back to JShell, snippet by snippet, where
 * it cannot (before anything ran, so the output is the same either way). {@code :load} ({@link #run})
 * always goes through JShell: its variables and methods must stay in the session.
 *
 * <pre>
 * $ ./torch4j tutorials/tensors.jsh
 * tensor([0, 1, 2])
 * </pre>
 */
public final class ScriptRunner {
    private ScriptRunner() {}

    /** How a script ended: normally (0), at an error (1), or through {@code System.exit(status)}. */
    public record Outcome(boolean ok, int status) {}

    /** Which way a script ran: compiled as one unit, or snippet by snippet in JShell. */
    public enum Way { UNIT, JSHELL }

    /**
     * The environment variable that sends every script through JShell ({@code TORCH4J_SCRIPT=jshell}),
     * for comparisons, or says why one does ({@code TORCH4J_SCRIPT=unit}).
     */
    static final String MODE = "TORCH4J_SCRIPT";

    /** The way the last {@link #runScript} went, for tests and benchmarks. */
    private static volatile Way lastWay;

    /** How the last {@link #runScript} ran its script. */
    public static Way lastWay() {
        return lastWay;
    }

    /**
     * Runs {@code file} in {@code session} as {@code ./torch4j FILE.jsh} does: as one compiled unit
     * where the script allows it and {@code compile} is true, else in JShell. The script's
     * {@code args} are the session's variable {@code args} (a String[]), when it has one.
     * {@code explain}: say on {@code err} why the script runs in JShell ({@code TORCH4J_SCRIPT=unit},
     * which the lesson tests set: every lesson compiles as one unit).
     */
    public static Outcome runScript(Session session, Path file, PrintStream err, boolean compile, boolean explain) {
        return runScript(session, file, err, compile, explain,
                () -> session.valueOf("args").filter(String[].class::isInstance).map(String[].class::cast).orElse(new String[0]));
    }

    /**
     * {@link #runScript(Session, Path, PrintStream, boolean, boolean)} with the script's {@code args}
     * given, for a one-unit run, by {@code args} (asked only then: a session started with
     * {@link Session#startDeferred} keeps its prelude unloaded unless the script falls back to JShell).
     */
    public static Outcome runScript(Session session, Path file, PrintStream err, boolean compile, boolean explain,
                                    java.util.function.Supplier<String[]> args) {
        String code = read(file, err);
        if (code == null) return new Outcome(false, 2);
        String origin = origin(file);
        List<Session.Chunk> chunks = untilExit(session.split(code));
        Optional<ScriptCompiler.Compiled> compiled = compile
                ? ScriptCompiler.compile(session, origin, code, chunks, why -> {
                    if (explain) err.println("torch4j: " + file + " runs in JShell, not as one unit: " + why);
                })
                : Optional.empty();
        if (compiled.isEmpty()) {
            lastWay = Way.JSHELL;
            return inJShell(session, file, code, chunks, err);
        }
        lastWay = Way.UNIT;
        EvalError e = compiled.get().run(args.get());
        return e == null ? new Outcome(true, 0) : stopped(file, e, 1, err);
    }

    /**
     * Runs {@code file} in {@code session} snippet by snippet (JShell), as {@code :load FILE} does;
     * an error goes to {@code err} as {@code FILE:LINE: message}, its frames named
     * {@code File "FILE", line N} as Python names a script's.
     */
    public static Outcome run(Session session, Path file, PrintStream err) {
        String code = read(file, err);
        if (code == null) return new Outcome(false, 2);
        return inJShell(session, file, code, untilExit(session.split(code)), err);
    }

    private static Outcome inJShell(Session session, Path file, String code, List<Session.Chunk> chunks, PrintStream err) {
        String origin = origin(file);
        for (Session.Chunk chunk : chunks) {
            Evaluation ev = session.evalOne(origin, code, chunk);
            if (ev.ok()) continue;
            return stopped(file, ev.error(), lineOf(code, chunk.offset()), err);
        }
        return new Outcome(true, 0);
    }

    /** The outcome of error {@code e}: an exit's status, or the error printed with its line ({@code line} when it has none). */
    private static Outcome stopped(Path file, EvalError e, int line, PrintStream err) {
        if (e.kind().equals("exit")) return new Outcome(e.exitStatus().orElse(0) == 0, e.exitStatus().orElse(0));
        err.println(file + ":" + (e.line() > 0 ? e.line() : line) + ": " + e.render());
        return new Outcome(false, 1);
    }

    /** The script's text, a shebang line made a comment; null (said on {@code err}) when it cannot be read. */
    private static String read(Path file, PrintStream err) {
        try {
            String code = Files.readString(file);
            return code.startsWith("#!") ? "//" + code.substring(2) : code;    // a shebang line is a comment here
        } catch (IOException e) {
            err.println("torch4j: cannot read " + file + ": " + e.getMessage());
            return null;
        }
    }

    private static String origin(Path file) {
        return "File \"" + file + "\"";
    }

    /** The snippets before the first {@code /exit} or {@code :exit}, which ends the script there. */
    private static List<Session.Chunk> untilExit(List<Session.Chunk> chunks) {
        for (int i = 0; i < chunks.size(); i++) {
            String s = chunks.get(i).source().strip();
            if (s.equals("/exit") || s.equals(":exit")) return chunks.subList(0, i);
        }
        return chunks;
    }

    /** The 1-based line of {@code offset} in {@code code}. */
    static int lineOf(String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < code.length(); i++) if (code.charAt(i) == '\n') line++;
        return line;
    }
}
