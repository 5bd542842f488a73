package torch4j.bench;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.vision.transforms.ColorJitter;
import torch4j.vision.transforms.Compose;
import torch4j.vision.transforms.InterpolationMode;
import torch4j.vision.transforms.Normalize;
import torch4j.vision.transforms.RandomCrop;
import torch4j.vision.transforms.RandomHorizontalFlip;
import torch4j.vision.transforms.RandomResizedCrop;
import torch4j.vision.transforms.RandomRotation;
import torch4j.vision.transforms.Resize;
import torch4j.vision.transforms.TF;
import torch4j.vision.transforms.ToTensor;

/**
 * Per-image cost of common transform pipelines in torch4j and in torchvision 0.14
 * (/usr/bin/python3), the same pipelines on the same sizes, both on tensors except the MNIST
 * one (an 8-bit grey image through ToTensor and Normalize, as MNIST items are made). Not a
 * test; run it with
 * <pre>
 * ./mvnw -q -B -pl tensor test-compile
 * java -Dtorch4j.threads=1 -cp tensor/target/classes:tensor/target/test-classes:$(cat cp) torch4j.bench.VisionBench
 * </pre>
 * Both sides run single-threaded ({@code -Dtorch4j.threads=1}, {@code torch.set_num_threads(1)}).
 */
public final class VisionBench {
    private VisionBench() {}

    static final String PYTHON = """
            import time, torch, numpy as np
            import torchvision.transforms as T
            from PIL import Image
            torch.set_num_threads(1)
            torch.manual_seed(0)
            mean, std = [0.5, 0.5, 0.5], [0.25, 0.25, 0.25]
            digit = Image.fromarray((np.arange(784) % 256).astype(np.uint8).reshape(28, 28), mode="L")
            cases = {
              "mnist_totensor_normalize": (T.Compose([T.ToTensor(), T.Normalize([0.1307], [0.3081])]), digit),
              "cifar_crop_flip_normalize": (T.Compose([T.RandomCrop(32, padding=4), T.RandomHorizontalFlip(), T.Normalize(mean, std)]), torch.rand(3, 32, 32)),
              "imagenet_rrc_flip_jitter_normalize": (T.Compose([T.RandomResizedCrop(224, antialias=True), T.RandomHorizontalFlip(),
                                                               T.ColorJitter(0.4, 0.4, 0.4, 0.1), T.Normalize(mean, std)]), torch.rand(3, 375, 500)),
              "resize_224_antialias": (T.Resize(224, antialias=True), torch.rand(3, 375, 500)),
              "resize_224_bilinear": (T.Resize(224), torch.rand(3, 375, 500)),
              "rotation_15_bilinear": (T.RandomRotation(15, T.InterpolationMode.BILINEAR), torch.rand(3, 224, 224)),
            }
            for name, (t, x) in cases.items():
                n = 5
                while True:
                    t0 = time.perf_counter()
                    for _ in range(n): t(x)
                    if time.perf_counter() - t0 > 0.3: break
                    n *= 2
                best = 1e9
                for _ in range(5):
                    t0 = time.perf_counter()
                    for _ in range(n): t(x)
                    best = min(best, (time.perf_counter() - t0) / n)
                print(name, best * 1e6)
            """;

    public static void main(String[] args) throws Exception {
        Torch.manualSeed(0);
        double[] mean = {0.5, 0.5, 0.5}, std = {0.25, 0.25, 0.25};
        byte[] pixels = new byte[784];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (byte) (i % 256);
        BufferedImage digit = TF.toPILImage(Torch.fromUnsigned(pixels).view(28, 28));
        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        var mnist = new Compose<>(new ToTensor(), new Normalize(new double[]{0.1307}, new double[]{0.3081}));
        cases.put("mnist_totensor_normalize", () -> mnist.apply(digit));
        Tensor small = Torch.rand(3, 32, 32);
        var cifar = new Compose<>(new RandomCrop(32, 4), new RandomHorizontalFlip(), new Normalize(mean, std));
        cases.put("cifar_crop_flip_normalize", () -> cifar.apply(small));
        Tensor photo = Torch.rand(3, 375, 500);
        var imagenet = new Compose<>(new RandomResizedCrop(new int[]{224}, new double[]{0.08, 1.0}, new double[]{3 / 4.0, 4 / 3.0},
                InterpolationMode.BILINEAR, true), new RandomHorizontalFlip(), new ColorJitter(0.4, 0.4, 0.4, 0.1), new Normalize(mean, std));
        cases.put("imagenet_rrc_flip_jitter_normalize", () -> imagenet.apply(photo));
        var resizeAa = new Resize(224, InterpolationMode.BILINEAR, null, true);
        cases.put("resize_224_antialias", () -> resizeAa.apply(photo));
        var resize = new Resize(224);
        cases.put("resize_224_bilinear", () -> resize.apply(photo));
        Tensor square = Torch.rand(3, 224, 224);
        var rotation = new RandomRotation(15, InterpolationMode.BILINEAR);
        cases.put("rotation_15_bilinear", () -> rotation.apply(square));

        Map<String, Double> mine = new LinkedHashMap<>();
        for (var e : cases.entrySet()) mine.put(e.getKey(), time(e.getValue()));
        Map<String, Double> python = new LinkedHashMap<>();
        Process p = new ProcessBuilder(System.getProperty("bench.python", "/usr/bin/python3"), "-c", PYTHON).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 2 && mine.containsKey(f[0])) python.put(f[0], Double.parseDouble(f[1]));
                else System.err.println(line);
            }
        }
        p.waitFor();
        System.out.printf("# per image, best of 5 rounds; %d cores, load %s%n", Runtime.getRuntime().availableProcessors(),
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        for (var e : mine.entrySet()) {
            Double py = python.get(e.getKey());
            System.out.printf("%-36s torch4j=%9.1f us  torchvision=%9.1f us  ratio=%.2f%n", e.getKey(), e.getValue(), py == null ? Double.NaN : py,
                    py == null ? Double.NaN : e.getValue() / py);
        }
    }

    /** Microseconds per call: enough calls for 0.3 s, best of five rounds after as long a warm-up. */
    private static double time(Supplier<Object> f) {
        int n = 5;
        while (true) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) f.get();
            if (System.nanoTime() - t0 > 300_000_000L) break;
            n *= 2;
        }
        for (int i = 0; i < n * 3; i++) f.get();   // the JIT's warm-up
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) f.get();
            best = Math.min(best, (System.nanoTime() - t0) / 1e3 / n);
        }
        return best;
    }
}
