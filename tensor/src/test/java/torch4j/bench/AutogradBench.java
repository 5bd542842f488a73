package torch4j.bench;

import static torch4j.Torch.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import torch4j.Tensor;

/**
 * Side-by-side timing of one autograd step, {@code (w*x+b).sum().backward()} on 1-element
 * tensors, in torch4j and in PyTorch (/usr/bin/python3) on the same machine; also the cost of a
 * 2x2 add without grad. Not a test: run it with
 * <pre>
 * ./mvnw -q -B -pl tensor test-compile
 * java -cp tensor/target/classes:tensor/target/test-classes torch4j.bench.AutogradBench
 * </pre>
 */
public final class AutogradBench {
    private AutogradBench() {}

    static final String PYTHON = """
            import torch, time
            w = torch.randn(1, requires_grad=True); x = torch.randn(1); b = torch.randn(1, requires_grad=True)
            def step():
                (w * x + b).sum().backward()
            for _ in range(20000): step()
            best = 1e9
            for r in range(5):
                n = 20000; t = time.perf_counter()
                for _ in range(n): step()
                best = min(best, (time.perf_counter() - t) / n)
            a = torch.randn(2, 2); c = torch.randn(2, 2)
            for _ in range(100000): a + c
            best_add = 1e9
            for r in range(5):
                n = 200000; t = time.perf_counter()
                for _ in range(n): a + c
                best_add = min(best_add, (time.perf_counter() - t) / n)
            print(best * 1e6, best_add * 1e6)
            """;

    public static void main(String[] args) throws Exception {
        Tensor w = randn(1).requiresGrad_(), x = randn(1), b = randn(1).requiresGrad_();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 15; round++) {
            int n = 200_000;
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) w.mul(x).add(b).sum().backward();
            best = Math.min(best, (System.nanoTime() - t) / 1e3 / n);
        }
        Tensor p = randn(2, 2), q = randn(2, 2);
        double bestAdd = Double.MAX_VALUE;
        Tensor sink = null;
        for (int round = 0; round < 15; round++) {
            int n = 2_000_000;
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) sink = p.add(q);
            bestAdd = Math.min(bestAdd, (System.nanoTime() - t) / 1e3 / n);
        }
        if (sink.numel() != 4) throw new AssertionError();
        System.out.printf("torch4j  (w*x+b).sum().backward(): %.2f us/iter   2x2 add (no grad): %.3f us%n", best, bestAdd);
        Process py = new ProcessBuilder("/usr/bin/python3", "-c", PYTHON).redirectErrorStream(true).start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(py.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.lines().reduce("", (a, c) -> c);
        }
        py.waitFor();
        String[] parts = line.trim().split("\\s+");
        if (parts.length == 2) {
            double pt = Double.parseDouble(parts[0]), pa = Double.parseDouble(parts[1]);
            System.out.printf("PyTorch  (w*x+b).sum().backward(): %.2f us/iter   2x2 add (no grad): %.3f us%n", pt, pa);
            System.out.printf("ratio PyTorch/torch4j: backward step %.1fx, add %.1fx%n", pt / best, pa / bestAdd);
        } else {
            System.out.println("PyTorch run failed: " + line);
        }
    }
}
