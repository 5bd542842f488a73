package torch4j.random;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import torch4j.Generator;

/**
 * Side-by-side timing of a 10^7-element float32 {@code randn} fill (and {@code rand} for
 * reference): torch4j's kernels in this JVM, then the same calls in PyTorch with one thread
 * (PyTorch's random kernels are serial). Not a test; run it with
 *
 * <pre>
 * ./mvnw -q -B -pl tensor test-compile
 * java -cp tensor/target/classes:tensor/target/test-classes torch4j.random.RandnBench [n] [python]
 * </pre>
 *
 * where {@code python} defaults to {@code /usr/bin/python3} (skipped when absent).
 */
public final class RandnBench {
    private static final int ROUNDS = 15;

    private RandnBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        String python = args.length > 1 ? args[1] : "/usr/bin/python3";
        float[] a = new float[n];
        Generator g = new Generator().manualSeed(0);
        double randn = best(() -> Normal.fill(g, a, 0, n, 0.0, 1.0, true));
        double rand = best(() -> Uniform.fill(g, a, 0, n, 0.0, 1.0));
        System.out.printf(Locale.ROOT, "torch4j  randn(%d) float32: %.1f ms   rand: %.1f ms  (best of %d, %s)%n",
                n, randn, rand, ROUNDS, System.getProperty("java.vm.version"));
        if (Files.isExecutable(Path.of(python))) {
            System.out.print(runTorch(python, n));
        } else {
            System.out.println("PyTorch not run: " + python + " not found");
        }
    }

    /** Best wall time in ms over {@link #ROUNDS} runs, after as many warm-up runs. */
    private static double best(Runnable fill) {
        double[] times = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) fill.run();
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            fill.run();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        return times[0];
    }

    private static String runTorch(String python, int n) throws IOException, InterruptedException {
        String script = String.join("\n",
                "import time, torch",
                "torch.set_num_threads(1)",
                "x = torch.empty(" + n + ")",
                "def best(f):",
                "    for _ in range(" + ROUNDS + "): f()",
                "    ts = []",
                "    for _ in range(" + ROUNDS + "):",
                "        t = time.perf_counter(); f(); ts.append((time.perf_counter() - t) * 1e3)",
                "    return min(ts)",
                "r = best(lambda: x.normal_())",
                "u = best(lambda: x.uniform_())",
                "print('PyTorch  randn(%d) float32: %.1f ms   rand: %.1f ms  (best of " + ROUNDS
                        + ", torch %s, 1 thread)' % (" + n + ", r, u, torch.__version__))");
        Process p = new ProcessBuilder(python, "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
