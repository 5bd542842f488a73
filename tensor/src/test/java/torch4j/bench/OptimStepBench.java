package torch4j.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Best-of timing of the MLP 784-128-10 training step (batch 64; zero_grad, forward, cross entropy,
 * backward, step) and of the optimizer steps alone, in torch4j and in PyTorch (/usr/bin/python3)
 * on the same machine. The best of many single calls is robust to a loaded machine, where the
 * medians of {@code bench/run.sh} swing by 10x. Not a test: run it with
 * <pre>
 * ./mvnw -q -B -pl tensor test-compile
 * java -XX:+UseParallelGC -cp tensor/target/classes:tensor/target/test-classes:$(cat tensor/target/bench.classpath) torch4j.bench.OptimStepBench
 * </pre>
 * ({@code bench/run.sh} writes {@code tensor/target/bench.classpath}.)
 */
public final class OptimStepBench {
    private OptimStepBench() {}

    static final String PYTHON = """
            import torch, time
            torch.set_num_threads(%d)
            def best(op, n):
                for _ in range(n // 4): op()
                b = 1e9
                for _ in range(n):
                    t = time.perf_counter(); op(); b = min(b, time.perf_counter() - t)
                return b * 1e6
            def model(adam):
                torch.manual_seed(0)
                m = torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
                o = torch.optim.Adam(m.parameters(), lr=1e-3) if adam else torch.optim.SGD(m.parameters(), lr=0.01, momentum=0.9)
                return m, o
            def train(adam):
                m, o = model(adam); f = torch.nn.CrossEntropyLoss()
                x, y = torch.randn(64, 784), torch.randint(0, 10, (64,))
                def step():
                    o.zero_grad(); f(m(x), y).backward(); o.step()
                return step
            def alone(adam):
                m, o = model(adam)
                for p in m.parameters(): p.grad = torch.randn_like(p) * 1e-3
                return o.step
            print(best(train(True), 2000), best(train(False), 2000), best(alone(True), 3000), best(alone(False), 3000))
            """;

    static double best(Supplier<Runnable> setup, int n) {
        Runnable op = setup.get();
        for (int i = 0; i < n / 4; i++) op.run();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            op.run();
            best = Math.min(best, System.nanoTime() - t);
        }
        return best / 1e3;
    }

    public static void main(String[] args) throws Exception {
        String[] names = {"MLP train step, Adam", "MLP train step, SGD momentum", "Adam step alone", "SGD momentum step alone"};
        double[] j = {
            best(() -> OptimCases.trainStep(true), 2000), best(() -> OptimCases.trainStep(false), 2000),
            best(() -> OptimCases.optimizerStep(true), 3000), best(() -> OptimCases.optimizerStep(false), 3000)};
        Process py = new ProcessBuilder("/usr/bin/python3", "-c", PYTHON.formatted(torch4j.backend.cpu.Parallel.threads()))
                .redirectErrorStream(true).start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(py.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.lines().reduce("", (a, c) -> c);
        }
        py.waitFor();
        String[] p = line.trim().split("\\s+");
        System.out.printf("# best of single calls, %d threads, load average %s%n", torch4j.backend.cpu.Parallel.threads(),
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        for (int i = 0; i < names.length; i++)
            System.out.printf("%-30s torch4j=%8.1fus pytorch=%8.1fus ratio=%.2f%n", names[i], j[i],
                    p.length == 4 ? Double.parseDouble(p[i]) : Double.NaN, p.length == 4 ? j[i] / Double.parseDouble(p[i]) : Double.NaN);
        if (p.length != 4) System.out.println("PyTorch run failed: " + line);
    }
}
