package torch4j.track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The two figures (bench/track.sh runs this; not a test): the training loop's time spent
 * in {@code run.log} for 10,000 steps of 5 metrics (the background commits run beside it), and the
 * wall time of a random sweep of {@code trials} trials over a function that sleeps {@code ms}. A
 * third argument {@code postgresql} measures against a PostgreSQL server started here ({@link
 * PgServer}, with fsync on as a real server runs) instead of SQLite files; {@code postgresql-nosync}
 * starts that server with fsync off, to see what flushing to disk costs.
 */
public final class TrackBench {
    private TrackBench() {}

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        long ms = args.length > 1 ? Long.parseLong(args[1]) : 1000;
        String kind = args.length > 2 ? args[2] : "sqlite";
        Path dir = Files.createTempDirectory("track-bench");
        Track.setDir(dir);
        Track.setStore(kind.startsWith("postgresql") ? PgServer.newDatabase(!kind.endsWith("nosync")) : null);
        System.out.println("# store: " + kind);
        int steps = 10_000, repeats = 7;
        double[] loop = new double[repeats], finish = new double[repeats];
        for (int r = -2; r < repeats; r++) {              // two warm-up runs
            Run run = Track.init("bench", Map.of("repeat", r), new RunOptions().live(false));
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                double x = s;
                run.log(Map.of("loss", 1 / (x + 1), "acc", x / steps, "lr", 0.1, "grad_norm", Math.sqrt(x), "epoch", s / 1000));
            }
            long t1 = System.nanoTime();
            run.finish();
            long t2 = System.nanoTime();
            if (r >= 0) {
                loop[r] = (t1 - t0) / 1e9;
                finish[r] = (t2 - t1) / 1e9;
                if (Track.history("bench", run.id(), "grad_norm").size() != steps) throw new IllegalStateException("rows lost");
            }
        }
        Arrays.sort(loop);
        Arrays.sort(finish);
        System.out.printf("log 10000 steps x 5 metrics: loop median %.3f s (min %.3f, max %.3f), finish (last commit) median %.3f s%n",
                loop[repeats / 2], loop[0], loop[repeats - 1], finish[repeats / 2]);
        if (trials > 0) {
            Sweep sweep = Sweep.create("bench", new SweepConfig().method("random").seed(0).metric("loss", "minimize")
                    .parameter("lr", Param.logUniform(1e-4, 1e-1)).parameter("batch", Param.values(32, 64, 128)));
            long t0 = System.nanoTime();
            var runs = Sweep.agent(sweep, run -> {
                try {
                    Thread.sleep(ms);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                run.log(Map.of("loss", (Double) run.config().get("lr")));
            }, trials);
            double wall = (System.nanoTime() - t0) / 1e9, ideal = trials * ms / 1e3;
            System.out.printf("random sweep, %d trials of %d ms: %.2f s wall, %.2f s of trial time, overhead %.2f%%%n",
                    runs.size(), ms, wall, ideal, (wall - ideal) / ideal * 100);
        }
    }
}
