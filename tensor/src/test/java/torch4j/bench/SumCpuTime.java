package torch4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The float32 sums of bench/run.sh by the calling thread's CPU time, for A/B runs of two builds
 * on a loaded machine (run with {@code -Dtorch4j.threads=1}, so that all the work is this thread's):
 * prints the median and the minimum microseconds per call of each case.
 *
 * <pre>{@code
 * java -Dtorch4j.threads=1 -cp tensor/target/classes:$(cat tensor/target/bench.classpath) \
 *     tensor/src/test/java/torch4j/bench/SumCpuTime.java
 * }</pre>
 */
public final class SumCpuTime {
    private SumCpuTime() {}

    static Object sink;

    public static void main(String[] args) {
        Map<String, Supplier<Runnable>> cases = new LinkedHashMap<>();
        cases.put("sum 10k", () -> { Tensor a = Torch.randn(10_000); return () -> sink = a.sum(); });
        cases.put("sum 100k", () -> { Tensor a = Torch.randn(100_000); return () -> sink = a.sum(); });
        cases.put("sum 1M", () -> { Tensor a = Torch.randn(1_000_000); return () -> sink = a.sum(); });
        cases.put("sum 10M", () -> { Tensor a = Torch.randn(10_000_000); return () -> sink = a.sum(); });
        cases.put("mean 1M", () -> { Tensor a = Torch.randn(1_000_000); return () -> sink = a.mean(); });
        cases.put("sum(0) 1000x1000", () -> { Tensor a = Torch.randn(1000, 1000); return () -> sink = a.sum(0); });
        cases.put("sum(1) 1000x1000", () -> { Tensor a = Torch.randn(1000, 1000); return () -> sink = a.sum(1); });
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (var e : cases.entrySet()) {
            Runnable op = e.getValue().get();
            long[] t = new long[40];
            for (int warm = 0; warm < 20; warm++) op.run();
            for (int i = 0; i < t.length; i++) {
                long reps = 0, c0 = mx.getCurrentThreadCpuTime(), c;
                do { op.run(); reps++; } while ((c = mx.getCurrentThreadCpuTime() - c0) < 2_000_000);   // 2 ms of CPU per sample
                t[i] = c / reps;
            }
            java.util.Arrays.sort(t);
            System.out.printf("%-18s median %9.1f us  min %9.1f us%n", e.getKey(), t[t.length / 2] / 1e3, t[0] / 1e3);
        }
    }
}
