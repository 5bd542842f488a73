package torch4j.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Against both stores: SQLite files and a PostgreSQL server the test starts ({@link PgServer}). */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class SweepTest {
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

    private static SweepConfig grid() {
        return new SweepConfig().method("grid").metric("score", "maximize")
                .parameter("a", Param.values(1, 2)).parameter("b", Param.values(0.5, 0.25, 0.125));
    }

    @Test
    void aGridTriesEveryCombinationOnceLastParameterFastest() {
        assertEquals(6, grid().size());
        assertEquals(Map.of("a", 1, "b", 0.5), grid().params(0));
        assertEquals(Map.of("a", 1, "b", 0.25), grid().params(1));
        assertEquals(Map.of("a", 2, "b", 0.125), grid().params(5));
        Sweep sweep = Sweep.create("p", grid());
        List<RunRecord> runs = Sweep.agent(sweep, run -> {
            int a = (Integer) run.config().get("a");
            double b = (Double) run.config().get("b");
            if (a == 2 && b == 0.25) throw new IllegalStateException("diverged");
            for (int s = 0; s < 3; s++) run.log(Map.of("score", a * 10 + b * s));
        }, 10);
        assertEquals(6, runs.size(), "the grid has 6 trials: the agent stops there");
        assertEquals(List.of("finished", "finished", "finished", "finished", "failed", "finished"), runs.stream().map(RunRecord::state).toList());
        assertEquals(List.of(sweep.id()), runs.get(0).tags());
        assertEquals(sweep.id() + "-3", runs.get(3).name());
        assertEquals(runs.stream().map(RunRecord::id).toList(), sweep.runs().stream().map(RunRecord::id).toList());
        RunRecord best = sweep.best().orElseThrow();
        assertEquals(Map.of("a", 2, "b", 0.5), best.config());
        assertEquals(21.0, best.summary().get("score"));
        assertEquals(0, Sweep.agent(sweep, run -> { }, 5).size(), "nothing is left to claim");

        Chart byA = sweep.parameterChart("a");
        var points = byA.panels().getFirst().series().getFirst();
        assertTrue(points.points());
        assertArrayEquals(new double[] {1, 1, 1, 2, 2}, points.x());
        assertArrayEquals(new double[] {11, 10.5, 10.25, 21, 20.25}, points.y());
        Chart pc = sweep.parallelCoordinates();
        assertEquals("a | b | score", pc.panels().getFirst().xlabel());
        assertEquals(5, pc.panels().getFirst().series().size());
        assertArrayEquals(new double[] {1, 1, 1}, pc.panels().getFirst().series().get(3).y(), "the best trial: a and b and score at their maxima");
    }

    @Test
    void aRandomSearchDrawsTheSameTrialsFromTheSameSeed() {
        SweepConfig cfg = new SweepConfig().method("random").seed(7).metric("loss", "minimize")
                .parameter("lr", Param.logUniform(1e-4, 1e-1)).parameter("hidden", Param.intUniform(1, 3))
                .parameter("drop", Param.uniform(0, 0.5)).parameter("opt", Param.values("sgd", "adam")).parameter("epochs", Param.value(5));
        assertEquals(-1, cfg.size());
        var seen = new HashSet<Object>();
        for (int t = 0; t < 200; t++) {
            var p = cfg.params(t);
            assertEquals(p, cfg.params(t));
            double lr = (Double) p.get("lr"), drop = (Double) p.get("drop");
            assertTrue(lr >= 1e-4 && lr < 1e-1 && drop >= 0 && drop < 0.5, p.toString());
            seen.add(p.get("hidden"));
            seen.add(p.get("opt"));
            assertEquals(5, p.get("epochs"));
        }
        assertEquals(java.util.Set.of(1, 2, 3, "sgd", "adam"), seen);
        assertNotEquals(cfg.params(0), new SweepConfig().method("random").seed(8)
                .parameter("lr", Param.logUniform(1e-4, 1e-1)).parameter("hidden", Param.intUniform(1, 3))
                .parameter("drop", Param.uniform(0, 0.5)).parameter("opt", Param.values("sgd", "adam")).parameter("epochs", Param.value(5)).params(0));
        Sweep sweep = Sweep.create("p", cfg);
        Sweep loaded = Sweep.load("p", sweep.id());
        for (int t = 0; t < 20; t++) assertEquals(cfg.params(t), loaded.params(t), "the stored config draws the same trials");
        List<RunRecord> runs = Sweep.agent(loaded, run -> run.log(Map.of("loss", (Double) run.config().get("lr"))), 4);
        assertEquals(4, runs.size());
        for (int t = 0; t < 4; t++) assertEquals(cfg.params(t), runs.get(t).config());
        double smallest = runs.stream().mapToDouble(r -> (Double) r.config().get("lr")).min().orElseThrow();
        assertEquals(smallest, sweep.best().orElseThrow().summary().get("loss"));
        assertTrue(sweep.parameterChart("opt").panels().getFirst().xlabel().equals("opt (0=sgd, 1=adam)"));
    }

    @Test
    void wandbsDistributionsAreStoredAndDrawTheSameAfterLoading() {
        SweepConfig cfg = new SweepConfig().method("random").seed(3).metric("loss", "minimize")
                .parameter("a", Param.qUniform(0, 1, 0.1)).parameter("b", Param.qLogUniform(1, 256, 4)).parameter("c", Param.normal(1, 2))
                .parameter("d", Param.logNormal(0, 1)).parameter("e", Param.qNormal(0, 5, 1)).parameter("f", Param.intUniform(2, 9));
        Sweep loaded = Sweep.load("p", Sweep.create("p", cfg).id());
        assertEquals(cfg.parameters(), loaded.config().parameters());
        for (int t = 0; t < 10; t++) assertEquals(cfg.params(t), loaded.params(t));
    }

    @Test
    void aBayesSweepLearnsFromTheStoredTrialsAndChoosesAsTheSearchAlone() {
        SweepConfig cfg = new SweepConfig().method("bayes").seed(1).metric("loss", "minimize")
                .parameter("x", Param.uniform(-1, 1)).parameter("y", Param.uniform(-1, 1));
        assertEquals(-1, cfg.size());
        Sweep sweep = Sweep.load("p", Sweep.create("p", cfg).id());
        assertEquals("bayes", sweep.config().method());
        java.util.function.ToDoubleFunction<Map<String, Object>> bowl = p -> {
            double x = (Double) p.get("x"), y = (Double) p.get("y");
            return (x - 0.3) * (x - 0.3) + (y + 0.2) * (y + 0.2);
        };
        // two agents take turns; a failed trial teaches nothing and is left out of the history
        List<RunRecord> runs = new ArrayList<>(Sweep.agent(sweep, run -> {
            if (run.name().endsWith("-2")) throw new IllegalStateException("diverged");
            run.log(Map.of("loss", bowl.applyAsDouble(run.config())));
        }, 8));
        runs.addAll(Sweep.agent(Sweep.load("p", sweep.id()), run -> run.log(Map.of("loss", bowl.applyAsDouble(run.config()))), 8));
        assertEquals(16, runs.size());
        List<Bayes.Observation> history = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            var expected = Bayes.suggest(cfg, t, history);
            assertEquals(expected, runs.get(t).config(), "trial " + t);
            if (t != 2) history.add(new Bayes.Observation(expected, bowl.applyAsDouble(expected)));
        }
        double best = (Double) sweep.best().orElseThrow().summary().get("loss");
        assertTrue(best < 5e-3, "best " + best);
        assertThrows(IllegalArgumentException.class, () -> Sweep.create("p", new SweepConfig().method("bayes").parameter("x", Param.uniform(0, 1))));
    }

    @Test
    void hyperbandStopsTrialsOutsideTheTopOneOverEtaAtEachBracket() {
        // loss = q + 1 / (step + 1): the same curve shifted by each trial's quality q, so a bracket ranks trials by q
        SweepConfig cfg = new SweepConfig().method("grid").metric("loss", "minimize")
                .parameter("q", Param.values(0.5, 0.1, 0.9, 0.3, 0.7, 0.2, 0.8)).earlyTerminate(SweepConfig.hyperband(1, 2));
        Sweep sweep = Sweep.load("p", Sweep.create("p", cfg).id());
        assertEquals(new Hyperband(1, 2), sweep.config().earlyTerminate());
        List<Boolean> sawStop = new ArrayList<>();
        List<RunRecord> runs = Sweep.agent(sweep, run -> {
            double q = (Double) run.config().get("q");
            try {
                for (int step = 0; step < 10; step++) run.log(Map.of("loss", q + 1.0 / (step + 1)));
            } finally {
                sawStop.add(run.shouldStop());
            }
        }, 7);
        // brackets at steps 1, 2, 4, 8, keeping the best ceil(n / 2) of the n trials there: 0.9 is 3rd of 3 at step 1,
        // 0.7 is 4th of 5 and 0.8 6th of 7; 0.3 (2nd of 4) and 0.2 (2nd of 6, then of 4) go on
        assertEquals(List.of("finished", "finished", "early_terminated", "finished", "early_terminated", "finished", "early_terminated"),
                runs.stream().map(RunRecord::state).toList());
        assertEquals(List.of(false, false, true, false, true, false, true), sawStop);
        for (RunRecord r : runs) {
            long[] steps = Track.history(sweep.project(), r.id(), "loss").steps();
            assertEquals(r.state().equals("finished") ? 9 : 1, steps[steps.length - 1], r.name() + " stops at the first bracket, step 1");
        }
        assertEquals(0.1, sweep.best().orElseThrow().config().get("q"));
        assertThrows(IllegalArgumentException.class, () -> SweepConfig.hyperband(0, 3));
        assertThrows(IllegalArgumentException.class, () -> SweepConfig.hyperband(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Sweep.create("p", new SweepConfig().method("random")
                .parameter("x", Param.uniform(0, 1)).earlyTerminate(SweepConfig.hyperband(1, 3))));
    }

    @Test
    void configErrorsSayWhatIsWrong() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Sweep.create("p", new SweepConfig().method("grid").parameter("lr", Param.uniform(0, 1))));
        assertEquals("grid search needs a list of values for 'lr', not Uniform[min=0.0, max=1.0]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SweepConfig().method("hyperopt"));
        assertThrows(IllegalArgumentException.class, () -> new SweepConfig().metric("x", "max"));
        assertThrows(IllegalArgumentException.class, () -> Param.logUniform(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Sweep.load("p", "nope"));
        Sweep noMetric = Sweep.create("p", new SweepConfig().parameter("a", Param.values(1)));
        assertThrows(IllegalStateException.class, noMetric::best);
    }

    /** Runs {@code agents} agent processes on {@code sweep} at once, {@code count} trials each at most; the trials each ran, by agent. */
    private List<List<Long>> agents(Sweep sweep, int agents, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> store = Track.store() == null ? List.of() : List.of("--store=" + Track.store());
        List<Process> procs = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    LogWorker.class.getName(), "sweep", dir.toString(), sweep.project(), sweep.id(), "" + count));
            cmd.addAll(store);
            procs.add(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        List<List<Long>> trials = new ArrayList<>();
        for (Process p : procs) {
            String out = new String(p.getInputStream().readAllBytes()).strip();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            String ran = out.substring("ran ".length());
            trials.add(ran.isEmpty() ? List.of() : Arrays.stream(ran.split(",")).map(Long::valueOf).toList());
        }
        return trials;
    }

    @Test
    void twoAgentProcessesShareOneGrid() throws Exception {
        SweepConfig cfg = new SweepConfig().method("grid").metric("score", "maximize")
                .parameter("a", Param.values(1, 2, 3, 4)).parameter("b", Param.values(0, 1, 2));
        Sweep sweep = Sweep.create("shared", cfg);
        List<List<Long>> ran = agents(sweep, 2, 10);
        List<Long> all = new ArrayList<>(ran.get(0));
        all.addAll(ran.get(1));
        assertEquals(12, all.size(), "each of the 12 trials ran in exactly one agent: " + ran);
        assertEquals(12, new HashSet<>(all).size(), "no trial ran twice: " + ran);
        assertTrue(!ran.get(0).isEmpty() && !ran.get(1).isEmpty(), "both agents claimed trials: " + ran);
        List<RunRecord> runs = sweep.runs();
        assertEquals(12, runs.size());
        for (int t = 0; t < 12; t++) {
            assertEquals(cfg.params(t), runs.get(t).config());
            assertEquals("finished", runs.get(t).state());
        }
        assertEquals(Map.of("a", 4, "b", 2), sweep.best().orElseThrow().config());
    }

    @Test
    void twoAgentProcessesNumberOneRandomSearch() throws Exception {
        SweepConfig cfg = new SweepConfig().method("random").seed(3).metric("score", "maximize")
                .parameter("a", Param.intUniform(1, 9)).parameter("b", Param.values(0, 1, 2));
        Sweep sweep = Sweep.create("shared", cfg);
        List<List<Long>> ran = agents(sweep, 2, 8);
        List<Long> all = new ArrayList<>(ran.get(0));
        all.addAll(ran.get(1));
        all.sort(null);
        assertEquals(java.util.stream.LongStream.range(0, 16).boxed().toList(), all, "trials 0..15, each in one agent: " + ran);
        List<RunRecord> runs = sweep.runs();
        for (int t = 0; t < 16; t++) assertEquals(cfg.params(t), runs.get(t).config());
    }
}
