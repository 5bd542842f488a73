package torch4j.bench;

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
        ThreadCpuTime.report(TransformerCases.encoderTrainStep(), args.length > 0 ? Integer.parseInt(args[0]) : 30);
    }
}
