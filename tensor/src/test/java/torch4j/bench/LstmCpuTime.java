package torch4j.bench;

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
        ThreadCpuTime.report(NnCases.lstmForwardBackward(), args.length > 0 ? Integer.parseInt(args[0]) : 100);
    }
}
