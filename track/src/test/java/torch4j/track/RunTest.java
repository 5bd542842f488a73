package torch4j.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import torch4j.Torch;

/** Against both stores: SQLite files and a PostgreSQL server the test starts ({@link PgServer}). */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class RunTest {
    @Parameter String store;

    @TempDir Path dir;

    @BeforeEach void setUp() {
        Track.setDir(dir);
        Track.setStore(PgServer.store(store));
    }

    @AfterEach void tearDown() {
        Track.setDir(null);
        Track.setStore(null);
    }

    record Optim(String name, double lr) {}

    enum Act { RELU, TANH }

    record Hp(int epochs, double lr, boolean shuffle, Act act, Optim optim) {}

    @Test
    void configFromARecordKeepsOrderTypesAndNesting() {
        Run run = Track.init("p", new Hp(3, 0.01, true, Act.TANH, new Optim("adam", 1e-3)), new RunOptions().live(false));
        assertEquals(List.of("epochs", "lr", "shuffle", "act", "optim.name", "optim.lr"), List.copyOf(run.config().keySet()));
        assertEquals(3, run.config().get("epochs"));
        assertEquals(0.01, run.config().get("lr"));
        assertEquals(true, run.config().get("shuffle"));
        assertEquals("TANH", run.config().get("act"));
        run.finish();
        RunRecord stored = Track.run("p", run.id());
        assertEquals(run.config(), stored.config());
        assertEquals(Integer.class, stored.config().get("epochs").getClass());
        record Flat(int epochs, double lr, Act act) {}
        assertEquals(new Flat(3, 0.01, Act.TANH), Track.resume("p", run.id()).config(Flat.class));
    }

    @Test
    void configFromAMapInItsOrderOrSortedWhenItHasNone() {
        var ordered = new LinkedHashMap<String, Object>();
        ordered.put("b", 1);
        ordered.put("a", 2L);
        assertEquals(List.of("b", "a"), List.copyOf(Track.init("p", ordered).config().keySet()));
        assertEquals(List.of("a", "b", "c"), List.copyOf(Track.init("p", Map.of("c", 1, "a", 2, "b", 3)).config().keySet()));
        assertThrows(IllegalArgumentException.class, () -> Track.init("p", "lr=0.1"));
    }

    @Test
    void autoAndExplicitStepsSummaryAndHistory() {
        Run run = Track.init("p", Map.of(), new RunOptions().live(false));
        run.log(Map.of("loss", 1.0));
        run.log(Map.of("loss", 0.5, "acc", Torch.tensor(0.25)));
        assertEquals(2, run.step());
        run.log(Map.of("val", 7), 10);
        run.log(Map.of("val_acc", true), 10);           // the same step again adds to it
        run.log(Map.of("loss", 0.125));                  // goes to 11
        var e = assertThrows(IllegalArgumentException.class, () -> run.log(Map.of("loss", 1), 3));
        assertEquals("Tried to log to step 3 that is less than the current step 11. Steps must be monotonically increasing.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> run.log(Map.of("x", Torch.ones(2))));
        History loss = run.history("loss");
        assertArrayEquals(new long[] {0, 1, 11}, loss.steps());
        assertArrayEquals(new double[] {1.0, 0.5, 0.125}, loss.values());
        assertArrayEquals(new long[] {10}, run.history("val_acc").steps());
        assertEquals(0.125, run.summary().get("loss"));
        run.summary().put("best_acc", 0.9);
        run.finish();
        assertTrue(run.isFinished());
        assertThrows(IllegalStateException.class, () -> run.log(Map.of("loss", 1)));
        RunRecord stored = Track.run("p", run.id());
        assertEquals("finished", stored.state());
        assertEquals(Map.of("loss", 0.125, "acc", 0.25, "val", 7.0, "val_acc", 1.0, "best_acc", 0.9), stored.summary());
    }

    @Test
    void nanAndInfinityReadBack() {
        Run run = Track.init("p", Map.of(), new RunOptions().live(false));
        run.log(Map.of("loss", Double.NaN));
        run.log(Map.of("loss", Double.POSITIVE_INFINITY));
        History h = run.history("loss");
        assertTrue(Double.isNaN(h.values()[0]));
        assertEquals(Double.POSITIVE_INFINITY, h.values()[1]);
    }

    @Test
    void idNameTagsNotesSeedAndGitCommit() throws Exception {
        Run run = Track.init("p", Map.of(), new RunOptions().id("abc").name("first").tags("cnn", "baseline").notes("try it").seed(7));
        assertEquals(Torch.randn(3).toString(), seeded(7));
        assertEquals("abc", run.id());
        assertEquals("first", run.name());
        RunRecord r = Track.run("p", "abc");
        assertEquals(List.of("baseline", "cnn"), r.tags());
        assertEquals("try it", r.notes());
        assertEquals(7L, r.seed());
        assertEquals(run.gitCommit(), r.gitCommit());
        var e = assertThrows(IllegalArgumentException.class, () -> Track.init("p", Map.of(), new RunOptions().id("abc")));
        assertEquals("project 'p' already has a run with id 'abc': Track.resume(\"p\", \"abc\") continues it", e.getMessage());
        Run other = Track.init("p");
        assertTrue(other.id().matches("[a-z0-9]{8}"), other.id());
        assertTrue(other.name().matches("[a-z]+-[a-z]+-2"), other.name());
        assertNull(other.seed());
        assertThrows(IllegalArgumentException.class, () -> Track.init("../up"));
    }

    private static String seeded(long seed) {
        Torch.manualSeed(seed);
        return Torch.randn(3).toString();
    }

    @Test
    void resumeContinuesStepsAndSummary() {
        Run run = Track.init("p", Map.of("lr", 0.1), new RunOptions().live(false));
        for (int s = 0; s < 5; s++) run.log(Map.of("loss", 5.0 - s));
        run.finish();
        Run again = Track.resume("p", run.id(), new RunOptions().live(false));
        assertEquals(5, again.step());
        assertEquals(Map.of("lr", 0.1), again.config());
        assertEquals(1.0, again.summary().get("loss"));
        assertEquals("running", Track.run("p", run.id()).state());
        assertThrows(IllegalStateException.class, () -> Track.resume("p", run.id()));
        again.log(Map.of("loss", 0.5));
        again.finish();
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5}, Track.history("p", run.id(), "loss").steps());
        assertEquals(5, again.chart().panels().getFirst().series().getFirst().x().length - 1);
        var e = assertThrows(IllegalArgumentException.class, () -> Track.resume("p", "nope"));
        assertEquals("no run with id 'nope' in project 'p'", e.getMessage());
    }

    @Test
    void runsListAndCompare() {
        for (double lr : new double[] {0.1, 0.01}) {
            try (Run run = Track.init("cmp", Map.of("lr", lr, "opt", "sgd"), new RunOptions().name("lr" + lr).live(false))) {
                for (int s = 0; s < 4; s++) run.log(Map.of("val_acc", lr * s));
            }
        }
        try (Run other = Track.init("cmp", Map.of("lr", 1.0), new RunOptions().name("no-acc").live(false))) {
            other.log(Map.of("loss", 1));
        }
        RunList runs = Track.runs("cmp");
        assertEquals(3, runs.size());
        assertEquals(List.of("lr0.1", "lr0.01", "no-acc"), runs.stream().map(RunRecord::name).toList());
        assertEquals(List.of("id", "name", "state", "tags", "lr", "opt", "val_acc", "loss"), runs.rows().getFirst());
        assertEquals(List.of(runs.get(1).id(), "lr0.01", "finished", "", "0.01", "sgd", "0.03", ""), runs.rows().get(2));
        assertTrue(runs.toString().startsWith("id        name    state     tags  lr    opt  val_acc  loss\n"), runs.toString());
        Chart chart = Track.compare("cmp", "val_acc");
        assertEquals(1, chart.panels().size());
        var series = chart.panels().getFirst().series();
        assertEquals(List.of("lr0.1", "lr0.01"), series.stream().map(Chart.Series::label).toList());
        assertArrayEquals(new double[] {0, 1, 2, 3}, series.get(1).x());
        assertArrayEquals(new double[] {0, 0.01, 0.02, 0.03}, series.get(1).y());
        assertEquals(1, Track.compare("cmp", "val_acc", runs.get(0).id()).panels().getFirst().series().size());
        assertThrows(IllegalArgumentException.class, () -> Track.compare("cmp", "nothing"));
    }

    @Test
    void runsAsATablesawTable() {
        try (Run run = Track.init("tab", Map.of("lr", 0.5, "opt", "adam"), new RunOptions().live(false))) {
            run.log(Map.of("acc", 0.75));
        }
        var table = Track.runs("tab").toTable();
        assertEquals(List.of("id", "name", "state", "tags", "lr", "opt", "acc"), table.columnNames());
        assertEquals(0.75, table.doubleColumn("acc").get(0));
        assertEquals("adam", table.stringColumn("opt").get(0));
    }

    @Test
    void savedFilesAreCopiedWholeWithTheirHash() throws Exception {
        Path src = Files.writeString(dir.resolve("notes.txt"), "hello");
        Run run = Track.init("p");
        Path copy = run.saveFile(src);
        assertEquals("hello", Files.readString(copy));
        assertEquals(dir.resolve("p/files").resolve(run.id()).resolve("notes.txt"), copy);
        try (var files = Files.list(copy.getParent())) {
            assertEquals(List.of(copy), files.toList(), "no temporary file is left beside it");
        }
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", AtomicFiles.sha256(copy));
    }

    @Test
    void saveCodeKeepsTheSessionsCodeAndTheCommit() {
        var old = Track.setCodeSource(() -> new RunCode("lesson.jsh", "var x = 1;\nTrack.init(\"p\");\n", null));
        try {
            Run run = Track.init("p", Map.of(), new RunOptions().saveCode(true).live(false));
            RunCode expected = new RunCode("lesson.jsh", "var x = 1;\nTrack.init(\"p\");\n", Git.head(Path.of("")).orElse(null));
            assertEquals(expected, run.code());
            run.finish();
            assertEquals(expected, Track.code("p", run.id()));
            assertNull(Track.init("p").code(), "saveCode is off by default");
        } finally {
            Track.setCodeSource(old);
        }
    }

    @Test
    void saveCodeOfAPlainProgramIsItsMainClassSource() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(javaBin, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                LogWorker.class.getName(), "code", dir.toString(), "coded", "prog"));
        if (Track.store() != null) cmd.add("--store=" + Track.store());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        RunCode code = Track.code("coded", "prog");
        // surefire runs in the module's folder; the source is found from the class's target/test-classes
        Path source = Path.of("src/test/java/torch4j/track/LogWorker.java").toAbsolutePath();
        assertEquals(source.toString(), code.name());
        assertEquals(Files.readString(source), code.source());
        assertEquals(Git.head(Path.of("")).orElse(null), code.gitCommit());
        assertEquals(Track.run("coded", "prog").gitCommit(), code.gitCommit());
    }

    @Test
    void aStoreIsSqliteOrAPostgresqlUrlAndItsErrorsKeepThePasswordOut() {
        var e = assertThrows(IllegalArgumentException.class, () -> Track.init("p", Map.of(), new RunOptions().store("jdbc:mysql://localhost/db")));
        assertEquals("the track store is SQLite (no URL) or a PostgreSQL database (jdbc:postgresql://HOST:PORT/DB), got 'jdbc:mysql://localhost/db'",
                e.getMessage());
        var down = assertThrows(IllegalStateException.class,
                () -> Track.init("p", Map.of(), new RunOptions().store("jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret")));
        assertTrue(down.getMessage().startsWith("cannot open the track store jdbc:postgresql://127.0.0.1:1/none schema p: "), down.getMessage());
        assertFalse(down.getMessage().contains("secret"), down.getMessage());
    }

    @Test
    void gitHeadFromBranchPackedRefsAndWorktree() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo/.git/refs/heads"));
        Files.writeString(dir.resolve("repo/.git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(repo.resolve("main"), "1111111111111111111111111111111111111111\n");
        Path sub = Files.createDirectories(dir.resolve("repo/a/b"));
        assertEquals("1111111111111111111111111111111111111111", Git.head(sub).orElseThrow());
        Files.delete(repo.resolve("main"));
        Files.writeString(dir.resolve("repo/.git/packed-refs"), "# pack-refs\n2222222222222222222222222222222222222222 refs/heads/main\n");
        assertEquals("2222222222222222222222222222222222222222", Git.head(sub).orElseThrow());
        Path wtGit = Files.createDirectories(dir.resolve("repo/.git/worktrees/wt"));
        Files.writeString(wtGit.resolve("HEAD"), "ref: refs/heads/topic\n");
        Files.writeString(wtGit.resolve("commondir"), "../..\n");
        Files.writeString(repo.resolve("topic"), "3333333333333333333333333333333333333333\n");
        Path wt = Files.createDirectories(dir.resolve("wt"));
        Files.writeString(wt.resolve(".git"), "gitdir: " + wtGit + "\n");
        assertEquals("3333333333333333333333333333333333333333", Git.head(wt).orElseThrow());
        assertFalse(Git.head(Path.of("/")).isPresent());
    }
}
