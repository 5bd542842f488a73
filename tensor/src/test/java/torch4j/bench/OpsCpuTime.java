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
        cases.put("sum(1) 100x1000", () -> { Tensor a = Torch.randn(100, 1000); return () -> sink = a.sum(1); });
        for (int n : new int[]{256, 512, 1024}) {
            cases.put("matmul " + n, () -> { Tensor a = Torch.randn(n, n), b = Torch.randn(n, n); return () -> sink = a.matmul(b); });
            // the same product into one output array: the call without the result's allocation
            cases.put("sgemm " + n + " into c", () -> {
                float[] a = new float[n * n], b = new float[n * n], c = new float[n * n];
                java.util.Random r = new java.util.Random(n);
                for (int i = 0; i < a.length; i++) { a[i] = (float) r.nextGaussian(); b[i] = (float) r.nextGaussian(); }
                return () -> { Gemm.sgemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n); sink = c; };
            });
        }
        // -Dops.process=true: the whole process's CPU time (the GC's threads too), in samples of 200 ms, 10 of them
        boolean process = Boolean.getBoolean("ops.process");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.util.function.LongSupplier clock = process ? os::getProcessCpuTime : mx::getCurrentThreadCpuTime;
        long sample = process ? 200_000_000L : 5_000_000L;   // 5 ms of thread CPU per sample
        for (var e : cases.entrySet()) {
            if (!filter.matcher(e.getKey()).find()) continue;
            Runnable op = e.getValue().get();
            long[] t = new long[process ? 10 : 30];
            long w0 = clock.getAsLong();
            while (clock.getAsLong() - w0 < 300_000_000L) op.run();   // 0.3 s of CPU to warm up
            for (int i = 0; i < t.length; i++) {
                long reps = 0, c0 = clock.getAsLong(), c;
                do { op.run(); reps++; } while ((c = clock.getAsLong() - c0) < sample);
                t[i] = c / reps;
            }
            java.util.Arrays.sort(t);
            System.out.printf("%-18s median %9.1f us  min %9.1f us%n", e.getKey(), t[t.length / 2] / 1e3, t[0] / 1e3);
        }
    }
}
