package torch4j.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import torch4j.session.EvalError;
import torch4j.session.Evaluation;
import torch4j.session.Session;

/**
 * Runs a {@code .jsh} script in a session, as {@code ./torch4j FILE.jsh} and {@code :load FILE}
 * do: snippet by snippet, printing only what the script prints (no echo, as a Python script),
 * stopping at the first error, which is reported with the script's line.
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

    /**
     * Runs {@code file} in {@code session}; an error goes to {@code err} as {@code FILE:LINE: message},
     * its frames named {@code File "FILE", line N} as Python names a script's.
     */
    public static Outcome run(Session session, Path file, PrintStream err) {
        String code;
        try {
            code = Files.readString(file);
        } catch (IOException e) {
            err.println("torch4j: cannot read " + file + ": " + e.getMessage());
            return new Outcome(false, 2);
        }
        if (code.startsWith("#!")) code = "//" + code.substring(2);    // a shebang line is a comment here
        String origin = "File \"" + file + "\"";
        for (Session.Chunk chunk : session.split(code)) {
            if (chunk.source().strip().equals("/exit") || chunk.source().strip().equals(":exit")) return new Outcome(true, 0);
            Evaluation ev = session.evalOne(origin, code, chunk);
            if (ev.ok()) continue;
            EvalError e = ev.error();
            if (e.kind().equals("exit")) return new Outcome(e.exitStatus().orElse(0) == 0, e.exitStatus().orElse(0));
            int line = e.line() > 0 ? e.line() : lineOf(code, chunk.offset());
            err.println(file + ":" + line + ": " + e.render());
            return new Outcome(false, 1);
        }
        return new Outcome(true, 0);
    }

    /** The 1-based line of {@code offset} in {@code code}. */
    static int lineOf(String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < code.length(); i++) if (code.charAt(i) == '\n') line++;
        return line;
    }
}
