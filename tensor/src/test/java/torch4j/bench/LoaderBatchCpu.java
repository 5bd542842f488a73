package torch4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import torch4j.Tensor;
import torch4j.utils.data.DataLoader;
import torch4j.utils.data.TensorDataset;

/**
 * What a DataLoader batch costs the iterating thread, in its CPU time (steady where wall time
 * swings on a loaded machine): the batch sampler alone, and the shuffled and in-order loader over
 * {@code DataLoaderBench}'s MNIST-sized {@code TensorDataset} with 0 and 2 workers, without
 * training. Each epoch is 938 batches; the first epoch of each variant is dropped, and the
 * median and range of the rest are printed per batch. Not a test:
 * <pre>
 * java -Dtorch4j.threads=1 -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -cp tensor/target/classes:tensor/target/test-classes:$(cat tensor/target/bench.classpath) torch4j.bench.LoaderBatchCpu [epochs]
 * </pre>
 */
public final class LoaderBatchCpu {
    private LoaderBatchCpu() {}

    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TensorDataset ds = new TensorDataset(DataLoaderBench.data());
        Map<String, List<Double>> perBatch = new LinkedHashMap<>();
        for (int e = 0; e < epochs; e++) {
            var sampled = DataLoader.builder(ds).batchSize(DataLoaderBench.BATCH).shuffle(true).build();
            long start = threads.getCurrentThreadCpuTime();
            int n = 0;
            for (var batch : sampled.batchSampler()) {
                Cases.sink = batch;
                n++;
            }
            perBatch.computeIfAbsent("batch sampler", k -> new ArrayList<>()).add((threads.getCurrentThreadCpuTime() - start) / 1e3 / n);
            for (boolean shuffle : new boolean[] {true, false}) {
                for (int workers : new int[] {0, 2}) {
                    var loader = DataLoader.builder(ds).batchSize(DataLoaderBench.BATCH).shuffle(shuffle).numWorkers(workers).build();
                    System.gc();
                    start = threads.getCurrentThreadCpuTime();
                    n = 0;
                    for (Tensor[] b : loader) {
                        Cases.sink = b;
                        n++;
                    }
                    perBatch.computeIfAbsent((shuffle ? "shuffled" : "in order") + ", " + workers + " workers", k -> new ArrayList<>())
                            .add((threads.getCurrentThreadCpuTime() - start) / 1e3 / n);
                }
            }
        }
        System.out.println("# iterating thread's CPU per batch, load average " + Files.readString(Path.of("/proc/loadavg")).trim());
        for (var e : perBatch.entrySet()) {
            List<Double> v = new ArrayList<>(e.getValue().subList(1, e.getValue().size()));
            Collections.sort(v);
            System.out.printf("%-22s median %6.1f us  [%.1f, %.1f]%n", e.getKey(), v.get(v.size() / 2), v.getFirst(), v.getLast());
        }
    }
}
