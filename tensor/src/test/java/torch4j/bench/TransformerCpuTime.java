package torch4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import torch4j.backend.cpu.Gemm;

/**
 * The {@code transformer_encoder2_d128_h4_train_step_32x64} case in thread CPU time, single
 * threaded (as {@link LstmCpuTime}), for a figure that a busy shared machine does not swing;
 * {@code transformer_cpu_time.py} is the PyTorch side. Prints the minimum and the mean over the
 * second half of N calls.
 *
 * <pre>
 * java -Dtorch4j.threads=1 -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -cp ... torch4j.bench.TransformerCpuTime 30
 * /usr/bin/python3 tensor/src/test/java/torch4j/bench/transformer_cpu_time.py 30
 * </pre>
 */
public final class TransformerCpuTime {
    private TransformerCpuTime() {}

    public static void main(String[] args) {
        Gemm.setNumThreads(1);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Runnable step = TransformerCases.encoderTrainStep();
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
