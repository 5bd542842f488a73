package torch4j.bench;

import static torch4j.Torch.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import torch4j.Tensor;
import torch4j.autograd.GradMode;
import torch4j.nn.Conv2d;
import torch4j.nn.Flatten;
import torch4j.nn.Linear;
import torch4j.nn.MaxPool2d;
import torch4j.nn.ReLU;
import torch4j.nn.Sequential;
import torch4j.nn.functional.F;

/**
 * Side-by-side timing of a small CNN on 1×28×28 batches of 64 —
 * Conv2d(1, 6, 5)-ReLU-MaxPool2d(2)-Conv2d(6, 16, 5)-ReLU-MaxPool2d(2)-Flatten-Linear(256, 10) —
 * in torch4j and in PyTorch (/usr/bin/python3) on the same machine: the forward pass without
 * grad, and one training step (forward, cross-entropy, backward, SGD update). Best of rounds.
 * Not a test: run it with
 * <pre>
 * ./mvnw -q -B -pl tensor test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dtorch4j.threads=1 -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED \
 *     -cp tensor/target/classes:tensor/target/test-classes:$(cat tensor/target/cp.txt) torch4j.bench.CnnBench
 * </pre>
 */
public final class CnnBench {
    private CnnBench() {}

    static final String PYTHON = """
            import sys, torch, time, torch.nn as nn, torch.nn.functional as F
            if len(sys.argv) > 1: torch.set_num_threads(int(sys.argv[1]))
            torch.manual_seed(0)
            m = nn.Sequential(nn.Conv2d(1, 6, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
                              nn.Flatten(), nn.Linear(256, 10))
            x = torch.randn(64, 1, 28, 28); y = torch.randint(0, 10, (64,))
            def fwd():
                with torch.no_grad(): m(x)
            def step():
                for p in m.parameters(): p.grad = None
                F.cross_entropy(m(x), y).backward()
                with torch.no_grad():
                    for p in m.parameters(): p.sub_(p.grad, alpha=0.01)
            x1 = torch.randn(64, 1, 28, 28); w1 = torch.randn(6, 1, 5, 5, requires_grad=True); b1 = torch.randn(6, requires_grad=True)
            h = torch.randn(64, 6, 12, 12, requires_grad=True); w2 = torch.randn(16, 6, 5, 5, requires_grad=True); b2 = torch.randn(16, requires_grad=True)
            p = torch.randn(64, 6, 24, 24, requires_grad=True)
            parts = [lambda: torch.autograd.grad(F.conv2d(x1, w1, b1).sum(), [w1, b1]),
                     lambda: torch.autograd.grad(F.conv2d(h, w2, b2).sum(), [h, w2, b2]),
                     lambda: torch.autograd.grad(F.max_pool2d(p, 2).sum(), [p]),
                     lambda: torch.autograd.grad(F.relu(p).sum(), [p])]
            res = []
            for f in [fwd, step] + parts:
                for _ in range(50): f()
                best = 1e9
                for r in range(10):
                    t = time.perf_counter()
                    for _ in range(20): f()
                    best = min(best, (time.perf_counter() - t) / 20)
                res.append(best * 1e3)
            print(torch.get_num_threads(), *res)
            """;

    static double best(Runnable f) {
        for (int i = 0; i < 200; i++) f.run();
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 10; r++) {
            long t = System.nanoTime();
            for (int i = 0; i < 20; i++) f.run();
            best = Math.min(best, (System.nanoTime() - t) / 1e6 / 20);
        }
        return best;
    }

    public static void main(String[] args) throws Exception {
        manualSeed(0);
        Sequential m = new Sequential(new Conv2d(1, 6, 5), new ReLU(), new MaxPool2d(2), new Conv2d(6, 16, 5), new ReLU(), new MaxPool2d(2),
                new Flatten(), new Linear(256, 10));
        Tensor x = randn(64, 1, 28, 28), y = randint(0, 10, new long[]{64});
        List<Tensor> params = m.parameters();
        double fwd = best(() -> { try (var _ = GradMode.noGrad()) { m.call(x); } });
        double step = best(() -> {
            m.zeroGrad(true);
            F.crossEntropy(m.call(x), y).backward();
            try (var _ = GradMode.noGrad()) { for (Tensor p : params) p.sub_(p.grad(), 0.01); }
        });
        Tensor x1 = randn(64, 1, 28, 28), w1 = randn(6, 1, 5, 5).requiresGrad_(), b1 = randn(6).requiresGrad_();
        Tensor h = randn(64, 6, 12, 12).requiresGrad_(), w2 = randn(16, 6, 5, 5).requiresGrad_(), b2 = randn(16).requiresGrad_();
        Tensor p = randn(64, 6, 24, 24).requiresGrad_();
        double[] parts = {
            best(() -> torch4j.autograd.Autograd.grad(List.of(F.conv2d(x1, w1, b1).sum()), List.of(w1, b1))),
            best(() -> torch4j.autograd.Autograd.grad(List.of(F.conv2d(h, w2, b2).sum()), List.of(h, w2, b2))),
            best(() -> torch4j.autograd.Autograd.grad(List.of(F.maxPool2d(p, 2).sum()), List.of(p))),
            best(() -> torch4j.autograd.Autograd.grad(List.of(F.relu(p).sum()), List.of(p)))};
        String[] names = {"conv1 (64x1x28x28 * 6x1x5x5) fwd+bwd", "conv2 (64x6x12x12 * 16x6x5x5) fwd+bwd", "max_pool2d(2) 64x6x24x24 fwd+bwd",
            "relu 64x6x24x24 fwd+bwd"};
        System.out.printf("torch4j  small CNN, batch 64: forward %.3f ms   train step %.3f ms   (%d threads)%n", fwd, step,
                torch4j.backend.cpu.Parallel.threads());
        // PyTorch as it starts here (its default threads; 1 on this machine) and with torch4j's thread count
        for (String threads : new String[]{null, String.valueOf(torch4j.backend.cpu.Parallel.threads())}) {
            ProcessBuilder pb = threads == null ? new ProcessBuilder("/usr/bin/python3", "-c", PYTHON)
                    : new ProcessBuilder("/usr/bin/python3", "-c", PYTHON, threads);
            Process py = pb.redirectErrorStream(true).start();
            String line;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(py.getInputStream(), StandardCharsets.UTF_8))) {
                line = r.lines().reduce("", (a, c) -> c);
            }
            py.waitFor();
            String[] out = line.trim().split("\\s+");
            if (out.length != 7) {
                System.out.println("PyTorch run failed: " + line);
                continue;
            }
            double pf = Double.parseDouble(out[1]), ps = Double.parseDouble(out[2]);
            System.out.printf("PyTorch  small CNN, batch 64: forward %.3f ms   train step %.3f ms   (%s threads%s)%n", pf, ps, out[0],
                    threads == null ? ", its default" : "");
            for (int i = 0; i < parts.length; i++)
                System.out.printf("  %-40s torch4j %.3f ms   PyTorch %.3f ms   ratio %.2f%n", names[i], parts[i], Double.parseDouble(out[3 + i]),
                        parts[i] / Double.parseDouble(out[3 + i]));
            System.out.printf("ratio torch4j/PyTorch: forward %.2f, train step %.2f%n", fwd / pf, step / ps);
        }
    }
}
