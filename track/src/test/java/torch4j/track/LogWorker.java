package torch4j.track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A child JVM for the multi-process tests: {@code concurrent DIR PROJECT NAME STEPS GO_FILE}
 * logs STEPS steps once GO_FILE exists (so two workers write at the same time), then finishes;
 * {@code crash DIR PROJECT NAME} logs until it is killed, printing each step it has committed;
 * {@code sweep DIR PROJECT SWEEP_ID COUNT} runs a sweep agent and prints the trials it ran. A last
 * argument {@code --store=URL} sets the store (PostgreSQL).
 */
public final class LogWorker {
    private LogWorker() {}

    /** The values a worker logs at {@code step}, so the parent can check every row read back. */
    static Map<String, Double> metrics(String name, long step) {
        double seed = name.hashCode() % 97;
        return Map.of("loss", 1.0 / (step + 1) + seed, "acc", step * 0.001 + seed, "lr", Math.pow(0.99, step));
    }

    public static void main(String[] args) throws Exception {
        if (args[args.length - 1].startsWith("--store=")) {      // the store the parent test runs against
            Track.setStore(args[args.length - 1].substring("--store=".length()));
            args = java.util.Arrays.copyOf(args, args.length - 1);
        }
        Track.setDir(Path.of(args[1]));
        if (args[0].equals("sweep")) {                    // sweep DIR PROJECT SWEEP_ID COUNT: an agent
            Sweep sweep = Sweep.load(args[2], args[3]);
            var runs = Sweep.agent(sweep, run -> {
                run.log(Map.of("score", ((Number) run.config().get("a")).doubleValue() * 10 + ((Number) run.config().get("b")).doubleValue()));
                try {
                    Thread.sleep(20);                  // long enough for the other agent to claim trials meanwhile
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, Integer.parseInt(args[4]));
            // the trial numbers it ran, from the run names (SWEEP_ID-TRIAL)
            System.out.println("ran " + String.join(",", runs.stream().map(r -> r.name().substring(r.name().lastIndexOf('-') + 1)).toList()));
            return;
        }
        String project = args[2], name = args[3];
        if (args[0].equals("code")) {                     // code DIR PROJECT NAME: a plain program's run with saveCode
            Track.init(project, Map.of(), new RunOptions().id(name).saveCode(true).live(false)).finish();
            return;
        }
        Run run = Track.init(project, Map.of("worker", name), new RunOptions().name(name).id(name).live(false));
        System.out.println("ready");
        System.out.flush();
        if (args[0].equals("concurrent")) {
            long steps = Long.parseLong(args[4]);
            Path go = Path.of(args[5]);
            while (!Files.exists(go)) Thread.sleep(5);
            for (long s = 0; s < steps; s++) {
                run.log(metrics(name, s));
                if (s % 10 == 0) run.flush();          // many commits, interleaved with the other JVM's
            }
            run.finish();
            System.out.println("done");
        } else {
            for (long s = 0; ; s++) {
                run.log(metrics(name, s));
                if (s % 5 == 4) {
                    run.flush();
                    System.out.println("committed " + s);
                    System.out.flush();
                }
            }
        }
    }
}
