package torch4j.e2e.kernel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import torch4j.kernel.KernelSpec;

/**
 * Real Jupyter clients (Debian's jupyter-client, jupyter_kernel_test, nbconvert, jupyter console)
 * run as processes against the torch4j kernelspec installed into a temporary prefix: the kernel
 * is this build's classes (the test JVM's classpath). The clients' own settings and runtime files
 * stay in the temporary directory too.
 */
public final class Jupyter {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    public static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    /**
     * {@code -Dtorch4j.busy=true}: the machine is loaded on purpose (CI runs the end-to-end tests
     * beside stress-ng), so timing bounds are skipped; every other assertion still holds.
     */
    public static final boolean BUSY = Boolean.getBoolean("torch4j.busy");

    /** What a client process printed (stdout and stderr together) and its exit status. */
    public record Result(int exitCode, String output) {}

    private final Path home;

    private Jupyter(Path home) {
        this.home = home;
    }

    /** Skips the test (reported as skipped) where the Debian Jupyter packages are not installed; .ci/run installs them. */
    static void assumeClients() {
        assumeTrue(Files.isExecutable(JUPYTER) && Files.isExecutable(PYTHON),
                "Jupyter clients not installed (apt-get install jupyter-client python3-jupyter-kernel-test jupyter-nbconvert jupyter-console)");
    }

    /**
     * Installs the kernelspec torch4j under {@code dir}/share/jupyter for clients started by this
     * object, as {@code torch4j kernel install --prefix dir} does, from this JVM's classpath (the
     * build's classes; install leaves the test entries out).
     */
    public static Jupyter withKernel(Path dir) throws IOException {
        assumeClients();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isEmpty()).map(Path::of).toList();
        KernelSpec.install(KernelSpec.specDirForPrefix(dir), java, classpath, false);
        return new Jupyter(dir);
    }

    /** Copies a test resource of this package (a Python client script, a notebook) into the work directory. */
    Path resource(String name) throws IOException {
        Path target = home.resolve(name);
        try (var in = Jupyter.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("no test resource " + name);
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    Path home() {
        return home;
    }

    /** Runs a client command in the work directory, feeding it {@code stdin}; kills it after {@code timeoutSeconds}. */
    public Result run(List<String> command, String stdin, long timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(home, "client", ".log");
        Process p = start(command, log);
        try (var in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new Result(finished ? p.exitValue() : -1, finished ? output : output + "\n[killed after " + timeoutSeconds + " s]");
    }

    /**
     * Starts a client command in the work directory with this object's Jupyter settings, its
     * stdout and stderr (with the kernel's, which it inherits) going to {@code log}.
     */
    Process start(List<String> command, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("JUPYTER_PATH", home.resolve("share/jupyter").toString());
        env.put("JUPYTER_RUNTIME_DIR", home.resolve("runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", home.resolve("config").toString());
        env.put("JUPYTER_DATA_DIR", home.resolve("data").toString());
        env.put("IPYTHONDIR", home.resolve("ipython").toString());
        env.put("JUPYTER_PLATFORM_DIRS", "1");
        env.put("PYTHONUNBUFFERED", "1");
        env.remove("PYTHONPATH");
        env.remove("PYTHONHOME");
        return pb.start();
    }
}
