package torch4j.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.backend.cpu.Gemm;
import torch4j.backend.cpu.Parallel;
import torch4j.nn.CrossEntropyLoss;
import torch4j.nn.Linear;
import torch4j.nn.ReLU;
import torch4j.nn.Sequential;
import torch4j.optim.Adam;
import torch4j.utils.data.DataLoader;
import torch4j.utils.data.Dataset;
import torch4j.utils.data.TensorDataset;

/**
 * What the DataLoader costs in an MNIST-sized training epoch: 60000 random 784-float images and
 * labels, an MLP 784-128-10 with Adam, batch 64 (938 steps), timed as whole epochs:
 * <ul>
 *   <li>{@code prebatched}: the steps over views cut once, untimed ({@code x.split(64)});</li>
 *   <li>{@code loader}: {@code DataLoader(TensorDataset(x, y), batch_size=64, shuffle=True)};</li>
 *   <li>{@code loader_seq}: the same without shuffling, whose rows are read in memory order as
 *       the pre-batched views are (so shuffled minus sequential is the cost of reading random
 *       rows, which PyTorch pays too);</li>
 *   <li>{@code loader_w2} / {@code loader_seq_w2}: the same two loaders with 2 workers, which
 *       gather the next batches while the step trains (threads here, processes in PyTorch);</li>
 *   <li>{@code loader_alone}: the shuffled loader's epoch without training, the loading cost itself;</li>
 *   <li>{@code transform_w0} / {@code transform_w2}: a dataset whose items each cost a synthetic
 *       transform of 20 µs of the thread's CPU time (a spin on the thread's CPU clock, the same
 *       work in both languages, so a preempted item still costs its 20 µs), with 0 and 2
 *       workers (threads here, processes in PyTorch), so the second shows how much of that cost
 *       the workers hide.</li>
 * </ul>
 * Rounds run the variants in turn (so a load change hits all of them) and the report gives each
 * variant's median epoch and range, and each variant's per-round ratio to {@code prebatched};
 * a second line per variant gives the iterating thread's CPU time (what the training loop
 * itself spends, which swings far less than wall time on a loaded machine) with its ratio to
 * {@code prebatched}, and the process's CPU time (workers included; PyTorch's worker processes
 * are not in its figure).
 * PyTorch's twin, {@code dataloader_bench.py} beside this file, runs the same epochs and prints
 * the same lines. Not a test: from the repository root,
 * <pre>
 * ./mvnw -q -B -pl tensor test-compile
 * ./mvnw -q -B -pl tensor dependency:build-classpath -Dmdep.outputFile=$PWD/tensor/target/bench.classpath
 * java -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -cp tensor/target/classes:tensor/target/test-classes:$(cat tensor/target/bench.classpath) torch4j.bench.DataLoaderBench [rounds] [regex]
 * </pre>
 * where {@code regex} picks the variants to run besides {@code prebatched} (all by default).
 * The same epochs are cases of {@code bench/run.sh} ({@code bench/run.sh epoch_mlp784}).
 */
public final class DataLoaderBench {
    private DataLoaderBench() {}

    static final int N = 60_000, FEATURES = 784, BATCH = 64;
    static final long TRANSFORM_NANOS = 20_000;
    static final String SCRIPT = "tensor/src/test/java/torch4j/bench/dataloader_bench.py";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static Tensor[] data;

    /** The images and labels, made once (seeded): randn(60000, 784), randint(0, 10, (60000,)). */
    static synchronized Tensor[] data() {
        if (data == null) {
            Torch.manualSeed(0);
            data = new Tensor[] {Torch.randn(N, FEATURES), Torch.randint(0, 10, N)};
        }
        return data;
    }

    /** A fresh model and optimizer per epoch, so no epoch trains a drifted network. */
    static final class Trainer {
        final Sequential model;
        final Adam opt;
        final CrossEntropyLoss lossFn = new CrossEntropyLoss();

        Trainer() {
            Torch.manualSeed(1);
            model = new Sequential(new Linear(FEATURES, 128), new ReLU(), new Linear(128, 10));
            opt = new Adam(model.parameters(), 1e-3);
        }

        void step(Tensor x, Tensor y) {
            opt.zeroGrad();
            Tensor loss = lossFn.call(model.call(x), y);
            loss.backward();
            opt.step();
            Cases.sink = loss;
        }
    }

    /** An epoch: set up untimed by {@link Supplier#get()}, then run by the Runnable. */
    static Map<String, Supplier<Runnable>> variants() {
        Map<String, Supplier<Runnable>> v = new LinkedHashMap<>();
        v.put("prebatched", () -> {
            Tensor[] d = data();
            List<Tensor> xs = d[0].split(BATCH), ys = d[1].split(BATCH);
            Trainer t = new Trainer();
            return () -> {
                for (int i = 0; i < xs.size(); i++) t.step(xs.get(i), ys.get(i));
            };
        });
        v.put("loader", () -> epoch(DataLoader.builder(new TensorDataset(data())).batchSize(BATCH).shuffle(true).build()));
        v.put("loader_seq", () -> epoch(DataLoader.builder(new TensorDataset(data())).batchSize(BATCH).build()));
        v.put("loader_w2", () -> epoch(DataLoader.builder(new TensorDataset(data())).batchSize(BATCH).shuffle(true).numWorkers(2).build()));
        v.put("loader_seq_w2", () -> epoch(DataLoader.builder(new TensorDataset(data())).batchSize(BATCH).numWorkers(2).build()));
        v.put("loader_alone", () -> {
            DataLoader<Tensor[]> loader = DataLoader.builder(new TensorDataset(data())).batchSize(BATCH).shuffle(true).build();
            return () -> {
                for (Tensor[] b : loader) Cases.sink = b;
            };
        });
        v.put("transform_w0", () -> epoch(DataLoader.builder(transformed()).batchSize(BATCH).shuffle(true).build()));
        v.put("transform_w2", () -> epoch(DataLoader.builder(transformed()).batchSize(BATCH).shuffle(true).numWorkers(2).build()));
        return v;
    }

