package torch4j.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernelspec's AOT cache ({@code torch4j.aot} beside kernel.json; JDK 25, JEPs 483/514/515):
 * the classes a session loads (javac's, JShell's, torch4j's), loaded and linked, and the JIT's
 * decisions, from a short training run ({@code torch4j.repl.Main --aot-training}) on the
 * kernelspec's own jars. kernel.json names it with {@code -XX:AOTCache}; a JVM that finds no
 * cache, or one made for other jars, starts without it and says nothing (its logs are off).
 * {@code torch4j kernel install} makes it after installing, in a detached process at the lowest
 * priority, into a temporary file renamed into place when complete, so a kernel started
 * meanwhile (it starts without) never sees half a cache.
 *
 * <pre>{@code
 * $ ./torch4j kernel install --user     # then, about 10 s of one core later:
 * $ ls ~/.local/share/jupyter/kernels/torch4j
 * kernel.json  lib  logo-32x32.png  logo-64x64.png  torch4j.aot
 * }</pre>
 */
final class AotCache {
    private AotCache() {}

    /** The cache's file name in the kernelspec folder. */
    static final String FILE = "torch4j.aot";

    /**
     * Records the training run, makes the cache from it, and renames it into place if the
     * kernelspec is still there; arguments: the spec folder, java, the classpath, the JVM options.
     * SIGHUP and SIGINT are ignored: a terminal closed or interrupted after the install is not ours.
     */
    private static final String SCRIPT = """
            trap '' HUP INT
            dir="$1"; java="$2"; cp="$3"; shift 3
            tmp="$dir/torch4j.aot.$$.tmp"
            if nice -n 19 "$java" "$@" -XX:AOTMode=record -XX:AOTConfiguration="$tmp.conf" -cp "$cp" torch4j.repl.Main --aot-training &&
               nice -n 19 "$java" "$@" -XX:AOTMode=create -XX:AOTConfiguration="$tmp.conf" -XX:AOTCache="$tmp" -cp "$cp" &&
               [ -f "$dir/kernel.json" ]; then
              mv -f "$tmp" "$dir/torch4j.aot"
            fi
            rm -f "$tmp" "$tmp.conf"
            """;

    /**
     * Starts making {@code specDir/torch4j.aot} in the background for a kernel run as
     * {@code java jvmOptions -cp classpath}; false when it cannot start (no {@code /bin/sh}).
     */
    static boolean makeInBackground(Path specDir, String java, String classpath, List<String> jvmOptions) {
        Path sh = Path.of("/bin/sh");
        if (!Files.isExecutable(sh)) return false;
        List<String> command = new ArrayList<>(List.of(sh.toString(), "-c", SCRIPT, "sh", specDir.toString(), java, classpath));
        for (String option : jvmOptions) if (!option.startsWith("-XX:AOTCache=")) command.add(option);
        try {
            // a temporary working folder: the training run's files, if any, are not the learner's
            new ProcessBuilder(command)
                    .directory(new File(System.getProperty("java.io.tmpdir")))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
