package torch4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.backend.cpu.Gemm;

/**
 * Issue 16's mid-size ops by the calling thread's CPU time, beside bench/ops_cpu_time.py (the same
 * cases in PyTorch, also by thread CPU time): on a shared, loaded machine wall-clock samples swing
 * by 10x, CPU time far less. Run single-threaded on both sides ({@code -Dtorch4j.threads=1}, one
 * OpenBLAS thread here; {@code torch.set_num_threads(1)} there), so that all the work is the
 * measured thread's. Prints the median and the minimum microseconds per call of each case.
 *
 * <pre>{@code
 * java -Dtorch4j.threads=1 -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED \
 *     -cp tensor/target/classes:tensor/target/test-classes:$(cat tensor/target/bench.classpath) \
 *     torch4j.bench.OpsCpuTime ['REGEX']
 * }</pre>
 */
public final class OpsCpuTime {
    private OpsCpuTime() {}

    static Object sink;

    public static void main(String[] args) {
        Pattern filter = Pattern.compile(args.length > 0 ? args[0] : "");
        Gemm.setNumThreads(1);
        Map<String, Supplier<Runnable>> cases = new LinkedHashMap<>();
        cases.put("add 10k", () -> { Tensor a = Torch.randn(10_000), b = Torch.randn(10_000); return () -> sink = a.add(b); });
        cases.put("add 100k", () -> { Tensor a = Torch.randn(100_000), b = Torch.randn(100_000); return () -> sink = a.add(b); });
        cases.put("add 1M", () -> { Tensor a = Torch.randn(1_000_000), b = Torch.randn(1_000_000); return () -> sink = a.add(b); });
        cases.put("add_ 100k", () -> { Tensor a = Torch.randn(100_000), b = Torch.randn(100_000); return () -> sink = a.add_(b); });
        cases.put("mul 100k", () -> { Tensor a = Torch.randn(100_000), b = Torch.randn(100_000); return () -> sink = a.mul(b); });
        cases.put("sum 10k", () -> { Tensor a = Torch.randn(10_000); return () -> sink = a.sum(); });
        cases.put("sum 100k", () -> { Tensor a = Torch.randn(100_000); return () -> sink = a.sum(); });
        cases.put("sum 1M", () -> { Tensor a = Torch.randn(1_000_000); return () -> sink = a.sum(); });
        cases.put("mean 1M", () -> { Tensor a = Torch.randn(1_000_000); return () -> sink = a.mean(); });
        cases.put("sum(0) 1000x1000", () -> { Tensor a = Torch.randn(1000, 1000); return () -> sink = a.sum(0); });
        cases.put("sum(1) 1000x1000", () -> { Tensor a = Torch.randn(1000, 1000); return () -> sink = a.sum(1); });
        cases.put("sum(0) 100x1000", () -> { Tensor a = Torch.randn(100, 1000); return () -> sink = a.sum(0); });
        for (int n : new int[]{256, 512, 1024}) {
            cases.put("matmul " + n, () -> { Tensor a = Torch.randn(n, n), b = Torch.randn(n, n); return () -> sink = a.matmul(b); });
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (var e : cases.entrySet()) {
            if (!filter.matcher(e.getKey()).find()) continue;
            Runnable op = e.getValue().get();
            long[] t = new long[30];
            long w0 = mx.getCurrentThreadCpuTime();
            while (mx.getCurrentThreadCpuTime() - w0 < 300_000_000L) op.run();   // 0.3 s of CPU to warm up
            for (int i = 0; i < t.length; i++) {
                long reps = 0, c0 = mx.getCurrentThreadCpuTime(), c;
                do { op.run(); reps++; } while ((c = mx.getCurrentThreadCpuTime() - c0) < 5_000_000);   // 5 ms of CPU per sample
                t[i] = c / reps;
            }
            java.util.Arrays.sort(t);
            System.out.printf("%-18s median %9.1f us  min %9.1f us%n", e.getKey(), t[t.length / 2] / 1e3, t[0] / 1e3);
        }
    }
}