    static Runnable epoch(DataLoader<Tensor[]> loader) {
        Trainer t = new Trainer();
        return () -> {
            for (Tensor[] b : loader) t.step(b[0], b[1]);
        };
    }

    /** Items (x[i], y[i]) after a synthetic transform costing 20 µs of the thread's CPU time. */
    static Dataset<Tensor[]> transformed() {
        TensorDataset rows = new TensorDataset(data());
        return new Dataset<>() {
            @Override public Tensor[] get(int index) {
                long end = THREADS.getCurrentThreadCpuTime() + TRANSFORM_NANOS;
                while (THREADS.getCurrentThreadCpuTime() < end) Thread.onSpinWait();
                return rows.get(index);
            }
            @Override public int size() { return rows.size(); }
        };
    }

    public static void main(String[] args) throws Exception {
        // OpenBLAS gets the thread budget the Python twin gives PyTorch (torch.set_num_threads), as
        // Bench does: left at one thread per core, OpenBLAS's helper spins between the step's
        // products and takes the second core from the workers (-Dbench.blasThreads=2 shows it)
        Gemm.setNumThreads(Integer.getInteger("bench.blasThreads", Parallel.threads()));
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String only = args.length > 1 ? args[1] : ".*";
        Map<String, Supplier<Runnable>> variants = variants();
        variants.keySet().removeIf(k -> !k.equals("prebatched") && !k.matches(only));
        System.out.printf("# DataLoader epoch bench: %d rounds, %d threads (OpenBLAS %d), load average %s%n", rounds, Parallel.threads(), Gemm.numThreads(),
                Files.readString(Path.of("/proc/loadavg")).trim());
        Map<String, double[][]> java = run(variants, rounds);
        report("torch4j", java);
        if (Files.exists(Path.of(SCRIPT))) {
            Process py = new ProcessBuilder("/usr/bin/python3", SCRIPT, Integer.toString(rounds), Integer.toString(Parallel.threads()), only)
                    .redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(py.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(System.out::println);
            }
            py.waitFor();
        }
    }

    /**
     * Seconds per epoch, per variant: {wall, iterating thread's CPU, process CPU} × round. One
     * warm-up epoch each, then the variants in turn.
     */
    static Map<String, double[][]> run(Map<String, Supplier<Runnable>> variants, int rounds) {
        Map<String, double[][]> seconds = new LinkedHashMap<>();
        for (var e : variants.entrySet()) {
            e.getValue().get().run();
            seconds.put(e.getKey(), new double[3][rounds]);
        }
        for (int r = 0; r < rounds; r++) {
            for (var e : variants.entrySet()) {
                Runnable epoch = e.getValue().get();
                System.gc();
                long process = OS.getProcessCpuTime(), thread = THREADS.getCurrentThreadCpuTime(), t = System.nanoTime();
                epoch.run();
                double[][] s = seconds.get(e.getKey());
                s[0][r] = (System.nanoTime() - t) * 1e-9;
                s[1][r] = (THREADS.getCurrentThreadCpuTime() - thread) * 1e-9;
                s[2][r] = (OS.getProcessCpuTime() - process) * 1e-9;
            }
        }
        return seconds;
    }

    /**
     * Lines as dataloader_bench.py prints them: the epoch's median and range with the per-round
     * ratio to prebatched, then the iterating thread's CPU time the same way and the process's.
     */
    static void report(String side, Map<String, double[][]> seconds) {
        double[][] base = seconds.get("prebatched");
        for (var e : seconds.entrySet()) {
            double[][] s = e.getValue();
            double[] ratio = ratios(s[0], base[0]), cpuRatio = ratios(s[1], base[1]);
            System.out.println(String.format(Locale.ROOT, "%-8s %-13s epoch %6.3fs [%6.3f, %6.3f]   vs prebatched x%.3f [%.3f, %.3f]",
                    side, e.getKey(), median(s[0]), min(s[0]), max(s[0]), median(ratio), min(ratio), max(ratio)));
            System.out.println(String.format(Locale.ROOT, "%-8s %-13s   cpu %6.3fs [%6.3f, %6.3f]   vs prebatched x%.3f [%.3f, %.3f]   process cpu %6.3fs",
                    side, e.getKey(), median(s[1]), min(s[1]), max(s[1]), median(cpuRatio), min(cpuRatio), max(cpuRatio), median(s[2])));
        }
    }

    private static double[] ratios(double[] s, double[] base) {
        double[] ratio = new double[s.length];
        for (int i = 0; i < s.length; i++) ratio[i] = s[i] / base[i];
        return ratio;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    /** The epochs as cases of bench/run.sh (medians per epoch; the ratios come from main). */
    static void register() {
        for (var e : variants().entrySet()) Cases.add("epoch_mlp784_adam_b64_" + e.getKey(), e.getValue());
    }
}
