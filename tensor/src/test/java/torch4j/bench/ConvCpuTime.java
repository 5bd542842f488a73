package torch4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.regex.Pattern;

import torch4j.backend.cpu.Gemm;

/**
 * The convolution cases of {@link ConvCases} (or those matching a regex) in the calling thread's
 * CPU time, single-threaded (OpenBLAS too; run with {@code -Dtorch4j.threads=1}), steadier than
 * wall time on a busy shared machine; {@code conv_cpu_time.py} is the PyTorch side. One line per
 * case: the minimum and the mean over the second half of N calls, in ms.
 *
 * <pre>
 * java -Dtorch4j.threads=1 -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -cp ... torch4j.bench.ConvCpuTime conv 30
 * /usr/bin/python3 tensor/src/test/java/torch4j/bench/conv_cpu_time.py conv 30
 * </pre>
 */
public final class ConvCpuTime {
    private ConvCpuTime() {}

    public static void main(String[] args) {
        Pattern filter = Pattern.compile(args.length > 0 ? args[0] : "^conv");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Gemm.setNumThreads(1);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Cases.Case c : Cases.all().values()) {
            if (!c.name().startsWith("conv") || !filter.matcher(c.name()).find()) continue;
            Runnable step = c.setup().get();
            long best = Long.MAX_VALUE, sum = 0;
            for (int i = 0; i < n; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                step.run();
                long t = mx.getCurrentThreadCpuTime() - c0;
                if (i >= n / 2) {
                    best = Math.min(best, t);
                    sum += t;
                }
            }
            System.out.printf("%s torch4j min %.3f mean %.3f ms%n", c.name(), best / 1e6, sum / 1e6 / (n - n / 2));
        }
    }
}
