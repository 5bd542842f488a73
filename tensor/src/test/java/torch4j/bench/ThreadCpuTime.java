package torch4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import torch4j.backend.cpu.Gemm;

/**
 * The calling thread's CPU time per call of a step, single-threaded (OpenBLAS too): steadier than
 * wall time on a shared machine. Reports the minimum and the mean over the second half of the calls.
 */
final class ThreadCpuTime {
    private ThreadCpuTime() {}

    static void report(Runnable step, int n) {
        Gemm.setNumThreads(1);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE, sum = 0;
        for (int i = 0; i < n; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            step.run();
            long c = mx.getCurrentThreadCpuTime() - c0;
            if (i >= n / 2) {
                best = Math.min(best, c);
                sum += c;
            }
        }
        System.out.printf("torch4j thread cpu per call: min %.1f ms, mean %.1f ms (second half of %d calls)%n", best / 1e6, sum / 1e6 / (n - n / 2), n);
    }
}
