package torch4j.track;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests, started once per JVM from Debian's {@code postgresql}
 * package: {@code initdb} into a temporary folder and {@code pg_ctl start} on a free port of
 * 127.0.0.1, its unix socket in that folder; stopped when the JVM exits. PostgreSQL refuses to
 * run as root, so as root (CI) it runs as the package's {@code postgres} user. Each test gets a
 * database of its own ({@link #newDatabase}). {@link #store} names the store a parameterised test
 * runs against: null for SQLite, a new database's URL for PostgreSQL.
 */
final class PgServer {
    private PgServer() {}

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String base;
    private static Path home;

    /** The store URL for {@code kind} ({@code sqlite} or {@code postgresql}); skips the test when PostgreSQL is not installed. */
    static String store(String kind) {
        if (kind.equals("sqlite")) return null;
        return newDatabase();
    }

    /** The newest installed {@code initdb}, if Debian's postgresql package is installed. */
    static Optional<Path> initdb() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/initdb")).filter(Files::isExecutable)
                    .max(Comparator.comparingInt(p -> Integer.parseInt(p.getParent().getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A new empty database on the server (started on first use): its JDBC URL. */
    static String newDatabase() { return newDatabase(false); }

    /** A new empty database on the server, started on first use with fsync when {@code durable} (a benchmark's). */
    static String newDatabase(boolean durable) {
        String server = start(durable);
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (var c = DriverManager.getConnection(server + "postgres?user=postgres"); var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a database on the test server: " + e, e);
        }
        return server + name + "?user=postgres";
    }

    /**
     * Starts the server once ({@code durable}: with fsync, as a real server runs; the tests turn it
     * off to be quick) and returns {@code jdbc:postgresql://127.0.0.1:PORT/}.
     */
    static synchronized String start(boolean durable) {
        if (base != null) return base;
        Path initdb = initdb().orElse(null);
        Assumptions.assumeTrue(initdb != null, "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                + "apt-get install postgresql to run the tests against it");
        Path bin = initdb.getParent();
        try {
            home = Files.createTempDirectory(Path.of("/tmp"), "track-pg");
            boolean root = System.getProperty("user.name").equals("root");
            if (root) run(List.of("chown", "postgres:postgres", home.toString()), false);
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path data = home.resolve("data");
            run(List.of(initdb.toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"), root);
            String opts = "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c max_connections=200"
                    + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l", home.resolve("log").toString(),
                    "-o", opts, "start"), root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), root);
                    ArtifactStore.deleteTree(home);
                } catch (IOException | RuntimeException e) {
                    // the JVM is exiting: a server left running dies with the machine's temp folder
                }
            }, "track-pg-stop"));
            base = "jdbc:postgresql://127.0.0.1:" + port + "/";
            return base;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test PostgreSQL server: " + e, e);
        }
    }

    /** Runs a command, as the {@code postgres} user when {@code asPostgres}; fails with its output when it fails. */
    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (asPostgres) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
