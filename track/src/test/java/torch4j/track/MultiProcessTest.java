package torch4j.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Real processes: two JVMs writing one project at once, and a JVM killed while it logs; against both stores. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class MultiProcessTest {
    @TempDir Path dir;
    @Parameter String store;
    String url;

    @BeforeEach void setUp() {
        url = PgServer.store(store);
        Track.setStore(url);
    }

    @AfterEach void reset() {
        Track.setDir(null);
        Track.setStore(null);
    }

    private Process worker(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var cmd = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), LogWorker.class.getName()));
        cmd.addAll(List.of(args));
        if (url != null) cmd.add("--store=" + url);
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Every step 0..n-1 of each metric with the value the worker logged; {@code exact}: no more steps. */
    private static void check(Path dir, String project, String name, long steps, boolean exact) {
        Track.setDir(dir);
        for (String key : List.of("loss", "acc", "lr")) {
            History h = Track.history(project, name, key);
            if (exact) assertEquals(steps, h.size(), name + " " + key);
            else assertTrue(h.size() >= steps, name + " " + key + ": " + h.size() + " rows, committed up to step " + (steps - 1));
            for (int s = 0; s < h.size(); s++) {
                assertEquals(s, h.steps()[s]);
                assertEquals(LogWorker.metrics(name, s).get(key), h.values()[s], name + " " + key + " step " + s);
            }
        }
    }

    @Test
    void twoJvmsWriteOneProjectAtOnce() throws Exception {
        Path go = dir.resolve("go");
        long steps = 3000;
        Process a = worker("concurrent", dir.toString(), "shared", "alpha", "" + steps, go.toString());
        Process b = worker("concurrent", dir.toString(), "shared", "beta", "" + steps, go.toString());
        for (Process p : List.of(a, b)) {
            var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", in.readLine());
        }
        Files.createFile(go);
        for (Process p : List.of(a, b)) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "worker did not finish");
            assertEquals(0, p.exitValue());
        }
        check(dir, "shared", "alpha", steps, true);
        check(dir, "shared", "beta", steps, true);
        RunList runs = Track.runs("shared");
        assertEquals(List.of("finished", "finished"), runs.stream().map(RunRecord::state).toList());
        assertEquals(LogWorker.metrics("beta", steps - 1).get("loss"), Track.run("shared", "beta").summary().get("loss"));
    }

    @Test
    void killedJvmKeepsEveryCommittedStep() throws Exception {
        Process p = worker("crash", dir.toString(), "crashy", "victim");
        var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", in.readLine());
        long committed = -1;
        for (String line; (line = in.readLine()) != null; ) {
            committed = Long.parseLong(line.substring("committed ".length()));
            if (committed >= 2000) break;
        }
        p.destroyForcibly();                           // SIGKILL: no shutdown hook, no finish
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        // the database is whole (SQLite: the WAL replays on open) and has every step committed before the kill
        if (url == null) {
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("crashy/track.db"));
                 var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
        }
        Track.setDir(dir);
        check(dir, "crashy", "victim", committed + 1, false);
        assertEquals("running", Track.run("crashy", "victim").state());
    }
}
