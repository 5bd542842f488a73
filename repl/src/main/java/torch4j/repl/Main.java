package torch4j.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import torch4j.session.DisplaySink;
import torch4j.session.Session;
import torch4j.session.SessionOptions;

/**
 * The {@code ./torch4j} command: the interactive REPL, or a {@code .jsh} script run to the end.
 *
 * <pre>
 * $ ./torch4j                 # the REPL
 * $ ./torch4j lesson.jsh a b  # runs the script; args holds {"a", "b"}
 * </pre>
 */
public final class Main {
    private Main() {}

    static final String USAGE = """
            usage: ./torch4j                 start the torch4j REPL (Java with PyTorch-style tensors)
                   ./torch4j FILE.jsh [ARGS] run a script: prints what it prints; on the first error
                                             prints it with the script's line and exits non-zero;
                                             the script sees ARGS as String[] args
                   ./torch4j --help          this text""";

    /** The arguments a script was started with, as its {@code args} variable sees them. */
    private static volatile String[] scriptArgs = new String[0];

    /** A copy of the script's arguments (the prelude of a script session reads them). */
    public static String[] scriptArgs() {
        return scriptArgs.clone();
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(USAGE);
            return;
        }
        if (args.length == 1 && args[0].equals(AOT_TRAINING)) System.exit(runTraining());
        if (args.length > 0) {
            System.exit(runScript(Path.of(args[0]), Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(Repl.run());
    }

    /**
     * The option that runs the AOT cache's training script (a resource of this jar, so that the
     * launcher and {@code torch4j kernel install} train on the same thing wherever the jars are):
     * {@code java -XX:AOTMode=record -XX:AOTConfiguration=F ... torch4j.repl.Main --aot-training}.
     */
    public static final String AOT_TRAINING = "--aot-training";

    /**
     * Runs the training script as a script, from a temporary copy, twice: compiled as one unit (as
     * {@code ./torch4j FILE.jsh} runs scripts) and snippet by snippet in JShell (as the REPL, the
     * kernel and a script that cannot be one unit run code), so the cache holds both; its output
     * is of no use. The status is the first failing run's.
     */
    static int runTraining() throws IOException {
        Path copy = Files.createTempFile("torch4j-aot-training", ".jsh");
        try (var in = Main.class.getResourceAsStream("aot-training.jsh")) {
            if (in == null) throw new IOException("aot-training.jsh is missing from the jar");
            Files.write(copy, in.readAllBytes());
            int unit = runScript(copy, new String[0], true);
            if (ScriptRunner.lastWay() != ScriptRunner.Way.UNIT) {
                System.err.println("torch4j: aot-training.jsh did not run as one unit");
                return 1;
            }
            int jshell = runScript(copy, new String[0], false);
            return unit != 0 ? unit : jshell;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Runs a script in a fresh session with the process's streams; returns the exit status. */
    static int runScript(Path file, String[] args) {
        return runScript(file, args, !"jshell".equals(System.getenv(ScriptRunner.MODE)));
    }

    /** {@link #runScript(Path, String[])}, compiling the script as one unit where it can only when {@code compile} is true. */
    static int runScript(Path file, String[] args, boolean compile) {
        if (!Files.isRegularFile(file)) {
            System.err.println("torch4j: no such file: " + file);
            return 2;
        }
        scriptArgs = args.clone();
        // the prelude (and the args variable) load only if the script falls back to JShell
        try (Session session = Session.startDeferred(SessionOptions.of(System.out, System.err, System.in, DisplaySink.text(System.out)),
                List.of("String[] args = torch4j.repl.Main.scriptArgs();"))) {
            ScriptRunner.Outcome outcome = ScriptRunner.runScript(session, file, System.err, compile,
                    "unit".equals(System.getenv(ScriptRunner.MODE)), Main::scriptArgs);
            System.out.flush();
            return outcome.status();
        }
    }
}
