package torch4j.kernel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's command line, behind {@code ./torch4j kernel ...}:
 * {@code run CONNECTION_FILE} serves Jupyter clients; {@code install [--user | --sys-prefix |
 * --prefix DIR]} registers the kernelspec {@code torch4j} (default --user); {@code uninstall}
 * takes the same options and removes it.
 *
 * <pre>{@code
 * $ ./torch4j kernel install --prefix /tmp/jup
 * installed kernelspec torch4j in /tmp/jup/share/jupyter/kernels/torch4j
 * }</pre>
 */
public final class Main {
    private Main() {}

    static final String USAGE = """
            usage: torch4j kernel install [--user | --sys-prefix | --prefix DIR]
                   torch4j kernel uninstall [--user | --sys-prefix | --prefix DIR]
                   torch4j kernel run CONNECTION_FILE""";

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        switch (args[0]) {
            case "run" -> {
                if (args.length != 2) usage();
                int code = run(Path.of(args[1]));
                System.exit(code);
            }
            case "install", "uninstall" -> System.exit(install(args[0].equals("install"), List.of(args).subList(1, args.length)));
            case "-h", "--help", "help" -> System.out.println(USAGE);
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println(USAGE);
        System.exit(2);
    }

    /** Serves the connection file until a shutdown_request; SIGINT interrupts the running cell. */
    static int run(Path connectionFile) throws Exception {
        // SIGINT's handler goes in first: until then a SIGINT would end the JVM, and a client may
        // send one as soon as the kernel answers (before that no cell runs, so it stops nothing)
        var started = new java.util.concurrent.atomic.AtomicReference<Kernel>();
        Signals.onInterrupt(() -> {
            Kernel k = started.get();
            if (k != null) k.requests.interrupt();
        });
        Kernel kernel = Kernel.start(ConnectionInfo.read(connectionFile), SessionInterpreter::start);
        started.set(kernel);
        // no client is left to shut an orphan down, and its cell may loop forever: end the process
        ParentWatch.start(System.getenv(), reason -> {
            Kernel.log(reason + ": shutting down");
            exit(1);
        });
        kernel.awaitShutdown();
        kernel.close();
        return 0;
    }

    /**
     * Ends the process with {@code status}, and halts it when the orderly exit (shutdown hooks)
     * does not finish within a second: a kernel told to go must go.
     */
    private static void exit(int status) {
        Thread.ofPlatform().daemon().name("torch4j-exit-watchdog").start(() -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                // halt now
            }
            Runtime.getRuntime().halt(status);
        });
        System.exit(status);
    }

    /** install / uninstall with --user (default), --prefix DIR, or --sys-prefix (through jupyter kernelspec). */
    static int install(boolean install, List<String> options) throws Exception {
        String where = options.isEmpty() ? "--user" : options.get(0);
        Path dir;
        switch (where) {
            case "--user" -> dir = KernelSpec.specDir(KernelSpec.userDataDir());
            case "--prefix" -> {
                if (options.size() != 2) return fail("--prefix needs a directory");
                dir = KernelSpec.specDirForPrefix(Path.of(options.get(1)).toAbsolutePath());
            }
            case "--sys-prefix" -> {
                return install ? installThroughJupyter() : runJupyter(List.of("jupyter", "kernelspec", "remove", "-y", KernelSpec.NAME));
            }
            default -> {
                return fail("unknown option " + where);
            }
        }
        if (!install) {
            boolean removed = KernelSpec.remove(dir);
            System.out.println(removed ? "removed kernelspec torch4j from " + dir : "no kernelspec torch4j in " + dir);
            return 0;
        }
        String java = javaExecutable();
        String cp = KernelSpec.install(dir, java, classpath(), false);
        System.out.println("installed kernelspec torch4j in " + dir);
        // the first kernels start without it: it takes a training run (seconds of one core)
        if (!"0".equals(System.getenv("TORCH4J_AOT"))) AotCache.makeInBackground(dir, java, cp, KernelSpec.jvmOptions(dir.toString()));
        return 0;
    }

    /** --sys-prefix is where the Python running Jupyter lives: Jupyter knows it, so it installs our folder. */
    private static int installThroughJupyter() throws Exception {
        Path tmp = Files.createTempDirectory("torch4j-kernelspec");
        Path spec = tmp.resolve(KernelSpec.NAME);
        // Jupyter copies the folder to a place it picks: argv names the jars through {resource_dir}
        KernelSpec.install(spec, javaExecutable(), classpath(), true);
        try {
            return runJupyter(List.of("jupyter", "kernelspec", "install", "--sys-prefix", "--replace", "--name", KernelSpec.NAME, spec.toString()));
        } finally {
            KernelSpec.remove(tmp);
        }
    }

    private static int runJupyter(List<String> command) throws Exception {
        try {
            return new ProcessBuilder(new ArrayList<>(command)).inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            return fail("--sys-prefix needs the jupyter command on PATH: " + e.getMessage());
        }
    }

    /** This JVM's classpath, every entry absolute: what install copies into the kernelspec. */
    static List<Path> classpath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().normalize())
                .toList();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java").toString();
    }

    private static int fail(String message) {
        System.err.println("torch4j kernel: " + message);
        System.err.println(USAGE);
        return 2;
    }
}
