package torch4j.bench;

/**
 * Bytes allocated per call of the LSTM or TransformerEncoder bench step (the thread's allocation
 * counter, mean of N calls after N warm-up calls): a figure that a busy shared machine does not
 * move, beside the CPU times of {@link LstmCpuTime} and {@link TransformerCpuTime}.
 *
 * <pre>
 * java -Dtorch4j.threads=1 -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -cp ... torch4j.bench.AllocPerCall lstm 20
 * java ... torch4j.bench.AllocPerCall transformer 5
 * </pre>
 */
public final class AllocPerCall {
    private AllocPerCall() {}

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "lstm";
        Runnable step = which.equals("lstm") ? NnCases.lstmForwardBackward() : TransformerCases.encoderTrainStep();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) step.run();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < n; i++) step.run();
        double mb = (threads.getCurrentThreadAllocatedBytes() - before) / 1e6 / n;
        System.out.printf("%s: %.1f MB allocated per call (mean of %d after %d warm-up)%n", which, mb, n, n);
    }
}
