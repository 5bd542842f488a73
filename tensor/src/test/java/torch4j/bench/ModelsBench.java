package torch4j.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;
import torch4j.nn.Module;
import torch4j.vision.models.Models;

/**
 * Side-by-side timing of torchvision models' eval forward on one 1×3×224×224 image — resnet18,
 * mobilenet_v2, resnet50 — in torch4j and in PyTorch (/usr/bin/python3, torchvision 0.14) on the
 * same machine: the median and the best of 15 runs after 5 warm-up runs, PyTorch at its default
 * thread count and at torch4j's. Not a test: run it with
 * <pre>
 * ./mvnw -q -B -pl tensor test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
 *     -cp tensor/target/classes:tensor/target/test-classes:$(cat tensor/target/cp.txt) torch4j.bench.ModelsBench [model ...]
 * </pre>
 */
public final class ModelsBench {
    private ModelsBench() {}

    static final String PYTHON = """
            import sys, time, torch, torchvision
            name = sys.argv[1]
            if len(sys.argv) > 2: torch.set_num_threads(int(sys.argv[2]))
            torch.manual_seed(0)
            m = getattr(torchvision.models, name)().eval()
            x = torch.randn(1, 3, 224, 224)
            ts = []
            with torch.no_grad():
                for _ in range(5): m(x)
                for _ in range(15):
                    t = time.perf_counter(); m(x); ts.append((time.perf_counter() - t) * 1e3)
            ts.sort()
            print(torch.get_num_threads(), ts[7], ts[0])
            """;

    /** {median, best} of 15 timed runs after 5 warm-up runs, in ms. */
    static double[] time(Module m, Tensor x) {
        double[] t = new double[15];
        try (var _ = GradMode.noGrad()) {
            for (int i = 0; i < 5; i++) m.call(x);
            for (int i = 0; i < t.length; i++) {
                long s = System.nanoTime();
                m.call(x);
                t[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        Arrays.sort(t);
        return new double[] {t[7], t[0]};
    }

    static Supplier<Module> builder(String name) {
        return switch (name) {
            case "resnet18" -> Models::resnet18;
            case "resnet50" -> Models::resnet50;
            case "mobilenet_v2" -> Models::mobilenetV2;
            case "alexnet" -> Models::alexnet;
            case "vgg16" -> Models::vgg16;
            default -> throw new IllegalArgumentException("no model " + name);
        };
    }

    public static void main(String[] args) throws Exception {
        String[] names = args.length > 0 ? args : new String[] {"resnet18", "mobilenet_v2", "resnet50"};
        int threads = torch4j.backend.cpu.Parallel.threads();
        for (String name : names) {
            Torch.manualSeed(0);
            Module m = builder(name).get().eval();
            double[] j = time(m, Torch.randn(1, 3, 224, 224));
            System.out.printf("torch4j  %-12s 1x3x224x224 eval forward: median %7.1f ms, best %7.1f ms (%d threads)%n", name, j[0], j[1], threads);
            for (String t : new String[] {null, String.valueOf(threads)}) {
                ProcessBuilder pb = t == null ? new ProcessBuilder("/usr/bin/python3", "-c", PYTHON, name)
                        : new ProcessBuilder("/usr/bin/python3", "-c", PYTHON, name, t);
                Process py = pb.redirectErrorStream(true).start();
                String line;
                try (BufferedReader r = new BufferedReader(new InputStreamReader(py.getInputStream(), StandardCharsets.UTF_8))) {
                    line = r.lines().reduce("", (a, c) -> c);
                }
                py.waitFor();
                String[] out = line.trim().split("\\s+");
                if (out.length != 3) {
                    System.out.println("PyTorch run failed: " + line);
                    continue;
                }
                System.out.printf("PyTorch  %-12s 1x3x224x224 eval forward: median %7.1f ms, best %7.1f ms (%s threads%s)%n", name,
                        Double.parseDouble(out[1]), Double.parseDouble(out[2]), out[0], t == null ? ", its default" : "");
            }
        }
    }
}
