package torch4j.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import torch4j.backend.cpu.Gemm;

/**
 * Runs the cases of {@link Cases} and prints one line per case, {@code name seconds_per_op flops},
 * for {@code bench/run.sh} to join with PyTorch's figures. Not a test, and not in the shipped jar
 * (it lives in the test sources).
 *
 * <pre>
 * Bench --info          environment lines, prefixed with '#'
 * Bench --list [REGEX]  the case names (matching REGEX, a find() over the name)
 * Bench [REGEX]         run the cases
 * </pre>
 *
 * <p>The timing protocol is the same as in {@code bench/torch_bench.py}, line for line:
 * <ol>
 *   <li>warm up: call until {@code BENCH_WARMUP} seconds (default 1) and at least 2 calls have
 *       passed; for Java this is also what lets C2 compile the hot code;</li>
 *   <li>estimate the time of one call from the last warm-up call, and batch
 *       {@code reps = ceil(BENCH_MIN_SAMPLE / estimate)} calls per sample (default 0.2 s) so the
 *       clock's resolution does not matter;</li>
 *   <li>take {@code BENCH_BUDGET / (reps·estimate)} samples (default budget 10 s), clamped to
 *       5..15, and report the median seconds per call.</li>
 * </ol>
 */
public final class Bench {
    private Bench() {}

    static final double WARMUP = env("BENCH_WARMUP", 1.0);
    static final double MIN_SAMPLE = env("BENCH_MIN_SAMPLE", 0.2);
    static final double BUDGET = env("BENCH_BUDGET", 10.0);
    static final int MIN_SAMPLES = 5, MAX_SAMPLES = 15;

    public static void main(String[] args) {
        // the same thread budget as torch_bench.py: BENCH_THREADS, else every core
        Gemm.setNumThreads((int) env("BENCH_THREADS", Runtime.getRuntime().availableProcessors()));
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (rest.remove("--info")) {
            info();
            return;
        }
        boolean list = rest.remove("--list");
        Pattern filter = Pattern.compile(rest.isEmpty() ? "" : rest.getFirst());
        for (Cases.Case c : Cases.all().values()) {
            if (!filter.matcher(c.name()).find()) continue;
            if (list) {
                System.out.println(c.name());
            } else {
                double seconds = measure(c.setup().get());
                System.out.println(String.format(Locale.ROOT, "%s %.6e %.6e", c.name(), seconds, c.flops()));
            }
        }
    }

    private static void info() {
        Runtime rt = Runtime.getRuntime();
        System.out.println("# torch4j: Java " + Runtime.version() + ", " + rt.availableProcessors()
                + " cores, max heap " + rt.maxMemory() / (1 << 20) + " MiB");
        System.out.println("# torch4j gemm: " + Gemm.implementation());
    }

    /** Median seconds per call of op, by the protocol in the class comment. */
    static double measure(Runnable op) {
        System.gc(); // start each case with a clean heap, so an earlier case's garbage is not billed here
        long start = System.nanoTime();
        double last;
        int calls = 0;
        do {
            long t = System.nanoTime();
            op.run();
            last = (System.nanoTime() - t) * 1e-9;
            calls++;
        } while (calls < 2 || (System.nanoTime() - start) * 1e-9 < WARMUP);

        int reps = (int) Math.max(1, Math.ceil(MIN_SAMPLE / Math.max(last, 1e-9)));
        int samples = (int) Math.min(MAX_SAMPLES, Math.max(MIN_SAMPLES, BUDGET / (reps * Math.max(last, 1e-9))));
        double[] perCall = new double[samples];
        for (int s = 0; s < samples; s++) {
            long t = System.nanoTime();
            for (int r = 0; r < reps; r++) op.run();
            perCall[s] = (System.nanoTime() - t) * 1e-9 / reps;
        }
        Arrays.sort(perCall);
        return samples % 2 == 1 ? perCall[samples / 2] : (perCall[samples / 2 - 1] + perCall[samples / 2]) / 2;
    }

    private static double env(String name, double dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : Double.parseDouble(v);
    }
}
