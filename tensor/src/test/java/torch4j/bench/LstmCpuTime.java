package torch4j.bench;

import static torch4j.Torch.*;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import torch4j.Tensor;
import torch4j.backend.cpu.Gemm;
import torch4j.nn.LSTM;

/**
 * The {@code lstm_64x128_l2_fwd_bwd_35x32} case timed in thread CPU time rather than wall time,
 * single-threaded, so that a busy shared machine (where wall times swing 3x) still gives a
 * comparable figure; {@code lstm_cpu_time.py} is the PyTorch side. Prints the minimum and the
 * mean over the second half of N calls.
 *
 * <pre>
 * java -Dtorch4j.threads=1 -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -cp ... torch4j.bench.LstmCpuTime 100
 * /usr/bin/python3 tensor/src/test/java/torch4j/bench/lstm_cpu_time.py 100
 * </pre>
 */
public final class LstmCpuTime {
    private LstmCpuTime() {}

    public static void main(String[] args) {
        Gemm.setNumThreads(1);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Runnable step = NnCases.lstmForwardBackward();
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
